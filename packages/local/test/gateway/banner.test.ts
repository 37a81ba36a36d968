// The start banner names the embedded S3 only when there is one.
import { describe, expect, it } from 'vitest';
import { banner } from '../../src/cli/banner.ts';

const info = { url: 'http://127.0.0.1:3000', token: 't', storage: 'in memory', functions: 1 };

describe('banner', () => {
  it.each([
    ['with a bucket', 'http://127.0.0.1:4568', ['  S3    http://127.0.0.1:4568']],
    ['without one', null, []],
  ])('%s', (_, s3, want) => {
    expect(
      banner({ ...info, s3 })
        .split('\n')
        .filter((line) => line.startsWith('  S3')),
    ).toEqual(want);
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
