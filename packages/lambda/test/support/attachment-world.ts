// The handler tests' world for attachments: s3rver with the template's bucket, then the
// usual world (dynalite, handlers) with the functions' S3 environment pointing at it, the
// S3 function, and helpers that drive an upload the way a browser and S3 would.
import type { Attachment } from '@serverless-todo/contract';
import { expect } from 'vitest';
import { type Answer, invoke } from './invoke.ts';
import { TEMPLATE_ENV } from './lambda-env.ts';
import { type LocalObjectStore, S3RVER_CREDENTIALS, startObjectStore } from './object-store.ts';
import { startWorld, type World } from './world.ts';

/** A presigned POST as createAttachment answers it. */
export interface Upload {
  readonly url: string;
  readonly fields: Record<string, string>;
}

/** What the attachment tests work with. */
export interface AttachmentWorld extends World {
  readonly objects: LocalObjectStore;
  /** The VerifyAttachmentFunction's handler. */
  readonly verify: (event: { Records: unknown[] }) => Promise<{ batchItemFailures: unknown[] }>;
  /** createAttachment through its handler; expects a 201. */
  attach(
    userId: string,
    taskId: string,
    body?: Record<string, unknown>,
  ): Promise<{ attachment: Attachment; upload: Upload }>;
  /** The browser's form POST; answers the status. `fields` override the presigned ones. */
  post(upload: Upload, bytes: Uint8Array, fields?: Record<string, string>): Promise<number>;
  /** Hands every object event so far to the S3 function, as S3 would (one invocation each). */
  deliver(): Promise<void>;
  /** getAttachment through its handler. */
  view(userId: string, taskId: string, attachmentId: string): Promise<Answer>;
}

/**
 * Starts s3rver and the world, S3 environment set before the handlers load.
 *
 * @example
 * ```ts
 * const world = await startAttachmentWorld();
 * const { attachment, upload } = await world.attach('u1', task.task_id);
 * ```
 */
export async function startAttachmentWorld(): Promise<AttachmentWorld> {
  const objects = await startObjectStore(TEMPLATE_ENV.ATTACHMENTS_BUCKET as string);
  const world = await startWorld({
    AWS_ENDPOINT_URL_S3: objects.endpoint,
    S3_FORCE_PATH_STYLE: 'true',
    AWS_REGION: 'us-east-1',
    ...S3RVER_CREDENTIALS,
  });
  const { handler: verify } = await import('../../src/handlers/verify-attachment.ts');
  const close = world.close;
  return {
    ...world,
    objects,
    verify: verify as AttachmentWorld['verify'],
    async attach(userId, taskId, body = { filename: 'notes.txt', content_type: 'text/plain', size: 64 }) {
      const answer = await invoke(world.handlers.createAttachment, 'createAttachment', {
        pathParameters: { user_id: userId, task_id: taskId },
        body,
      });
      expect(answer.status).toBe(201);
      return answer.body;
    },
    async post(upload, bytes, fields = {}) {
      const form = new FormData();
      for (const [name, value] of Object.entries({ ...upload.fields, ...fields })) form.append(name, value);
      form.append('file', new Blob([bytes.slice().buffer as ArrayBuffer]), 'upload');
      const response = await fetch(upload.url, { method: 'POST', body: form });
      await response.arrayBuffer();
      return response.status;
    },
    async deliver() {
      for (const record of objects.takeEvents()) await verify({ Records: [record] } as never);
    },
    async view(userId, taskId, attachmentId) {
      return invoke(world.handlers.getAttachment, 'getAttachment', {
        pathParameters: { user_id: userId, task_id: taskId, attachment_id: attachmentId },
      });
    },
    async close() {
      await close();
      await objects.close();
    },
  };
}
