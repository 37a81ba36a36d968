// One figure for every "try again later" answer: DynamoDB throttling that outlived the SDK's
// retries (503), a create whose Idempotency-Key is still in flight (409) and the gateway's
// throttle (429, set in template.yaml's GatewayResponses; a test compares the two).

/**
 * Seconds a client should wait before retrying, sent as `Retry-After`.
 *
 * @example
 * ```ts
 * headers['Retry-After'] = String(RETRY_AFTER_SECONDS); // '1'
 * ```
 */
export const RETRY_AFTER_SECONDS = 1;
