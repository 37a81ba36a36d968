// The deployed target's code paths, end to end, against a real API: the local API started
// on a free port stands in for a deployed one. With two static tokens the scenarios run as
// two fixed users and clear their tasks first (the realtime ones too, over API_REALTIME_URL);
// with a token command they mint fresh users through `serverless-todo-token`, as the
// README's recipe for `pnpm start` does.
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { type LocalApi, loadSigningKey, signToken, startLocalApi } from '@serverless-todo/local';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useAfterDelete } from '../src/scenarios/after-delete.ts';
import { ownershipMatrix } from '../src/scenarios/auth.ts';
import { designFlow } from '../src/scenarios/crud.ts';
import { hello } from '../src/scenarios/hello.ts';
import { idempotentCreate } from '../src/scenarios/idempotency.ts';
import { everyChangeHeardByItsOwner } from '../src/scenarios/realtime-events.ts';
import { badTokenRefused } from '../src/scenarios/realtime-tokens.ts';
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

describe('the realtime API from API_REALTIME_URL', () => {
  const realtimeEnv = async () => ({
    API_TOKEN_USER_A: await api.token('alice'),
    API_TOKEN_USER_B: await api.token('bob'),
    API_REALTIME_URL: api.realtimeUrl ?? '',
    API_EXPIRED_TOKEN: await signToken(await loadSigningKey(dataDir), 'alice', {}, -60),
  });
  // The target's own settle is a fixed wait (AWS has no drain signal); the local API has one,
  // so a slow machine cannot make these runs flaky. Everything else is the deployed target's.
  const drainedTarget = (target: Target): Target => {
    if (!target.realtime) throw new Error('API_REALTIME_URL gave no realtime API');
    return { ...target, realtime: { ...target.realtime, settled: () => api.drained() } };
  };
  it.each([
    ['every change heard by its owner only', everyChangeHeardByItsOwner],
    ['an expired token refused', badTokenRefused('expired')],
    ['a forged token refused', badTokenRefused('forged')],
    ['a missing token refused', badTokenRefused('missing')],
  ])('%s, as the two fixed users, after they stored and deleted tasks before', async (_, scenario) => {
    const target = targetOf(await realtimeEnv());
    expect(target.realtime?.url).toBe(api.realtimeUrl);
    await scenario(drainedTarget(target));
    await scenario(drainedTarget(target));
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
