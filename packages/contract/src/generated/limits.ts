// Generated from openapi.yaml by `pnpm generate`. Do not edit.
/** Attachment limits as openapi.yaml states them (list maxItems, size bounds, type enum, URL lifetimes). */
export const attachmentLimits = {
  "maxPerTask": 20,
  "minSize": 1,
  "maxSize": 10485760,
  "contentTypes": [
    "image/png",
    "image/jpeg",
    "image/gif",
    "image/webp",
    "application/pdf",
    "text/plain",
    "text/csv"
  ],
  "uploadExpiresInSeconds": 900,
  "downloadExpiresInSeconds": 300
} as const;
