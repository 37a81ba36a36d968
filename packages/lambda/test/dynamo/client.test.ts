import { describe, expect, test } from 'vitest';
import { clientConfig } from '../../src/dynamo/client.ts';
import { isConditionFailed, isThrottlingError } from '../../src/dynamo/throttling.ts';

describe('clientConfig', () => {
  test.each([
    ['in Lambda', {}, { endpoint: undefined, region: undefined, credentials: undefined }],
    [
      'local, nothing else set',
      { DYNAMODB_ENDPOINT: 'http://127.0.0.1:8000' },
      {
        endpoint: 'http://127.0.0.1:8000',
        region: 'local',
        credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
      },
    ],
    [
      'local with a region and keys',
      { DYNAMODB_ENDPOINT: 'http://127.0.0.1:8000', AWS_REGION: 'eu-west-1', AWS_ACCESS_KEY_ID: 'AKIA' },
      { endpoint: 'http://127.0.0.1:8000', region: 'eu-west-1', credentials: undefined },
    ],
  ])('%s', (_name, env, want) => {
    const config = clientConfig(env);
    expect({ endpoint: config.endpoint, region: config.region, credentials: config.credentials }).toEqual(want);
  });
});

const named = (name: string, cause?: unknown) => Object.assign(new Error(name, { cause }), { name });

describe('error classification', () => {
  test.each([
    ['ProvisionedThroughputExceededException', named('ProvisionedThroughputExceededException'), true],
    ['ThrottlingException', named('ThrottlingException'), true],
    ['RequestLimitExceeded', named('RequestLimitExceeded'), true],
    [
      'throttling wrapped by the idempotency layer',
      named('IdempotencyPersistenceLayerError', named('ThrottlingException')),
      true,
    ],
    ['ConditionalCheckFailedException', named('ConditionalCheckFailedException'), false],
    ['a plain error', new Error('x'), false],
    ['not an error', 'ThrottlingException', false],
  ])('%s → throttling %s', (_name, error, want) => {
    expect(isThrottlingError(error)).toBe(want);
  });

  test('condition failures are recognised by name', () => {
    expect(isConditionFailed(named('ConditionalCheckFailedException'))).toBe(true);
    expect(isConditionFailed(named('ValidationException'))).toBe(false);
  });
});
