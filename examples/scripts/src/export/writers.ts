// Streams tasks as they arrive from listAll, so an export of any size holds one page in
// memory. JSON is one array with a task per line; CSV has a header and one record per task.
import type { Task } from '@serverless-todo/client';
import type { Format } from '../import/read-rows.ts';
import { csvRecord } from './csv.ts';

/** The CSV columns, in the order of the contract's Task. */
export const CSV_COLUMNS = [
  'task_id',
  'title',
  'description',
  'status',
  'due_date',
  'created_at',
  'updated_at',
  'version',
  'user_id',
] as const satisfies readonly (keyof Task)[];

/** Writes one export: start, a task at a time, end. */
export interface TaskWriter {
  start(): string;
  task(task: Task, index: number): string;
  end(count: number): string;
}

const json: TaskWriter = {
  start: () => '[',
  task: (task, index) => `${index === 0 ? '\n' : ',\n'}${JSON.stringify(task)}`,
  end: (count) => (count === 0 ? ']\n' : '\n]\n'),
};

const csv: TaskWriter = {
  start: () => csvRecord(CSV_COLUMNS),
  task: (task) => csvRecord(CSV_COLUMNS.map((column) => task[column])),
  end: () => '',
};

/**
 * The writer of a format.
 *
 * @example
 * ```ts
 * const w = writerFor('csv');
 * out.write(w.start()); out.write(w.task(task, 0)); out.write(w.end(1));
 * ```
 */
export const writerFor = (format: Format): TaskWriter => (format === 'json' ? json : csv);
