// Generated from openapi.yaml by `pnpm generate`. Do not edit.
/** sha256 of the openapi.yaml this output was built from. */
export const specDigest = 'fe4a8a4fc302a34c974fb629eab34c1d64b0f13262042e16ae69ed517ac4d930';
