// Generated from asyncapi.yaml (and the openapi.yaml schemas it refers to) by `pnpm generate`. Do not edit.
/** sha256 of the asyncapi.yaml this output was built from. */
export const asyncapiDigest = 'ddfab00cd95425ef60e153c60731f4061ef3cd7cef1226831990ccced53bfdca';
