// Generated from asyncapi.yaml (and the openapi.yaml schemas it refers to) by `pnpm generate`. Do not edit.
/** sha256 of the asyncapi.yaml this output was built from. */
export const asyncapiDigest = '46b913697be4a1cc23795c0331500d901ede74bb65776761b9ba3fc3f9a8fece';
