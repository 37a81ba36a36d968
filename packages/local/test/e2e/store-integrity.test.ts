// A damaged .data/ stops the start with one line that names the file and the fix, and
// nothing is served; a store left by a clean stop, or by kill -9, starts with every
// acknowledged write. Each case runs the real CLI as a child process on a copy of one store.
import { cpSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Task, TaskList } from '@serverless-todo/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCli, waitForOutput } from '../support/cli.ts';
import { tempDir } from '../support/fixture-api.ts';
import { bearer, send } from '../support/http.ts';
import { startRealApi } from '../support/real-api.ts';

const TASKS = 1001;
const root = tempDir('store-integrity-');
const pristine = join(root.dir, 'pristine');
// The same store after one more start and stop: LevelDB has turned the log into a table file.
const compacted = join(root.dir, 'compacted');
afterAll(root.remove);

/** Creates `count` tasks for `user`, 25 at a time; resolves with their ids. */
async function createTasks(url: string, token: string, user: string, count: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i += 25) {
    const batch = Array.from({ length: Math.min(25, count - i) }, (_, j) =>
      send(`${url}/users/${user}/tasks`, {
        method: 'POST',
        headers: bearer(token, { 'content-type': 'application/json' }),
        body: JSON.stringify({ title: `task ${i + j}` }),
      }),
    );
    for (const res of await Promise.all(batch)) {
      expect(res.status).toBe(201);
      ids.push((res.body as Task).task_id);
    }
  }
  return ids;
}

beforeAll(async () => {
  const api = await startRealApi({ memory: false, dataDir: pristine });
  await createTasks(api.url, await api.token('u1'), 'u1', TASKS);
  await api.stop(); // a clean stop: LevelDB closed, the files recorded
  cpSync(pristine, compacted, { recursive: true });
  await (await startRealApi({ memory: false, dataDir: compacted })).stop();
});

let copies = 0;
/** A fresh copy of the pristine data directory; `crashed` drops the clean-stop record. */
function copyStore(crashed: boolean, from = pristine): string {
  const dir = join(root.dir, `copy-${copies++}`);
  cpSync(from, dir, { recursive: true });
  if (crashed) rmSync(join(dir, 'dynamodb.clean-stop.json'));
  return dir;
}

const logOf = (dir: string) => {
  const name = readdirSync(join(dir, 'dynamodb')).find((file) => file.endsWith('.log'));
  if (!name) throw new Error(`no LevelDB log in ${dir}`);
  return join(dir, 'dynamodb', name);
};
const tableOf = (dir: string) => {
  const name = readdirSync(join(dir, 'dynamodb')).find((file) => file.endsWith('.ldb'));
  if (!name) throw new Error(`no LevelDB table in ${dir}`);
  return join(dir, 'dynamodb', name);
};
const manifestOf = (dir: string) => {
  const name = readdirSync(join(dir, 'dynamodb')).find((file) => file.startsWith('MANIFEST-'));
  if (!name) throw new Error(`no MANIFEST in ${dir}`);
  return join(dir, 'dynamodb', name);
};

/** Overwrites 4 KB in the middle of `file` with bytes that are no LevelDB record. */
function garbleMiddle(file: string) {
  const bytes = readFileSync(file);
  const at = Math.floor(bytes.length / 2);
  bytes.fill(0x5a, at, Math.min(at + 4096, bytes.length));
  writeFileSync(file, bytes);
}

const cutInHalf = (file: string) => truncateSync(file, Math.floor(readFileSync(file).length / 2));
const overwrite = (text: string) => (file: string) => writeFileSync(file, text);

type Case = [
  string,
  {
    crashed: boolean;
    compacted?: boolean;
    file: (dir: string) => string;
    damage: (file: string) => void;
    line: RegExp;
  },
];

const DYNAMO_FIX = /; move it away, or start with `npm start -- --memory`$/;
const CASES: Case[] = [
  [
    '4 KB of garbage in the middle of the log',
    {
      crashed: false,
      file: logOf,
      damage: garbleMiddle,
      line: /dynamodb is damaged \(\d+\.log changed since the last clean stop\)/,
    },
  ],
  [
    '4 KB of garbage in the middle of the log, after a crash',
    {
      crashed: true,
      file: logOf,
      damage: garbleMiddle,
      // LevelDB names what it found where the garbage landed: a checksum mismatch or a bad length.
      line: /dynamodb is damaged \(\d+\.log: dropping \d+ bytes; Corruption: (checksum mismatch|bad record length)\)/,
    },
  ],
  [
    'the log cut in half',
    {
      crashed: false,
      file: logOf,
      damage: cutInHalf,
      line: /dynamodb is damaged \(\d+\.log is \d+ bytes, was \d+ at the last clean stop\)/,
    },
  ],
  [
    'garbage in CURRENT',
    {
      crashed: false,
      file: (d) => join(d, 'dynamodb', 'CURRENT'),
      damage: overwrite('garbage'),
      line: /dynamodb is damaged \(CURRENT is 7 bytes, was 16 at the last clean stop\)/,
    },
  ],
  [
    'garbage in CURRENT, after a crash',
    {
      crashed: true,
      file: (d) => join(d, 'dynamodb', 'CURRENT'),
      damage: overwrite('garbage'),
      line: /dynamodb is damaged \(Corruption: CURRENT file does not end with newline\)/,
    },
  ],
  [
    'garbage in the MANIFEST, after a crash',
    {
      crashed: true,
      file: manifestOf,
      damage: overwrite('x'.repeat(50)),
      line: /dynamodb is damaged \(Corruption: .*\)/,
    },
  ],
  [
    '4 KB of garbage in a table file, after a crash',
    {
      crashed: true,
      compacted: true,
      file: tableOf,
      damage: garbleMiddle,
      line: /dynamodb is damaged \(Corruption: .*\)/,
    },
  ],
  [
    'CURRENT deleted, after a crash',
    {
      crashed: true,
      file: (d) => join(d, 'dynamodb', 'CURRENT'),
      damage: (f) => rmSync(f),
      line: /dynamodb is damaged \(no CURRENT file\)/,
    },
  ],
];
for (const c of CASES) c[1].line = new RegExp(`^error: .*${c[1].line.source}${DYNAMO_FIX.source}`);

const KEY_FIX = '; move it away; the next start makes a new key (tokens printed before stop working)';
const PARAMETERS_FIX = '; move it away; the next start makes new values (list cursors handed out before stop working)';
const keyFile = (d: string) => join(d, 'auth', 'signing-key.jwk.json');
const parametersFile = (d: string) => join(d, 'parameters.json');
CASES.push(
  [
    'garbage in the signing key',
    {
      crashed: false,
      file: keyFile,
      damage: overwrite('{"kty":"RSA", garbage'),
      line: /^error: .*signing-key\.jwk\.json is damaged \(not JSON\)/,
    },
  ],
  [
    'a signing key that is JSON but no key',
    {
      crashed: false,
      file: keyFile,
      damage: overwrite('{"kty":"RSA","n":"AQAB"}'),
      line: /^error: .*signing-key\.jwk\.json is damaged \(not an RS256 private key in JWK form\)/,
    },
  ],
  [
    'garbage in parameters.json',
    {
      crashed: false,
      file: parametersFile,
      damage: overwrite('{"CursorSecret": '),
      line: /^error: .*parameters\.json is damaged \(not JSON\)/,
    },
  ],
  [
    'parameters.json that is JSON but not strings',
    {
      crashed: false,
      file: parametersFile,
      damage: overwrite('[1, 2]'),
      line: /^error: .*parameters\.json is damaged \(not a JSON object of strings\)/,
    },
  ],
);
for (const [, c] of CASES.slice(-4)) {
  const fix = c.line.source.includes('signing') ? KEY_FIX : PARAMETERS_FIX;
  c.line = new RegExp(`${c.line.source}${fix.replace(/[()]/g, '\\$&')}$`);
}

describe('a damaged data directory', () => {
  it.each(CASES)('%s: one line naming the file and the fix, exit 1, nothing served', async (_name, c) => {
    const dir = copyStore(c.crashed, c.compacted ? compacted : pristine);
    c.damage(c.file(dir));
    const run = startCli('serverless-todo-local', ['--port', '0', '--no-build', '--data-dir', dir]);
    expect(await run.exited).toBe(1);
    expect(run.stderr.split('\n')).toEqual([expect.stringMatching(c.line), '']);
    expect(run.stdout).not.toContain('API   http');
  });

  it('the token command refuses a damaged signing key the same way', async () => {
    const dir = copyStore(false);
    writeFileSync(keyFile(dir), 'not json');
    const run = startCli('serverless-todo-token', ['u1', '--data-dir', dir]);
    expect(await run.exited).toBe(1);
    expect(run.stderr).toMatch(/^error: .*signing-key\.jwk\.json is damaged \(not JSON\); move it away/);
    expect(run.stderr.split('\n')).toHaveLength(2);
  });
});

/** Every task id of `user` through the API, page by page (bounded by the task count). */
async function listAll(url: string, token: string, user: string): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | null = null;
  for (let page = 0; page <= TASKS; page++) {
    const query: string = cursor ? `?limit=100&cursor=${encodeURIComponent(cursor)}` : '?limit=100';
    const res = await send(`${url}/users/${user}/tasks${query}`, { headers: bearer(token) });
    expect(res.status).toBe(200);
    const body = res.body as TaskList;
    ids.push(...body.tasks.map((task) => task.task_id));
    cursor = body.next_cursor;
    if (cursor === null) return ids;
  }
  throw new Error('more pages than tasks');
}

async function startOn(dir: string) {
  const run = startCli('serverless-todo-local', ['--port', '0', '--no-build', '--data-dir', dir]);
  const [, url] = await waitForOutput(run, /API {3}(http:\/\/127\.0\.0\.1:\d+)/);
  const [, token] = await waitForOutput(run, /export TOKEN='([^']+)'/);
  return { run, url: url as string, token: token as string };
}

describe('an intact data directory', () => {
  it('after a clean stop: starts and serves all 1,001 tasks', async () => {
    const dir = copyStore(false);
    const { run, url } = await startOn(dir);
    try {
      const token = ((await send(`${url}/_local/token?sub=u1`)).body as { token: string }).token;
      expect(await listAll(url, token, 'u1')).toHaveLength(TASKS);
    } finally {
      run.child.kill('SIGINT');
      expect(await run.exited).toBe(0);
    }
  });

  it('after kill -9 in the middle of writes: every acknowledged write is there on restart', async () => {
    const dir = copyStore(false);
    const first = await startOn(dir);
    const crashToken = ((await send(`${first.url}/_local/token?sub=crash`)).body as { token: string }).token;
    const acknowledged: string[] = [];
    let stop = false;
    // Four writers create tasks until the process dies; only 201s count as acknowledged.
    const writers = Array.from({ length: 4 }, async () => {
      for (let i = 0; i < 10_000 && !stop; i++) {
        const res = await send(`${first.url}/users/crash/tasks`, {
          method: 'POST',
          headers: bearer(crashToken, { 'content-type': 'application/json' }),
          body: JSON.stringify({ title: `write ${i}` }),
        }).catch(() => null);
        if (res?.status === 201) acknowledged.push((res.body as Task).task_id);
        if (res === null) return;
      }
    });
    // Bounded: 200 acknowledged writes, or give up after 3,000 polls.
    for (let poll = 0; poll < 3000 && acknowledged.length < 200; poll++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(acknowledged.length).toBeGreaterThanOrEqual(200);
    first.run.child.kill('SIGKILL');
    await first.run.exited;
    stop = true;
    await Promise.all(writers);

    const second = await startOn(dir);
    try {
      const token = ((await send(`${second.url}/_local/token?sub=crash`)).body as { token: string }).token;
      const stored = new Set(await listAll(second.url, token, 'crash'));
      expect(acknowledged.filter((id) => !stored.has(id))).toEqual([]);
      const u1 = ((await send(`${second.url}/_local/token?sub=u1`)).body as { token: string }).token;
      expect(await listAll(second.url, u1, 'u1')).toHaveLength(TASKS);
    } finally {
      second.run.child.kill('SIGINT');
      expect(await second.run.exited).toBe(0);
    }
  });
});
