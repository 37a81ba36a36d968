// The events API Gateway's WebSocket API invokes its functions with: the REQUEST
// authorizer's on $connect, and the Lambda proxy events of $connect, messages and
// $disconnect, in the shape the AWS documentation shows (and @types/aws-lambda types).
import { randomUUID } from 'node:crypto';
import { LOCAL_ACCOUNT, LOCAL_REGION } from '../template/local-place.ts';

/** What the gateway knows about a connection when it builds an event. */
export interface ConnectionFacts {
  readonly apiId: string;
  readonly stage: string;
  /** `127.0.0.1:<port>`. */
  readonly domainName: string;
  readonly connectionId: string;
  /** Epoch ms of the handshake. */
  readonly connectedAt: number;
  readonly sourceIp: string;
  readonly userAgent: string;
}

/** The handshake's headers and query, as the authorizer and $connect see them. */
export interface Handshake {
  readonly headers: Readonly<Record<string, string>>;
  readonly multiValueHeaders: Readonly<Record<string, string[]>>;
  readonly query: URLSearchParams;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad = (n: number) => String(n).padStart(2, '0');
/** API Gateway's `requestTime`: `09/Apr/2015:12:34:56 +0000`. */
const requestTime = (ms: number) => {
  const d = new Date(ms);
  return `${pad(d.getUTCDate())}/${MONTHS[d.getUTCMonth()]}/${d.getUTCFullYear()}:${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} +0000`;
};

function queryMaps(query: URLSearchParams) {
  const single: Record<string, string> = {};
  const multi: Record<string, string[]> = {};
  for (const [name, value] of query) {
    single[name] = value;
    multi[name] = [...(multi[name] ?? []), value];
  }
  return Object.keys(single).length === 0 ? { single: null, multi: null } : { single, multi };
}

function requestContext(
  facts: ConnectionFacts,
  routeKey: string,
  eventType: 'CONNECT' | 'MESSAGE' | 'DISCONNECT',
  now: number,
  requestId: string,
) {
  return {
    routeKey,
    eventType,
    extendedRequestId: requestId,
    requestTime: requestTime(now),
    messageDirection: 'IN',
    stage: facts.stage,
    connectedAt: facts.connectedAt,
    requestTimeEpoch: now,
    identity: { sourceIp: facts.sourceIp, userAgent: facts.userAgent },
    requestId,
    domainName: facts.domainName,
    connectionId: facts.connectionId,
    apiId: facts.apiId,
  };
}

/**
 * The REQUEST authorizer's event for a handshake.
 *
 * @example
 * ```ts
 * authorizerEvent(facts, handshake, requestId).methodArn; // 'arn:aws:execute-api:us-east-1:000000000000:RealtimeApi/dev/$connect'
 * ```
 */
export function authorizerEvent(facts: ConnectionFacts, handshake: Handshake, requestId: string): object {
  const { single, multi } = queryMaps(handshake.query);
  return {
    type: 'REQUEST',
    methodArn: `arn:aws:execute-api:${LOCAL_REGION}:${LOCAL_ACCOUNT}:${facts.apiId}/${facts.stage}/$connect`,
    headers: handshake.headers,
    multiValueHeaders: handshake.multiValueHeaders,
    queryStringParameters: single,
    multiValueQueryStringParameters: multi,
    stageVariables: {},
    requestContext: requestContext(facts, '$connect', 'CONNECT', Date.now(), requestId),
  };
}

/**
 * The $connect event, with what the authorizer returned under `requestContext.authorizer`.
 *
 * @example
 * ```ts
 * connectEvent(facts, handshake, { principalId: 'user123' }, requestId);
 * ```
 */
export function connectEvent(
  facts: ConnectionFacts,
  handshake: Handshake,
  authorizer: Readonly<Record<string, unknown>> | null,
  requestId: string,
): object {
  const { single, multi } = queryMaps(handshake.query);
  return {
    headers: handshake.headers,
    multiValueHeaders: handshake.multiValueHeaders,
    ...(single ? { queryStringParameters: single, multiValueQueryStringParameters: multi } : {}),
    requestContext: {
      ...requestContext(facts, '$connect', 'CONNECT', Date.now(), requestId),
      ...(authorizer ? { authorizer } : {}),
    },
    isBase64Encoded: false,
  };
}

/**
 * A message's event (text frames as they are, binary ones base64-encoded).
 *
 * @example
 * ```ts
 * messageEvent(facts, '$default', authorizer, Buffer.from('{"type":"ping"}'), false);
 * ```
 */
export function messageEvent(
  facts: ConnectionFacts,
  routeKey: string,
  authorizer: Readonly<Record<string, unknown>> | null,
  data: Buffer,
  binary: boolean,
): object {
  const requestId = randomUUID();
  return {
    requestContext: {
      ...requestContext(facts, routeKey, 'MESSAGE', Date.now(), requestId),
      messageId: randomUUID(),
      ...(authorizer ? { authorizer } : {}),
    },
    body: binary ? data.toString('base64') : data.toString('utf8'),
    isBase64Encoded: binary,
  };
}

/**
 * The $disconnect event, with the close code and reason.
 *
 * @example
 * ```ts
 * disconnectEvent(facts, authorizer, 1001, 'Going away');
 * ```
 */
export function disconnectEvent(
  facts: ConnectionFacts,
  authorizer: Readonly<Record<string, unknown>> | null,
  code: number,
  reason: string,
): object {
  const requestId = randomUUID();
  return {
    headers: { Host: facts.domainName },
    multiValueHeaders: { Host: [facts.domainName] },
    requestContext: {
      ...requestContext(facts, '$disconnect', 'DISCONNECT', Date.now(), requestId),
      disconnectStatusCode: code,
      disconnectReason: reason,
      ...(authorizer ? { authorizer } : {}),
    },
    isBase64Encoded: false,
  };
}
