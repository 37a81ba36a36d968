// The pure retry rules: which statuses, how long to wait, how Retry-After is read.
import { describe, expect, it } from 'vitest';
import { isRetryStatus, parseRetryAfter, retryDelay, sleep } from '../src/retry.ts';

describe('isRetryStatus', () => {
  it.each([
    [429, true],
    [502, true],
    [503, true],
    [504, true],
    [400, false],
    [401, false],
    [404, false],
    [409, false],
    [412, false],
    [422, false],
    [500, false],
    [501, false],
    [505, false],
  ])('%i → %s', (status, want) => {
    expect(isRetryStatus(status)).toBe(want);
  });
});

describe('parseRetryAfter', () => {
  const inSeconds = (s: number) => new Date(Date.now() + s * 1000).toUTCString();
  it.each([
    ['absent', null, undefined],
    ['empty', '', undefined],
    ['delta-seconds', '2', 2000],
    ['zero', '0', 0],
    ['padded', ' 3 ', 3000],
    ['a date in the past', 'Wed, 21 Oct 2015 07:28:00 GMT', 0],
    ['garbage', 'soon', undefined],
  ])('%s', (_, value, want) => {
    expect(parseRetryAfter(value)).toBe(want);
  });

  it('reads an HTTP date as the time left until it', () => {
    const ms = parseRetryAfter(inSeconds(30))!;
    // An HTTP date has whole seconds, so up to one second is lost.
    expect(ms).toBeGreaterThan(28_000);
    expect(ms).toBeLessThanOrEqual(30_000);
  });
});

describe('retryDelay', () => {
  const top = () => 0.999_999;
  it.each([
    ['first retry, top of the jitter', {}, 0, undefined, top, 100],
    ['doubles per retry', {}, 2, undefined, top, 400],
    ['base delay', { baseDelayMs: 10 }, 1, undefined, top, 20],
    ['capped at maxDelayMs', { baseDelayMs: 1000, maxDelayMs: 1500 }, 2, undefined, top, 1500],
    ['full jitter reaches 0', {}, 2, undefined, () => 0, 0],
    ['Retry-After replaces the backoff', {}, 0, 2000, top, 2000],
    ['Retry-After capped too', { maxDelayMs: 5000 }, 0, 3_600_000, top, 5000],
    ['out of retries', {}, 3, undefined, top, undefined],
    ['retries: 0 never retries', { retries: 0 }, 0, 0, top, undefined],
  ])('%s', (_, policy, attempt, retryAfter, random, want) => {
    const delay = retryDelay(policy, attempt, retryAfter, random);
    if (want === undefined) expect(delay).toBeUndefined();
    else expect(delay).toBeCloseTo(want, 0);
  });
});

describe('sleep', () => {
  it('resolves after the wait', async () => {
    await expect(sleep(1)).resolves.toBeUndefined();
  });

  it('rejects with the reason as soon as the signal aborts', async () => {
    const controller = new AbortController();
    const waiting = sleep(60_000, controller.signal);
    controller.abort(new Error('stop'));
    await expect(waiting).rejects.toThrow('stop');
  });

  it('rejects at once on a signal that has already aborted', async () => {
    await expect(sleep(60_000, AbortSignal.abort(new Error('gone')))).rejects.toThrow('gone');
  });
});
