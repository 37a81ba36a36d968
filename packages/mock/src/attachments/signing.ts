// The fake bucket's signatures: HMAC-SHA-256 under a key that each handler set draws at
// random, so a URL or policy that was not issued by this mock (or was edited) fails, as a
// forged presigned request fails against S3. WebCrypto, so it runs in browsers and Node.

/** Signs and checks strings with one random key. */
export class Signer {
  readonly #key: Promise<CryptoKey>;

  constructor() {
    this.#key = crypto.subtle.generateKey({ name: 'HMAC', hash: 'SHA-256' }, false, [
      'sign',
      'verify',
    ]) as Promise<CryptoKey>;
  }

  /** The hex HMAC of `text`. */
  async sign(text: string): Promise<string> {
    const mac = await crypto.subtle.sign('HMAC', await this.#key, new TextEncoder().encode(text));
    return [...new Uint8Array(mac)].map((b) => b.toString(16).padStart(2, '0')).join('');
  }

  /** Whether `signature` is the HMAC of `text` (compared in constant time by WebCrypto). */
  async verify(text: string, signature: string): Promise<boolean> {
    if (!/^[0-9a-f]{64}$/.test(signature)) return false;
    const bytes = new Uint8Array(signature.match(/../g)?.map((h) => Number.parseInt(h, 16)) ?? []);
    return crypto.subtle.verify('HMAC', await this.#key, bytes, new TextEncoder().encode(text));
  }
}
