// `serverless-todo-token <user_id>` (what `pnpm token` runs): prints a bearer token that the
// local API accepts for that user, signed with the key under the data directory.
import { parseArgs } from 'node:util';
import { loadSigningKey } from '../auth/signing-key.ts';
import { signToken } from '../auth/tokens.ts';
import { defaultDataDir } from '../paths.ts';

/** The usage line of the token command. */
export const TOKEN_USAGE = 'usage: serverless-todo-token <user_id> [--data-dir DIR]';
const USER_ID = /^[A-Za-z0-9._@-]{1,128}$/;

/**
 * Runs the token command; resolves with the exit code.
 *
 * @example
 * ```ts
 * process.exit(await tokenMain(['user123']));
 * ```
 */
export async function tokenMain(argv: readonly string[]): Promise<number> {
  let parsed: { values: { 'data-dir'?: string }; positionals: string[] };
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: { 'data-dir': { type: 'string' } },
    });
  } catch (err) {
    process.stderr.write(`error: ${String((err as Error).message).split('. ')[0]}\n${TOKEN_USAGE}\n`);
    return 2;
  }
  const [userId, ...extra] = parsed.positionals;
  if (userId === undefined || extra.length > 0 || !USER_ID.test(userId)) {
    process.stderr.write(`error: give one user id of 1-128 characters from A-Z a-z 0-9 . _ @ -\n${TOKEN_USAGE}\n`);
    return 2;
  }
  const key = await loadSigningKey(parsed.values['data-dir'] ?? defaultDataDir);
  process.stdout.write(`${await signToken(key, userId)}\n`);
  return 0;
}
