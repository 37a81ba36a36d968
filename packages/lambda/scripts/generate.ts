// `pnpm generate` (lambda part): template.yaml → src/generated/function-env.ts.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FUNCTION_ENV_FILE, functionEnvSource } from '../build/function-env.ts';
import { lambdaStack, packageRoot } from '../build/lambda-stack.ts';

const target = join(packageRoot, FUNCTION_ENV_FILE);
try {
  const content = functionEnvSource(lambdaStack());
  let current: string | undefined;
  try {
    current = readFileSync(target, 'utf8');
  } catch {}
  if (current !== content) {
    writeFileSync(`${target}.tmp`, content);
    renameSync(`${target}.tmp`, target);
  }
  console.log(`generated ${target} from template.yaml`);
} catch (error) {
  console.error(`pnpm generate failed: ${(error as Error).message}`);
  process.exit(1);
}
