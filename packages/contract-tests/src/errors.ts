// One error class per way the suite can fail, so a red test says at a glance whether the
// target broke the contract, answered something a scenario did not expect, or could not be
// reached at all.

interface ErrorOptions {
  readonly cause?: unknown;
}

/** A response departs from openapi.yaml (status, content type, headers or body schema). */
export class ContractViolationError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'ContractViolationError';
  }
}

/** A response conforms to the contract but is not what the scenario's step requires. */
export class UnexpectedResponseError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'UnexpectedResponseError';
  }
}

/** The request never got an HTTP answer (connection refused, DNS, a network fault). */
export class RequestFailedError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'RequestFailedError';
  }
}

/** The environment is set wrongly: a bad API_URL or CONTRACT_RUNS, a token command that failed. */
export class ConfigurationError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'ConfigurationError';
  }
}

/** A generated request is not what its arbitrary claims (valid vs invalid per validateRequest). */
export class GeneratorError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'GeneratorError';
  }
}

/** The mock and the local API answered the same step differently. */
export class DivergenceError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'DivergenceError';
  }
}
