// Responses as the API sends them, each checked against openapi.yaml before a test sees it,
// so the fakes cannot drift from the contract. Only `gatewayResponse` is outside the contract
// on purpose: it stands for a proxy or load balancer answering instead of the API.
import { type OperationId, type ProblemStatus, problem, type Task } from '@serverless-todo/contract';
import { assertConforms } from '@serverless-todo/contract/responses';

export const USER = 'user123';
export const TASK_ID = '3f2c1a9e-8b4d-4c6e-9f1a-2b3c4d5e6f70';
export const REQUEST_ID = 'c6af9ac6-7b61-11e6-9a41-93e8deadbeef';

/** A task that conforms to the contract. */
export function makeTask(overrides: Partial<Task> = {}): Task {
  return {
    user_id: USER,
    task_id: TASK_ID,
    title: 'Learn AWS Lambda',
    description: '',
    status: 'pending',
    due_date: null,
    created_at: '2026-11-26T09:30:00.000Z',
    updated_at: '2026-11-26T09:30:00.000Z',
    version: 1,
    ...overrides,
  };
}

/** Any documented response: the common headers are added, then the whole is checked. */
export function contractResponse(
  operationId: OperationId,
  status: number,
  body?: unknown,
  extraHeaders: Record<string, string> = {},
): Response {
  const headers: Record<string, string> = { 'x-request-id': REQUEST_ID, 'cache-control': 'no-store' };
  if (status < 400) headers['access-control-allow-origin'] = '*';
  if (body !== undefined) headers['content-type'] = status < 400 ? 'application/json' : 'application/problem+json';
  Object.assign(headers, extraHeaders);
  assertConforms(operationId, { status, headers, body }, 'test fake');
  return new Response(body === undefined ? null : JSON.stringify(body), { status, headers });
}

/** A success carrying a task, with its ETag (and Location for a create). */
export function taskResponse(operationId: 'createTask' | 'getTask' | 'updateTask', task: Task): Response {
  const headers: Record<string, string> = { etag: `"${task.version}"` };
  if (operationId === 'createTask') headers.location = `/users/${task.user_id}/tasks/${task.task_id}`;
  return contractResponse(operationId, operationId === 'createTask' ? 201 : 200, task, headers);
}

/** A problem+json error; 409, 429 and 503 carry the Retry-After the contract requires. */
export function problemResponse(
  operationId: OperationId,
  status: ProblemStatus,
  details: Parameters<typeof problem>[1] = {},
  retryAfter = '0',
): Response {
  const headers: Record<string, string> =
    status === 409 || status === 429 || status === 503 ? { 'retry-after': retryAfter } : {};
  return contractResponse(operationId, status, problem(status, { requestId: REQUEST_ID, ...details }), headers);
}

/**
 * What a proxy in front of the API may answer (an HTML 502, a bare 504). Not checked against
 * the contract: the contract does not document 502/504, which come from infrastructure.
 */
export function gatewayResponse(status: number, text: string, contentType = 'text/html'): Response {
  return new Response(text, {
    status,
    statusText: status === 502 ? 'Bad Gateway' : '',
    headers: { 'content-type': contentType },
  });
}
