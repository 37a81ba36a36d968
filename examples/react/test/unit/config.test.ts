import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config.ts';

describe('resolveConfig', () => {
  it.each([
    [
      'the local API by default, live updates beside it',
      'http://127.0.0.1:5173/',
      {},
      { mode: 'local', apiUrl: 'http://127.0.0.1:3000', realtime: { origin: 'ws://127.0.0.1:3000' } },
    ],
    [
      'VITE_API_URL at build time: a deployed API has no realtime endpoint beside it',
      'http://127.0.0.1:5173/',
      { VITE_API_URL: 'https://api.example.com/prod/' },
      { mode: 'local', apiUrl: 'https://api.example.com/prod', realtime: null },
    ],
    [
      'VITE_REALTIME_URL at build time: the stack’s RealtimeUrl',
      'http://127.0.0.1:5173/',
      {
        VITE_API_URL: 'https://api.example.com/prod',
        VITE_REALTIME_URL: 'wss://abc123.execute-api.us-east-1.amazonaws.com/prod/',
      },
      {
        mode: 'local',
        apiUrl: 'https://api.example.com/prod',
        realtime: { url: 'wss://abc123.execute-api.us-east-1.amazonaws.com/prod' },
      },
    ],
    [
      'a VITE_REALTIME_URL that is not ws(s) is ignored, and said so',
      'http://127.0.0.1:5173/',
      { VITE_REALTIME_URL: 'https://abc123.execute-api.us-east-1.amazonaws.com/prod' },
      {
        mode: 'local',
        apiUrl: 'http://127.0.0.1:3000',
        realtime: { origin: 'ws://127.0.0.1:3000' },
        warning:
          'Ignored VITE_REALTIME_URL=https://abc123.execute-api.us-east-1.amazonaws.com/prod: it must be a ws(s) URL.',
      },
    ],
    [
      '?api= on loopback, live updates on its port',
      'http://127.0.0.1:4173/?api=http%3A%2F%2F127.0.0.1%3A41234',
      { VITE_REALTIME_URL: 'wss://abc123.execute-api.us-east-1.amazonaws.com/prod' },
      { mode: 'local', apiUrl: 'http://127.0.0.1:41234', realtime: { origin: 'ws://127.0.0.1:41234' } },
    ],
    [
      '?api= on localhost',
      'http://localhost:4173/?api=http://localhost:3001/',
      {},
      { mode: 'local', apiUrl: 'http://localhost:3001', realtime: { origin: 'ws://localhost:3001' } },
    ],
    [
      '?api= elsewhere is refused (a link must not redirect a pasted token)',
      'http://127.0.0.1:4173/?api=https://evil.example',
      {},
      {
        mode: 'local',
        apiUrl: 'http://127.0.0.1:3000',
        realtime: { origin: 'ws://127.0.0.1:3000' },
        warning: 'Ignored ?api=https://evil.example: only a loopback http(s) URL is allowed.',
      },
    ],
    [
      '?api= that is not http',
      'http://127.0.0.1:4173/?api=javascript:alert(1)',
      {},
      {
        mode: 'local',
        apiUrl: 'http://127.0.0.1:3000',
        realtime: { origin: 'ws://127.0.0.1:3000' },
        warning: expect.stringContaining('Ignored'),
      },
    ],
    [
      '?realtime=off',
      'http://127.0.0.1:4173/?api=http://127.0.0.1:41234&realtime=off',
      {},
      { mode: 'local', apiUrl: 'http://127.0.0.1:41234', realtime: null },
    ],
    [
      'mock mode: a path on the page origin, live updates on it too',
      'http://127.0.0.1:5173/?api=http://127.0.0.1:1',
      { MODE: 'mock' },
      { mode: 'mock', apiUrl: 'http://127.0.0.1:5173/api', realtime: { origin: 'ws://127.0.0.1:5173' } },
    ],
    [
      'mock mode with ?realtime=off',
      'http://127.0.0.1:5173/?realtime=off',
      { MODE: 'mock' },
      { mode: 'mock', apiUrl: 'http://127.0.0.1:5173/api', realtime: null },
    ],
  ])('%s', (_name, page, env, want) => {
    expect(resolveConfig(new URL(page), { MODE: 'production', ...env })).toEqual(want);
  });
});
