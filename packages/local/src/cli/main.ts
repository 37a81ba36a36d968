// `serverless-todo-local`: build stale bundles, start the local API, print how to use it,
// and stop cleanly on SIGINT/SIGTERM. Every expected failure is one line on stderr.
import { relative } from 'node:path';
import { ensureBundles } from '../build/ensure-bundles.ts';
import {
  BuildError,
  DataDirLockedError,
  PortInUseError,
  StoreDamagedError,
  TemplateError,
  UsageError,
} from '../errors.ts';
import { defaultDataDir, repoRoot } from '../paths.ts';
import { stdoutSink } from '../server/access-log.ts';
import { startLocalApi } from '../start-local-api.ts';
import { parseCli, USAGE } from './args.ts';
import { banner, DEMO_USER } from './banner.ts';

const fail = (line: string, code: number) => {
  process.stderr.write(`${line}\n`);
  return code;
};

/** Resolves on the first SIGINT or SIGTERM; a second one exits at once. */
const signalled = () =>
  new Promise<NodeJS.Signals>((resolve) => {
    const once = (signal: NodeJS.Signals) => {
      process.on(signal, () => process.exit(130)); // impatient second Ctrl-C
      resolve(signal);
    };
    process.once('SIGINT', once);
    process.once('SIGTERM', once);
  });

/**
 * Runs the CLI; resolves with the exit code.
 *
 * @example
 * ```ts
 * process.exit(await main(process.argv.slice(2)));
 * ```
 */
export async function main(argv: readonly string[]): Promise<number> {
  let options: ReturnType<typeof parseCli>;
  try {
    options = parseCli(argv, process.env);
  } catch (err) {
    if (err instanceof UsageError) return fail(`error: ${err.message}\n${USAGE}`, 2);
    throw err;
  }
  if (options.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const stop = signalled();
  try {
    if (options.build) await ensureBundles(stdoutSink);
    const api = await startLocalApi({
      port: options.port,
      memory: options.memory,
      dataDir: options.dataDir ?? defaultDataDir,
      parameterOverrides: options.parameterOverrides,
      schedules: options.schedules,
    });
    // Paths under the repository print relative to it, as the user typed them.
    const shown = (path: string) => {
      const inRepo = relative(repoRoot, path);
      return inRepo.startsWith('..') ? path : inRepo || '.';
    };
    const dataDir = shown(api.dataDir);
    const storage = options.memory ? 'in memory (gone on exit)' : `on disk in ${dataDir}/dynamodb`;
    process.stdout.write(
      banner({
        url: api.url,
        token: await api.token(DEMO_USER),
        storage,
        functions: api.functions.length,
        s3: api.s3Endpoint,
        realtime: api.realtimeUrl,
        streamFailures: api.streamFailuresFile && shown(api.streamFailuresFile),
        schedules: api.schedules(),
        scheduled: api.scheduledFunctions,
      }),
    );
    const signal = await stop;
    stdoutSink(`${signal}: stopping (in-flight requests finish, then DynamoDB closes)`);
    await api.stop();
    stdoutSink('stopped');
    return 0;
  } catch (err) {
    const known = [PortInUseError, DataDirLockedError, TemplateError, BuildError, StoreDamagedError].some(
      (type) => err instanceof type,
    );
    if (known) return fail(`error: ${(err as Error).message}`, 1);
    throw err;
  }
}
