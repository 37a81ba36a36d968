import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { FUNCTION_ENV_FILE, functionEnvSource } from '../build/function-env.ts';
import { lambdaStack, packageRoot } from '../build/lambda-stack.ts';
import { loadEnv, required } from '../src/env.ts';
import { ConfigurationError } from '../src/errors.ts';
import { FUNCTION_ENV } from '../src/generated/function-env.ts';

test('the generated variable lists match template.yaml (else: run `pnpm generate`)', () => {
  const onDisk = readFileSync(join(packageRoot, FUNCTION_ENV_FILE), 'utf8');
  expect(onDisk, 'src/generated/function-env.ts is stale: run `pnpm generate`').toBe(functionEnvSource(lambdaStack()));
});

test('loadEnv reads exactly the variables the template sets on the function, empty strings as unset', () => {
  const env = loadEnv('ListTasksFunction', { TABLE_NAME: 't', CURSOR_SECRET: '', OTHER: 'x', CORS_ALLOW_ORIGINS: '*' });
  expect(Object.keys(env).sort()).toEqual([...FUNCTION_ENV.ListTasksFunction].sort());
  expect(Object.keys(env)).toContain('CURSOR_SECRET');
  expect(Object.keys(env)).not.toContain('OTHER');
  expect(env.TABLE_NAME).toBe('t');
  expect(env.CURSOR_SECRET).toBeUndefined();
});

test('required names the missing variable', () => {
  const env = loadEnv('CreateTaskFunction', {});
  expect(() => required(env, 'TABLE_NAME')).toThrow(ConfigurationError);
  expect(() => required(env, 'TABLE_NAME')).toThrow('TABLE_NAME');
  expect(required(loadEnv('CreateTaskFunction', { TABLE_NAME: 'tasks' }), 'TABLE_NAME')).toBe('tasks');
});
