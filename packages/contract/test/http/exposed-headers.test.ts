import { expect, it } from 'vitest';
import { operations } from '../../src/generated/operations.ts';
import { EXPOSE_HEADERS } from '../../src/http/index.ts';
import type { ResponseInfo } from '../../src/runtime/operation-info.ts';

// Response headers a browser hands to any page (Fetch standard), plus CORS's own.
const SAFELISTED = [
  'cache-control',
  'content-language',
  'content-length',
  'content-type',
  'expires',
  'last-modified',
  'pragma',
];

it('exposes exactly the documented response headers a browser would otherwise hide', () => {
  const documented = new Set<string>();
  for (const operation of Object.values(operations)) {
    for (const response of Object.values(operation.responses as Record<number, ResponseInfo>)) {
      for (const name of response.headers) documented.add(name.toLowerCase());
    }
  }
  const hidden = [...documented].filter((name) => !SAFELISTED.includes(name) && !name.startsWith('access-control-'));
  const exposed = EXPOSE_HEADERS.split(',').map((name) => name.trim().toLowerCase());
  expect(exposed.sort()).toEqual(hidden.sort());
});
