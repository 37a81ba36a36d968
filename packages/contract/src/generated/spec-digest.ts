// Generated from openapi.yaml by `pnpm generate`. Do not edit.
/** sha256 of the openapi.yaml this output was built from. */
export const specDigest = '49410582963add32e9be78d595642950ad4e3c282eab5b5047394f75277ce0dc';
