import type { Problem, TaskList } from '@serverless-todo/contract';
import { describe, expect, it } from 'vitest';
import { devToken } from '../src/index.ts';
import { call, mockApi, useMockServer } from './support/api.ts';

useMockServer();

const seed = {
  u1: Array.from({ length: 10 }, (_, i) => ({ title: `t${i}`, status: i % 2 ? 'done' : 'pending' }) as const),
};

async function firstCursor(query = 'limit=2', user = 'u1'): Promise<string> {
  const page = (await call('listTasks', 'GET', `/users/${user}/tasks?${query}`)).body as TaskList;
  if (page.next_cursor === null) throw new Error('expected a cursor');
  return page.next_cursor;
}

async function expectCursorRejected(query: string, token?: string) {
  const res = await call('listTasks', 'GET', `/users/u1/tasks?${query}`, token === undefined ? {} : { token });
  expect(res.status).toBe(400);
  expect((res.body as Problem).errors).toEqual([{ pointer: '/query/cursor', detail: expect.any(String) }]);
}

/** Variants of a token: each character replaced, truncations, an extension. */
function tampered(token: string): string[] {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  const out = new Set<string>();
  for (let i = 0; i < token.length; i++) {
    for (const shift of [1, 5, 17, 40]) {
      const c = alphabet[(alphabet.indexOf(token[i] as string) + shift) % alphabet.length] as string;
      out.add(token.slice(0, i) + c + token.slice(i + 1));
    }
    if (i > 0) out.add(token.slice(0, i));
  }
  out.add(`${token}A`);
  out.delete(token);
  return [...out];
}

describe('cursors', () => {
  it('are opaque strings inside the contract’s cursor pattern', async () => {
    mockApi({ seed });
    expect(await firstCursor()).toMatch(/^[A-Za-z0-9_-]{16,2048}$/);
  });

  it('rejects every tampered variant of a real cursor with 400 at /query/cursor', async () => {
    mockApi({ seed });
    const variants = tampered(await firstCursor());
    expect(variants.length).toBeGreaterThanOrEqual(100);
    for (const variant of variants) await expectCursorRejected(`limit=2&cursor=${variant}`);
  });

  it('rejects a cursor issued to another user', async () => {
    mockApi({ seed: { ...seed, u2: seed.u1 } });
    const theirs = await firstCursor('limit=2', 'u2');
    await expectCursorRejected(`limit=2&cursor=${theirs}`, devToken('u1'));
  });

  it.each([
    ['no filter', 'limit=2', 'limit=2&status=done'],
    ['status=done', 'limit=2&status=done', 'limit=2'],
    ['status=done', 'limit=2&status=done', 'limit=2&status=pending'],
  ])('rejects a cursor issued for %s when used with another filter', async (_name, issuedWith, usedWith) => {
    mockApi({ seed });
    const cursor = await firstCursor(issuedWith);
    await expectCursorRejected(`${usedWith}&cursor=${cursor}`);
  });

  it('rejects a cursor of another handler set (its own secret, in effect)', async () => {
    mockApi({ seed });
    const cursor = await firstCursor();
    mockApi({ seed });
    await expectCursorRejected(`limit=2&cursor=${cursor}`);
  });

  it('accepts the same cursor with another limit, and twice', async () => {
    mockApi({ seed });
    const cursor = await firstCursor();
    const a = (await call('listTasks', 'GET', `/users/u1/tasks?limit=3&cursor=${cursor}`)).body as TaskList;
    const b = (await call('listTasks', 'GET', `/users/u1/tasks?limit=3&cursor=${cursor}`)).body as TaskList;
    expect(a.tasks).toHaveLength(3);
    expect(b).toEqual(a);
  });
});
