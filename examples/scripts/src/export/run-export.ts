// `export`: pages through every task with listAll and writes JSON or CSV. With --out the
// data goes to a temporary file that replaces FILE only once the last page arrived, so a
// failed export never leaves a truncated file that looks complete.
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import type { ScriptContext } from '../lib/context.ts';
import { displayPath } from '../lib/display-path.ts';
import { connect } from '../lib/target.ts';
import { parseExportArgs, USAGE } from './args.ts';
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
  const { client, userId } = await connect(context.env, context.fetch);
  const writer = writerFor(args.format);
  const temp = args.out ? `${args.out}.${process.pid}.partial` : null;
  const file = temp ? createWriteStream(temp, { encoding: 'utf8' }) : null;
  // Respect backpressure on a file; stdout and test buffers take writes as they come.
  const write = async (text: string) => {
    if (!file) context.stdout.write(text);
    else if (!file.write(text)) await once(file, 'drain');
  };
  let count = 0;
  try {
    await write(writer.start());
    for await (const task of client.tasks.listAll(userId, { limit: PAGE_SIZE, status: args.status })) {
      await write(writer.task(task, count++));
    }
    await write(writer.end(count));
    if (file && temp && args.out) {
      file.end();
      await once(file, 'close');
      await rename(temp, args.out);
    }
  } catch (error) {
    file?.destroy();
    if (temp) await rm(temp, { force: true });
    throw error;
  }
  const where = args.out ? displayPath(context.cwd, args.out) : 'stdout';
  context.stderr.write(`exported ${count} task(s) of ${userId} as ${args.format} to ${where}\n`);
  return 0;
}
