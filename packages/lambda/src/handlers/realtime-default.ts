// $default: every client message. The contract's only one is `ping`, answered with `pong`
// through the route response; anything else gets an `error` message, and the connection stays.
import { readClientMessage, realtimeLimits, type ServerMessage } from '@serverless-todo/contract/realtime';
import type { WebSocketEvent, WebSocketResult } from '../realtime/websocket-event.ts';

const answer = (message: ServerMessage): WebSocketResult => ({ statusCode: 200, body: JSON.stringify(message) });

function parse(event: WebSocketEvent): unknown {
  const raw = event.body ?? '';
  const text = event.isBase64Encoded ? Buffer.from(raw, 'base64').toString('utf8') : raw;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * The RealtimeDefaultFunction: `{"type":"ping"}` → `{"type":"pong","sent_at":…}`.
 *
 * @example
 * ```ts
 * await handler({ requestContext, body: '{"type":"ping"}' }); // { statusCode: 200, body: '{"type":"pong",…}' }
 * ```
 */
export async function handler(event: WebSocketEvent): Promise<WebSocketResult> {
  // API Gateway refuses larger messages itself; the check keeps a local caller honest too.
  if ((event.body?.length ?? 0) > realtimeLimits.maxMessageBytes) {
    return answer({ type: 'error', detail: 'The message is larger than 128 KB.' });
  }
  const message = parse(event);
  if (message === undefined) return answer({ type: 'error', detail: 'A message must be JSON.' });
  const result = readClientMessage(message);
  if (!result.ok) return answer({ type: 'error', detail: 'The only message a client may send is {"type":"ping"}.' });
  return answer({ type: 'pong', sent_at: new Date().toISOString() });
}
