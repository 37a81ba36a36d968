// SigV4 key derivation against AWS's published example ("Examples of how to derive a
// signing key for Signature Version 4"), the one signature the lean layer computes itself.
import { createHmac } from 'node:crypto';
import { expect, test } from 'vitest';
import { sign, signingKey } from '../../src/aws/signing-key.ts';

test('derives the documented signing key', () => {
  const key = signingKey('wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY', '20120215', 'us-east-1', 'iam');
  expect(key.toString('hex')).toBe('f4780e2d9f65fa895f9c67b32ce1baf0b0d8a43505a000a1a9e090d414db404d');
});

test('signs with the derived key as hex HMAC-SHA256', () => {
  const key = Buffer.from('f4780e2d9f65fa895f9c67b32ce1baf0b0d8a43505a000a1a9e090d414db404d', 'hex');
  expect(sign(key, 'policy')).toBe(createHmac('sha256', key).update('policy').digest('hex'));
  expect(sign(key, 'policy')).not.toBe(sign(key, 'policy2'));
});
