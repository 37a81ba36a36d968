// One line per request, like an API Gateway access log: method, path, status, latency, id.

/** Where the local API writes its own lines (access log, cold starts, function errors). */
export type LogSink = (line: string) => void;

/** Writes to stdout with a `[local]` prefix so these lines stand apart from handler logs. */
export const stdoutSink: LogSink = (line) => process.stdout.write(`[local] ${line}\n`);

/** Drops everything (tests, `quiet: true`). */
export const silentSink: LogSink = () => {};

/**
 * Formats an access-log line.
 *
 * @example
 * ```ts
 * accessLine({ method: 'GET', path: '/hello', status: 200, ms: 3.2, requestId: 'c6af…' });
 * // 'GET /hello 200 3 ms c6af…'
 * ```
 */
export function accessLine(entry: {
  method: string;
  path: string;
  status: number;
  ms: number;
  requestId: string;
  functionId?: string;
}): string {
  const fn = entry.functionId ? ` ${entry.functionId}` : '';
  return `${entry.method} ${entry.path} ${entry.status} ${Math.round(entry.ms)} ms ${entry.requestId}${fn}`;
}
