// `pnpm --filter @serverless-todo/lambda build`: bundles every function of template.yaml
// into dist/<LogicalId>/ (its CodeUri) and prints their sizes.
import { buildFunctions } from '../build/index.ts';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const started = performance.now();
const built = await buildFunctions();
console.log('function              cold-start load (gzip)        shipped');
for (const fn of built) {
  console.log(
    `${fn.logicalId.padEnd(20)} ${kb(fn.eagerBytes).padStart(9)} (${kb(fn.eagerGzipBytes).padStart(8)}) ${kb(fn.totalBytes).padStart(12)}`,
  );
}
console.log(`built ${built.length} functions in ${Math.round(performance.now() - started)} ms`);
