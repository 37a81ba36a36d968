// `export`: pages through every task with listAll and writes JSON or CSV, to stdout or to
// --out (see output-file.ts for how that file is checked, written and put in place).
import type { ScriptContext } from '../lib/context.ts';
import { displayPath } from '../lib/display-path.ts';
import { connect } from '../lib/target.ts';
import { parseExportArgs, USAGE } from './args.ts';
import { type OutputFile, openOutputFile } from './output-file.ts';
import { writerFor } from './writers.ts';

/** The largest page the API serves: fewest round trips. */
const PAGE_SIZE = 100;

/**
 * Runs the export; resolves with 0 once every task is written.
 *
 * @example
 * ```ts
 * process.exitCode = await runScript(exportTasks, processContext());
 * ```
 */
export async function exportTasks(context: ScriptContext): Promise<number> {
  const args = parseExportArgs(context.argv, context.cwd);
  if (args === 'help') {
    context.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const where = args.out ? displayPath(context.cwd, args.out) : 'stdout';
  // The file is opened before connecting, so a bad --out costs no request at all.
  const file: OutputFile | null = args.out ? await openOutputFile(args.out, where) : null;
  const write = async (text: string) => {
    if (file) await file.write(text);
    else context.stdout.write(text);
  };
  let count = 0;
  let userId: string;
  try {
    const target = await connect(context.env, context.fetch);
    userId = target.userId;
    const writer = writerFor(args.format);
    await write(writer.start());
    for await (const task of target.client.tasks.listAll(userId, { limit: PAGE_SIZE, status: args.status })) {
      await write(writer.task(task, count++));
    }
    await write(writer.end(count));
    await file?.commit();
  } catch (error) {
    await file?.discard();
    throw error;
  }
  context.stderr.write(`exported ${count} task(s) of ${userId} as ${args.format} to ${where}\n`);
  return 0;
}
