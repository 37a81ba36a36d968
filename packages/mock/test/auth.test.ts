import { type OperationId, operations, type Problem, type Task } from '@serverless-todo/contract';
import { describe, expect, it } from 'vitest';
import { devToken } from '../src/index.ts';
import { call, createTask, mockApi, useMockServer } from './support/api.ts';

useMockServer();

const TASK = '3f2c1a9e-8b4d-4c6e-9f1a-2b3c4d5e6f70';
const ATTACHMENT = '9b2e4c1d-3a5f-4e6b-8c7d-1e2f3a4b5c6d';
const b64 = (value: unknown) => btoa(JSON.stringify(value)).replaceAll('=', '');

/** Every authenticated operation, with a request that is otherwise valid for user `user`. */
const authenticated = (Object.keys(operations) as OperationId[]).filter((op) => operations[op].auth);
function requestFor(op: OperationId, user: string, taskId = TASK) {
  const { method, path } = operations[op];
  const concrete = path.replace('{user_id}', user).replace('{task_id}', taskId).replace('{attachment_id}', ATTACHMENT);
  const json =
    op === 'createTask'
      ? { title: 'a' }
      : op === 'updateTask'
        ? { status: 'done' }
        : op === 'createAttachment'
          ? { filename: 'a.txt', content_type: 'text/plain', size: 1 }
          : undefined;
  return { method, path: concrete, json };
}

const badAuthorizations: [string, string | null][] = [
  ['no Authorization header', null],
  ['another scheme', `Basic ${btoa('u1:pw')}`],
  ['Bearer without a token', 'Bearer'],
  ['two segments', `Bearer ${b64({ alg: 'none' })}.${b64({ sub: 'u1' })}`],
  ['payload not base64url', `Bearer ${b64({ alg: 'none' })}.!!!.`],
  ['payload not JSON', `Bearer ${b64({ alg: 'none' })}.${btoa('not json')}.`],
  ['payload an array', `Bearer ${b64({ alg: 'none' })}.${b64(['u1'])}.`],
  ['no sub', `Bearer ${devToken('u1').replace(/\.[^.]+\./, `.${b64({ name: 'u1' })}.`)}`],
  ['empty sub', `Bearer ${b64({ alg: 'none' })}.${b64({ sub: '' })}.`],
  ['numeric sub', `Bearer ${b64({ alg: 'none' })}.${b64({ sub: 1 })}.`],
  ['expired', `Bearer ${devToken('u1', { exp: Math.floor(Date.now() / 1000) - 60 })}`],
  ['non-numeric exp', `Bearer ${devToken('u1', { exp: 'tomorrow' })}`],
];

describe('401: the authorizer rejects the token', () => {
  it('protects exactly the operations openapi.yaml marks as authenticated', () => {
    expect(authenticated.sort()).toEqual([
      'createAttachment',
      'createTask',
      'deleteAttachment',
      'deleteTask',
      'getAttachment',
      'getSummary',
      'getTask',
      'listAttachments',
      'listTasks',
      'updateTask',
    ]);
  });

  for (const op of authenticated) {
    it.each(badAuthorizations)(`${op}: %s → 401`, async (_name, authorization) => {
      mockApi();
      const { method, path, json } = requestFor(op, 'u1');
      const headers: Record<string, string> = authorization === null ? {} : { authorization };
      const res = await call(op, method, path, { token: null, headers, ...(json && { json }) });
      expect(res.status).toBe(401);
      expect((res.body as Problem).request_id).toBe(res.headers.get('x-request-id'));
    });
  }

  it('checks the token before the request (like API Gateway’s authorizer)', async () => {
    mockApi();
    const res = await call('createTask', 'POST', '/users/u1/tasks', { token: null, json: { nope: true } });
    expect(res.status).toBe(401);
  });

  it('accepts a token with a future exp and any signature', async () => {
    mockApi();
    const token = `${devToken('u1', { exp: Math.floor(Date.now() / 1000) + 3600 }).slice(0, -1)}.c2lnbmF0dXJl`;
    expect((await call('listTasks', 'GET', '/users/u1/tasks', { token })).status).toBe(200);
  });
});

describe('403: a token for another user', () => {
  for (const op of authenticated) {
    it(`${op} on user B’s path with user A’s token → 403, B’s data untouched`, async () => {
      mockApi();
      const own: Task = await createTask('userB', { title: 'B’s task' });
      const { method, path, json } = requestFor(op, 'userB', own.task_id);
      const res = await call(op, method, path, { token: devToken('userA'), ...(json && { json }) });
      expect(res.status).toBe(403);
      const list = await call('listTasks', 'GET', '/users/userB/tasks');
      expect(list.body).toEqual({ tasks: [own], next_cursor: null });
      const mine = await call('listTasks', 'GET', '/users/userA/tasks');
      expect(mine.body).toEqual({ tasks: [], next_cursor: null });
    });
  }

  it('validates before checking ownership, as the Lambda handlers do', async () => {
    mockApi();
    const res = await call('createTask', 'POST', '/users/userB/tasks', { token: devToken('userA'), json: {} });
    expect(res.status).toBe(400);
  });

  it('compares the decoded path user id with sub', async () => {
    mockApi();
    const res = await call('listTasks', 'GET', '/users/a%40b.c/tasks', { token: devToken('a@b.c') });
    expect(res.status).toBe(200);
  });
});
