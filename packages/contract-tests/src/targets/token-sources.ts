// Where a deployed API's tokens come from: two fixed tokens (two Cognito test users), or a
// command that prints a token for the user id it is given.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { ConfigurationError } from '../errors.ts';

const run = promisify(execFile);

/**
 * The `sub` claim of a JWT, read without verifying it (the API verifies; this only learns
 * which user the token is for).
 *
 * @example
 * ```ts
 * subjectOf(process.env.API_TOKEN_USER_A ?? ''); // 'a1b2c3d4-…' (the Cognito user's sub)
 * ```
 */
export function subjectOf(token: string, name = 'token'): string {
  const sub = claimsOf(token, name).sub;
  if (typeof sub !== 'string' || sub === '') throw new ConfigurationError(`${name} has no string "sub" claim`);
  return sub;
}

/**
 * The claims of a JWT, read without verifying it.
 *
 * @example
 * ```ts
 * claimsOf(process.env.API_EXPIRED_TOKEN ?? '', 'API_EXPIRED_TOKEN').exp; // 1764633600
 * ```
 */
export function claimsOf(token: string, name = 'token'): Record<string, unknown> {
  const payload = token.split('.')[1];
  let claims: unknown;
  try {
    claims = JSON.parse(Buffer.from(payload ?? '', 'base64url').toString('utf8'));
  } catch (cause) {
    throw new ConfigurationError(`${name} is not a JWT (its payload does not decode)`, { cause });
  }
  return claims !== null && typeof claims === 'object' ? (claims as Record<string, unknown>) : {};
}

/** How long a token command may take. */
export const TOKEN_COMMAND_TIMEOUT_MS = 30_000;

/**
 * Runs `command <userId>` in a shell and returns the last line it prints, checking that the
 * token is for `userId`. The id is passed as `$1`, never spliced into the command text.
 *
 * @example
 * ```ts
 * await tokenFromCommand('pnpm --silent --filter @serverless-todo/local token', 'u-1');
 * ```
 */
export async function tokenFromCommand(command: string, userId: string): Promise<string> {
  let stdout: string;
  try {
    ({ stdout } = await run('/bin/sh', ['-c', `${command} "$1"`, 'api-token-command', userId], {
      timeout: TOKEN_COMMAND_TIMEOUT_MS,
    }));
  } catch (cause) {
    throw new ConfigurationError(`API_TOKEN_COMMAND failed for ${userId}: ${(cause as Error).message}`, { cause });
  }
  const token = stdout.trim().split('\n').at(-1)?.trim() ?? '';
  const sub = subjectOf(token, `the token API_TOKEN_COMMAND printed for ${userId}`);
  if (sub !== userId) {
    throw new ConfigurationError(`API_TOKEN_COMMAND printed a token for "${sub}" when asked for "${userId}"`);
  }
  return token;
}
