// CORS as template.yaml deploys it: the PreflightFunction answers OPTIONS from
// AllowedOrigins, and gateway responses carry the template's one static origin.
import { operations } from '@serverless-todo/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalApi } from '../../src/index.ts';
import { send } from '../support/http.ts';
import { expectGatewayProblem } from '../support/problem.ts';
import { startRealApi } from '../support/real-api.ts';

const APP = 'https://app.example';
const ADMIN = 'https://admin.example';
const preflight = (api: LocalApi, path: string, origin: string) =>
  send(`${api.url}${path}`, {
    method: 'OPTIONS',
    headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization' },
  });
const methodsAt = (path: string) =>
  [
    ...Object.values(operations)
      .filter((op) => op.path === path)
      .map((op) => op.method),
    'OPTIONS',
  ].join(',');

describe('with a list of origins', () => {
  let api: LocalApi;
  beforeAll(async () => {
    api = await startRealApi({ parameterOverrides: { AllowedOrigins: `${APP},${ADMIN}` } });
  });
  afterAll(() => api.stop());

  it.each([APP, ADMIN])('a preflight from the listed origin %s gets that origin back', async (origin) => {
    const res = await preflight(api, '/users/user123/tasks', origin);
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe(origin);
    expect(res.headers.get('access-control-allow-methods')).toBe(methodsAt('/users/{user_id}/tasks'));
    expect(res.headers.get('access-control-allow-headers')).toBe('Content-Type,Authorization,Idempotency-Key,If-Match');
    expect(res.headers.get('vary')).toBe('Origin');
  });

  it('a preflight from any other origin gets no Access-Control-Allow-Origin', async () => {
    const res = await preflight(
      api,
      '/users/user123/tasks/3f2c1a9e-8b4d-4c6e-9f1a-2b3c4d5e6f70',
      'https://evil.example',
    );
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    expect(res.headers.get('access-control-allow-methods')).toBeNull();
  });

  it('a gateway error carries the first listed origin, so the app can read its 401', async () => {
    const res = await send(`${api.url}/users/user123/tasks`, { headers: { origin: APP } });
    expectGatewayProblem(res, 401);
    expect(res.headers.get('access-control-allow-origin')).toBe(APP);
  });

  it('a function answer to a listed origin allows that origin', async () => {
    const res = await send(`${api.url}/hello`, { headers: { origin: ADMIN } });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe(ADMIN);
  });
});

describe('with the default AllowedOrigins (*)', () => {
  let api: LocalApi;
  beforeAll(async () => {
    api = await startRealApi();
  });
  afterAll(() => api.stop());

  it('any origin may preflight and read gateway errors', async () => {
    const res = await preflight(api, '/hello', 'http://localhost:5173');
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-allow-methods')).toBe(methodsAt('/hello'));
    const denied = await send(`${api.url}/users/user123/tasks`, { headers: { origin: 'http://localhost:5173' } });
    expectGatewayProblem(denied, 401);
    expect(denied.headers.get('access-control-allow-origin')).toBe('*');
  });
});
