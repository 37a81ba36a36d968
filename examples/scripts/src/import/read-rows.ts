// Reads an import file into plain records. JSON: an array of objects, or an object with a
// `tasks` array (a saved list page or an export). CSV: RFC 4180 with a header row, parsed
// by csv-parse (quotes, embedded commas and newlines, a UTF-8 BOM).
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { parse } from 'csv-parse/sync';
import { InputFileError } from '../lib/errors.ts';

/** The formats the import and export understand. */
export type Format = 'json' | 'csv';

/** One input record, and where it came from for error messages. */
export interface Row {
  /** 1-based position among the file's records. */
  readonly index: number;
  /** For CSV, the file line the record starts on. */
  readonly line?: number;
  readonly record: unknown;
}

/**
 * The format a file name implies, or undefined when its extension says nothing.
 *
 * @example
 * ```ts
 * formatOf('tasks.CSV'); // 'csv'
 * ```
 */
export function formatOf(path: string): Format | undefined {
  const ext = extname(path).toLowerCase();
  return ext === '.json' ? 'json' : ext === '.csv' ? 'csv' : undefined;
}

function jsonRows(path: string, text: string): Row[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (cause) {
    throw new InputFileError(path, `not valid JSON (${(cause as Error).message})`, { cause });
  }
  const list = Array.isArray(data) ? data : (data as { tasks?: unknown } | null)?.tasks;
  if (!Array.isArray(list)) throw new InputFileError(path, 'expected a JSON array of tasks, or { "tasks": [...] }');
  return list.map((record, i) => ({ index: i + 1, record }));
}

function csvRows(path: string, text: string): Row[] {
  try {
    const parsed = parse(text, { columns: true, bom: true, skip_empty_lines: true, info: true }) as {
      record: Record<string, string>;
      info: { lines: number };
    }[];
    return parsed.map(({ record, info }, i) => ({ index: i + 1, line: info.lines, record }));
  } catch (cause) {
    throw new InputFileError(path, `not valid CSV (${(cause as Error).message})`, { cause });
  }
}

/**
 * Reads and parses a whole import file.
 *
 * @example
 * ```ts
 * const rows = await readRows('data/sample-tasks.csv', 'csv');
 * rows[0]?.record; // { title: '…', description: '…', status: 'pending', due_date: '' }
 * ```
 */
export async function readRows(path: string, format: Format): Promise<Row[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (cause) {
    throw new InputFileError(path, (cause as NodeJS.ErrnoException).code ?? String(cause), { cause });
  }
  return format === 'json' ? jsonRows(path, text) : csvRows(path, text);
}
