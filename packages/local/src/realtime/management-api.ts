// The @connections management API of the WebSocket API, at `<callback URL>/@connections/{id}`
// as API Gateway serves it: POST sends data to the connection, GET describes it, DELETE
// closes it; a connection that is gone (or never was) answers 410 GoneException. Requests
// must be SigV4-signed with the local credentials: the access key id is checked, as the
// local S3 checks header-signed requests.

import type { HttpResponse } from '../gateway/proxy-result.ts';
import { S3RVER_KEY } from '../s3/credentials.ts';
import type { LiveConnection } from './live-connection.ts';

/** A request to the management API. */
export interface ManagementRequest {
  readonly method: string;
  /** The path after the callback URL's path, e.g. `/@connections/abc%3D`. */
  readonly path: string;
  readonly authorization: string | undefined;
  /** null: larger than the local API reads. */
  readonly body: Buffer | null;
}

const json = (status: number, body: unknown, errorType?: string): HttpResponse => ({
  status,
  headers: [
    ['Content-Type', 'application/json'],
    ...(errorType ? ([['x-amzn-ErrorType', errorType]] as [string, string][]) : []),
  ],
  body: Buffer.from(body === undefined ? '' : JSON.stringify(body)),
});

const empty = (status: number): HttpResponse => ({ status, headers: [], body: Buffer.alloc(0) });

/**
 * Answers one management API request against the open connections.
 *
 * @example
 * ```ts
 * const response = manage({ method: 'POST', path: '/@connections/abc%3D', authorization, body }, connections, 131_072);
 * ```
 */
export function manage(
  request: ManagementRequest,
  connections: ReadonlyMap<string, LiveConnection>,
  maxMessageBytes: number,
): HttpResponse {
  const credential = /^AWS4-HMAC-SHA256 Credential=([^/,\s]+)\//.exec(request.authorization ?? '')?.[1];
  if (credential === undefined) return json(403, { message: 'Missing Authentication Token' }, 'ForbiddenException');
  if (credential !== S3RVER_KEY) {
    return json(403, { message: 'The security token included in the request is invalid.' }, 'ForbiddenException');
  }
  const match = /^\/@connections\/([^/]+)$/.exec(request.path);
  if (!match?.[1]) return json(403, { message: 'Missing Authentication Token' }, 'ForbiddenException');
  let id: string;
  try {
    id = decodeURIComponent(match[1]);
  } catch {
    return json(400, { message: 'Invalid connection id' }, 'BadRequestException');
  }
  const live = connections.get(id);
  const gone = () => json(410, { message: null }, 'GoneException');
  switch (request.method) {
    case 'POST':
      if (request.body === null || request.body.length > maxMessageBytes) {
        return json(413, { message: 'Request Entity Too Large' }, 'PayloadTooLargeException');
      }
      if (!live?.open) return gone();
      live.send(request.body);
      return empty(200);
    case 'GET':
      if (!live?.open) return gone();
      // The wire names of GetConnection's answer (the SDK maps them to ConnectedAt, …).
      return json(200, {
        connectedAt: new Date(live.facts.connectedAt).toISOString(),
        identity: { sourceIp: live.facts.sourceIp, userAgent: live.facts.userAgent },
        lastActiveAt: new Date(live.lastActiveAt).toISOString(),
      });
    case 'DELETE':
      if (!live?.open) return gone();
      live.socket.close(1000, '');
      return empty(204);
    default:
      return json(403, { message: 'Missing Authentication Token' }, 'ForbiddenException');
  }
}
