// Runs a script and turns every expected failure into one line on stderr and an exit code:
// 2 for usage, 1 for anything else. Stacks are for bugs, so they show only with DEBUG set.
import { isTodoApiError } from '@serverless-todo/client';
import type { Script, ScriptContext } from './context.ts';
import { ApiUnreachableError, TokenRejectedError, UsageError } from './errors.ts';
import { DEFAULT_API_URL, DEFAULT_USER_ID } from './target.ts';

/**
 * The one line that explains `error`, in the terms of the script's target.
 *
 * @example
 * ```ts
 * explain(new TypeError('fetch failed'), process.env); // ApiUnreachableError: cannot reach the API at …
 * ```
 */
export function explain(error: unknown, env: Readonly<Record<string, string | undefined>>): Error {
  const baseUrl = (env.API_URL || DEFAULT_API_URL).replace(/\/+$/, '');
  // fetch rejects with a TypeError when no response came; the client re-throws it after retrying.
  if (error instanceof TypeError && error.message === 'fetch failed')
    return new ApiUnreachableError(baseUrl, { cause: error });
  if (isTodoApiError(error) && (error.status === 401 || error.status === 403)) {
    const userId = env.USER_ID || DEFAULT_USER_ID;
    return new TokenRejectedError(baseUrl, userId, error.status, error.detail ?? error.title, { cause: error });
  }
  if (isTodoApiError(error)) {
    const request = error.requestId ? ` (request id ${error.requestId})` : '';
    return new Error(`the API answered ${error.message}${request}`, { cause: error });
  }
  return error instanceof Error ? error : new Error(String(error));
}

/**
 * Runs `script` and resolves with its exit code; a thrown error becomes `error: <one line>`.
 *
 * @example
 * ```ts
 * process.exitCode = await runScript(quickstart, processContext());
 * ```
 */
export async function runScript(script: Script, context: ScriptContext): Promise<number> {
  try {
    return await script(context);
  } catch (error) {
    if (error instanceof UsageError) {
      context.stderr.write(`error: ${error.message}\n${error.usage}\n`);
      return 2;
    }
    const known = explain(error, context.env);
    context.stderr.write(`error: ${known.message.split('\n')[0]}\n`);
    if (context.env.DEBUG) context.stderr.write(`${(error as Error)?.stack ?? String(error)}\n`);
    return 1;
  }
}
