// How a published package's tests prove its types work for a user: a strict TypeScript
// project outside the workspace (NodeNext resolution, library types checked too) that imports
// the packed tarball, compiled with the workspace's own tsc.
import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');

/**
 * Writes `source` as `consumer.ts` with a strict tsconfig into `dir` (where the tarballs are
 * installed) and type-checks it; `output` is tsc's report, empty when it passes.
 *
 * @example
 * ```ts
 * expect(await typecheckConsumer(scratch, "import { createTodoClient } from '@serverless-todo/client';"))
 *   .toEqual({ code: 0, output: '' });
 * ```
 */
export async function typecheckConsumer(dir: string, source: string): Promise<{ code: number; output: string }> {
  await writeFile(join(dir, 'consumer.ts'), source);
  await writeFile(
    join(dir, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        strict: true,
        noEmit: true,
        skipLibCheck: false,
        target: 'ES2022',
        module: 'NodeNext',
        moduleResolution: 'NodeNext',
        lib: ['ES2022', 'DOM'],
        types: [],
      },
      files: ['consumer.ts'],
    }),
  );
  return run('node', [tsc, '-p', 'tsconfig.json'], { cwd: dir }).then(
    ({ stdout }) => ({ code: 0, output: stdout }),
    (error: { code: number; stdout: string; stderr: string }) => ({
      code: error.code,
      output: error.stdout + error.stderr,
    }),
  );
}
