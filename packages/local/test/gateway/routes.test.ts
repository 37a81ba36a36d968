// Route matching as API Gateway does it: most specific resource first, then the method.
import { describe, expect, it } from 'vitest';
import { routeMatcher } from '../../src/gateway/routes.ts';
import type { RouteModel } from '../../src/template/model.ts';

const route = (method: string, resource: string, functionId: string): RouteModel => ({
  method,
  resource,
  functionId,
  authorizer: null,
});

const match = routeMatcher([
  route('GET', '/users/{user_id}/tasks', 'list'),
  route('POST', '/users/{user_id}/tasks', 'create'),
  route('GET', '/users/{user_id}/tasks/{task_id}', 'get'),
  route('GET', '/users/me/tasks', 'mine'),
  route('ANY', '/files/{path+}', 'files'),
  route('GET', '/files/readme', 'readme'),
  route('GET', '/', 'root'),
]);

describe('routeMatcher', () => {
  it.each([
    ['GET', '/users/u1/tasks', 'list', { user_id: 'u1' }],
    ['POST', '/users/u1/tasks', 'create', { user_id: 'u1' }],
    ['GET', '/users/u%40x/tasks/t1', 'get', { user_id: 'u@x', task_id: 't1' }],
    ['GET', '/users/me/tasks', 'mine', null],
    ['GET', '/files/a/b', 'files', { path: 'a/b' }],
    ['DELETE', '/files/other', 'files', { path: 'other' }],
    ['GET', '/files/readme', 'readme', null],
    ['GET', '/', 'root', null],
    ['GET', '/users/%E0%A4%A/tasks', 'list', { user_id: '%E0%A4%A' }],
  ])('%s %s → %s', (method, path, functionId, pathParameters) => {
    expect(match(method, path)).toEqual({ route: expect.objectContaining({ functionId }), pathParameters });
  });

  it.each([
    // The most specific resource wins even when it lacks the method, as in API Gateway.
    ['POST', '/users/me/tasks'],
    ['DELETE', '/users/u1/tasks'],
    ['DELETE', '/files/readme'],
    ['GET', '/users/u1/tasks/'],
    ['GET', '/users//tasks'],
    ['GET', '/files'],
    ['GET', '/nope'],
  ])('%s %s → no route', (method, path) => {
    expect(match(method, path)).toBeNull();
  });

  it('lists the methods of the resource at a path (for preflights)', () => {
    expect(match.methodsAt('/users/u1/tasks').sort()).toEqual(['GET', 'POST']);
    expect(match.methodsAt('/nope')).toEqual([]);
  });
});
