// Where the functions' own console output goes: through to this process's stdout/stderr
// (like `sam local`), nowhere (quiet tests), or line by line to a logger.
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import type { OutputSink } from '../gateway/function-worker.ts';
import type { LogSink } from './access-log.ts';

/** Handler logs pass through unchanged. */
export const inheritOutput: OutputSink = (stream, name) => {
  stream.pipe(name === 'stdout' ? process.stdout : process.stderr, { end: false });
};

/** Handler logs are read and dropped. */
export const silentOutput: OutputSink = (stream: Readable) => {
  stream.resume();
};

/**
 * Sends each line of handler output to `log`.
 *
 * @example
 * ```ts
 * const lines: string[] = [];
 * const output = linesTo((line) => lines.push(line));
 * ```
 */
export function linesTo(log: LogSink): OutputSink {
  return (stream) => {
    createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY }).on('line', log);
  };
}
