// The schedule runner on a fake clock: firings on the expression, EventBridge's event,
// Lambda's two retries of a failed asynchronous invocation, disabled schedules, stop().
import type { ScheduledEvent } from 'aws-lambda';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { InvokeOutcome } from '../../src/gateway/function-runtime.ts';
import { LocalSchedules } from '../../src/schedules/local-schedules.ts';
import type { ScheduleModel } from '../../src/template/model.ts';

const schedule = (functionId: string, expression: string, enabled = true, input: string | null = null) =>
  ({ functionId, event: { type: 'Schedule', name: 'Tick', expression, enabled, input } }) satisfies ScheduleModel;

const ok: InvokeOutcome = { kind: 'result', value: null };
const failed: InvokeOutcome = { kind: 'error', error: { errorType: 'Error', errorMessage: 'boom', stack: [] } };

function recorder(outcome: (functionId: string) => InvokeOutcome = () => ok) {
  const calls: { functionId: string; event: object }[] = [];
  const invoke = async (functionId: string, event: object) => {
    calls.push({ functionId, event });
    return outcome(functionId);
  };
  return { calls, invoke };
}

describe('LocalSchedules', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: new Date('2026-12-01T20:47:13Z') });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('fires a rate schedule once per period, from the start', async () => {
    const { calls, invoke } = recorder();
    const runner = new LocalSchedules({
      schedules: [schedule('Fn', 'rate(5 minutes)')],
      invoke,
      timers: true,
      log() {},
    });
    await vi.advanceTimersByTimeAsync(5 * 60_000 - 1);
    expect(calls).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(10 * 60_000 + 1);
    expect(calls.map((c) => (c.event as ScheduledEvent).time)).toEqual([
      '2026-12-01T20:52:13Z',
      '2026-12-01T20:57:13Z',
      '2026-12-01T21:02:13Z',
    ]);
    runner.stop();
  });

  it("delivers EventBridge's Scheduled Event, or the schedule's own Input", async () => {
    const { calls, invoke } = recorder();
    const runner = new LocalSchedules({
      schedules: [
        schedule('Fn', 'cron(0 21 * * ? *)'),
        schedule('Report', 'cron(0 21 * * ? *)', true, '{"job":"report"}'),
      ],
      invoke,
      timers: true,
      log() {},
    });
    await vi.advanceTimersByTimeAsync(13 * 60_000);
    expect(calls).toHaveLength(2);
    const event = calls.find((c) => c.functionId === 'Fn')?.event as ScheduledEvent;
    expect(event).toMatchObject({
      version: '0',
      'detail-type': 'Scheduled Event',
      source: 'aws.events',
      time: '2026-12-01T21:00:00Z',
      region: 'us-east-1',
      resources: [expect.stringMatching(/^arn:aws:events:us-east-1:\d{12}:rule\/FnTick$/)],
      detail: {},
    });
    expect(event.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(calls.find((c) => c.functionId === 'Report')?.event).toEqual({ job: 'report' });
    runner.stop();
  });

  it('retries a failed invocation twice, then drops it', async () => {
    const lines: string[] = [];
    const { calls, invoke } = recorder(() => failed);
    const runner = new LocalSchedules({
      schedules: [schedule('Fn', 'rate(1 hour)')],
      invoke,
      timers: true,
      log: (line) => lines.push(line),
    });
    await vi.advanceTimersByTimeAsync(60 * 60_000 + 1_000);
    expect(calls).toHaveLength(3);
    expect(new Set(calls.map((c) => (c.event as ScheduledEvent).id)).size).toBe(1);
    expect(lines.at(-1)).toMatch(/rate\(1 hour\) → Fn: dropped after 2 retries/);
    runner.stop();
  });

  it('leaves disabled schedules and, with timers off, every schedule to runNow', async () => {
    const { calls, invoke } = recorder();
    const disabled = new LocalSchedules({
      schedules: [schedule('Off', 'rate(1 minute)', false)],
      invoke,
      timers: true,
      log() {},
    });
    const off = new LocalSchedules({ schedules: [schedule('Fn', 'rate(1 minute)')], invoke, timers: false, log() {} });
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    expect(calls).toHaveLength(0);
    expect(off.upcoming).toEqual([]);
    const run = await disabled.runNow('Off');
    expect(run?.outcome).toEqual(ok);
    expect(await off.runNow('Missing')).toBeNull();
    expect(calls.map((c) => c.functionId)).toEqual(['Off']);
    disabled.stop();
    off.stop();
  });

  it('fires nothing after stop()', async () => {
    const { calls, invoke } = recorder();
    const runner = new LocalSchedules({
      schedules: [schedule('Fn', 'rate(1 minute)')],
      invoke,
      timers: true,
      log() {},
    });
    expect(runner.upcoming).toEqual([
      { functionId: 'Fn', expression: 'rate(1 minute)', next: new Date('2026-12-01T20:48:13Z') },
    ]);
    runner.stop();
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    expect(calls).toHaveLength(0);
  });
});
