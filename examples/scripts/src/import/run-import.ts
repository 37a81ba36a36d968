// `import`: creates a task per row with bounded concurrency and content-derived idempotency
// keys. The API marks no response as a replay, so "replayed" is told apart by a listing
// taken before the run: the API replays the first 201, whose task already existed then.
import type { ScriptContext } from '../lib/context.ts';
import { displayPath } from '../lib/display-path.ts';
import { ApiUnreachableError, EmptyInputError, TokenRejectedError } from '../lib/errors.ts';
import { explain } from '../lib/run-script.ts';
import { connect } from '../lib/target.ts';
import { parseImportArgs, USAGE } from './args.ts';
import { idempotencyKeys } from './idempotency-keys.ts';
import { forEachBounded } from './pool.ts';
import { createProgress, type Tally } from './progress.ts';
import { readRows } from './read-rows.ts';
import { type Failure, formatSummary, reasonOf } from './summary.ts';
import { toTaskCreate } from './to-task-create.ts';

// After one of these no later row can succeed either, so the import stops sending.
const FATAL = [ApiUnreachableError, TokenRejectedError];

/**
 * Runs the import; resolves with 0 when every row was created or replayed, else 1.
 *
 * @example
 * ```ts
 * process.exitCode = await runScript(importTasks, processContext());
 * ```
 */
export async function importTasks(context: ScriptContext): Promise<number> {
  const args = parseImportArgs(context.argv, context.cwd);
  if (args === 'help') {
    context.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const rows = await readRows(args.file, args.format);
  // Exit 1, not 0: an import that created nothing because the file was empty is a mistake.
  if (rows.length === 0) throw new EmptyInputError(displayPath(context.cwd, args.file));
  const bodies = rows.map((row) => toTaskCreate(row.record, args.format === 'csv'));
  const keys = idempotencyKeys(bodies.map((c) => ('body' in c ? c.body : null)));
  const { client, userId, baseUrl } = await connect(context.env, context.fetch);

  const started = performance.now();
  const known = new Set<string>();
  for await (const task of client.tasks.listAll(userId, { limit: 100 })) known.add(task.task_id);

  const tally: Tally = { total: rows.length, created: 0, replayed: 0, failed: 0 };
  const failures: Failure[] = [];
  let stoppedBy: Error | undefined;
  const progress = createProgress(context.stderr);
  const notSent = await forEachBounded(rows, args.concurrency, async (row, i, pool) => {
    const conversion = bodies[i]!;
    if ('reason' in conversion) {
      tally.failed++;
      failures.push({ row, reason: conversion.reason });
    } else {
      try {
        const { task } = await client.tasks.create(userId, conversion.body, { idempotencyKey: keys[i]! });
        if (known.has(task.task_id)) tally.replayed++;
        else tally.created++;
        known.add(task.task_id);
      } catch (error) {
        const explained = explain(error, context.env);
        if (FATAL.some((type) => explained instanceof type)) {
          stoppedBy ??= explained;
          pool.stop();
        }
        tally.failed++;
        failures.push({ row, reason: reasonOf(error) });
      }
    }
    progress.update(tally);
  });
  tally.failed += notSent.length;
  progress.finish(tally);
  failures.sort((a, b) => a.row.index - b.row.index);
  context.stdout.write(
    formatSummary({
      file: displayPath(context.cwd, args.file),
      userId,
      baseUrl,
      seconds: (performance.now() - started) / 1000,
      tally,
      failures,
      notSent: stoppedBy ? { count: notSent.length, reason: stoppedBy.message } : null,
    }),
  );
  return tally.failed > 0 ? 1 : 0;
}
