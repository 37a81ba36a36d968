import { describe, expect, it } from 'vitest';
import { allowedMethods, matchRoute, operations } from '../src/index.ts';

describe('matchRoute', () => {
  it.each([
    ['GET', '/hello', 'getHello', {}],
    ['POST', '/users/u1/tasks', 'createTask', { user_id: 'u1' }],
    ['get', '/users/u1/tasks', 'listTasks', { user_id: 'u1' }],
    ['GET', '/users/u1/tasks/t-1', 'getTask', { user_id: 'u1', task_id: 't-1' }],
    ['PATCH', '/users/a%40b/tasks/t', 'updateTask', { user_id: 'a@b', task_id: 't' }],
    ['DELETE', '/users/u1/tasks/t', 'deleteTask', { user_id: 'u1', task_id: 't' }],
    ['POST', '/users/u1/tasks/t/attachments', 'createAttachment', { user_id: 'u1', task_id: 't' }],
    ['GET', '/users/u1/tasks/t/attachments/a', 'getAttachment', { user_id: 'u1', task_id: 't', attachment_id: 'a' }],
  ])('%s %s → %s', (method, path, operationId, pathParameters) => {
    const match = matchRoute(method, path);
    expect(match?.operation.operationId).toBe(operationId);
    expect(match?.pathParameters).toEqual(pathParameters);
  });

  it.each([
    ['PUT', '/users/u1/tasks'],
    ['GET', '/users/u1'],
    ['GET', '/users/u1/tasks/t/extra'],
    ['GET', '/users//tasks'],
    ['GET', '/users/%E0%A4%A/tasks'],
    ['GET', '/hello/'],
  ])('finds nothing for %s %s', (method, path) => {
    expect(matchRoute(method, path)).toBeNull();
  });

  it('lists the methods a path allows', () => {
    expect(allowedMethods('/users/u1/tasks').sort()).toEqual(['GET', 'POST']);
    expect(allowedMethods('/nope')).toEqual([]);
  });

  it('has one row per operation of the spec, with the documented success status', () => {
    expect(Object.keys(operations)).toHaveLength(11);
    expect(operations.getSummary.successStatus).toBe(200);
    expect(operations.createAttachment.successStatus).toBe(201);
    expect(operations.deleteAttachment.responses[204].contentType).toBeNull();
    expect(operations.createTask.successStatus).toBe(201);
    expect(operations.deleteTask.responses[204].contentType).toBeNull();
    expect(operations.getHello.auth).toBe(false);
    expect(operations.createTask.body?.maxBytes).toBe(65536);
  });
});
