import { describe, expect, it } from 'vitest';
import { authorize } from '../../src/http/index.ts';

describe('authorize', () => {
  it.each([
    ['a public operation, without a principal', { given: [false, undefined, {}], want: { principal: '' } }],
    ['a public operation ignores the principal', { given: [false, 'u1', {}], want: { principal: '' } }],
    ['the owner of the path', { given: [true, 'u1', { user_id: 'u1' }], want: { principal: 'u1' } }],
    ['no principal (fail closed)', { given: [true, undefined, { user_id: 'u1' }], want: 401 }],
    ['an empty principal', { given: [true, '', { user_id: '' }], want: 401 }],
    ['another user’s path', { given: [true, 'u1', { user_id: 'u2' }], want: 403 }],
    ['a path that differs only in case', { given: [true, 'u1', { user_id: 'U1' }], want: 403 }],
    ['an authenticated path without user_id', { given: [true, 'u1', {}], want: { principal: 'u1' } }],
  ] as const)('%s', (_name, { given: [needsAuth, principal, path], want }) => {
    expect(authorize(needsAuth, principal, path)).toEqual(want);
  });
});
