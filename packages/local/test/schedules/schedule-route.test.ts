// POST /_local/schedules/{FunctionLogicalId} on the schedules fixture stack: runs the function
// now with its schedule's event and answers with what it returned, threw or how it timed out.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalApi } from '../../src/index.ts';
import { startFixtureApi } from '../support/fixture-api.ts';
import { send } from '../support/http.ts';

const SCHEDULES_TEMPLATE = join(import.meta.dirname, '../fixtures/schedules-template.yaml');

describe('the schedules of the local API', () => {
  let api: LocalApi & { lines: string[] };
  beforeAll(async () => {
    api = await startFixtureApi({ templatePath: SCHEDULES_TEMPLATE, schedules: false });
  });
  afterAll(() => api.stop());

  const run = (id: string, method = 'POST') => send(`${api.url}/_local/schedules/${id}`, { method });

  it('runs a scheduled function now and answers with its result', async () => {
    const first = await run('HourlyFunction');
    expect(first.status).toBe(200);
    expect(first.headers.get('cache-control')).toBe('no-store');
    expect(first.body).toMatchObject({
      functionId: 'HourlyFunction',
      requestId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      result: { runs: 1, event: { 'detail-type': 'Scheduled Event', source: 'aws.events', detail: {} } },
    });
    // The environment stays warm between runs, as between EventBridge's invocations.
    expect((await run('HourlyFunction')).body).toMatchObject({ result: { runs: 2 } });
  });

  it("delivers a ScheduleV2's Input as the event", async () => {
    expect((await run('NightlyFunction')).body).toMatchObject({ result: { event: { job: 'report' } } });
  });

  it('runs a disabled schedule by hand', async () => {
    expect((await run('DisabledFunction')).status).toBe(200);
  });

  it('answers 502 with the error a function threw', async () => {
    const failed = await run('FailingFunction');
    expect(failed.status).toBe(502);
    expect(failed.body).toMatchObject({
      functionId: 'FailingFunction',
      error: { errorType: 'Error', errorMessage: 'the sweep failed' },
    });
  });

  it.each([
    [
      'a function without a schedule',
      'NoSuchFunction',
      'POST',
      404,
      /NoSuchFunction has no schedule; scheduled functions: HourlyFunction, NightlyFunction, DisabledFunction, FailingFunction/,
    ],
    ['a GET', 'HourlyFunction', 'GET', 405, /use POST/],
  ])('refuses %s', async (_, id, method, status, message) => {
    const seen = await run(id, method);
    expect(seen.status).toBe(status);
    expect((seen.body as { error: string }).error).toMatch(message);
  });

  it('fires nothing on its own with schedules off', () => {
    expect(api.schedules()).toEqual([]);
    expect(api.scheduledFunctions).toEqual([
      'HourlyFunction',
      'NightlyFunction',
      'DisabledFunction',
      'FailingFunction',
    ]);
  });
});

describe('with schedules on', () => {
  it('arms every enabled schedule and none of the disabled', async () => {
    const api = await startFixtureApi({ templatePath: SCHEDULES_TEMPLATE });
    try {
      const armed = api.schedules().map((s) => `${s.functionId} ${s.expression}`);
      expect(armed).toEqual([
        'HourlyFunction rate(1 hour)',
        'NightlyFunction cron(0 3 * * ? *)',
        'FailingFunction rate(1 hour)',
      ]);
      for (const s of api.schedules()) expect(s.next!.getTime()).toBeGreaterThan(Date.now());
    } finally {
      await api.stop();
    }
  });
});
