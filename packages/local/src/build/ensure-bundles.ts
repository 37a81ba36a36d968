// `pnpm start` serves what deploys: the esbuild bundles of packages/lambda. They are rebuilt
// first when their sources, the template or the build code changed since the last build.
import { buildFunctions, isBuildStale } from '@serverless-todo/lambda/build';
import { BuildError } from '../errors.ts';
import type { LogSink } from '../server/access-log.ts';

/**
 * Builds the function bundles if they are missing or stale; says which it was.
 *
 * @example
 * ```ts
 * await ensureBundles(console.log); // 'fresh' | 'built'
 * ```
 */
export async function ensureBundles(log: LogSink): Promise<'fresh' | 'built'> {
  if (!(await isBuildStale())) return 'fresh';
  log('function bundles are stale: building them (packages/lambda)…');
  const started = performance.now();
  try {
    const built = await buildFunctions();
    log(`built ${built.length} functions in ${Math.round(performance.now() - started)} ms`);
  } catch (cause) {
    throw new BuildError(`building the functions failed: ${(cause as Error)?.message ?? String(cause)}`, { cause });
  }
  return 'built';
}
