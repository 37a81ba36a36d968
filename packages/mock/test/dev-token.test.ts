import { describe, expect, it } from 'vitest';
import { subjectOf } from '../src/dev-token.ts';
import { devToken } from '../src/index.ts';

const decode = (segment: string) => JSON.parse(atob(segment.replaceAll('-', '+').replaceAll('_', '/')));

describe('devToken', () => {
  it('is an unsigned JWT: alg none, the sub in the payload, an empty signature', () => {
    const [header, payload, signature] = devToken('user123').split('.');
    expect(decode(header as string)).toEqual({ alg: 'none', typ: 'JWT' });
    expect(decode(payload as string)).toEqual({ sub: 'user123' });
    expect(signature).toBe('');
  });

  it('carries extra claims, but never lets them override sub', () => {
    const payload = devToken('u1', { exp: 2000000000, sub: 'someone-else', email: 'ü@example.com' }).split('.')[1];
    expect(subjectOf(`Bearer ${devToken('u1', { sub: 'other' })}`)).toBe('u1');
    expect(payload).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decode(payload as string)).toMatchObject({ exp: 2000000000, sub: 'u1' });
  });

  it('round-trips non-ASCII subjects through base64url', () => {
    expect(subjectOf(`Bearer ${devToken('Ünïcödé-用户')}`)).toBe('Ünïcödé-用户');
  });
});

describe('subjectOf', () => {
  const token = devToken('u1', { exp: 2000 });
  it.each([
    ['a bearer token', `Bearer ${devToken('u1')}`, 0, 'u1'],
    ['a lower-case scheme', `bearer ${devToken('u1')}`, 0, 'u1'],
    ['an exp still ahead', `Bearer ${token}`, 1_999_999, 'u1'],
    ['an exp reached', `Bearer ${token}`, 2_000_000, null],
    ['no header', null, 0, null],
    ['an empty header', '', 0, null],
    ['a token with spaces', `Bearer ${devToken('u1')} extra`, 0, null],
  ] as const)('%s', (_name, header, now, want) => {
    expect(subjectOf(header, now)).toBe(want);
  });
});
