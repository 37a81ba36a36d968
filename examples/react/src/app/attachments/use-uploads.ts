// The uploads one task has in flight: each file goes through the SDK's upload (create, form
// POST, wait for the check) with its own progress and cancel. The pending attachment joins
// the cached list as soon as it exists; a checked one replaces it; the list is refetched after.
import { isTodoApiError } from '@serverless-todo/client';
import { ATTACHMENT_REJECTED, type Attachment, type UploadPhase } from '@serverless-todo/client/attachments';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import type { AttachmentQueries } from './attachment-queries.ts';
import { describeUploadError } from './upload-errors.ts';

/** One file on its way. */
export interface Upload {
  /** This upload's own id (the attachment's is known once created). */
  readonly id: string;
  readonly filename: string;
  readonly phase: UploadPhase;
  /** Share of the form sent to storage, 0 to 1. */
  readonly sent: number;
  readonly attachmentId?: string;
  /** Why it failed, for people; the upload is over then. */
  readonly error?: string;
}

/** The attachment a rejection carries (the SDK's 422 for a file the server refused). */
const rejectedAttachment = (error: unknown): Attachment | undefined =>
  isTodoApiError(error) && error.type === ATTACHMENT_REJECTED
    ? (error.body as { attachment?: Attachment }).attachment
    : undefined;

/**
 * Starts and tracks uploads to one task. Unmounting cancels the ones still running.
 *
 * @example
 * ```tsx
 * const { uploads, start } = useUploads(files, taskId, apiUrl);
 * <input type="file" multiple onChange={(e) => start([...(e.target.files ?? [])])} />
 * ```
 */
export function useUploads(files: AttachmentQueries, taskId: string, apiUrl: string) {
  const queryClient = useQueryClient();
  const [uploads, setUploads] = useState<Upload[]>([]);
  const running = useRef(new Map<string, AbortController>());
  useEffect(() => {
    const controllers = running.current;
    return () => {
      for (const controller of controllers.values()) controller.abort();
    };
  }, []);

  const change = (id: string, patch: Partial<Upload>) =>
    setUploads((list) => list.map((upload) => (upload.id === id ? { ...upload, ...patch } : upload)));
  const dismiss = (id: string) => setUploads((list) => list.filter((upload) => upload.id !== id));

  async function uploadOne(file: File): Promise<void> {
    const id = crypto.randomUUID();
    const controller = new AbortController();
    running.current.set(id, controller);
    let phase: UploadPhase = 'creating';
    setUploads((list) => [...list, { id, filename: file.name, phase, sent: 0 }]);
    try {
      const attachment = await files.upload(taskId, file, {
        signal: controller.signal,
        onPhase(next, created) {
          phase = next;
          change(id, { phase: next, ...(created && { attachmentId: created.attachment_id }) });
          if (next === 'uploading' && created) files.put(queryClient, created);
        },
        onProgress: (loaded, total) => change(id, { sent: loaded / total }),
      });
      files.put(queryClient, attachment);
      dismiss(id);
    } catch (error) {
      const rejected = rejectedAttachment(error);
      if (rejected) files.put(queryClient, rejected);
      if (rejected || controller.signal.aborted) dismiss(id);
      else change(id, { error: describeUploadError(error, { file, phase, apiUrl }) });
    } finally {
      running.current.delete(id);
      void queryClient.invalidateQueries({ queryKey: files.key(taskId) });
    }
  }

  return {
    uploads,
    /** Uploads each file, all at once. */
    start: (chosen: readonly File[]) => {
      for (const file of chosen) void uploadOne(file);
    },
    /** Forgets a failed upload's message. */
    dismiss,
    /** Stops the upload of an attachment (before it is deleted). */
    cancel: (attachmentId: string) => {
      const upload = uploads.find((u) => u.attachmentId === attachmentId);
      if (upload) running.current.get(upload.id)?.abort();
    },
  };
}
