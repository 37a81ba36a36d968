import { describe, expect, it } from 'vitest';
import { realtimeUrlOf } from '../../src/realtime-url.ts';

describe('realtimeUrlOf', () => {
  it.each([
    ['the local API’s, at asyncapi.yaml’s path', { origin: 'ws://127.0.0.1:3000' }, 'ws://127.0.0.1:3000/realtime'],
    ['the mock’s, on the page’s origin', { origin: 'wss://todo.example' }, 'wss://todo.example/realtime'],
    [
      'a given URL, as given',
      { url: 'wss://abc123.execute-api.us-east-1.amazonaws.com/dev' },
      'wss://abc123.execute-api.us-east-1.amazonaws.com/dev',
    ],
  ])('%s', (_name, source, want) => {
    expect(realtimeUrlOf(source)).toBe(want);
  });
});
