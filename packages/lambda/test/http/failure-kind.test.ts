import { expect, test } from 'vitest';
import {
  ConfigurationError,
  IdempotencyKeyReusedError,
  InvalidCursorError,
  RequestInProgressError,
  TaskIdCollisionError,
  TaskNotFoundError,
  VersionConflictError,
} from '../../src/errors.ts';
import { failureKind } from '../../src/http/failure-kind.ts';

const named = (name: string, cause?: unknown) => Object.assign(new Error(name, { cause }), { name });

test.each([
  ['TaskNotFoundError', { given: new TaskNotFoundError(), want: 'not-found' }],
  ['VersionConflictError', { given: new VersionConflictError(), want: 'version-conflict' }],
  ['InvalidCursorError', { given: new InvalidCursorError(), want: 'invalid-cursor' }],
  ['IdempotencyKeyReusedError', { given: new IdempotencyKeyReusedError(), want: 'idempotency-key-reused' }],
  ['RequestInProgressError', { given: new RequestInProgressError(), want: 'request-in-progress' }],
  ['DynamoDB throttling', { given: named('ProvisionedThroughputExceededException'), want: 'throttled' }],
  [
    'throttling wrapped as a cause',
    { given: new Error('wrapper', { cause: named('ThrottlingException') }), want: 'throttled' },
  ],
  ['TaskIdCollisionError', { given: new TaskIdCollisionError(), want: 'internal' }],
  ['ConfigurationError', { given: new ConfigurationError('TABLE_NAME is not set'), want: 'internal' }],
  ['any other error', { given: new TypeError('x is undefined'), want: 'internal' }],
  ['a thrown non-error', { given: 'oops', want: 'internal' }],
] as const)('%s', (_name, { given, want }) => {
  expect(failureKind(given)).toBe(want);
});
