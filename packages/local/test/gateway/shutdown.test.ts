// stop(): no new connections, in-flight requests finish, then everything closes.
import { describe, expect, it } from 'vitest';
import { startFixtureApi } from '../support/fixture-api.ts';
import { send } from '../support/http.ts';

describe('stop()', () => {
  it('lets an in-flight request finish, then refuses new connections', async () => {
    const api = await startFixtureApi();
    const inFlight = send(`${api.url}/slow?ms=500`);
    // The function has started once its environment reports the cold start (bounded wait).
    for (let i = 0; i < 100 && !api.lines.some((l) => l.startsWith('cold start SlowFunction')); i++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(api.lines.some((l) => l.startsWith('cold start SlowFunction'))).toBe(true);
    const stopped = api.stop();
    const res = await inFlight;
    expect([res.status, res.body]).toEqual([200, { slept: 500 }]);
    await stopped;
    await expect(fetch(`${api.url}/counter`)).rejects.toThrow();
  });

  it('can be called twice', async () => {
    const api = await startFixtureApi();
    await Promise.all([api.stop(), api.stop()]);
    await expect(fetch(`${api.url}/counter`)).rejects.toThrow();
  });
});
