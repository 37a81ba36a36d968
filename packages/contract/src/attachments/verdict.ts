// Whether an uploaded object is the file its record declares. Pure: the S3 function reads
// the object's metadata and first bytes, and this decides.
import { matchesDeclared, sniff } from './sniff.ts';

/** The object as S3 has it. */
export interface UploadedObject {
  readonly size: number;
  readonly contentType: string | undefined;
  /** Its first bytes (up to SNIFF_BYTES). */
  readonly head: Uint8Array;
}

/** Accept, or reject with the reason the attachment will carry. */
export type Verdict = { readonly ok: true } | { readonly ok: false; readonly reason: string };

/**
 * Checks the real size and the sniffed type against the declared ones.
 *
 * @example
 * ```ts
 * verdict({ content_type: 'image/png', size: 100 }, { size: 200, contentType: 'image/png', head });
 * // { ok: false, reason: 'The file is 200 bytes, more than the 100 bytes declared.' }
 * ```
 */
export function verdict(declared: { content_type: string; size: number }, object: UploadedObject): Verdict {
  if (object.size < 1) return { ok: false, reason: 'The file is empty.' };
  if (object.size > declared.size) {
    return { ok: false, reason: `The file is ${object.size} bytes, more than the ${declared.size} bytes declared.` };
  }
  // The POST policy pins Content-Type in AWS; local S3 does not enforce it, so check it here.
  if (object.contentType !== undefined && object.contentType.split(';')[0]?.trim() !== declared.content_type) {
    return { ok: false, reason: `The upload's Content-Type is not the declared ${declared.content_type}.` };
  }
  const whole = object.head.length >= object.size;
  if (!matchesDeclared(declared.content_type, sniff(object.head, whole))) {
    return { ok: false, reason: `The file's content is not ${declared.content_type}.` };
  }
  return { ok: true };
}
