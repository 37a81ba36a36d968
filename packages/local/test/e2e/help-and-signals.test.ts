// `--help` of both commands lists every flag they accept, and so do the READMEs; a Ctrl-C of
// the documented `npm start` stops the API with no failure line from npm.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI_OPTIONS, USAGE } from '../../src/cli/args.ts';
import { TOKEN_OPTIONS, TOKEN_USAGE } from '../../src/cli/token-main.ts';
import { startCli, waitForOutput } from '../support/cli.ts';

const REPO = join(import.meta.dirname, '../../../..');
const READMES = ['README.md', 'packages/local/README.md'].map((file) => readFileSync(join(REPO, file), 'utf8'));

describe.each([
  ['serverless-todo-local', CLI_OPTIONS, USAGE],
  ['serverless-todo-token', TOKEN_OPTIONS, TOKEN_USAGE],
])('%s', (bin, options, usage) => {
  const flags = Object.keys(options).map((name) => `--${name}`);

  it.each(['--help', '-h'])('%s prints the usage on stdout and exits 0', async (flag) => {
    const run = startCli(bin, [flag]);
    expect(await run.exited).toBe(0);
    expect(run).toMatchObject({ stdout: `${usage}\n`, stderr: '' });
  });

  it.each(flags)('%s is in --help and in the READMEs', (flag) => {
    expect(usage).toMatch(new RegExp(`^  ${flag}\\b`, 'm'));
    for (const readme of READMES) expect(readme).toContain(flag);
  });
});

/** The environment of a user's shell: none of the npm_* / pnpm variables this test runs under. */
const shellEnv = () =>
  Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^(npm_|pnpm_|INIT_CWD$)/i.test(name)));

describe('npm start', () => {
  it('a Ctrl-C (SIGINT to the whole process group, as a terminal sends it) prints no failure line', async () => {
    // detached: npm and the API get a process group of their own, like a shell job.
    const child = spawn('npm', ['start', '--', '--port', '0', '--memory', '--no-build'], {
      cwd: REPO,
      env: shellEnv(),
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const run = { child, stdout: '', stderr: '', exited: new Promise<number | null>((r) => child.on('exit', r)) };
    child.stdout.on('data', (chunk: Buffer) => (run.stdout += chunk));
    child.stderr.on('data', (chunk: Buffer) => (run.stderr += chunk));
    // Both pipes close only once the API process (npm's child) has exited too.
    const closed = new Promise((resolve) => child.on('close', resolve));
    await waitForOutput(run, /Ctrl-C stops it/, 60_000);
    process.kill(-(child.pid as number), 'SIGINT');
    await closed;
    expect(run.stdout).toMatch(/SIGINT: stopping[\s\S]*\bstopped\n$/);
    expect(`${run.stdout}${run.stderr}`).not.toMatch(/npm error|ELIFECYCLE|Command failed|signal SIGINT/i);
    expect(run.stderr).toBe('');
  });
});
