// Runs one block of a document and says what went wrong, as lines that point at the
// document: `README.md:42: \`npm run import\` exited 1` and the end of what it printed.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { scriptProblem, type workspaceScripts } from './check-scripts.ts';
import type { Block } from './extract-commands.ts';
import { runCommand, shellEnv } from './run-command.ts';
import { FAILURE_LINE, runServer } from './run-server.ts';

/** Where and how the commands run. */
export interface RunContext {
  readonly repo: string;
  /** The document, relative to the repo, for messages. */
  readonly file: string;
  /** The local API the commands talk to (documented as 127.0.0.1:3000). */
  readonly apiPort: number;
  /** Where a documented `npm start` listens instead of 3000, to leave the API above alone. */
  readonly serverPort: number;
  /** Extra environment, e.g. TOKEN and API_URL for the API above. */
  readonly env: Readonly<Record<string, string>>;
  readonly scripts: ReturnType<typeof workspaceScripts>;
  readonly timeoutMs: number;
}

/** The documented port 3000 is the test's: other engineers' servers may hold 3000 itself. */
const onPort = (text: string, port: number) => text.replace(/(127\.0\.0\.1|localhost):3000\b/g, `127.0.0.1:${port}`);

/** A `> FILE.json` redirect must leave valid JSON: a banner in the file would break it. */
function invalidJsonTargets(command: string, cwd: string): string | null {
  for (const match of command.matchAll(/(?:^|[^2&])>\s*(\S+\.json)\b/g)) {
    const target = match[1] as string;
    try {
      JSON.parse(readFileSync(resolve(cwd, target), 'utf8'));
    } catch {
      return target;
    }
  }
  return null;
}

const tail = (output: string) => output.trimEnd().split('\n').slice(-15).join('\n');

/**
 * Runs `block` and resolves with its problems (empty: it passed).
 *
 * @example
 * ```ts
 * const problems = await runBlock(block, context);
 * expect(problems).toEqual([]);
 * ```
 */
export async function runBlock(block: Block, context: RunContext): Promise<string[]> {
  const problems: string[] = [];
  const where = (line: number) => `${context.file}:${line}`;
  for (const command of block.commands) {
    const wrong = scriptProblem(command.text, context.scripts);
    if (wrong) problems.push(`${where(command.line)}: ${wrong}`);
  }
  if (block.kind !== 'run' && block.kind !== 'server') return problems;
  if (problems.length > 0) return problems;
  for (const command of block.commands) {
    if (block.kind === 'server') {
      const url = onPort(block.url as string, context.serverPort);
      const env = shellEnv({ ...context.env, PORT: String(context.serverPort) });
      const run = await runServer(onPort(command.text, context.serverPort), url, {
        cwd: context.repo,
        env,
        timeoutMs: context.timeoutMs,
      });
      if (run.status === null)
        problems.push(`${where(command.line)}: \`${command.text}\` never answered ${url}\n${tail(run.output)}`);
      else if (!run.stopped) problems.push(`${where(command.line)}: \`${command.text}\` did not stop on Ctrl-C`);
      else if (FAILURE_LINE.test(run.output)) {
        problems.push(
          `${where(command.line)}: \`${command.text}\` printed a failure line on Ctrl-C\n${tail(run.output)}`,
        );
      }
    } else {
      const run = await runCommand(onPort(command.text, context.apiPort), {
        cwd: context.repo,
        env: shellEnv(context.env),
        timeoutMs: context.timeoutMs,
      });
      if (run.timedOut) {
        const hint = `timed out after ${context.timeoutMs / 1000} s (a server? mark the block <!-- docs-test: server URL -->)`;
        problems.push(`${where(command.line)}: \`${command.text}\` ${hint}\n${tail(run.output)}`);
      } else if (run.code !== 0)
        problems.push(`${where(command.line)}: \`${command.text}\` exited ${run.code}\n${tail(run.output)}`);
      else {
        const invalid = invalidJsonTargets(command.text, context.repo);
        if (invalid)
          problems.push(`${where(command.line)}: \`${command.text}\` wrote ${invalid}, which is not valid JSON`);
      }
    }
  }
  return problems;
}
