import { relative } from 'node:path';

/**
 * A path as the user should read it: relative to where they ran the command when it lies
 * below it, else absolute.
 *
 * @example
 * ```ts
 * displayPath('/home/me/repo', '/home/me/repo/out.csv'); // 'out.csv'
 * ```
 */
export function displayPath(cwd: string, path: string): string {
  const shown = relative(cwd, path);
  return shown === '' || shown.startsWith('..') ? path : shown;
}
