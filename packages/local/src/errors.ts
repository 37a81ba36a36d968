// One error class per way the local API can fail to start or run. Each names the failure
// so that the CLI can print one line for it and tests can match on the class.

// template.yaml problems are the stack model's TemplateError, re-exported so one class
// means "the template is wrong" wherever it is caught.
export { TemplateError } from '@serverless-todo/stack';

/** The port the API was asked to listen on is taken by another process. */
export class PortInUseError extends Error {
  readonly port: number;
  constructor(port: number, options?: { cause?: unknown }) {
    super(`port ${port} is in use; pass --port 0 or another port`, options);
    this.name = 'PortInUseError';
    this.port = port;
  }
}

/** Another process (usually a second local API) holds the on-disk DynamoDB store. */
export class DataDirLockedError extends Error {
  constructor(dir: string, options?: { cause?: unknown }) {
    super(`the data directory ${dir} is in use by another process; stop it, or pass --memory or --data-dir`, options);
    this.name = 'DataDirLockedError';
  }
}

/** The command line could not be understood. */
export class UsageError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'UsageError';
  }
}

/** Building the Lambda bundles failed, so there is nothing to serve. */
export class BuildError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'BuildError';
  }
}

/** Embedded DynamoDB answered an admin call (e.g. CreateTable) with an error. */
export class DynamoCallError extends Error {
  readonly type: string;
  constructor(type: string, message: string, options?: { cause?: unknown }) {
    super(`${type}: ${message}`, options);
    this.name = 'DynamoCallError';
    this.type = type;
  }
}

/** The local streams still had records to deliver when a wait for them ran out. */
export class StreamsNotDrainedError extends Error {
  constructor(timeoutMs: number, options?: { cause?: unknown }) {
    super(`stream records were still being delivered after ${timeoutMs} ms`, options);
    this.name = 'StreamsNotDrainedError';
  }
}
