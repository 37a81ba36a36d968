// `pnpm generate`: openapi.yaml and asyncapi.yaml → src/generated/*. Everything is built in memory first;
// files are written (each through a temp file and a rename) only when all of it succeeded,
// so a broken spec leaves the previous output intact.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { limitsSource } from './build-limits.ts';
import {
  bundledDocumentSource,
  mergedSchemas,
  realtimeAliasesSource,
  realtimeTableSource,
  realtimeTypesSource,
  realtimeValidatorsSource,
} from './build-realtime.ts';
import { operationTableSource } from './build-table.ts';
import { aliasesSource, typesSource } from './build-types.ts';
import {
  patternMessagesSource,
  requestSpecSource,
  requestSpecsIndexSource,
  responseValidatorsSource,
} from './build-validators.ts';
import { loadAsyncApi } from './load-asyncapi.ts';
import { loadSpec, SpecError } from './load-spec.ts';
import { operationModel } from './operation-model.ts';
import { realtimeModel } from './realtime-model.ts';

const here = dirname(fileURLToPath(import.meta.url));
export const SPEC_FILE = resolve(here, '../../../openapi.yaml');
export const ASYNCAPI_FILE = resolve(here, '../../../asyncapi.yaml');
export const OUT_DIR = resolve(here, '../src/generated');

const HEADER = '// Generated from openapi.yaml by `pnpm generate`. Do not edit.';
const REALTIME_HEADER =
  '// Generated from asyncapi.yaml (and the openapi.yaml schemas it refers to) by `pnpm generate`. Do not edit.';

/** The realtime files: asyncapi.yaml's `./openapi.yaml` refs name the spec being generated from. */
async function realtimeFiles(spec: Record<string, unknown>, asyncapiFile: string): Promise<Map<string, string>> {
  const loaded = loadAsyncApi(asyncapiFile, spec);
  const model = realtimeModel(loaded);
  const merged = mergedSchemas(spec, loaded);
  const digest = createHash('sha256').update(loaded.text).digest('hex');
  return new Map([
    ['realtime-types.ts', await realtimeTypesSource(merged)],
    ['realtime-schemas.ts', realtimeAliasesSource(loaded, model)],
    ['realtime-messages.ts', realtimeTableSource(model)],
    ['realtime-validators.ts', realtimeValidatorsSource(merged, loaded, model)],
    ['asyncapi-document.ts', bundledDocumentSource(merged, loaded)],
    [
      'asyncapi-digest.ts',
      `/** sha256 of the asyncapi.yaml this output was built from. */\nexport const asyncapiDigest = '${digest}';\n`,
    ],
  ]);
}

/** Builds every generated file's content for the specs at `specFile` and `asyncapiFile`. */
export async function generate(
  specFile: string = SPEC_FILE,
  asyncapiFile: string = ASYNCAPI_FILE,
): Promise<Map<string, string>> {
  const { spec, text, where } = loadSpec(specFile);
  const ops = operationModel(spec, where);
  const files = new Map<string, string>([
    ['openapi-types.ts', await typesSource(spec, { validated: false })],
    ['validated-types.ts', await typesSource(spec, { validated: true })],
    ['schemas.ts', aliasesSource(spec)],
    ['operations.ts', operationTableSource(ops)],
    ['limits.ts', limitsSource(spec)],
    ['request-specs.ts', requestSpecsIndexSource(ops)],
    ['pattern-messages.ts', patternMessagesSource(spec, where)],
    ['response-validators.ts', responseValidatorsSource(spec, ops)],
    ...ops.map((op): [string, string] => [`requests/${op.operationId}.ts`, requestSpecSource(spec, op)]),
  ]);
  const out = new Map<string, string>();
  for (const [name, content] of files) out.set(name, `${HEADER}\n${content.replace(/\s*$/, '\n')}`);
  for (const [name, content] of await realtimeFiles(spec, asyncapiFile)) {
    out.set(name, `${REALTIME_HEADER}\n${content.replace(/\s*$/, '\n')}`);
  }
  const digest = createHash('sha256').update(text).digest('hex');
  out.set(
    'spec-digest.ts',
    `${HEADER}\n/** sha256 of the openapi.yaml this output was built from. */\nexport const specDigest = '${digest}';\n`,
  );
  return out;
}

/** The generated files under `dir`, as paths relative to it. */
export function generatedOnDisk(dir: string = OUT_DIR): string[] {
  try {
    return readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
      .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1));
  } catch {
    return [];
  }
}

/** Writes the files atomically (temp file + rename each) and removes generated files no longer produced. */
export function writeAll(files: Map<string, string>, dir: string = OUT_DIR): void {
  mkdirSync(dir, { recursive: true });
  for (const name of generatedOnDisk(dir)) if (!files.has(name)) rmSync(join(dir, name));
  for (const [name, content] of files) {
    const target = join(dir, name);
    mkdirSync(dirname(target), { recursive: true });
    let current: string | undefined;
    try {
      current = readFileSync(target, 'utf8');
    } catch {}
    if (current === content) continue;
    const temp = `${target}.${process.pid}.tmp`;
    writeFileSync(temp, content);
    renameSync(temp, target);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const specFile = process.argv[2] ? resolve(process.argv[2]) : SPEC_FILE;
  const asyncapiFile = process.argv[3] ? resolve(process.argv[3]) : ASYNCAPI_FILE;
  try {
    writeAll(await generate(specFile, asyncapiFile));
    console.log(`generated ${OUT_DIR} from ${specFile} and ${asyncapiFile}`);
  } catch (error) {
    const reason = error instanceof SpecError ? error.message : `${specFile}: ${(error as Error).message}`;
    console.error(`pnpm generate failed: ${reason}`);
    process.exit(1);
  }
}
