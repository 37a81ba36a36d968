// Sizes and times as the attachment list shows them.
import type { Attachment } from '@serverless-todo/client/attachments';
import { attachmentLimits } from '@serverless-todo/client/attachments';

const UNITS = ['bytes', 'KiB', 'MiB'] as const;

/**
 * A size for people, in binary units as the API's limit is stated (10 MiB).
 *
 * @example
 * ```ts
 * formatBytes(70); // '70 bytes'
 * formatBytes(10 * 1024 * 1024); // '10 MiB'
 * formatBytes(922428); // '900.8 KiB'
 * ```
 */
export function formatBytes(size: number): string {
  let value = size;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  if (unit === 0) return `${value} ${value === 1 ? 'byte' : 'bytes'}`;
  return `${Number.isInteger(value) ? value : value.toFixed(1)} ${UNITS[unit]}`;
}

/**
 * When a pending attachment's upload form stops working: its creation plus the presigned
 * POST's lifetime from openapi.yaml (`x-expires-in-seconds`, 15 minutes). After that nothing can
 * complete it, and the scheduled sweep removes the record.
 *
 * @example
 * ```ts
 * uploadExpiry(attachment); // Date 15 minutes after attachment.created_at
 * ```
 */
export function uploadExpiry(attachment: Pick<Attachment, 'created_at'>): Date {
  return new Date(Date.parse(attachment.created_at) + attachmentLimits.uploadExpiresInSeconds * 1000);
}

/** The types the API accepts, for the file picker's `accept` (a hint: anything can still be dropped). */
export const ACCEPTED_TYPES = attachmentLimits.contentTypes.join(',');

/** The API's limits in a sentence, from openapi.yaml. */
export const LIMITS_HINT = `Accepted: ${attachmentLimits.contentTypes.join(', ')}; up to ${formatBytes(
  attachmentLimits.maxSize,
)} each, ${attachmentLimits.maxPerTask} per task.`;
