// API Gateway's management API, PostToConnection, as one signed call: the realtime API's
// callback URL (https://{api}.execute-api.{region}.amazonaws.com/{stage}) plus
// /@connections/{id}.

import { AwsError } from '../aws/aws-error.ts';
import { credentialsFromEnv } from '../aws/credentials.ts';
import { withRetries } from '../aws/retry.ts';
import { signedRequest } from '../aws/signed-request.ts';

/** Whether a message reached its connection, or the connection is gone (410). */
export type PostResult = 'sent' | 'gone';

type Env = Readonly<Record<string, string | undefined>>;

/** Sends one message to one connection. */
export type PostToConnection = (connectionId: string, message: string) => Promise<PostResult>;

const isLoopback = (url: URL) => url.hostname === '127.0.0.1' || url.hostname === 'localhost';

/**
 * A sender for the callback URL `endpoint`, signing with the environment's credentials
 * (dummy ones on a loopback endpoint: the local API's emulation).
 *
 * @example
 * ```ts
 * const post = connectionPoster(env.CONNECTIONS_ENDPOINT, process.env);
 * if ((await post(connectionId, JSON.stringify(event))) === 'gone') await removeConnection(…);
 * ```
 */
export function connectionPoster(endpoint: string, env: Env): PostToConnection {
  const base = new URL(endpoint.replace(/\/$/, ''));
  const region = env.AWS_REGION || 'us-east-1';
  return async (connectionId, message) => {
    const url = new URL(`${base.href}/@connections/${encodeURIComponent(connectionId)}`);
    const response = await withRetries(async () => {
      const answer = await signedRequest({
        service: 'execute-api',
        region,
        method: 'POST',
        url,
        headers: { 'content-type': 'application/json' },
        body: message,
        credentials: credentialsFromEnv(env, isLoopback(base)),
      });
      if (answer.status >= 500 || answer.status === 429) {
        throw new AwsError(
          answer.status === 429 ? 'TooManyRequestsException' : 'InternalServerError',
          'PostToConnection failed',
          answer.status,
        );
      }
      return answer;
    });
    if (response.status === 410) return 'gone';
    if (response.status !== 200) {
      const code = String(response.headers['x-amzn-errortype'] ?? `Http${response.status}`).split(':')[0] as string;
      throw new AwsError(code, `PostToConnection answered ${response.status}`, response.status);
    }
    return 'sent';
  };
}
