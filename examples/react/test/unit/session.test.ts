import { describe, expect, it } from 'vitest';
import { SignInError } from '../../src/errors.ts';
import { loadSession, pastedSession, saveSession } from '../../src/session.ts';

const jwt = (payload: unknown) => `e30.${Buffer.from(JSON.stringify(payload)).toString('base64url')}.sig`;

// The part of the Web Storage API the session uses.
const memoryStorage = (): Storage => {
  const map = new Map<string, string>();
  return {
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
    removeItem: (k: string) => void map.delete(k),
  } as Storage;
};

describe('pastedSession', () => {
  it.each([
    ['a JWT', jwt({ sub: 'alice' }), 'alice'],
    ['with "Bearer " and spaces', `  Bearer ${jwt({ sub: 'bob' })} `, 'bob'],
    ['a sub that needs base64url', jwt({ sub: 'ü?>~' }), 'ü?>~'],
  ])('takes the user from the sub of %s', (_name, token, userId) => {
    expect(pastedSession(token).userId).toBe(userId);
  });

  it.each([['not-a-token'], [jwt({ name: 'no sub' })], [jwt({ sub: '' })], ['a.%%%.c']])('refuses %j', (token) => {
    expect(() => pastedSession(token)).toThrow(SignInError);
  });
});

describe('loadSession / saveSession', () => {
  it('round-trips, forgets, and ignores garbage', () => {
    const storage = memoryStorage();
    saveSession(storage, { userId: 'u', token: 't' });
    expect(loadSession(storage)).toEqual({ userId: 'u', token: 't' });
    saveSession(storage, null);
    expect(loadSession(storage)).toBeNull();
    storage.setItem('todo-example-session', '{not json');
    expect(loadSession(storage)).toBeNull();
  });
});
