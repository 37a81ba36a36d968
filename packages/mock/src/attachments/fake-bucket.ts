// The fake bucket: what S3 does for this API, in memory. It issues presigned POST forms and
// GET URLs, enforces the POST policy (signature, expiry, key, Content-Type, size range) as
// S3 does, stores the file, and then does what the live S3-triggered function does: checks
// the real size and sniffed type and marks the attachment ready or rejected (deleting the
// object). Downloads check their signature and expiry and answer as attachments.
import { contentDisposition, SNIFF_BYTES, verdict } from '@serverless-todo/contract/attachments';
import { type HttpHandler, http } from 'msw';
import type { AttachmentRecord, AttachmentStore } from './attachment-store.ts';
import { s3Error } from './s3-errors.ts';
import { Signer } from './signing.ts';

/** What an upload form carries besides the file. */
export interface PresignedPost {
  readonly url: string;
  readonly fields: Record<string, string>;
}

interface StoredObject {
  readonly bytes: Uint8Array;
  readonly contentType: string;
}

interface Policy {
  readonly expiration: string;
  readonly key: string;
  readonly contentType: string;
  readonly minSize: number;
  readonly maxSize: number;
}

const encode = (value: unknown) => btoa(JSON.stringify(value));
const decode = (text: string): unknown => JSON.parse(atob(text));

/** One handler set's bucket. */
export class FakeBucket {
  readonly url: string;
  readonly #signer = new Signer();
  readonly #objects = new Map<string, StoredObject>();
  readonly #store: AttachmentStore;

  constructor(url: string, store: AttachmentStore) {
    this.url = url;
    this.#store = store;
  }

  /** A presigned POST for one key, type and size range, until `expiresAt`. */
  async presignPost(key: string, contentType: string, maxSize: number, expiresAt: string): Promise<PresignedPost> {
    const policy: Policy = { expiration: expiresAt, key, contentType, minSize: 1, maxSize };
    const encoded = encode(policy);
    return {
      url: this.url,
      fields: {
        key,
        'Content-Type': contentType,
        Policy: encoded,
        'X-Amz-Signature': await this.#signer.sign(encoded),
      },
    };
  }

  /**
   * A presigned GET of a stored object, served as an attachment with the verified type. The
   * query names S3's (X-Amz-Date, X-Amz-Expires in seconds), so a URL looks and ages the same.
   */
  async presignGet(record: AttachmentRecord, expiresInSeconds: number, now = new Date()): Promise<string> {
    const query = new URLSearchParams({
      'X-Amz-Date': now.toISOString().replace(/[:-]|\.\d{3}/g, ''),
      'X-Amz-Expires': String(expiresInSeconds),
      'response-content-disposition': contentDisposition(record.attachment.filename),
      'response-content-type': record.attachment.content_type,
    });
    const signature = await this.#signer.sign(`${record.objectKey}?${query}`);
    query.set('X-Amz-Signature', signature);
    return `${this.url}/${record.objectKey}?${query}`;
  }

  /** Deletes an object (S3: deleting a missing key succeeds). */
  delete(key: string): void {
    this.#objects.delete(key);
  }

  /** Whether an object is stored (for tests of the cascade). */
  has(key: string): boolean {
    return this.#objects.has(key);
  }

  /** The MSW handlers of the bucket's origin. */
  handlers(): HttpHandler[] {
    return [
      http.post(this.url, ({ request }) => this.#upload(request)),
      http.get(`${this.url}/*`, ({ request }) => this.#download(request)),
    ];
  }

  async #upload(request: Request): Promise<Response> {
    let form: FormData;
    try {
      form = await request.formData();
    } catch {
      return s3Error(
        400,
        'MalformedPOSTRequest',
        'The body of your POST request is not well-formed multipart/form-data.',
      );
    }
    const text = (name: string) => {
      const value = form.get(name);
      return typeof value === 'string' ? value : undefined;
    };
    const encoded = text('Policy');
    const signature = text('X-Amz-Signature');
    if (encoded === undefined || signature === undefined || !(await this.#signer.verify(encoded, signature))) {
      return s3Error(
        403,
        'SignatureDoesNotMatch',
        'The request signature we calculated does not match the signature you provided.',
      );
    }
    const policy = decode(encoded) as Policy;
    if (Date.parse(policy.expiration) <= Date.now()) {
      return s3Error(403, 'AccessDenied', 'Invalid according to Policy: Policy expired.');
    }
    if (text('key') !== policy.key)
      return s3Error(403, 'AccessDenied', 'Invalid according to Policy: Policy Condition failed: ["eq", "$key"]');
    if (text('Content-Type') !== policy.contentType) {
      return s3Error(
        403,
        'AccessDenied',
        'Invalid according to Policy: Policy Condition failed: ["eq", "$Content-Type"]',
      );
    }
    const file = form.get('file');
    if (file === null || typeof file === 'string')
      return s3Error(400, 'InvalidArgument', 'POST requires exactly one file upload per request.');
    if (file.size > policy.maxSize)
      return s3Error(400, 'EntityTooLarge', 'Your proposed upload exceeds the maximum allowed size');
    if (file.size < policy.minSize)
      return s3Error(400, 'EntityTooSmall', 'Your proposed upload is smaller than the minimum allowed size');
    const bytes = new Uint8Array(await file.arrayBuffer());
    this.#objects.set(policy.key, { bytes, contentType: policy.contentType });
    this.#verify(policy.key);
    return new Response(null, { status: 204, headers: { 'Access-Control-Allow-Origin': '*' } });
  }

  /** What the S3-triggered function does on ObjectCreated. */
  #verify(key: string): void {
    const record = this.#store.byObjectKey(key);
    const object = this.#objects.get(key);
    if (record === undefined || object === undefined) return;
    if (record.attachment.status === 'rejected') {
      this.#objects.delete(key);
      return;
    }
    if (record.attachment.status !== 'pending') return;
    const outcome = verdict(record.attachment, {
      size: object.bytes.length,
      contentType: object.contentType,
      head: object.bytes.subarray(0, SNIFF_BYTES),
    });
    this.#store.settle(record, outcome);
    if (!outcome.ok) this.#objects.delete(key);
  }

  async #download(request: Request): Promise<Response> {
    const url = new URL(request.url);
    const key = decodeURIComponent(url.pathname.slice(new URL(this.url).pathname.replace(/\/$/, '').length + 1));
    const signature = url.searchParams.get('X-Amz-Signature') ?? '';
    const query = new URLSearchParams(url.search);
    query.delete('X-Amz-Signature');
    if (!(await this.#signer.verify(`${key}?${query}`, signature))) {
      return s3Error(
        403,
        'SignatureDoesNotMatch',
        'The request signature we calculated does not match the signature you provided.',
      );
    }
    const signedAt = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(query.get('X-Amz-Date') ?? '');
    const issued = signedAt
      ? Date.UTC(+signedAt[1]!, +signedAt[2]! - 1, +signedAt[3]!, +signedAt[4]!, +signedAt[5]!, +signedAt[6]!)
      : Number.NaN;
    if (!(issued + Number(query.get('X-Amz-Expires')) * 1000 > Date.now())) {
      return s3Error(403, 'AccessDenied', 'Request has expired');
    }
    const object = this.#objects.get(key);
    if (object === undefined) return s3Error(404, 'NoSuchKey', 'The specified key does not exist.');
    return new Response(object.bytes.slice(), {
      status: 200,
      headers: {
        'Content-Type': query.get('response-content-type') ?? object.contentType,
        'Content-Disposition': query.get('response-content-disposition') ?? 'attachment',
        'Content-Length': String(object.bytes.length),
        'Access-Control-Allow-Origin': '*',
      },
    });
  }
}
