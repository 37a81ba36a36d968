// The connection timers on their own, under fake timers: the idle timeout starts over with
// every message, the maximum duration does not, and the close comes once.
import { realtimeLimits } from '@serverless-todo/contract/realtime';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchConnection } from '../src/realtime-limits.ts';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('watchConnection', () => {
  it('closes a connection that idles for the idle timeout, and only then', () => {
    const close = vi.fn();
    watchConnection(close, { idleTimeoutMs: 100 });
    vi.advanceTimersByTime(99);
    expect(close).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(close).toHaveBeenCalledTimes(1);
  });

  it('starts the idle timeout over on each message', () => {
    const close = vi.fn();
    const watch = watchConnection(close, { idleTimeoutMs: 100 });
    vi.advanceTimersByTime(70);
    watch.touch();
    vi.advanceTimersByTime(99);
    expect(close).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(close).toHaveBeenCalledTimes(1);
  });

  it('closes at the maximum duration however busy the connection is, once', () => {
    const close = vi.fn();
    const watch = watchConnection(close, { idleTimeoutMs: 50, maxConnectionMs: 200 });
    for (let t = 0; t < 190; t += 10) {
      vi.advanceTimersByTime(10);
      watch.touch();
    }
    expect(close).not.toHaveBeenCalled();
    vi.advanceTimersByTime(10);
    expect(close).toHaveBeenCalledTimes(1);
    watch.touch();
    vi.advanceTimersByTime(1_000);
    expect(close).toHaveBeenCalledTimes(1);
  });

  it('uses the contract’s limits by default: its idle timeout, and its maximum duration', () => {
    const idleMs = realtimeLimits.idleTimeoutSeconds * 1000;
    const maxMs = realtimeLimits.maxConnectionSeconds * 1000;
    const quiet = vi.fn();
    watchConnection(quiet);
    vi.advanceTimersByTime(idleMs - 1);
    expect(quiet).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(quiet).toHaveBeenCalledTimes(1);

    const busy = vi.fn();
    const watch = watchConnection(busy);
    let elapsed = 0;
    while (busy.mock.calls.length === 0 && elapsed < 2 * maxMs) {
      vi.advanceTimersByTime(idleMs / 2);
      elapsed += idleMs / 2;
      watch.touch();
    }
    expect(elapsed).toBe(maxMs);
  });

  it('never closes a connection that closed itself first', () => {
    const close = vi.fn();
    const watch = watchConnection(close, { idleTimeoutMs: 10, maxConnectionMs: 20 });
    watch.dispose();
    vi.advanceTimersByTime(1_000);
    expect(close).not.toHaveBeenCalled();
  });
});
