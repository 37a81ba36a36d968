import { describe, expect, it } from 'vitest';
import { connect } from '../../src/lib/target.ts';

// An unsigned JWT whose payload names `sub`: enough for picking the user, never sent here.
const jwt = (sub: string) => `e30.${Buffer.from(JSON.stringify({ sub })).toString('base64url')}.sig`;

describe('connect', () => {
  it.each([
    ['API_TOKEN alone: the user is its sub', { API_TOKEN: jwt('alice') }, 'http://127.0.0.1:3000', 'alice'],
    ['USER_ID wins over the sub', { API_TOKEN: jwt('alice'), USER_ID: 'bob' }, 'http://127.0.0.1:3000', 'bob'],
    ['an opaque token: the default user', { API_TOKEN: 'opaque' }, 'http://127.0.0.1:3000', 'user123'],
    [
      'a trailing slash is dropped',
      { API_TOKEN: jwt('a'), API_URL: 'https://api.example.com/prod/' },
      'https://api.example.com/prod',
      'a',
    ],
  ])('%s', async (_name, env, baseUrl, userId) => {
    // With API_TOKEN set nothing is fetched: a fetch that throws proves it.
    const target = await connect(env, () => Promise.reject(new Error('no request expected')));
    expect({ baseUrl: target.baseUrl, userId: target.userId }).toEqual({ baseUrl, userId });
  });
});
