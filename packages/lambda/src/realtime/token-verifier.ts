// The ID-token check of the realtime authorizer, on aws-jwt-verify: the signature against
// the issuer's JWKS, `iss`, `aud` (the app client), `exp` and `token_use: id`, as API
// Gateway's Cognito authorizer checks the REST API's tokens.
import { JwtRsaVerifier } from 'aws-jwt-verify';
import {
  FetchError,
  JwksValidationError,
  JwtBaseError,
  NotSupportedError,
  ParameterValidationError,
} from 'aws-jwt-verify/error';
import type { Fetcher } from 'aws-jwt-verify/https';
import { SimpleJwksCache } from 'aws-jwt-verify/jwk';

/** Where tokens come from: in AWS the user pool, locally the local API's signing key. */
export interface TokenIssuer {
  readonly issuer: string;
  readonly audience: string;
  readonly jwksUri: string;
}

/** The claims a verified token gives the connection. */
export interface VerifiedToken {
  readonly sub: string;
}

/** The token is missing, malformed, forged, expired, not an ID token or not for this client. */
export class InvalidTokenError extends Error {
  constructor(message = 'The token is not a valid ID token.', options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'InvalidTokenError';
  }
}

// aws-jwt-verify's own fetcher speaks https only (node:https); the local API serves its JWKS
// over http. The runtime's fetch does both, with a bound on the wait.
const fetcher: Fetcher = {
  async fetch(uri) {
    const response = await fetch(uri, { signal: AbortSignal.timeout(3000) });
    if (!response.ok) throw new FetchError(uri, `status ${response.status}`);
    return response.arrayBuffer();
  },
};

// Failures of the issuer's JWKS or of the configuration, not of the token: these fail the
// invocation (a 500), so a broken setup is logged rather than reported as a bad token.
const SERVER_SIDE = [FetchError, JwksValidationError, NotSupportedError, ParameterValidationError];

/**
 * A verifier for one issuer; the JWKS is fetched on the first token and cached.
 *
 * @example
 * ```ts
 * const verify = tokenVerifier({ issuer, audience, jwksUri });
 * const { sub } = await verify(token); // throws InvalidTokenError
 * ```
 */
export function tokenVerifier(issuer: TokenIssuer): (token: string | undefined) => Promise<VerifiedToken> {
  const verifier = JwtRsaVerifier.create(
    {
      issuer: issuer.issuer,
      audience: issuer.audience,
      jwksUri: issuer.jwksUri,
      customJwtCheck: ({ payload }) => {
        if (payload.token_use !== 'id') throw new InvalidTokenError('The token is not an ID token.');
        if (typeof payload.sub !== 'string' || payload.sub === '')
          throw new InvalidTokenError('The token has no subject.');
      },
    },
    { jwksCache: new SimpleJwksCache({ fetcher }) },
  );
  return async (token) => {
    if (!token) throw new InvalidTokenError('No token was sent.');
    try {
      const payload = await verifier.verify(token);
      return { sub: String(payload.sub) };
    } catch (error) {
      if (error instanceof InvalidTokenError) throw error;
      if (SERVER_SIDE.some((type) => error instanceof type)) throw error;
      if (error instanceof JwtBaseError) throw new InvalidTokenError(undefined, { cause: error });
      throw error;
    }
  };
}
