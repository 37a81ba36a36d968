// One JSON line per event worth logging, on stdout (CloudWatch Logs keeps it). The realtime
// functions log without Powertools to keep their cold start short; no token, query string
// or exception text from a token ever goes into a line.

/**
 * Writes a structured log line.
 *
 * @example
 * ```ts
 * logLine('warn', 'connection refused', { reason: 'expired' });
 * ```
 */
export function logLine(level: 'info' | 'warn' | 'error', message: string, fields: Record<string, unknown> = {}): void {
  const line = JSON.stringify({ level: level.toUpperCase(), message, ...fields, timestamp: new Date().toISOString() });
  if (level === 'error') console.error(line);
  else console.log(line);
}
