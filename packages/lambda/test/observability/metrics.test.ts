// The EMF lines the functions write to stdout, read back as CloudWatch would: real
// Powertools Metrics, only stdout is captured. One request → one line with Requests and
// Latency by operation and status class; an instance's first request adds a ColdStart line.
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { injectFault } from '../support/faults.ts';
import { invoke } from '../support/invoke.ts';
import { TEMPLATE_ENV } from '../support/lambda-env.ts';
import { startWorld, type World } from '../support/world.ts';

interface EmfLine {
  readonly _aws: {
    readonly CloudWatchMetrics: readonly {
      readonly Namespace: string;
      readonly Dimensions: readonly (readonly string[])[];
      readonly Metrics: readonly { readonly Name: string; readonly Unit: string }[];
    }[];
  };
  readonly [key: string]: unknown;
}

let world: World;
beforeAll(async () => {
  world = await startWorld({ POWERTOOLS_METRICS_DISABLED: 'false', POWERTOOLS_METRICS_NAMESPACE: 'todo-metrics-test' });
});
afterAll(() => world.close());

/** Runs `call` and returns the EMF lines it wrote to stdout (other output is let through). */
async function emfOf(call: () => Promise<unknown>): Promise<EmfLine[]> {
  const lines: EmfLine[] = [];
  const write = process.stdout.write.bind(process.stdout);
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk, ...rest) => {
    const text = String(chunk);
    if (!text.startsWith('{"_aws"')) return write(chunk, ...(rest as []));
    lines.push(
      ...text
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as EmfLine),
    );
    return true;
  });
  try {
    await call();
  } finally {
    spy.mockRestore();
  }
  return lines;
}

const REQUEST_METRICS = [
  { Name: 'Requests', Unit: 'Count' },
  { Name: 'Latency', Unit: 'Milliseconds' },
];

describe('metrics per request', () => {
  test('the first request: a ColdStart line by function name, then the request line', async () => {
    const lines = await emfOf(() => invoke(world.handlers.getHello, 'getHello'));
    expect(lines).toHaveLength(2);
    const [coldStart, request] = lines as [EmfLine, EmfLine];
    expect(coldStart._aws.CloudWatchMetrics).toEqual([
      {
        Namespace: 'todo-metrics-test',
        Dimensions: [['service', 'function_name']],
        Metrics: [{ Name: 'ColdStart', Unit: 'Count' }],
      },
    ]);
    expect(coldStart).toMatchObject({
      service: TEMPLATE_ENV.POWERTOOLS_SERVICE_NAME,
      function_name: 'test-function',
      ColdStart: 1,
    });
    expect(request._aws.CloudWatchMetrics).toEqual([
      {
        Namespace: 'todo-metrics-test',
        Dimensions: [['service', 'operation', 'status_class']],
        Metrics: REQUEST_METRICS,
      },
    ]);
    expect(request).toMatchObject({
      service: TEMPLATE_ENV.POWERTOOLS_SERVICE_NAME,
      operation: 'getHello',
      status_class: '2xx',
    });
    expect(request.Requests).toBe(1);
    expect(request.Latency).toEqual(expect.any(Number));
    expect(request.Latency as number).toBeGreaterThanOrEqual(0);
  });

  test.each([
    ['a success', 'listTasks', { pathParameters: { user_id: 'metrics' } }, '2xx'],
    ['another user’s tasks (403)', 'listTasks', { pathParameters: { user_id: 'other' }, principal: 'metrics' }, '4xx'],
    ['an invalid request (400)', 'listTasks', { pathParameters: { user_id: 'metrics' }, query: { limit: '0' } }, '4xx'],
  ] as const)('%s: one request line, no ColdStart, status class %s', async (_name, operationId, options, want) => {
    const lines = await emfOf(() => invoke(world.handlers[operationId], operationId, options));
    expect(lines).toHaveLength(1);
    expect(lines[0]?._aws.CloudWatchMetrics[0]?.Metrics).toEqual(REQUEST_METRICS);
    expect(lines[0]).toMatchObject({ operation: operationId, status_class: want, Requests: 1 });
  });

  test('a failed request (500) is counted as 5xx', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const remove = injectFault(world.lambdaClient, async () => {
      throw new Error('boom');
    });
    try {
      const lines = await emfOf(async () => {
        const answer = await invoke(world.handlers.getTask, 'getTask', {
          pathParameters: { user_id: 'metrics', task_id: '3f2c1a9e-8b4d-4c6e-9f1a-2b3c4d5e6f70' },
        });
        expect(answer.status).toBe(500);
      });
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatchObject({ operation: 'getTask', status_class: '5xx', Requests: 1 });
    } finally {
      remove();
      vi.restoreAllMocks();
    }
  });
});

test.each([
  [200, '2xx'],
  [204, '2xx'],
  [404, '4xx'],
  [412, '4xx'],
  [503, '5xx'],
])('statusClass(%i) is %s', async (status, want) => {
  // Imported here, not at the top: the module reads the environment when first evaluated.
  const { statusClass } = await import('../../src/observability/metrics.ts');
  expect(statusClass(status)).toBe(want);
});
