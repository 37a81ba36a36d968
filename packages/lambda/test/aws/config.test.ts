import { describe, expect, test } from 'vitest';
import { dynamoConfig } from '../../src/aws/dynamodb-config.ts';
import { objectUrl, s3Config } from '../../src/aws/s3-config.ts';
import { isConditionFailed, isThrottlingError } from '../../src/dynamo/throttling.ts';

describe('dynamoConfig', () => {
  test.each([
    ['in Lambda', { AWS_REGION: 'eu-west-1' }, 'https://dynamodb.eu-west-1.amazonaws.com/', 'eu-west-1', undefined],
    [
      'local, nothing else set',
      { DYNAMODB_ENDPOINT: 'http://127.0.0.1:8000' },
      'http://127.0.0.1:8000/',
      'local',
      'local',
    ],
    [
      'local with a region and keys',
      {
        DYNAMODB_ENDPOINT: 'http://127.0.0.1:8000',
        AWS_REGION: 'eu-west-1',
        AWS_ACCESS_KEY_ID: 'AKIA',
        AWS_SECRET_ACCESS_KEY: 's',
      },
      'http://127.0.0.1:8000/',
      'eu-west-1',
      'AKIA',
    ],
  ])('%s', (_name, env, endpoint, region, keyId) => {
    const config = dynamoConfig(env);
    expect({ endpoint: config.endpoint.href, region: config.region }).toEqual({ endpoint, region });
    if (keyId === undefined) expect(() => config.credentials()).toThrow(/AWS_ACCESS_KEY_ID/);
    else expect(config.credentials().accessKeyId).toBe(keyId);
  });
});

describe('s3Config and object URLs', () => {
  test('in Lambda: virtual-hosted on the regional endpoint, keys encoded per segment', () => {
    const config = s3Config({ AWS_REGION: 'eu-west-1', AWS_ACCESS_KEY_ID: 'A', AWS_SECRET_ACCESS_KEY: 'S' });
    expect(objectUrl(config, 'files', 'u 1/t(1)/a').href).toBe(
      'https://files.s3.eu-west-1.amazonaws.com/u%201/t%281%29/a',
    );
    expect(objectUrl(config, 'files').href).toBe('https://files.s3.eu-west-1.amazonaws.com/');
  });

  test('with an endpoint override and path style: the bucket in the path', () => {
    const config = s3Config({ AWS_ENDPOINT_URL_S3: 'http://127.0.0.1:4569', S3_FORCE_PATH_STYLE: 'true' });
    expect(objectUrl(config, 'files', 'u1/t1/a1').href).toBe('http://127.0.0.1:4569/files/u1/t1/a1');
    expect(objectUrl(config, 'files').href).toBe('http://127.0.0.1:4569/files');
    expect(config.credentials().accessKeyId).toBe('local');
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
