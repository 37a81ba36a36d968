// An HTTP request → the API Gateway REST proxy event (payload v1) a function receives.
// Shapes follow what API Gateway sends: the last value wins in the single-value maps, the
// multi-value maps keep all; absent parts are null, not empty objects.
import { randomBytes } from 'node:crypto';
import type { APIGatewayProxyEvent } from 'aws-lambda';
import type { AuthorizerClaims } from '../auth/tokens.ts';
import { LOCAL_ACCOUNT } from '../template/local-place.ts';
import type { RouteModel } from '../template/model.ts';

/** What the gateway knows about a request when it invokes the function. */
export interface IncomingRequest {
  readonly method: string;
  /** The path as sent, still percent-encoded (API Gateway REST keeps it so). */
  readonly path: string;
  /** The raw query string without `?`, or ''. */
  readonly query: string;
  /** Node's rawHeaders: name, value, name, value… with the client's casing. */
  readonly rawHeaders: readonly string[];
  readonly body: Buffer | null;
  readonly sourceIp: string;
  readonly requestId: string;
  readonly startedAt: number;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad = (n: number) => String(n).padStart(2, '0');

/** API Gateway's `requestTime`: `26/Nov/2025:16:08:05 +0000`. */
function requestTime(epoch: number): string {
  const d = new Date(epoch);
  const time = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
  return `${pad(d.getUTCDate())}/${MONTHS[d.getUTCMonth()]}/${d.getUTCFullYear()}:${time} +0000`;
}

function multiMap(pairs: Iterable<[string, string]>) {
  const single: Record<string, string> = {};
  const multi: Record<string, string[]> = {};
  for (const [name, value] of pairs) {
    single[name] = value;
    multi[name] = [...(multi[name] ?? []), value];
  }
  return Object.keys(single).length ? { single, multi } : { single: null, multi: null };
}

function headerPairs(request: IncomingRequest): [string, string][] {
  const pairs: [string, string][] = [];
  for (let i = 0; i + 1 < request.rawHeaders.length; i += 2) {
    pairs.push([request.rawHeaders[i] as string, request.rawHeaders[i + 1] as string]);
  }
  // Headers API Gateway adds on its way to the function.
  const forwarded = pairs.find(([n]) => n.toLowerCase() === 'x-forwarded-for')?.[1];
  const rest = pairs.filter(([n]) => !/^x-forwarded-(for|port|proto)$/i.test(n));
  rest.push(['X-Forwarded-For', forwarded ? `${forwarded}, ${request.sourceIp}` : request.sourceIp]);
  rest.push(['X-Forwarded-Port', '443'], ['X-Forwarded-Proto', 'https']);
  rest.push([
    'X-Amzn-Trace-Id',
    `Root=1-${Math.floor(request.startedAt / 1000).toString(16)}-${randomBytes(12).toString('hex')}`,
  ]);
  return rest;
}

const isBinary = (contentType: string | undefined, binaryMediaTypes: readonly string[]) => {
  const type = contentType?.split(';')[0]?.trim().toLowerCase();
  if (!type) return false;
  return binaryMediaTypes.some(
    (t) => t === '*/*' || t === type || (t.endsWith('/*') && type.startsWith(t.slice(0, -1))),
  );
};

/**
 * Builds the proxy event for a request that matched `route`.
 *
 * @example
 * ```ts
 * const event = proxyEvent(request, { route, pathParameters: { user_id: 'u1' }, claims, stage: 'dev', binaryMediaTypes: [] });
 * event.requestContext.authorizer?.claims.sub; // 'u1'
 * ```
 */
export function proxyEvent(
  request: IncomingRequest,
  options: {
    route: RouteModel;
    pathParameters: Record<string, string> | null;
    claims: AuthorizerClaims | null;
    stage: string;
    binaryMediaTypes: readonly string[];
  },
): APIGatewayProxyEvent {
  const headers = multiMap(headerPairs(request));
  const query = multiMap(new URLSearchParams(request.query).entries());
  const contentType = Object.entries(headers.single ?? {}).find(([n]) => n.toLowerCase() === 'content-type')?.[1];
  const base64 = request.body !== null && isBinary(contentType, options.binaryMediaTypes);
  const userAgent = Object.entries(headers.single ?? {}).find(([n]) => n.toLowerCase() === 'user-agent')?.[1];
  return {
    resource: options.route.resource,
    path: request.path,
    httpMethod: request.method,
    headers: headers.single ?? {},
    multiValueHeaders: headers.multi ?? {},
    queryStringParameters: query.single,
    multiValueQueryStringParameters: query.multi,
    pathParameters: options.pathParameters,
    stageVariables: null,
    requestContext: {
      accountId: LOCAL_ACCOUNT,
      apiId: 'local',
      ...(options.claims ? { authorizer: { claims: options.claims } } : {}),
      domainName: Object.entries(headers.single ?? {}).find(([n]) => n.toLowerCase() === 'host')?.[1] ?? '127.0.0.1',
      extendedRequestId: request.requestId,
      httpMethod: request.method,
      identity: {
        accessKey: null,
        accountId: null,
        apiKey: null,
        apiKeyId: null,
        caller: null,
        clientCert: null,
        cognitoAuthenticationProvider: null,
        cognitoAuthenticationType: null,
        cognitoIdentityId: null,
        cognitoIdentityPoolId: null,
        principalOrgId: null,
        sourceIp: request.sourceIp,
        user: null,
        userAgent: userAgent ?? null,
        userArn: null,
      },
      // Locally the API is served at the root, as behind a custom domain mapped to the stage:
      // the path the client used has no stage prefix, so neither has requestContext.path.
      path: request.path,
      protocol: 'HTTP/1.1',
      requestId: request.requestId,
      requestTime: requestTime(request.startedAt),
      requestTimeEpoch: request.startedAt,
      resourceId: 'local',
      resourcePath: options.route.resource,
      stage: options.stage,
    } as APIGatewayProxyEvent['requestContext'],
    body: request.body === null ? null : request.body.toString(base64 ? 'base64' : 'utf8'),
    isBase64Encoded: base64,
  };
}
