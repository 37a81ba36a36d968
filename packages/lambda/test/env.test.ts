import { expect, test } from 'vitest';
import { FUNCTION_ENV, loadEnv, required } from '../src/env.ts';
import { ConfigurationError } from '../src/errors.ts';

test('loadEnv reads exactly the listed variables, empty strings as unset', () => {
  const env = loadEnv('listTasks', { TABLE_NAME: 't', CURSOR_SECRET: '', OTHER: 'x', CORS_ALLOW_ORIGINS: '*' });
  expect(Object.keys(env).sort()).toEqual([...FUNCTION_ENV.listTasks].sort());
  expect(env.TABLE_NAME).toBe('t');
  expect(env.CURSOR_SECRET).toBeUndefined();
});

test('required names the missing variable', () => {
  const env = loadEnv('createTask', {});
  expect(() => required(env, 'TABLE_NAME')).toThrow(ConfigurationError);
  expect(() => required(env, 'TABLE_NAME')).toThrow('TABLE_NAME');
  expect(required(loadEnv('createTask', { TABLE_NAME: 'tasks' }), 'TABLE_NAME')).toBe('tasks');
});
