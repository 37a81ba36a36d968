// One error class per way the local API can fail to start or run. Each names the failure
// so that the CLI can print one line for it and tests can match on the class.
import { isAbsolute, relative } from 'node:path';

// template.yaml problems are the stack model's TemplateError, re-exported so one class
// means "the template is wrong" wherever it is caught.
export { TemplateError } from '@serverless-todo/stack';

/** The port the API was asked to listen on is taken by another process. */
export class PortInUseError extends Error {
  readonly port: number;
  constructor(port: number, options?: { cause?: unknown }) {
    super(`port ${port} is in use; start with \`npm start -- --port 0\` (any free port) or another port`, options);
    this.name = 'PortInUseError';
    this.port = port;
  }
}

/** Another process (usually a second local API) holds the on-disk DynamoDB store. */
export class DataDirLockedError extends Error {
  constructor(dir: string, options?: { cause?: unknown }) {
    super(
      `the data directory ${dir} is in use by another process; stop it, or start with \`npm start -- --memory\` or \`--data-dir DIR\``,
      options,
    );
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

/**
 * A file of the data directory is damaged: the local API refuses to start rather than serve
 * part of the store. The message names the file, what is wrong with it and the fix.
 */
export class StoreDamagedError extends Error {
  readonly file: string;
  constructor(file: string, reason: string, fix: string, options?: { cause?: unknown }) {
    super(`${shownPath(file)} is damaged (${reason}); ${fix}`, options);
    this.name = 'StoreDamagedError';
    this.file = file;
  }
}

/** `path` as the user reads it: relative to where they typed the command when below it. */
function shownPath(path: string): string {
  const shown = relative(process.env.INIT_CWD || process.cwd(), path);
  return shown === '' || shown.startsWith('..') || isAbsolute(shown) ? path : shown;
}
