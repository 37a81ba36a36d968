// Target 3: a deployed API, configured from the environment. Without API_URL it is skipped,
// and the skip says how to turn it on.
import { ConfigurationError } from '../errors.ts';
import type { Target } from '../target.ts';
import { deployedRealtimeFromEnv } from './deployed-realtime.ts';
import { subjectOf, tokenFromCommand } from './token-sources.ts';

/** The one command that runs the suite against a deployed API. */
export const DEPLOYED_COMMAND =
  'API_URL=https://<api-id>.execute-api.<region>.amazonaws.com/<stage> API_TOKEN_USER_A=<id token> API_TOKEN_USER_B=<id token> pnpm --filter @serverless-todo/contract-tests test:deployed';

/** Why the deployed target's realtime scenarios are skipped, and how to run them. */
export const NO_REALTIME_REASON =
  "API_REALTIME_URL is not set: set it to the stack's RealtimeUrl output (wss://…) to run the realtime scenarios";

/** Either a target, or why there is none. */
export type DeployedTargetConfig = { readonly target: Target } | { readonly skipReason: string };

type Env = Readonly<Record<string, string | undefined>>;

/**
 * Builds the deployed target from API_URL and API_TOKEN_USER_A/_B or API_TOKEN_COMMAND, with
 * its realtime API when API_REALTIME_URL is set (see deployed-realtime.ts). Throws
 * ConfigurationError when the settings are present but wrong.
 *
 * @example
 * ```ts
 * const config = deployedTargetFromEnv(process.env);
 * if ('skipReason' in config) console.warn(config.skipReason);
 * ```
 */
export function deployedTargetFromEnv(env: Env = process.env): DeployedTargetConfig {
  const rawUrl = env.API_URL?.trim();
  if (!rawUrl) return { skipReason: `deployed target skipped: API_URL is not set. To run it: ${DEPLOYED_COMMAND}` };
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch (cause) {
    throw new ConfigurationError(`API_URL is not an absolute URL: ${JSON.stringify(rawUrl)}`, { cause });
  }
  const baseUrl = url.href.replace(/\/+$/, '');
  const realtime = deployedRealtimeFromEnv(env);
  const base = {
    name: 'deployed',
    baseUrl,
    fetch: (request: Request) => globalThis.fetch(request),
    ...(realtime ? { realtime } : {}),
  };
  const tokenA = env.API_TOKEN_USER_A?.trim();
  const tokenB = env.API_TOKEN_USER_B?.trim();
  const command = env.API_TOKEN_COMMAND?.trim();
  if (tokenA || tokenB) {
    if (!tokenA || !tokenB)
      throw new ConfigurationError('set both API_TOKEN_USER_A and API_TOKEN_USER_B (two different users)');
    const users = [subjectOf(tokenA, 'API_TOKEN_USER_A'), subjectOf(tokenB, 'API_TOKEN_USER_B')] as const;
    if (users[0] === users[1])
      throw new ConfigurationError('API_TOKEN_USER_A and API_TOKEN_USER_B are for the same user');
    const tokens = new Map([
      [users[0], tokenA],
      [users[1], tokenB],
    ]);
    const token = async (userId: string) => {
      const found = tokens.get(userId);
      if (found === undefined)
        throw new ConfigurationError(`no token for ${userId}: only the two API_TOKEN_USER_* users exist`);
      return found;
    };
    return { target: { ...base, token, fixedUsers: users } };
  }
  if (command) return { target: { ...base, token: (userId: string) => tokenFromCommand(command, userId) } };
  return {
    skipReason: `deployed target skipped: API_URL is set but no tokens: set API_TOKEN_USER_A and API_TOKEN_USER_B, or API_TOKEN_COMMAND. ${DEPLOYED_COMMAND}`,
  };
}
