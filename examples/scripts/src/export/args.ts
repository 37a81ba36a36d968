// The export's command line.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { TaskStatus } from '@serverless-todo/client';
import { type Format, formatOf } from '../import/read-rows.ts';
import { UsageError } from '../lib/errors.ts';

/** How to call the export. */
export const USAGE = `usage: npm run -s export -- [--format json|csv] [--out FILE] [--status S]
  --format   json or csv (default: from --out's extension, else json)
  --out      write to FILE instead of stdout (replaced only when the export completes);
             without it, redirect stdout: npm run -s export > tasks.json (-s keeps npm's
             banner out of the file)
  --status   only tasks in this status: pending, in_progress or done
  --help     this text
  env: API_URL, API_TOKEN, USER_ID as for the quickstart`;

const STATUSES: readonly string[] = ['pending', 'in_progress', 'done'] satisfies TaskStatus[];

/** What the export was asked to do. */
export interface ExportArgs {
  readonly format: Format;
  /** Absolute path, or null for stdout. */
  readonly out: string | null;
  readonly status: TaskStatus | undefined;
}

/**
 * Parses the export's arguments; a relative --out resolves against `cwd`.
 *
 * @example
 * ```ts
 * parseExportArgs(['--out', 'tasks.csv'], process.cwd()); // { format: 'csv', out: '/…/tasks.csv', status: undefined }
 * ```
 */
export function parseExportArgs(argv: readonly string[], cwd: string): ExportArgs | 'help' {
  let values: ReturnType<typeof parse>['values'];
  try {
    const parsed = parse(argv);
    if (parsed.positionals.length > 0) throw new Error(`unexpected argument: ${parsed.positionals[0]}`);
    values = parsed.values;
  } catch (cause) {
    throw new UsageError((cause as Error).message, USAGE, { cause });
  }
  if (values.help) return 'help';
  const out = values.out ? resolve(cwd, values.out) : null;
  const format = values.format ?? (out && formatOf(out)) ?? 'json';
  if (format !== 'json' && format !== 'csv') throw new UsageError(`--format must be json or csv, got ${format}`, USAGE);
  if (values.status !== undefined && !STATUSES.includes(values.status)) {
    throw new UsageError(`--status must be one of ${STATUSES.join(', ')}, got ${values.status}`, USAGE);
  }
  return { format, out, status: values.status as TaskStatus | undefined };
}

const parse = (argv: readonly string[]) =>
  parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      format: { type: 'string' },
      out: { type: 'string' },
      status: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
