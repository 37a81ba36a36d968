// An origin allow-list, and the structured logs: one line per request with the fields an
// operator searches by, and the detail of a 500 in the log but never in the body.
import { afterAll, afterEach, beforeAll, expect, test, vi } from 'vitest';
import { errorAnswer, injectFault } from '../support/faults.ts';
import { invoke } from '../support/invoke.ts';
import { TEMPLATE_ENV } from '../support/lambda-env.ts';
import { startWorld, type World } from '../support/world.ts';

let world: World;
beforeAll(async () => {
  world = await startWorld({
    CORS_ALLOW_ORIGINS: 'https://app.example.com, https://admin.example.com',
    // Dev mode sends Powertools' output through the global console, where the test reads it.
    POWERTOOLS_DEV: 'true',
    POWERTOOLS_LOG_LEVEL: 'INFO',
  });
});
afterAll(() => world.close());
afterEach(() => {
  vi.restoreAllMocks();
});

const logLines = (spy: { mock: { calls: unknown[][] } }) =>
  spy.mock.calls.map((call) => JSON.parse(String(call[0])) as Record<string, unknown>);

test.each([
  ['https://admin.example.com', 'https://admin.example.com'],
  ['https://app.example.com', 'https://app.example.com'],
  ['https://evil.example.net', 'https://app.example.com'],
  [undefined, 'https://app.example.com'],
])('Origin %s → Access-Control-Allow-Origin %s, Vary: Origin', async (origin, allowed) => {
  vi.spyOn(console, 'info').mockImplementation(() => {});
  const answer = await invoke(world.handlers.getHello, 'getHello', { ...(origin && { headers: { Origin: origin } }) });
  expect(answer.headers['Access-Control-Allow-Origin']).toBe(allowed);
  expect(answer.headers.Vary).toBe('Origin');
});

test('one JSON log line per request with request id, function, memory, cold start, operation, status, latency', async () => {
  const info = vi.spyOn(console, 'info').mockImplementation(() => {});
  const answer = await invoke(world.handlers.listTasks, 'listTasks', { pathParameters: { user_id: 'logger' } });
  const lines = logLines(info);
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatchObject({
    level: 'INFO',
    message: 'request',
    service: TEMPLATE_ENV.POWERTOOLS_SERVICE_NAME,
    function_request_id: answer.headers['X-Request-Id'],
    function_name: 'test-function',
    function_memory_size: expect.anything(),
    cold_start: expect.any(Boolean),
    operationId: 'listTasks',
    status: 200,
    latency_ms: expect.any(Number),
  });
});

test('a 500 logs the error in detail and answers with only a generic title and the request id', async () => {
  vi.spyOn(console, 'info').mockImplementation(() => {});
  const error = vi.spyOn(console, 'error').mockImplementation(() => {});
  const missingTable = errorAnswer(
    'ResourceNotFoundException',
    'Requested resource not found: Table: arn:aws:dynamodb:eu-west-1:1:table/Tasks',
  );
  const remove = injectFault(world.lambdaClient, async () => missingTable);
  try {
    const answer = await invoke(world.handlers.getTask, 'getTask', {
      pathParameters: { user_id: 'logger', task_id: '3f2c1a9e-8b4d-4c6e-9f1a-2b3c4d5e6f70' },
    });
    expect(answer.status).toBe(500);
    expect(Object.keys(answer.body).sort()).toEqual(['request_id', 'status', 'title', 'type']);
    const [line] = logLines(error);
    expect(line).toMatchObject({ level: 'ERROR', operationId: 'getTask', function_request_id: answer.body.request_id });
    expect(JSON.stringify(line)).toContain('arn:aws:dynamodb');
    expect(JSON.stringify(line)).toContain('stack');
  } finally {
    remove();
  }
});
