// One error class per way the suite can fail, so a red test says at a glance whether the
// target broke the contract, answered something a scenario did not expect, or could not be
// reached at all.

interface ErrorOptions {
  readonly cause?: unknown;
}

/**
 * A response departs from openapi.yaml (status, content type, headers or body schema).
 *
 * @example
 * ```ts
 * throw new ContractViolationError('getTask (GET /users/u1/tasks/t1) → 200 departs from openapi.yaml: …');
 * ```
 */
export class ContractViolationError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'ContractViolationError';
  }
}

/**
 * A response conforms to the contract but is not what the scenario's step requires.
 *
 * @example
 * ```ts
 * throw new UnexpectedResponseError('[mock] getTask: GET /users/u1/tasks/t1\n  → 200, expected 404');
 * ```
 */
export class UnexpectedResponseError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'UnexpectedResponseError';
  }
}

/**
 * The request never got an HTTP answer (connection refused, DNS, a network fault).
 *
 * @example
 * ```ts
 * throw new RequestFailedError('[local] getHello: GET /hello: no response (fetch failed)', { cause });
 * ```
 */
export class RequestFailedError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'RequestFailedError';
  }
}

/**
 * The environment is set wrongly: a bad API_URL or CONTRACT_RUNS, a token command that failed.
 *
 * @example
 * ```ts
 * throw new ConfigurationError('set both API_TOKEN_USER_A and API_TOKEN_USER_B');
 * ```
 */
export class ConfigurationError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'ConfigurationError';
  }
}

/**
 * A generated request is not what its arbitrary claims (valid vs invalid per validateRequest).
 *
 * @example
 * ```ts
 * throw new GeneratorError('a generated valid createTask request is invalid: …');
 * ```
 */
export class GeneratorError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'GeneratorError';
  }
}

/**
 * The mock and the local API answered the same step differently.
 *
 * @example
 * ```ts
 * throw new DivergenceError('mock and local diverge at step 3 of 6: …');
 * ```
 */
export class DivergenceError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'DivergenceError';
  }
}
