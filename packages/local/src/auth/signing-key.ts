// The local stand-in for the Cognito User Pool's signing key: an RS256 key pair made on first
// use and kept under the data directory, so tokens printed by `pnpm token` stay valid across
// restarts of the local API.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { calculateJwkThumbprint, exportJWK, generateKeyPair, importJWK, type JWK } from 'jose';
import { StoreDamagedError } from '../errors.ts';

/** The key file, relative to the data directory. */
export const SIGNING_KEY_FILE = join('auth', 'signing-key.jwk.json');

/** The imported key pair, plus the key id tokens carry in their header. */
export interface SigningKey {
  readonly kid: string;
  readonly privateKey: CryptoKey;
  readonly publicKey: CryptoKey;
}

const PRIVATE_MEMBERS = ['d', 'p', 'q', 'dp', 'dq', 'qi'] as const;

/** A damaged key is never replaced silently: every token signed with it would stop working. */
const KEY_FIX = 'move it away; the next start makes a new key (tokens printed before stop working)';

async function importPair(jwk: JWK, file: string): Promise<SigningKey> {
  const publicJwk: JWK = { ...jwk };
  for (const member of PRIVATE_MEMBERS) delete publicJwk[member];
  try {
    if (jwk.kty !== 'RSA' || typeof jwk.d !== 'string') throw new Error('not an RSA private key');
    return {
      kid: String(jwk.kid),
      privateKey: (await importJWK(jwk, 'RS256')) as CryptoKey,
      publicKey: (await importJWK(publicJwk, 'RS256')) as CryptoKey,
    };
  } catch (cause) {
    throw new StoreDamagedError(file, 'not an RS256 private key in JWK form', KEY_FIX, { cause });
  }
}

function readJwk(file: string): JWK | null {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (cause) {
    throw new StoreDamagedError(file, 'not JSON', KEY_FIX, { cause });
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new StoreDamagedError(file, 'not a JSON object', KEY_FIX);
  }
  return data as JWK;
}

/**
 * Loads the signing key from `dataDir`, creating it on first use.
 *
 * @example
 * ```ts
 * const key = await loadSigningKey('/repo/.data');
 * key.kid; // 'Xb3…' (the JWK thumbprint)
 * ```
 */
export async function loadSigningKey(dataDir: string): Promise<SigningKey> {
  const file = join(dataDir, SIGNING_KEY_FILE);
  const existing = readJwk(file);
  if (existing) return importPair(existing, file);
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  const jwk = await exportJWK(privateKey);
  jwk.kid = await calculateJwkThumbprint(jwk);
  jwk.alg = 'RS256';
  jwk.use = 'sig';
  mkdirSync(dirname(file), { recursive: true });
  try {
    // 'wx': if `pnpm token` and the API start at the same moment, the first writer wins.
    writeFileSync(file, `${JSON.stringify(jwk, null, 2)}\n`, { flag: 'wx', mode: 0o600 });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    return importPair(readJwk(file) as JWK, file);
  }
  return importPair(jwk, file);
}
