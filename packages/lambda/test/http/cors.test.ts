import { expect, test } from 'vitest';
import { corsPolicy } from '../../src/http/cors.ts';

test.each([
  ['unset', undefined, 'https://a.example', '*', undefined],
  ['*', '*', 'https://a.example', '*', undefined],
  ['a list with *', 'https://a.example, *', 'https://b.example', '*', undefined],
  ['an allowed origin', 'https://a.example,https://b.example', 'https://b.example', 'https://b.example', 'Origin'],
  ['a foreign origin', 'https://a.example,https://b.example', 'https://evil.example', 'https://a.example', 'Origin'],
  ['no Origin', 'https://a.example', undefined, 'https://a.example', 'Origin'],
])('allow-list %s', (_name, allowList, origin, allowed, vary) => {
  const headers = corsPolicy(allowList)(origin);
  expect(headers['Access-Control-Allow-Origin']).toBe(allowed);
  expect(headers.Vary).toBe(vary);
  expect(headers['Access-Control-Expose-Headers']).toBe('ETag, Location, X-Request-Id, Retry-After');
});
