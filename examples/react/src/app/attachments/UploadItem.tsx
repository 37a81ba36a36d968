// An upload that has no attachment yet: being created, or refused before one existed (too big,
// a type the API does not take, the task full), with the API's reason.
import type { Upload } from './use-uploads.ts';

/**
 * A row for an upload the API has not recorded.
 *
 * @example
 * ```tsx
 * <UploadItem upload={upload} onDismiss={dismiss} />
 * ```
 */
export function UploadItem({ upload, onDismiss }: { upload: Upload; onDismiss(uploadId: string): void }) {
  return (
    <li
      className="upload"
      data-upload-id={upload.id}
      data-filename={upload.filename}
      data-failed={Boolean(upload.error)}
    >
      {upload.error ? (
        <p className="error upload-error" role="alert">
          {upload.error}{' '}
          <button type="button" data-action="dismiss" onClick={() => onDismiss(upload.id)}>
            OK
          </button>
        </p>
      ) : (
        <span className="status">
          <span className="filename">{upload.filename}</span>: starting…
        </span>
      )}
    </li>
  );
}
