// Template parameters, resolved locally: an override wins, then the parameter's Default.
// A parameter with neither (CursorSecret) is a secret the deployer must choose; locally it
// gets a random value, kept under the data directory so cursors stay valid across restarts.
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parameterValues, type Template } from '@serverless-todo/stack';
import { StoreDamagedError } from '../errors.ts';

/** Where generated parameter values are kept, relative to the data directory. */
export const GENERATED_PARAMETERS_FILE = 'parameters.json';

/** Regenerating silently would change the cursor secret and break every cursor handed out. */
const PARAMETERS_FIX = 'move it away; the next start makes new values (list cursors handed out before stop working)';

function readStore(file: string): Record<string, string> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return {}; // first start
    throw err;
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (cause) {
    throw new StoreDamagedError(file, 'not JSON', PARAMETERS_FIX, { cause });
  }
  const isStringMap =
    typeof data === 'object' &&
    data !== null &&
    !Array.isArray(data) &&
    Object.values(data).every((value) => typeof value === 'string');
  if (!isStringMap) throw new StoreDamagedError(file, 'not a JSON object of strings', PARAMETERS_FIX);
  return data as Record<string, string>;
}

/**
 * The value of every template parameter for a local run: overrides, Defaults, and a kept
 * random value for each secret that has neither.
 *
 * @example
 * ```ts
 * resolveParameters(template, '/repo/.data', { StageName: 'local' });
 * // { StageName: 'local', AllowedOrigins: '*', CursorSecret: '3q2…' }
 * ```
 */
export function resolveParameters(
  template: Template,
  dataDir: string,
  overrides: Readonly<Record<string, string>> = {},
): Record<string, string> {
  const file = join(dataDir, GENERATED_PARAMETERS_FILE);
  const stored = readStore(file);
  const values = parameterValues(template, overrides);
  let created = false;
  for (const name of Object.keys(template.Parameters ?? {})) {
    if (values[name] === undefined) {
      // 32 random bytes as base64url: 43 characters, above any MinLength a secret asks for.
      if (stored[name] === undefined) {
        stored[name] = randomBytes(32).toString('base64url');
        created = true;
      }
      values[name] = stored[name];
    }
  }
  if (created) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, `${JSON.stringify(stored, null, 2)}\n`, { mode: 0o600 });
  }
  return values;
}
