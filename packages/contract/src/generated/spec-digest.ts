// Generated from openapi.yaml by `pnpm generate`. Do not edit.
/** sha256 of the openapi.yaml this output was built from. */
export const specDigest = '5acc838488da4446ae490725540caa5d37b64410a0fc3dc285bf45f7eca316ab';
