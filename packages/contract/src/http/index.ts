export { type Access, authorize } from './authorize.ts';
export { etagOf, expectedVersion } from './etag.ts';
export { EXPOSE_HEADERS } from './exposed-headers.ts';
export { type FailureAnswer, type FailureKind, problemForFailure } from './problem-for-failure.ts';
export { RETRY_AFTER_SECONDS } from './retry-after.ts';
