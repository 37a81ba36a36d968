// Emits the attachment limits that code needs as values (not only as validation): how many
// attachments a task holds, how big and of which types they may be, and how long upload and
// download URLs live. Each is read from where openapi.yaml states it, so the spec stays the
// one place to change a limit.
import { type JsonObject, SpecError } from './load-spec.ts';

function at(spec: JsonObject, path: readonly string[]): unknown {
  let node: unknown = spec;
  for (const key of path) node = (node as JsonObject | undefined)?.[key];
  if (node === undefined) throw new SpecError(`openapi.yaml: ${path.join('.')} is required (an attachment limit)`);
  return node;
}

const number = (spec: JsonObject, path: readonly string[]): number => {
  const value = at(spec, path);
  if (typeof value !== 'number') throw new SpecError(`openapi.yaml: ${path.join('.')} must be a number`);
  return value;
};

export function limitsSource(spec: JsonObject): string {
  const schemas = ['components', 'schemas'];
  const limits = {
    maxPerTask: number(spec, [...schemas, 'AttachmentList', 'properties', 'attachments', 'maxItems']),
    minSize: number(spec, [...schemas, 'AttachmentSize', 'minimum']),
    maxSize: number(spec, [...schemas, 'AttachmentSize', 'maximum']),
    contentTypes: at(spec, [...schemas, 'AttachmentContentType', 'enum']) as string[],
    uploadExpiresInSeconds: number(spec, [...schemas, 'AttachmentUpload', 'x-expires-in-seconds']),
    downloadExpiresInSeconds: number(spec, [...schemas, 'AttachmentDownload', 'x-expires-in-seconds']),
  };
  return [
    '/** Attachment limits as openapi.yaml states them (list maxItems, size bounds, type enum, URL lifetimes). */',
    `export const attachmentLimits = ${JSON.stringify(limits, null, 2)} as const;`,
    '',
  ].join('\n');
}
