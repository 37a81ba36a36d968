// The realtime emulation's small parts: reading frame headers for the 32 KB frame limit,
// and rewriting the WebSocket API's AWS URLs in a function's environment.
import { describe, expect, it } from 'vitest';
import { frameGuard } from '../../src/realtime/frame-guard.ts';
import { realtimeEndpointRewrite } from '../../src/realtime/local-endpoints.ts';

/** A masked client frame header for a payload of `length` bytes (RFC 6455 §5.2). */
function header(length: number): Buffer {
  if (length < 126) return Buffer.from([0x81, 0x80 | length, 1, 2, 3, 4]);
  if (length < 65_536) {
    const b = Buffer.from([0x81, 0x80 | 126, 0, 0, 1, 2, 3, 4]);
    b.writeUInt16BE(length, 2);
    return b;
  }
  const b = Buffer.alloc(14);
  b[0] = 0x81;
  b[1] = 0x80 | 127;
  b.writeBigUInt64BE(BigInt(length), 2);
  return b;
}
const frame = (length: number) => Buffer.concat([header(length), Buffer.alloc(length, 0x61)]);

describe('frameGuard', () => {
  const cases: [string, Buffer[], number | null][] = [
    ['small frames', [frame(10), frame(125), frame(32_768)], null],
    ['a frame one byte over', [frame(10), frame(32_769)], 32_769],
    ['a 64-bit length', [frame(70_000)], 70_000],
    ['a header split across chunks', [frame(5), header(40_000).subarray(0, 3), header(40_000).subarray(3)], 40_000],
    [
      'payloads split across chunks',
      [frame(30_000).subarray(0, 100), frame(30_000).subarray(100), frame(33_000)],
      33_000,
    ],
  ];
  it.each(cases)('%s → %s', (_name, chunks, want) => {
    const seen: number[] = [];
    const feed = frameGuard(32_768, (length) => seen.push(length));
    for (const chunk of chunks) feed(chunk);
    expect(seen).toEqual(want === null ? [] : [want]);
  });
});

describe('realtimeEndpointRewrite', () => {
  it('points the management and client URLs of the API at the local server, and nothing else', () => {
    const rewrite = realtimeEndpointRewrite('RealtimeApi', 'dev', () => 'http://127.0.0.1:4000/realtime');
    expect(
      rewrite({
        CONNECTIONS_ENDPOINT: 'https://RealtimeApi.execute-api.us-east-1.amazonaws.com/dev',
        CLIENT_URL: 'wss://RealtimeApi.execute-api.us-east-1.amazonaws.com/dev',
        OTHER_API: 'https://OtherApi.execute-api.us-east-1.amazonaws.com/dev',
        TABLE_NAME: 'ConnectionsTable',
      }),
    ).toEqual({
      CONNECTIONS_ENDPOINT: 'http://127.0.0.1:4000/realtime',
      CLIENT_URL: 'ws://127.0.0.1:4000/realtime',
      OTHER_API: 'https://OtherApi.execute-api.us-east-1.amazonaws.com/dev',
      TABLE_NAME: 'ConnectionsTable',
    });
  });
});
