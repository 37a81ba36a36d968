// Build staleness by content: the build records a hash of every file that went into the
// bundles (esbuild's metafile lists them), of the template and of the build code itself;
// the build is stale when any of them changed or an output is missing. Content hashes,
// not mtimes, so a fresh git checkout of unchanged sources does not force a rebuild.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { templatePath } from '../template-path.js';
import { type LambdaFunction, lambdaFunctions, lambdaStack } from './lambda-stack.ts';

interface Stamp {
  readonly version: 2;
  readonly functions: readonly string[];
  /** sha256 by absolute input path. */
  readonly inputs: Readonly<Record<string, string>>;
}

/** The stamp sits in the template's dist/, beside the bundles. */
const stampFile = (template: string) => join(dirname(template), 'dist', 'build-stamp.json');
const buildDir = fileURLToPath(new URL('./', import.meta.url));

const digest = async (file: string) =>
  createHash('sha256')
    .update(await readFile(file))
    .digest('hex');

/** The build code: a change to how bundles are made also makes them stale. */
async function buildSources(): Promise<string[]> {
  return (await readdir(buildDir)).filter((name) => name.endsWith('.ts')).map((name) => join(buildDir, name));
}

/**
 * Records what a build was made from.
 *
 * @example
 * ```ts
 * await writeStamp(templatePath, [templatePath, ...inputs], functions);
 * ```
 */
export async function writeStamp(template: string, inputs: readonly string[], functions: readonly LambdaFunction[]) {
  const hashes: Record<string, string> = {};
  for (const file of [...new Set([...inputs, ...(await buildSources())])]) hashes[file] = await digest(file);
  const stamp: Stamp = { version: 2, functions: functions.map((fn) => fn.logicalId), inputs: hashes };
  await mkdir(dirname(stampFile(template)), { recursive: true });
  await writeFile(stampFile(template), JSON.stringify(stamp, null, 1));
}

/**
 * Whether the bundles in `outdir` are missing or older than their sources, template or
 * build code. The local API calls this before loading the bundles.
 *
 * @example
 * ```ts
 * if (await isBuildStale()) await buildFunctions();
 * ```
 */
export async function isBuildStale(options: { readonly template?: string } = {}): Promise<boolean> {
  const template = options.template ?? templatePath;
  let stamp: Stamp;
  try {
    stamp = JSON.parse(await readFile(stampFile(template), 'utf8')) as Stamp;
  } catch {
    return true;
  }
  if (stamp.version !== 2 || stamp.inputs[template] === undefined) return true;
  const functions = lambdaFunctions(lambdaStack({}, template));
  if (functions.map((fn) => fn.logicalId).join() !== stamp.functions.join()) return true;
  if (functions.some((fn) => !existsSync(fn.outfile))) return true;
  for (const file of await buildSources()) if (stamp.inputs[file] === undefined) return true;
  for (const [file, hash] of Object.entries(stamp.inputs)) {
    if (!existsSync(file) || (await digest(file)) !== hash) return true;
  }
  return false;
}
