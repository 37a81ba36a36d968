import { attachmentLimits } from '@serverless-todo/client/attachments';
import { describe, expect, it } from 'vitest';
import { formatBytes, LIMITS_HINT, uploadExpiry } from '../../src/app/attachments/format.ts';

describe('formatBytes', () => {
  it.each([
    [1, '1 byte'],
    [70, '70 bytes'],
    [1023, '1023 bytes'],
    [1024, '1 KiB'],
    [922428, '900.8 KiB'],
    [10 * 1024 * 1024, '10 MiB'],
    [10 * 1024 * 1024 + 1, '10.0 MiB'],
  ])('%d bytes → %s', (given, want) => {
    expect(formatBytes(given)).toBe(want);
  });
});

describe('uploadExpiry', () => {
  it('is the creation plus the presigned POST lifetime of openapi.yaml', () => {
    const expiry = uploadExpiry({ created_at: '2026-12-01T21:00:00.000Z' });
    expect(expiry.toISOString()).toBe(
      new Date(Date.parse('2026-12-01T21:00:00.000Z') + attachmentLimits.uploadExpiresInSeconds * 1000).toISOString(),
    );
  });
});

describe('LIMITS_HINT', () => {
  it('states every accepted type, the size limit and the count limit from the contract', () => {
    for (const type of attachmentLimits.contentTypes) expect(LIMITS_HINT).toContain(type);
    expect(LIMITS_HINT).toContain(`up to ${formatBytes(attachmentLimits.maxSize)} each`);
    expect(LIMITS_HINT).toContain(`${attachmentLimits.maxPerTask} per task`);
  });
});
