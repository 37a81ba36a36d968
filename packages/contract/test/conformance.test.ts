import { describe, expect, it } from 'vitest';
import { assertConforms, conformanceErrors } from '../src/responses.ts';

const task = {
  user_id: 'user123',
  task_id: '3f2c1a9e-8b4d-4c6e-9f1a-2b3c4d5e6f70',
  title: 'Learn AWS Lambda',
  description: '',
  status: 'pending',
  due_date: null,
  created_at: '2026-11-26T09:30:00.000Z',
  updated_at: '2026-11-26T09:30:00.000Z',
  version: 1,
};
const okHeaders = {
  'Content-Type': 'application/json',
  ETag: '"1"',
  'X-Request-Id': 'r-1',
  'Cache-Control': 'no-store',
  'Access-Control-Allow-Origin': '*',
};
const problemHeaders = { 'content-type': 'application/problem+json', 'cache-control': 'no-store' };
const unauthorized = { type: 'https://serverless-todo.dev/problems/unauthorized', title: 't', status: 401 };

describe('conformanceErrors', () => {
  it('accepts a documented response', () => {
    expect(conformanceErrors('getTask', { status: 200, headers: okHeaders, body: task })).toEqual([]);
    expect(conformanceErrors('getTask', { status: 200, headers: new Headers(okHeaders), body: task })).toEqual([]);
  });

  it.each([
    ['an undocumented status', { status: 418, headers: okHeaders, body: task }, /status 418 is not documented/],
    [
      'a missing required header',
      { status: 200, headers: { ...okHeaders, ETag: undefined }, body: task },
      /header ETag is missing/,
    ],
    [
      'a wrong content type',
      { status: 200, headers: { ...okHeaders, 'Content-Type': 'text/html' }, body: task },
      /content type is text\/html/,
    ],
    [
      'an extra body field',
      { status: 200, headers: okHeaders, body: { ...task, owner: 'x' } },
      /must NOT have additional properties/,
    ],
    [
      'a problem whose status differs',
      { status: 404, headers: { ...problemHeaders, 'x-request-id': 'r' }, body: { ...unauthorized } },
      /problem status 401 differs from HTTP 404/,
    ],
  ])('reports %s', (_name, response, message) => {
    expect(conformanceErrors('getTask', response).join('\n')).toMatch(message);
  });

  it('lets a gateway 401 omit X-Request-Id (not required there) but not Cache-Control', () => {
    expect(conformanceErrors('getTask', { status: 401, headers: problemHeaders, body: unauthorized })).toEqual([]);
    expect(
      conformanceErrors('getTask', {
        status: 401,
        headers: { 'content-type': 'application/problem+json' },
        body: unauthorized,
      }),
    ).toEqual(['header Cache-Control is missing']);
  });

  it('requires X-Request-Id where only a function answers', () => {
    const notFound = { ...unauthorized, status: 404 };
    expect(conformanceErrors('getTask', { status: 404, headers: problemHeaders, body: notFound })).toEqual([
      'header X-Request-Id is missing',
    ]);
  });

  it('throws a message naming the operation, the request and the difference', () => {
    expect(() => assertConforms('getTask', { status: 418, headers: {}, body: {} }, 'GET /users/u/tasks/t')).toThrow(
      /getTask \(GET \/users\/u\/tasks\/t\) → 418 departs from openapi.yaml:\n {2}- status 418 is not documented/,
    );
  });
});
