// How a published package ships the private contract: its code bundled in, its types inlined
// into the package's .d.ts. tsup's `dts.resolve` cannot do the latter: it reaches the contract
// through node_modules (a pnpm symlink), so the contract's own `./generated/*.ts` imports
// count as an external library and leak into dist/*.d.ts. Mapping every export of the
// contract to its real file with `paths` makes the declaration bundler treat it as source.
// Plain JavaScript: tsup loads its config through Node, which cannot import TypeScript from
// node_modules.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const NAME = '@serverless-todo/contract';
const contractDir = fileURLToPath(new URL('..', import.meta.url));

/**
 * tsup options that inline the contract, code and types, from its own exports map.
 *
 * @example
 * ```ts
 * export default defineConfig({ entry: ['src/index.ts'], format: ['esm', 'cjs'], ...inlineContract() });
 * ```
 * @returns {import('./inline-contract.d.ts').InlineContractOptions}
 */
export function inlineContract() {
  const exportsMap = JSON.parse(readFileSync(join(contractDir, 'package.json'), 'utf8')).exports;
  const paths = Object.fromEntries(
    Object.entries(exportsMap)
      .filter(([, file]) => typeof file === 'string' && file.endsWith('.ts'))
      .map(([subpath, file]) => [NAME + subpath.slice(1), [join(contractDir, file)]]),
  );
  return { noExternal: [/^@serverless-todo\/contract/], dts: { compilerOptions: { paths } } };
}
