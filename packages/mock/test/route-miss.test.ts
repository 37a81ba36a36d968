// Routes the API does not have get API Gateway's answer, which the template maps to a 404
// problem. No operation documents it, so its shape is checked against getTask's 404 (the
// same Problem schema, content type and headers).
import type { Problem } from '@serverless-todo/contract';
import { assertConforms } from '@serverless-todo/contract/responses';
import { describe, expect, it } from 'vitest';
import { devToken } from '../src/index.ts';
import { BASE, mockApi, useMockServer } from './support/api.ts';

useMockServer();

describe('routes the API does not have', () => {
  it.each([
    ['PUT', '/users/u1/tasks'],
    ['POST', '/users/u1/tasks/3f2c1a9e-8b4d-4c6e-9f1a-2b3c4d5e6f70'],
    ['GET', '/users/u1'],
    ['DELETE', '/hello'],
    ['GET', '/nope/deeper/still'],
  ])('%s %s → 404 problem', async (method, path) => {
    mockApi();
    const res = await fetch(BASE + path, { method, headers: { authorization: `Bearer ${devToken('u1')}` } });
    const body = (await res.json()) as Problem;
    assertConforms('getTask', { status: res.status, headers: res.headers, body }, `${method} ${path}`);
    expect(res.status).toBe(404);
    expect(body.detail).toBe('No route matches this method and path.');
  });
});
