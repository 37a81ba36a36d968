// The realtime API's REQUEST authorizer on $connect: the ID token from the `token` query
// parameter (browsers cannot send headers on a WebSocket). A valid token allows the
// connection as its `sub`; anything else is 401: throwing `Unauthorized` is how a Lambda
// authorizer tells API Gateway so, and the client sees the handshake refused.
import { REALTIME_TOKEN_PARAMETER } from '@serverless-todo/contract/realtime';
import type { APIGatewayAuthorizerResult, APIGatewayRequestAuthorizerEvent } from 'aws-lambda';
import { loadEnv, required } from '../env.ts';
import { logLine } from '../realtime/log.ts';
import { InvalidTokenError, tokenVerifier } from '../realtime/token-verifier.ts';

const env = loadEnv('RealtimeAuthorizerFunction');
const verify = tokenVerifier({
  issuer: required(env, 'TOKEN_ISSUER'),
  audience: required(env, 'TOKEN_AUDIENCE'),
  jwksUri: required(env, 'TOKEN_JWKS_URI'),
});

/**
 * The RealtimeAuthorizerFunction: allows `$connect` for the token's subject, else throws `Unauthorized`.
 *
 * @example
 * ```ts
 * const { principalId } = await handler(event); // the token's sub
 * ```
 */
export async function handler(event: APIGatewayRequestAuthorizerEvent): Promise<APIGatewayAuthorizerResult> {
  try {
    const { sub } = await verify(event.queryStringParameters?.[REALTIME_TOKEN_PARAMETER]);
    return {
      principalId: sub,
      policyDocument: {
        Version: '2012-10-17',
        Statement: [{ Action: 'execute-api:Invoke', Effect: 'Allow', Resource: event.methodArn }],
      },
      context: { sub },
    };
  } catch (error) {
    if (!(error instanceof InvalidTokenError)) {
      logLine('error', 'token check failed', {
        error: (error as Error)?.name,
        requestId: event.requestContext?.requestId,
      });
      throw error;
    }
    logLine('info', 'connection refused', { reason: error.message, requestId: event.requestContext?.requestId });
    throw new Error('Unauthorized');
  }
}
