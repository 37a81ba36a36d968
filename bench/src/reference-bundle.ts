// The reference setup for cold starts: the same handler source, but built the usual way:
// an AWS SDK DocumentClient created at module scope, the SDK left external (loaded from
// node_modules, as from the runtime's copy), and the spec's schemas compiled by ajv when the
// module loads.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openapiPath } from '@serverless-todo/contract/openapi';
import { build } from 'esbuild';
import { runtimeAjvSource } from './suites/runtime-ajv.ts';

const benchDir = fileURLToPath(new URL('..', import.meta.url));
// Inside bench/node_modules, so the external SDK resolves from bench's own dependencies.
const cacheDir = join(benchDir, 'node_modules/.cache/serverless-todo-bench');

/**
 * Bundles a function's handler source with an external SDK and a runtime ajv compile; returns the file.
 *
 * @example
 * ```ts
 * const file = await buildReferenceBundle(bundle); // node <file> pays ajv + SDK loading at start
 * ```
 */
export async function buildReferenceBundle(fn: { logicalId: string; source: string }): Promise<string> {
  mkdirSync(cacheDir, { recursive: true });
  const outfile = join(cacheDir, `reference-${fn.logicalId}.mjs`);
  const usualClient = [
    "import { DynamoDBClient } from '@aws-sdk/client-dynamodb';",
    "import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';",
    'globalThis.referenceClient = DynamoDBDocumentClient.from(new DynamoDBClient({}));',
  ].join('\n');
  const source = `${usualClient}\n${runtimeAjvSource(openapiPath)}\nexport { handler } from ${JSON.stringify(fn.source)};\n`;
  await build({
    stdin: { contents: source, resolveDir: benchDir, sourcefile: `reference-${fn.logicalId}.ts`, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // The SDK clients stay external (util-dynamodb, which the lean layer uses, is bundled).
    external: ['@aws-sdk/client-dynamodb', '@aws-sdk/lib-dynamodb', '@smithy/*'],
    outfile,
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
    logLevel: 'silent',
  });
  return outfile;
}
