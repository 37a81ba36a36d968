// The deployed target's code paths, end to end, against a real API: the local API started
// on a free port stands in for a deployed one. With two static tokens the scenarios run as
// two fixed users and clear their tasks first; with a token command they mint fresh users
// through `serverless-todo-token`, as the README's recipe for `pnpm start` does.
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { type LocalApi, startLocalApi } from '@serverless-todo/local';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useAfterDelete } from '../src/scenarios/after-delete.ts';
import { ownershipMatrix } from '../src/scenarios/auth.ts';
import { designFlow } from '../src/scenarios/crud.ts';
import { hello } from '../src/scenarios/hello.ts';
import { idempotentCreate } from '../src/scenarios/idempotency.ts';
import type { Target } from '../src/target.ts';
import { deployedTargetFromEnv } from '../src/targets/deployed-target.ts';

let api: LocalApi;
let dataDir: string;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'contract-tests-deployed-'));
  api = await startLocalApi({ port: 0, memory: true, quiet: true, dataDir });
});
afterAll(async () => {
  await api?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

const targetOf = (env: Record<string, string>): Target => {
  const config = deployedTargetFromEnv({ API_URL: api.url, ...env });
  if (!('target' in config)) throw new Error(config.skipReason);
  return config.target;
};

describe('static tokens of two users', () => {
  it.each([
    ['designFlow', designFlow],
    ['ownershipMatrix', ownershipMatrix],
    ['idempotentCreate', idempotentCreate],
    ['useAfterDelete', useAfterDelete],
  ])('%s passes as the two fixed users, whatever they stored before', async (_, scenario) => {
    const target = targetOf({ API_TOKEN_USER_A: await api.token('alice'), API_TOKEN_USER_B: await api.token('bob') });
    expect(target.fixedUsers).toEqual(['alice', 'bob']);
    await scenario(target);
    await scenario(target);
  });
});

describe('a token command', () => {
  it('signs fresh users through the local API’s token CLI', async () => {
    const root = dirname(createRequire(import.meta.url).resolve('@serverless-todo/local/package.json'));
    const command = `node ${JSON.stringify(join(root, 'bin', 'serverless-todo-token.js'))} --data-dir ${JSON.stringify(dataDir)}`;
    const target = targetOf({ API_TOKEN_COMMAND: command });
    expect(target.fixedUsers).toBeUndefined();
    await hello(target);
  });
});
