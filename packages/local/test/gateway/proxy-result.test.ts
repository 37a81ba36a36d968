// Which proxy results API Gateway accepts, and the responses they become.
import { describe, expect, it } from 'vitest';
import { fromProxyResult } from '../../src/gateway/proxy-result.ts';

describe('fromProxyResult', () => {
  it.each([
    ['a minimal result', { statusCode: 204 }, 204, [], ''],
    [
      'headers and a body',
      { statusCode: 200, headers: { 'X-A': 'a', 'X-N': 1 }, body: '{}' },
      200,
      [
        ['X-A', 'a'],
        ['X-N', '1'],
      ],
      '{}',
    ],
    [
      'multi-value headers merged with single ones',
      {
        statusCode: 200,
        multiValueHeaders: { 'Set-Cookie': ['a=1', 'b=2'] },
        headers: { 'set-cookie': 'a=1', 'X-B': 'b' },
      },
      200,
      [
        ['Set-Cookie', 'a=1'],
        ['Set-Cookie', 'b=2'],
        ['X-B', 'b'],
      ],
      '',
    ],
    [
      'a base64 body',
      { statusCode: 200, body: Buffer.from('hé').toString('base64'), isBase64Encoded: true },
      200,
      [],
      'hé',
    ],
    ['a null body', { statusCode: 200, body: null }, 200, [], ''],
  ])('accepts %s', (_, result, status, headers, body) => {
    const outcome = fromProxyResult(result);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.response.status).toBe(status);
    expect(outcome.response.headers).toEqual(headers);
    expect(outcome.response.body.toString('utf8')).toBe(body);
  });

  it.each([
    ['null', null],
    ['an array', [200]],
    ['a string', 'ok'],
    ['no statusCode', { body: '' }],
    ['a string statusCode', { statusCode: '200' }],
    ['a status out of range', { statusCode: 99 }],
    ['a fractional status', { statusCode: 200.5 }],
    ['an object body', { statusCode: 200, body: {} }],
    ['a non-boolean isBase64Encoded', { statusCode: 200, isBase64Encoded: 'yes' }],
    ['a nested header value', { statusCode: 200, headers: { a: {} } }],
    ['multi-value headers that are not lists', { statusCode: 200, multiValueHeaders: { a: 'b' } }],
  ])('rejects %s as malformed', (_, result) => {
    expect(fromProxyResult(result).ok).toBe(false);
  });
});
