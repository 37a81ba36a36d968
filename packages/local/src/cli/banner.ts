// What `npm start` prints once the API answers: where it is, where the docs are, a token,
// and the design's example request ready to paste.

/** The design's example task. */
export const EXAMPLE_TASK = { title: 'Learn AWS Lambda', description: 'Complete the serverless tutorial' };
/** The demo user the printed token is for. */
export const DEMO_USER = 'user123';

/** What fires when, and how to run a scheduled function now. */
function scheduleLines(
  url: string,
  upcoming: readonly { functionId: string; expression: string; next: Date | null }[],
  scheduled: readonly string[],
): string[] {
  if (scheduled.length === 0) return [];
  const fired = upcoming.map(
    (s) => `  Schedule  ${s.functionId} ${s.expression}, next ${s.next ? s.next.toISOString() : 'never'}`,
  );
  return [
    ...(fired.length > 0 ? fired : ['  Schedules off (--no-schedules)']),
    `  Run now   curl -X POST ${url}/_local/schedules/${scheduled[0]}`,
  ];
}

/**
 * Formats the start-up banner.
 *
 * @example
 * ```ts
 * console.log(banner({ url: 'http://127.0.0.1:3000', token, storage: '.data/dynamodb', functions: 6 }));
 * ```
 */
export function banner(info: {
  url: string;
  token: string;
  storage: string;
  functions: number;
  /** The embedded S3's endpoint, when the template has a bucket. */
  s3?: string | null;
  /** The WebSocket URL, when the template has a WebSocket API. */
  realtime?: string | null;
  /** Where discarded stream batches go, when streams are emulated. */
  streamFailures?: string | null;
  /** The enabled schedules and their next firing (none with --no-schedules). */
  schedules?: readonly { functionId: string; expression: string; next: Date | null }[];
  /** The functions POST /_local/schedules/{id} can run. */
  scheduled?: readonly string[];
}): string {
  const tasks = `${info.url}/users/${DEMO_USER}/tasks`;
  return [
    '',
    `serverless-todo local API: ${info.functions} functions, DynamoDB ${info.storage}`,
    '',
    `  API   ${info.url}`,
    `  Docs  ${info.url}/docs`,
    ...(info.s3 ? [`  S3    ${info.s3}`] : []),
    ...(info.realtime ? [`  Realtime  ${info.realtime}?token=$TOKEN`] : []),
    ...(info.streamFailures ? [`  Streams  failed batches go to ${info.streamFailures}`] : []),
    ...scheduleLines(info.url, info.schedules ?? [], info.scheduled ?? []),
    '',
    `Dev token for ${DEMO_USER} (valid 12 h; another user: npm run -s token -- <user_id>):`,
    '',
    `  export TOKEN='${info.token}'`,
    '',
    'Create a task, then list them:',
    '',
    `  curl -X POST ${tasks} \\`,
    `    -H "Authorization: Bearer $TOKEN" \\`,
    '    -H "Content-Type: application/json" \\',
    `    -d '${JSON.stringify(EXAMPLE_TASK).replace(/","/g, '", "').replace(/":"/g, '": "')}'`,
    '',
    `  curl ${tasks} -H "Authorization: Bearer $TOKEN"`,
    '',
    'Ctrl-C stops it (in-flight requests finish first).',
    '',
  ].join('\n');
}
