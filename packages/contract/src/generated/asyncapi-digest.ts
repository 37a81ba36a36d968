// Generated from asyncapi.yaml (and the openapi.yaml schemas it refers to) by `pnpm generate`. Do not edit.
/** sha256 of the asyncapi.yaml this output was built from. */
export const asyncapiDigest = '86580ef962e5330d111eb6c23c9222f1688fc0e7a4f4d57c7f03f46217fe123c';
