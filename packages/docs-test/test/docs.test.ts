// Every ```sh block of every README, run as documented against a local API started here,
// and every npm/pnpm command of the docs (inline ones too) checked against the scripts that
// exist. A block marked `docs-test: skip (reason)` prints its reason instead of running.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type LocalApi, startLocalApi } from '@serverless-todo/local';
import { freePort } from '@serverless-todo/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scriptProblem, workspaceScripts } from '../src/check-scripts.ts';
import { extractBlocks, inlineCommands } from '../src/extract-commands.ts';
import { findReadmes } from '../src/find-readmes.ts';
import { type RunContext, runBlock } from '../src/run-block.ts';
import { packageDirs, REPO } from '../src/workspace.ts';

/** Set for every documented command: a command that runs this test again must not recurse. */
const NESTED = 'SERVERLESS_TODO_DOCS_TEST';
if (process.env[NESTED]) {
  console.log(`docs test: not run inside a documented command (${NESTED} is set)`);
}
const nested = Boolean(process.env[NESTED]);

const scripts = workspaceScripts(REPO, packageDirs(REPO));
const documents = (nested ? [] : findReadmes(REPO)).map((file) => ({
  file,
  markdown: readFileSync(join(REPO, file), 'utf8'),
}));

// Commands talk to this API; its key lives in a temp data directory that the documented
// commands also use (SERVERLESS_TODO_DATA_DIR), so `npm run -s token` signs for it.
let api: LocalApi;
let dataDir: string;
let base: Omit<RunContext, 'file'>;
beforeAll(async () => {
  if (nested) return;
  dataDir = mkdtempSync(join(tmpdir(), 'docs-test-'));
  api = await startLocalApi({ port: 0, memory: true, dataDir, quiet: true });
  base = {
    repo: REPO,
    apiPort: api.port,
    serverPort: await freePort(),
    env: {
      API_URL: api.url,
      TOKEN: await api.token('user123'),
      SERVERLESS_TODO_DATA_DIR: dataDir,
      [NESTED]: '1',
    },
    scripts,
    timeoutMs: 180_000,
  };
});
afterAll(async () => {
  await api?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

/** Files a command creates in the repository root (`> tasks.json`) are removed afterwards. */
const rootFiles = () => new Set(readdirSync(REPO));
function removeNew(before: ReadonlySet<string>) {
  for (const name of readdirSync(REPO)) {
    if (!before.has(name) && statSync(join(REPO, name)).isFile()) rmSync(join(REPO, name));
  }
}

it.skipIf(nested)('finds the root README, CONTRIBUTING and package READMEs', () => {
  expect(documents.map((d) => d.file)).toEqual(
    expect.arrayContaining(['README.md', 'CONTRIBUTING.md', 'packages/local/README.md', 'examples/scripts/README.md']),
  );
});

it.skipIf(nested)('.ci/run runs the README test command verbatim', () => {
  const readme = documents.find((d) => d.file === 'README.md')?.markdown ?? '';
  const testCommand = extractBlocks('README.md', readme)
    .flatMap((block) => block.commands)
    .find((command) => command.text.endsWith('npm test'));
  expect(testCommand?.text).toBeDefined();
  const ci = readFileSync(join(REPO, '.ci/run'), 'utf8').split('\n');
  expect(ci).toContain(testCommand?.text);
});

describe.each(documents)('$file', ({ file, markdown }) => {
  const blocks = extractBlocks(file, markdown);

  it('names only npm and pnpm scripts that exist, inline commands included', () => {
    const problems = inlineCommands(markdown)
      .map((command) => ({ command, problem: scriptProblem(command.text, scripts) }))
      .filter(({ problem }) => problem !== null)
      .map(({ command, problem }) => `${file}:${command.line}: ${problem}`);
    expect(problems).toEqual([]);
  });

  const named = blocks.map((block) => ({
    block,
    name: `line ${block.line}, ${block.kind}: ${block.commands[0]?.text.split(/\s+#/)[0] ?? '(empty)'}`,
  }));
  it.each(named)('$name', async ({ block }) => {
    if (block.kind === 'skip') console.log(`${file}:${block.line}: not run (${block.reason})`);
    const before = rootFiles();
    try {
      expect(await runBlock(block, { ...base, file })).toEqual([]);
    } finally {
      removeNew(before);
    }
  });
});
