// Generated from openapi.yaml by `pnpm generate`. Do not edit.
/** sha256 of the openapi.yaml this output was built from. */
export const specDigest = 'a3672e1da715d33ce9d777be46d99bfc571c0db989ee1b23e347fee753765fe2';
