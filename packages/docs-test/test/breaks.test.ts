// The test of the test: each command of a real README, broken the way the docs once were,
// makes the docs test fail with a message that points at the line. Each case runs the
// broken block exactly as docs.test.ts runs a block.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type LocalApi, startLocalApi } from '@serverless-todo/local';
import { freePort } from '@serverless-todo/testkit';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { workspaceScripts } from '../src/check-scripts.ts';
import { extractBlocks } from '../src/extract-commands.ts';
import { type RunContext, runBlock } from '../src/run-block.ts';
import { packageDirs, REPO } from '../src/workspace.ts';

const FILE = 'examples/scripts/README.md';
const README = readFileSync(join(REPO, FILE), 'utf8');
const WORKING = 'npm run -s export > tasks.json';

let api: LocalApi;
let dataDir: string;
let context: RunContext;
beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'docs-test-breaks-'));
  api = await startLocalApi({ port: 0, memory: true, dataDir, quiet: true });
  context = {
    repo: REPO,
    file: FILE,
    apiPort: api.port,
    serverPort: await freePort(),
    env: { API_URL: api.url, SERVERLESS_TODO_DATA_DIR: dataDir, SERVERLESS_TODO_DOCS_TEST: '1' },
    scripts: workspaceScripts(REPO, packageDirs(REPO)),
    timeoutMs: 120_000,
  };
});
afterAll(async () => {
  await api?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  rmSync(join(REPO, 'tasks.json'), { force: true });
});

/** The README's block holding WORKING, with that command replaced by `broken`. */
function brokenBlock(broken: string) {
  expect(README).toContain(WORKING); // else this test no longer tests the README
  const blocks = extractBlocks(FILE, README.replace(WORKING, broken));
  const block = blocks.find((b) => b.commands.some((c) => c.text.startsWith(broken)));
  if (!block) throw new Error(`no block with ${broken}`);
  return { ...block, commands: block.commands.filter((c) => c.text.startsWith(broken)) };
}

it('the working command passes (so the failures below come from the breakage)', async () => {
  expect(await runBlock(brokenBlock(WORKING), context)).toEqual([]);
});

it.each([
  [
    'bare pnpm, not on a newcomer’s PATH',
    'pnpm --filter @example/scripts export > tasks.json',
    /exited 127\n[\s\S]*pnpm: command not found/,
  ],
  [
    'pnpm’s own import command',
    'npx pnpm --filter @example/scripts import',
    /runs pnpm's own "import", not the script/,
  ],
  [
    'a script that does not exist',
    'npm run exprot > tasks.json',
    /npm run exprot: the root package.json has no "exprot" script/,
  ],
  [
    'a flag the script does not take',
    'npm run -s export -- --outt x.json',
    /exited 2\n[\s\S]*error: Unknown option '--outt'/,
  ],
  ['npm’s banner in the redirected file', 'npm run export > tasks.json', /wrote tasks\.json, which is not valid JSON/],
])('%s fails the docs test, naming the line', async (_name, broken, reason) => {
  const problems = await runBlock(brokenBlock(broken), context);
  expect(problems).toHaveLength(1);
  expect(problems[0]).toMatch(new RegExp(`^${FILE}:\\d+: `));
  expect(problems[0]).toMatch(reason);
});

it('a start command whose Ctrl-C prints a failure line fails the docs test (pnpm start, unlike npm start)', async () => {
  const file = 'packages/local/README.md';
  const readme = readFileSync(join(REPO, file), 'utf8');
  const server = extractBlocks(file, readme).find((b) => b.kind === 'server');
  if (!server) throw new Error(`${file} has no server block`);
  const broken = {
    ...server,
    commands: server.commands.map((c) => ({ ...c, text: c.text.replace(/^npm start/, 'npx pnpm start') })),
  };
  expect(broken.commands[0]?.text).toMatch(/^npx pnpm start/);
  const problems = await runBlock(broken, { ...context, file });
  expect(problems).toEqual([
    expect.stringMatching(new RegExp(`^${file}:\\d+: .* printed a failure line on Ctrl-C\\n[\\s\\S]*ELIFECYCLE`)),
  ]);
});

it('a server in a block without the server marker times out with a hint to mark it', async () => {
  const block = extractBlocks('X.md', '```sh\nnpm start -- --port 0 --memory --no-build\n```\n')[0];
  if (!block) throw new Error('no block');
  const problems = await runBlock(block, { ...context, file: 'X.md', timeoutMs: 5_000 });
  expect(problems).toEqual([
    expect.stringMatching(
      /^X\.md:2: .* timed out after 5 s \(a server\? mark the block <!-- docs-test: server URL -->\)/,
    ),
  ]);
});
