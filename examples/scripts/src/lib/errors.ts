// One class per way a script can fail before or around its work. Each message is written
// to be the whole one-line answer a user sees; run-script.ts adds only "error: ".

/**
 * Bad flags or arguments: the script prints the message and its usage, and exits 2.
 *
 * @example
 * ```ts
 * throw new UsageError('--concurrency must be 1..64', USAGE);
 * ```
 */
export class UsageError extends Error {
  override readonly name = 'UsageError';
  constructor(
    message: string,
    readonly usage: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/**
 * Nothing answered at the API's URL (connection refused, DNS, TLS).
 *
 * @example
 * ```ts
 * throw new ApiUnreachableError('http://127.0.0.1:3000', { cause: fetchError });
 * ```
 */
export class ApiUnreachableError extends Error {
  override readonly name = 'ApiUnreachableError';
  constructor(baseUrl: string, options?: { cause?: unknown }) {
    // undici puts the socket error (ECONNREFUSED…) under the TypeError's cause.
    const code = (options?.cause as { cause?: { code?: unknown } } | undefined)?.cause?.code;
    const why = typeof code === 'string' ? ` (${code})` : '';
    super(`cannot reach the API at ${baseUrl}${why} — start it with \`npm start\``, options);
  }
}

/**
 * The API answered 401 or 403 to the token the script used.
 *
 * @example
 * ```ts
 * throw new TokenRejectedError('http://127.0.0.1:3000', 'user123', 401, 'Unauthorized');
 * ```
 */
export class TokenRejectedError extends Error {
  override readonly name = 'TokenRejectedError';
  constructor(baseUrl: string, userId: string, status: number, detail: string, options?: { cause?: unknown }) {
    const hint =
      status === 403
        ? `the token is not for user ${userId}: set USER_ID to its sub`
        : 'set API_TOKEN to a valid token, or unset it to get a dev token from the local API';
    super(`the API at ${baseUrl} rejected the token (${status} ${detail}) — ${hint}`, options);
  }
}

/**
 * No API_TOKEN was given and the API has no dev token endpoint (only the local API has one).
 *
 * @example
 * ```ts
 * throw new DevTokenUnavailableError('https://api.example.com/_local/token?sub=u1', 403);
 * ```
 */
export class DevTokenUnavailableError extends Error {
  override readonly name = 'DevTokenUnavailableError';
  constructor(tokenUrl: string, status: number, options?: { cause?: unknown }) {
    super(`no dev token at ${tokenUrl} (HTTP ${status}): only the local API has one — set API_TOKEN`, options);
  }
}

/**
 * An input file that cannot be read or parsed as a whole.
 *
 * @example
 * ```ts
 * throw new InputFileError('tasks.json', 'expected a JSON array of tasks');
 * ```
 */
export class InputFileError extends Error {
  override readonly name = 'InputFileError';
  constructor(path: string, reason: string, options?: { cause?: unknown }) {
    super(`cannot import ${path}: ${reason}`, options);
  }
}

/**
 * The export's `--out` cannot be written: a missing folder, a folder, no permission.
 *
 * @example
 * ```ts
 * throw new OutputFileError('out/tasks.json', 'the folder out does not exist');
 * ```
 */
export class OutputFileError extends Error {
  override readonly name = 'OutputFileError';
  constructor(path: string, reason: string, options?: { cause?: unknown }) {
    super(`cannot write ${path}: ${reason}`, options);
  }
}

/**
 * An import file that parsed but holds no task at all: almost always the wrong file.
 *
 * @example
 * ```ts
 * throw new EmptyInputError('tasks.csv');
 * ```
 */
export class EmptyInputError extends Error {
  override readonly name = 'EmptyInputError';
  constructor(path: string) {
    super(`no rows in ${path}`);
  }
}
