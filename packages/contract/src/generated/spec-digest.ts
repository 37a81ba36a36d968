// Generated from openapi.yaml by `pnpm generate`. Do not edit.
/** sha256 of the openapi.yaml this output was built from. */
export const specDigest = '226f31dce90f53d0ae1ff50ff5e787eed31cd090c4721bed21335b85251683e0';
