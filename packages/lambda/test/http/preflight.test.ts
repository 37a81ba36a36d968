// The CORS preflight answer for every allow-list shape and origin.
import { describe, expect, test } from 'vitest';
import { preflightHeaders } from '../../src/http/preflight.ts';

const listed = {
  allowOrigins: 'https://app.example, https://admin.example',
  allowHeaders: 'Authorization',
  maxAge: '600',
};

describe('preflightHeaders', () => {
  test.each([
    ['any origin, "*" list', { ...listed, allowOrigins: '*' }, 'https://x.example', '*'],
    ['no list at all', { ...listed, allowOrigins: undefined }, 'https://x.example', '*'],
    ['a listed origin', listed, 'https://admin.example', 'https://admin.example'],
    ['the first listed origin', listed, 'https://app.example', 'https://app.example'],
    ['an unlisted origin', listed, 'https://evil.example', undefined],
    ['a listed origin with another port', listed, 'https://app.example:8443', undefined],
    ['no Origin header', listed, undefined, undefined],
  ])('%s → Access-Control-Allow-Origin %s', (_name, settings, origin, want) => {
    const headers = preflightHeaders(settings, origin, ['GET', 'POST']);
    expect(headers['Access-Control-Allow-Origin']).toBe(want);
    expect(headers.Vary).toBe('Origin');
    if (want === undefined) {
      expect(Object.keys(headers).filter((name) => name.startsWith('Access-Control-'))).toEqual([]);
    } else {
      expect(headers['Access-Control-Allow-Methods']).toBe('GET,POST,OPTIONS');
      expect(headers['Access-Control-Allow-Headers']).toBe('Authorization');
      expect(headers['Access-Control-Max-Age']).toBe('600');
    }
  });
});
