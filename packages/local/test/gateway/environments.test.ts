// How invocations map onto execution environments (worker threads).
import { describe, expect, it } from 'vitest';
import { startFixtureApi } from '../support/fixture-api.ts';
import { send } from '../support/http.ts';

const coldStarts = (lines: string[], fn: string) => lines.filter((l) => l.startsWith(`cold start ${fn}`)).length;

describe('execution environments', () => {
  it('by default runs concurrent requests in one warm environment', async () => {
    const api = await startFixtureApi();
    try {
      const answers = await Promise.all(Array.from({ length: 4 }, () => send(`${api.url}/slow?ms=200`)));
      expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200]);
      expect(coldStarts(api.lines, 'SlowFunction')).toBe(1);
    } finally {
      await api.stop();
    }
  });

  it("in Lambda's model (one invocation each) starts more environments up to the cap, then queues", async () => {
    const api = await startFixtureApi({ invocationsPerEnvironment: 1, maxEnvironments: 2 });
    try {
      const answers = await Promise.all(Array.from({ length: 5 }, () => send(`${api.url}/slow?ms=200`)));
      expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200, 200]);
      expect(coldStarts(api.lines, 'SlowFunction')).toBe(2);
      // Sequential requests reuse the warmest environment: its module state carries on.
      const counts: number[] = [];
      for (let i = 0; i < 3; i++) counts.push(((await send(`${api.url}/counter`)).body as { count: number }).count);
      expect(counts).toEqual([1, 2, 3]);
    } finally {
      await api.stop();
    }
  });
});
