// Latency is checked with fake timers, not a clock: a response must stay pending until the
// timers have advanced by the configured delay, and arrive once they have.
import { assertConforms } from '@serverless-todo/contract/responses';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BASE, mockApi, useMockServer } from './support/api.ts';

useMockServer();
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

/** Starts a request and reports whether it has settled after each timer advance. */
async function settlesAfter(advances: number[], path = '/hello', status = 200): Promise<boolean[]> {
  let settled = false;
  const pending = fetch(BASE + path).then(async (res) => {
    settled = true;
    const text = await res.text();
    assertConforms(path === '/hello' ? 'getHello' : 'listTasks', {
      status: res.status,
      headers: res.headers,
      body: JSON.parse(text),
    });
    return res.status;
  });
  const seen: boolean[] = [];
  for (const ms of advances) {
    await vi.advanceTimersByTimeAsync(ms);
    seen.push(settled);
  }
  await vi.runAllTimersAsync();
  expect(await pending).toBe(status);
  return seen;
}

describe('delay', () => {
  it('a fixed delay holds the response for exactly that long', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    mockApi({ delay: 250 });
    expect(await settlesAfter([0, 249, 1])).toEqual([false, false, true]);
  });

  it.each([
    ['min', 0, [99, 1]],
    ['max', 0.999999, [299, 1]],
  ] as const)('a [min, max] range can wait its %s', async (_name, random, advances) => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    vi.spyOn(Math, 'random').mockReturnValue(random);
    mockApi({ delay: [100, 300] });
    expect(await settlesAfter([...advances])).toEqual([false, true]);
  });

  it("'real' uses MSW's realistic delay", async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    mockApi({ delay: 'real' });
    expect(await settlesAfter([0, 1000])).toEqual([false, true]);
  });

  it('holds error responses too (here a 401)', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    mockApi({ delay: 100 });
    expect(await settlesAfter([99, 1], '/users/u1/tasks', 401)).toEqual([false, true]);
  });

  it('no delay answers without waiting on a timer', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    mockApi();
    expect(await settlesAfter([0])).toEqual([true]);
  });
});
