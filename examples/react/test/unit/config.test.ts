import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config.ts';

describe('resolveConfig', () => {
  it.each([
    ['the local API by default', 'http://127.0.0.1:5173/', {}, { mode: 'local', apiUrl: 'http://127.0.0.1:3000' }],
    [
      'VITE_API_URL at build time',
      'http://127.0.0.1:5173/',
      { VITE_API_URL: 'https://api.example.com/prod/' },
      { mode: 'local', apiUrl: 'https://api.example.com/prod' },
    ],
    [
      '?api= on loopback',
      'http://127.0.0.1:4173/?api=http%3A%2F%2F127.0.0.1%3A41234',
      {},
      { mode: 'local', apiUrl: 'http://127.0.0.1:41234' },
    ],
    [
      '?api= on localhost',
      'http://localhost:4173/?api=http://localhost:3001/',
      {},
      { mode: 'local', apiUrl: 'http://localhost:3001' },
    ],
    [
      '?api= elsewhere is refused (a link must not redirect a pasted token)',
      'http://127.0.0.1:4173/?api=https://evil.example',
      {},
      {
        mode: 'local',
        apiUrl: 'http://127.0.0.1:3000',
        warning: 'Ignored ?api=https://evil.example: only a loopback http(s) URL is allowed.',
      },
    ],
    [
      '?api= that is not http',
      'http://127.0.0.1:4173/?api=javascript:alert(1)',
      {},
      { mode: 'local', apiUrl: 'http://127.0.0.1:3000', warning: expect.stringContaining('Ignored') },
    ],
    [
      'mock mode: a path on the page origin',
      'http://127.0.0.1:5173/?api=http://127.0.0.1:1',
      { MODE: 'mock' },
      { mode: 'mock', apiUrl: 'http://127.0.0.1:5173/api' },
    ],
  ])('%s', (_name, page, env, want) => {
    expect(resolveConfig(new URL(page), { MODE: 'production', ...env })).toEqual(want);
  });
});
