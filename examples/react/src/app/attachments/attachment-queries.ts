// The query and mutation options of a task's attachments, in the shape @serverless-todo/query
// gives tasks: keys under the user's prefix (so sign-out clears them), a list query, and an
// optimistic delete that puts the row back if the API refuses.
import { createTodoClient, type TodoClientOptions } from '@serverless-todo/client';
import { type Attachment, type UploadPhase, withAttachments } from '@serverless-todo/client/attachments';
import type { TodoKeys } from '@serverless-todo/query';
import { mutationOptions, type QueryClient, queryOptions } from '@tanstack/react-query';
import { attachmentDeleteKey, attachmentListKey } from './attachment-keys.ts';
import { saveFile } from './save-file.ts';
import { type ProgressListener, xhrFetch } from './xhr-fetch.ts';

/** What an upload reports as it goes, and what cancels it. */
export interface UploadListeners {
  onPhase(phase: UploadPhase, attachment?: Attachment): void;
  onProgress: ProgressListener;
  signal: AbortSignal;
}

/**
 * Builds the attachment options of `userId` over the board's client options.
 *
 * @example
 * ```ts
 * const files = attachmentQueries(clientOptions, 'u1', todo.keys);
 * const list = useQuery(files.list(taskId));
 * const remove = useMutation(files.remove(useQueryClient(), taskId));
 * remove.mutate(attachmentId);
 * ```
 */
export function attachmentQueries(options: TodoClientOptions, userId: string, keys: TodoKeys) {
  const { attachments } = withAttachments(createTodoClient(options));
  const key = (taskId: string) => attachmentListKey(keys, taskId);

  /** Writes one attachment into its task's cached list (if loaded): added, or replacing the same id. */
  const put = (queryClient: QueryClient, attachment: Attachment) =>
    queryClient.setQueryData<Attachment[]>(key(attachment.task_id), (list) =>
      list?.some((a) => a.attachment_id === attachment.attachment_id)
        ? list.map((a) => (a.attachment_id === attachment.attachment_id ? attachment : a))
        : list && [...list, attachment],
    );

  return {
    key,
    put,
    /** Every attachment of a task, oldest first. */
    list: (taskId: string) =>
      queryOptions({ queryKey: key(taskId), queryFn: ({ signal }) => attachments.list(userId, taskId, { signal }) }),

    /** Deletes one of a task's attachments: gone from the list at once, back if the API refuses, then refetched. */
    remove: (queryClient: QueryClient, taskId: string) =>
      mutationOptions({
        mutationKey: attachmentDeleteKey(keys, taskId),
        mutationFn: (attachmentId: string) => attachments.delete(userId, taskId, attachmentId),
        async onMutate(attachmentId) {
          await queryClient.cancelQueries({ queryKey: key(taskId) });
          const before = queryClient.getQueryData<Attachment[]>(key(taskId));
          queryClient.setQueryData<Attachment[]>(key(taskId), (list) =>
            list?.filter((a) => a.attachment_id !== attachmentId),
          );
          return { before };
        },
        onError: (_error, _attachmentId, context) => queryClient.setQueryData(key(taskId), context?.before),
        onSettled: () => queryClient.invalidateQueries({ queryKey: key(taskId) }),
      }),

    /** Downloads one of a task's attachments: a fresh URL (each lasts 5 minutes), saved under its name. */
    download: (taskId: string) =>
      mutationOptions({
        mutationKey: [...key(taskId), 'download'],
        async mutationFn(attachmentId: string) {
          const { attachment, download } = await attachments.get(userId, taskId, attachmentId);
          if (!download)
            throw new Error(`“${attachment.filename}” is ${attachment.status}: there is nothing to download.`);
          await saveFile(download.url, attachment.filename);
        },
      }),

    /** The SDK's upload (create, form POST, wait for the check), reporting progress. */
    upload: (taskId: string, file: File, { onPhase, onProgress, signal }: UploadListeners): Promise<Attachment> =>
      // A client per upload: its form POST goes through an XMLHttpRequest that reports this
      // upload's progress (the SDK takes the storage fetch per client, not per call).
      withAttachments(createTodoClient(options), { fetch: xhrFetch(onProgress) }).attachments.upload(
        userId,
        taskId,
        file,
        { onPhase, signal },
      ),
  };
}

/** What {@link attachmentQueries} returns. */
export type AttachmentQueries = ReturnType<typeof attachmentQueries>;
