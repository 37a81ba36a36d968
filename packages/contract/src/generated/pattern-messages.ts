// Generated from openapi.yaml by `pnpm generate`. Do not edit.
/** The spec's `x-pattern-message` of each `pattern`, keyed by the pattern. */
export const patternMessages: Readonly<Record<string, string>> = {
  "^[A-Za-z0-9_-]+$": "must be a next_cursor as a previous page returned it",
  "^[\\x21-\\x7E]+$": "must use only visible ASCII characters, without spaces",
  "^(\\*|(W/)?\"[0-9]{1,15}\")$": "must be an ETag as the API sent it (e.g. \"3\"), or *",
  "^\"[0-9]{1,15}\"$": "must be a strong ETag such as \"3\"",
  "^[A-Za-z0-9._@-]+$": "must use only letters, digits and . _ @ -",
  "\\S": "must contain a non-whitespace character",
  "^[^/\\\\\\x00-\\x1F\\x7F]+$": "must not contain path separators or control characters"
};
