// `pnpm generate`: openapi.yaml → src/generated/*. Everything is built in memory first;
// files are written (each through a temp file and a rename) only when all of it succeeded,
// so a broken spec leaves the previous output intact.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { limitsSource } from './build-limits.ts';
import { operationTableSource } from './build-table.ts';
import { aliasesSource, typesSource } from './build-types.ts';
import {
  patternMessagesSource,
  requestSpecSource,
  requestSpecsIndexSource,
  responseValidatorsSource,
} from './build-validators.ts';
import { loadSpec, SpecError } from './load-spec.ts';
import { operationModel } from './operation-model.ts';

const here = dirname(fileURLToPath(import.meta.url));
export const SPEC_FILE = resolve(here, '../../../openapi.yaml');
export const OUT_DIR = resolve(here, '../src/generated');

const HEADER = '// Generated from openapi.yaml by `pnpm generate`. Do not edit.';

/** Builds every generated file's content for the spec at `specFile`. */
export async function generate(specFile: string = SPEC_FILE): Promise<Map<string, string>> {
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
  try {
    writeAll(await generate(specFile));
    console.log(`generated ${OUT_DIR} from ${specFile}`);
  } catch (error) {
    const reason = error instanceof SpecError ? error.message : `${specFile}: ${(error as Error).message}`;
    console.error(`pnpm generate failed: ${reason}`);
    process.exit(1);
  }
}
