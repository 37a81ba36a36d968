// POST /_local/schedules/{FunctionLogicalId}: a dev-only endpoint that runs a scheduled
// function now, with the event its schedule would deliver, and answers with the result. It
// exists only on the local API; EventBridge has nothing like it.
import type { HttpResponse } from '../gateway/proxy-result.ts';
import type { LocalSchedules } from '../schedules/local-schedules.ts';

/** Where the endpoint lives; the function's logical id follows. */
export const SCHEDULES_PATH = '/_local/schedules/';

const json = (status: number, body: unknown, extra: [string, string][] = []): HttpResponse => ({
  status,
  headers: [['Content-Type', 'application/json'], ['Cache-Control', 'no-store'], ...extra],
  body: Buffer.from(JSON.stringify(body), 'utf8'),
});

/**
 * Answers a request under SCHEDULES_PATH: 200 with the function's return value, 502 with the
 * error it threw, 504 when it timed out, 404 for a function without a schedule.
 *
 * @example
 * ```ts
 * const response = await scheduleRoute(schedules, 'POST', '/_local/schedules/SweepFunction');
 * JSON.parse(response.body.toString()); // { functionId: 'SweepFunction', requestId: '…', result: { removed: 0 } }
 * ```
 */
export async function scheduleRoute(schedules: LocalSchedules, method: string, path: string): Promise<HttpResponse> {
  const functionId = decodeURIComponent(path.slice(SCHEDULES_PATH.length));
  if (method !== 'POST') return json(405, { error: 'use POST to run a scheduled function' }, [['Allow', 'POST']]);
  const run = await schedules.runNow(functionId);
  if (!run) {
    const known = schedules.functions.join(', ') || 'none';
    return json(404, { error: `${functionId} has no schedule; scheduled functions: ${known}` });
  }
  const { requestId, outcome } = run;
  if (outcome.kind === 'result') return json(200, { functionId, requestId, result: outcome.value ?? null });
  if (outcome.kind === 'timeout') {
    return json(504, { functionId, requestId, error: { errorType: 'Timeout', errorMessage: 'Task timed out' } });
  }
  const { errorType, errorMessage } = outcome.error;
  return json(502, { functionId, requestId, error: { errorType, errorMessage } });
}
