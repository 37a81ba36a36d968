// The start banner names the embedded S3, the streams' failures file and the schedules only
// when the template has them.
import { describe, expect, it } from 'vitest';
import { banner } from '../../src/cli/banner.ts';

const info = { url: 'http://127.0.0.1:3000', token: 't', storage: 'in memory', functions: 1 };
const linesOf = (text: string, prefixes: string[]) =>
  text.split('\n').filter((line) => prefixes.some((prefix) => line.startsWith(prefix)));

describe('banner', () => {
  it.each([
    ['with a bucket', 'http://127.0.0.1:4568', ['  S3    http://127.0.0.1:4568']],
    ['without one', null, []],
  ])('%s', (_, s3, want) => {
    expect(linesOf(banner({ ...info, s3 }), ['  S3'])).toEqual(want);
  });

  it.each([
    ['with streams', '.data/stream-failures.jsonl', ['  Streams  failed batches go to .data/stream-failures.jsonl']],
    ['without', null, []],
  ])('names the failures file %s', (_, streamFailures, want) => {
    expect(linesOf(banner({ ...info, streamFailures }), ['  Streams'])).toEqual(want);
  });

  const next = new Date('2026-12-01T21:00:00Z');
  it.each([
    [
      'armed',
      [{ functionId: 'SweepFunction', expression: 'rate(1 hour)', next }],
      [
        '  Schedule  SweepFunction rate(1 hour), next 2026-12-01T21:00:00.000Z',
        '  Run now   curl -X POST http://127.0.0.1:3000/_local/schedules/SweepFunction',
      ],
    ],
    [
      'off',
      [],
      [
        '  Schedules off (--no-schedules)',
        '  Run now   curl -X POST http://127.0.0.1:3000/_local/schedules/SweepFunction',
      ],
    ],
  ])('lists the schedules %s and how to run one now', (_, schedules, want) => {
    expect(linesOf(banner({ ...info, schedules, scheduled: ['SweepFunction'] }), ['  Schedule', '  Run now'])).toEqual(
      want,
    );
  });

  it('says nothing of schedules without any', () => {
    expect(linesOf(banner(info), ['  Schedule', '  Run now'])).toEqual([]);
  });

  it.each([
    ['with a WebSocket API', 'ws://127.0.0.1:3000/realtime', ['  Realtime  ws://127.0.0.1:3000/realtime?token=$TOKEN']],
    ['without one', null, []],
  ])('names the realtime URL %s', (_, realtime, want) => {
    expect(
      banner({ ...info, realtime })
        .split('\n')
        .filter((line) => line.startsWith('  Realtime')),
    ).toEqual(want);
  });
});
