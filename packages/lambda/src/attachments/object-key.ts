// Where an attachment lives: the table's key and the bucket's object key. Both are built
// from ids only; the filename never reaches a key, so it can neither collide nor traverse.

/** `<user_id>#<task_id>`: the partition of a task's attachment records. */
export const taskKeyOf = (userId: string, taskId: string): string => `${userId}#${taskId}`;

/**
 * The object key of an attachment: `<user_id>/<task_id>/<attachment_id>`.
 *
 * @example
 * ```ts
 * objectKeyOf('user123', taskId, attachmentId); // 'user123/3f2c…/9b2e…'
 * ```
 */
export function objectKeyOf(userId: string, taskId: string, attachmentId: string): string {
  return `${userId}/${taskId}/${attachmentId}`;
}

/** The ids an object key names. */
export interface ObjectIds {
  readonly userId: string;
  readonly taskId: string;
  readonly attachmentId: string;
}

// user_id as openapi.yaml allows it (no '/'), then two lowercase uuids as this API makes them.
const KEY = /^([A-Za-z0-9._@-]{1,128})\/([0-9a-f-]{36})\/([0-9a-f-]{36})$/;

/**
 * The ids of a decoded object key, or undefined for a key this API never writes.
 *
 * @example
 * ```ts
 * parseObjectKey('user123/3f2c…/9b2e…'); // { userId: 'user123', taskId: '3f2c…', attachmentId: '9b2e…' }
 * parseObjectKey('elsewhere/file.txt'); // undefined
 * ```
 */
export function parseObjectKey(key: string): ObjectIds | undefined {
  const match = KEY.exec(key);
  if (match === null) return undefined;
  const [, userId, taskId, attachmentId] = match as unknown as [string, string, string, string];
  return { userId, taskId, attachmentId };
}

/**
 * An S3 event record's key as stored: S3 form-URL-encodes it (space as `+`).
 *
 * @example
 * ```ts
 * decodeEventKey('user%40example.com/a+b'); // 'user@example.com/a b'
 * ```
 */
export function decodeEventKey(key: string): string {
  return decodeURIComponent(key.replace(/\+/g, ' '));
}
