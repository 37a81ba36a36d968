// The local signing key and the tokens it signs.
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SIGNING_KEY_FILE } from '../../src/auth/signing-key.ts';
import { loadSigningKey, signToken, verifyToken } from '../../src/index.ts';
import { tempDir } from '../support/fixture-api.ts';

const data = tempDir();
afterAll(data.remove);

describe('signing key', () => {
  it('is made on first use, kept private on disk and reused afterwards', async () => {
    const first = await loadSigningKey(data.dir);
    const again = await loadSigningKey(data.dir);
    expect(again.kid).toBe(first.kid);
    expect(statSync(join(data.dir, SIGNING_KEY_FILE)).mode & 0o777).toBe(0o600);
    // A token from one load verifies with the other: what `pnpm token` relies on.
    expect((await verifyToken(again, await signToken(first, 'user123')))?.sub).toBe('user123');
  });

  it('is the same key when two processes race to create it', async () => {
    const race = tempDir();
    const keys = await Promise.all([loadSigningKey(race.dir), loadSigningKey(race.dir), loadSigningKey(race.dir)]);
    expect(new Set(keys.map((k) => k.kid)).size).toBe(1);
    race.remove();
  });
});

describe('tokens', () => {
  it('carry sub, iss, aud, exp (12 h) and token_use like a Cognito ID token', async () => {
    const key = await loadSigningKey(data.dir);
    const token = await signToken(key, 'user123');
    const payload = JSON.parse(Buffer.from(token.split('.')[1] as string, 'base64url').toString('utf8'));
    expect(payload).toMatchObject({ sub: 'user123', token_use: 'id', iss: 'serverless-todo-local' });
    expect(payload.exp - payload.iat).toBe(12 * 60 * 60);
  });

  it.each([
    ['a token that expired', (key: Parameters<typeof signToken>[0]) => signToken(key, 'u', {}, -5)],
    ['an empty string', async () => ''],
    ['two segments', async () => 'a.b'],
  ])('are refused: %s', async (_, make) => {
    const key = await loadSigningKey(data.dir);
    expect(await verifyToken(key, await make(key))).toBeNull();
  });
});
