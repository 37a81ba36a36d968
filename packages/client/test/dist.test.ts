// Checks on the built package (the test script runs tsup first): the browser bundle's size
// and imports, and one error model shared by the ESM and CJS builds.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';

const dist = (file: string) => fileURLToPath(new URL(`../dist/${file}`, import.meta.url));

beforeAll(() => {
  if (!existsSync(dist('index.js')))
    throw new Error('dist/ is missing: run `pnpm --filter @serverless-todo/client build`');
});

describe('browser bundle of dist/index.js with openapi-fetch inside', () => {
  let code = '';
  let imports: string[] = [];
  beforeAll(async () => {
    const result = await build({
      entryPoints: [dist('index.js')],
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'browser',
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    code = result.outputFiles[0]!.text;
    imports = Object.values(result.metafile.inputs).flatMap((input) => input.imports.map((i) => i.path));
  });

  it('is at most 4 KB min+gzip', () => {
    const size = gzipSync(code, { level: 9 }).length;
    expect(size, `${size} bytes`).toBeLessThanOrEqual(4096);
  });

  it('has openapi-fetch in it and no Node built-in', () => {
    expect(code).toContain('querySerializer');
    expect(imports.filter((path) => path.startsWith('node:'))).toEqual([]);
    expect(code).not.toMatch(/\bnode:|require\(/);
  });
});

describe('browser bundle of dist/attachments.js, the attachments subpath', () => {
  it('is at most 1.5 KB min+gzip on top of what it shares with the core', async () => {
    const result = await build({
      entryPoints: [dist('attachments.js')],
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'browser',
      write: false,
      logLevel: 'silent',
    });
    const code = result.outputFiles[0]!.text;
    const size = gzipSync(code, { level: 9 }).length;
    expect(size, `${size} bytes`).toBeLessThanOrEqual(1536);
    // Types only from openapi-fetch: the subpath reuses the core client's raw client.
    expect(code).not.toContain('querySerializer');
  });
});

describe('ESM and CJS builds', () => {
  it('recognise each other’s TodoApiError', async () => {
    const esm = await import(dist('index.js'));
    const cjs = createRequire(import.meta.url)(dist('index.cjs'));
    expect(cjs.TodoApiError).not.toBe(esm.TodoApiError);
    const response = new Response(null, { status: 404, statusText: 'Not Found' });
    const fromCjs = new cjs.TodoApiError(response, undefined);
    const fromEsm = new esm.TodoApiError(response, undefined);
    expect(fromCjs instanceof esm.TodoApiError).toBe(true);
    expect(fromEsm instanceof cjs.TodoApiError).toBe(true);
    expect(esm.isTodoApiError(fromCjs) && cjs.isTodoApiError(fromEsm)).toBe(true);
    expect(new Error('x') instanceof cjs.TodoApiError).toBe(false);
  });
});
