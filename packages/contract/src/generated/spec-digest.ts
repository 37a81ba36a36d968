// Generated from openapi.yaml by `pnpm generate`. Do not edit.
/** sha256 of the openapi.yaml this output was built from. */
export const specDigest = '08665ca58aa22e81b2485e1e70be3c7f203786996981179cb1e502fb579338a2';
