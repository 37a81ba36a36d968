// The import's closing report: counts, then each failed row with the API's reason.
import { isTodoApiError } from '@serverless-todo/client';
import type { Tally } from './progress.ts';
import type { Row } from './read-rows.ts';

/** A row that was not imported, and why. */
export interface Failure {
  readonly row: Row;
  readonly reason: string;
}

/** At most this many failures are listed one by one. */
const LISTED = 20;

/**
 * Why a create failed, in one line: status, problem title, and each field pointer.
 *
 * @example
 * ```ts
 * reasonOf(error); // '400 Your request is not valid. /title: must be at least 1 character'
 * ```
 */
export function reasonOf(error: unknown): string {
  if (!isTodoApiError(error)) return (error as Error)?.message ?? String(error);
  const fields = error.errors.map((e) => `${e.pointer}: ${e.detail}`).join('; ');
  return `${error.status} ${error.title}${fields ? ` ${fields}` : error.detail ? ` ${error.detail}` : ''}`;
}

/** What the summary reports on. */
export interface SummaryInput {
  readonly file: string;
  readonly userId: string;
  readonly baseUrl: string;
  readonly seconds: number;
  readonly tally: Tally;
  readonly failures: readonly Failure[];
  /** Rows never sent because the import stopped, and the one-line reason it stopped. */
  readonly notSent: { readonly count: number; readonly reason: string } | null;
}

/**
 * Formats the summary printed on stdout at the end of an import.
 *
 * @example
 * ```ts
 * process.stdout.write(formatSummary({ file, userId, baseUrl, seconds, tally, failures, notSent: null }));
 * ```
 */
export function formatSummary(s: SummaryInput): string {
  const { tally } = s;
  const lines = [
    `Imported ${s.file} as ${s.userId} at ${s.baseUrl} in ${s.seconds.toFixed(1)} s`,
    `  created:  ${tally.created}`,
    `  replayed: ${tally.replayed}  (imported before: the API answered with a task that existed when this run began)`,
    `  failed:   ${tally.failed}`,
  ];
  for (const { row, reason } of s.failures.slice(0, LISTED)) {
    lines.push(`    row ${row.index}${row.line ? ` (line ${row.line})` : ''}: ${reason}`);
  }
  if (s.failures.length > LISTED) lines.push(`    … and ${s.failures.length - LISTED} more`);
  if (s.notSent) {
    lines.push(
      `    ${s.notSent.count} row(s) not sent: stopped because ${s.notSent.reason}`,
      '    Rerun the same command to finish: rows already imported are replayed, not duplicated.',
    );
  }
  return `${lines.join('\n')}\n`;
}
