// `serverless-todo-token <user_id>` (what `npm run -s token -- <user_id>` runs): prints a
// bearer token that the local API accepts for that user, signed with the key under the data
// directory.
import { isAbsolute, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadSigningKey } from '../auth/signing-key.ts';
import { signToken } from '../auth/tokens.ts';
import { StoreDamagedError } from '../errors.ts';
import { defaultDataDir } from '../paths.ts';
import { DATA_DIR_ENV } from './args.ts';

/** The usage printed by --help and with every command-line error; the README lists the same. */
export const TOKEN_USAGE = `usage: npm run -s token -- <user_id> [--data-dir DIR]   (serverless-todo-token)
  <user_id>      1-128 characters from A-Z a-z 0-9 . _ @ -
  --data-dir DIR where the local API keeps its signing key (default .data, or $${DATA_DIR_ENV})
  --help         this text`;
/** The flags of `serverless-todo-token`; TOKEN_USAGE and the README describe each one. */
export const TOKEN_OPTIONS = { 'data-dir': { type: 'string' }, help: { type: 'boolean', short: 'h' } } as const;
const USER_ID = /^[A-Za-z0-9._@-]{1,128}$/;

const usageError = (line: string) => {
  process.stderr.write(`error: ${line}\n${TOKEN_USAGE}\n`);
  return 2;
};

/**
 * Runs the token command; resolves with the exit code.
 *
 * @example
 * ```ts
 * process.exit(await tokenMain(['user123']));
 * ```
 */
export async function tokenMain(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>> = process.env,
): Promise<number> {
  let parsed: { values: { 'data-dir'?: string; help?: boolean }; positionals: string[] };
  try {
    parsed = parseArgs({
      args: argv[0] === '--' ? argv.slice(1) : [...argv],
      allowPositionals: true,
      strict: true,
      options: TOKEN_OPTIONS,
    });
  } catch (err) {
    return usageError(String((err as Error).message).split('. ')[0] ?? 'invalid arguments');
  }
  if (parsed.values.help) {
    process.stdout.write(`${TOKEN_USAGE}\n`);
    return 0;
  }
  const [userId, ...extra] = parsed.positionals;
  if (userId === undefined || extra.length > 0 || !USER_ID.test(userId)) {
    return usageError('give one user id of 1-128 characters from A-Z a-z 0-9 . _ @ -');
  }
  const given = parsed.values['data-dir'] ?? (env[DATA_DIR_ENV] || undefined);
  const base = env.INIT_CWD || process.cwd();
  const dataDir = given === undefined ? defaultDataDir : isAbsolute(given) ? given : resolve(base, given);
  try {
    const key = await loadSigningKey(dataDir);
    process.stdout.write(`${await signToken(key, userId)}\n`);
    return 0;
  } catch (err) {
    if (!(err instanceof StoreDamagedError)) throw err;
    process.stderr.write(`error: ${err.message}\n`);
    return 1;
  }
}
