// Generated from openapi.yaml by `pnpm generate`. Do not edit.
/** sha256 of the openapi.yaml this output was built from. */
export const specDigest = 'e40a816405b322952700a8bf8c996e9c210d2111aa9ccf05a99074309bb8c70a';
