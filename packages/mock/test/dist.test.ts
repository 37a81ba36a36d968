// The published files, not the sources: the built ESM and CJS entries load with Node's own
// resolution and serve the API. `pnpm test` builds first (tsup), so dist/ is fresh here.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { operations } from '@serverless-todo/contract';
import { assertConforms } from '@serverless-todo/contract/responses';
import { describe, expect, it } from 'vitest';

// The fake bucket's form POST and download GET, besides one handler per operation.
const BUCKET_HANDLERS = 2;

const dist = new URL('../dist/', import.meta.url);
const built = existsSync(new URL('node.js', dist));
const BASE = 'http://127.0.0.1:3998';

interface NodeEntry {
  setupTodoServer(options: { baseUrl: string }): { listen(o: object): void; close(): void };
}
interface MainEntry {
  devToken(sub: string): string;
  createTodoHandlers(options: { baseUrl: string }): unknown[];
}

async function roundTrip(node: NodeEntry, main: MainEntry) {
  const server = node.setupTodoServer({ baseUrl: BASE });
  server.listen({ onUnhandledRequest: 'error' });
  try {
    const res = await fetch(`${BASE}/users/u1/tasks`, {
      method: 'POST',
      headers: { authorization: `Bearer ${main.devToken('u1')}`, 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'from dist' }),
    });
    const body = await res.json();
    assertConforms('createTask', { status: res.status, headers: res.headers, body }, 'POST /users/u1/tasks (dist)');
    return res.status;
  } finally {
    server.close();
  }
}

describe('dist', () => {
  it('exists (run `pnpm --filter @serverless-todo/mock build` before vitest alone)', () => {
    expect(built).toBe(true);
  });

  it.runIf(built)('ESM entries work', async () => {
    const main = (await import(new URL('index.js', dist).href)) as MainEntry;
    const node = (await import(new URL('node.js', dist).href)) as NodeEntry;
    expect(main.createTodoHandlers({ baseUrl: BASE })).toHaveLength(
      Object.keys(operations).length + BUCKET_HANDLERS + 1,
    );
    expect(await roundTrip(node, main)).toBe(201);
  });

  it.runIf(built)('CJS entries work', async () => {
    const require = createRequire(import.meta.url);
    const main = require('../dist/index.cjs') as MainEntry;
    const node = require('../dist/node.cjs') as NodeEntry;
    expect(await roundTrip(node, main)).toBe(201);
  });

  it.runIf(built)('bundle the private contract instead of importing it, and keep msw external', () => {
    for (const file of readdirSync(dist)) {
      expect(readFileSync(new URL(file, dist), 'utf8')).not.toMatch(
        /(from |import\(|require\()['"](@serverless-todo\/contract|[./]+generated\/)/,
      );
    }
    expect(readFileSync(new URL('browser.js', dist), 'utf8')).toMatch(/from ['"]msw\/browser['"]/);
  });
});
