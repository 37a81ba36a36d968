import type { ValidateFunction } from './validate-function.ts';

/**
 * What checking one operation's requests takes: its generated validators and the few facts
 * about it that are not schemas. One module per operation holds one of these, so a Lambda
 * function loads only its own operation's.
 */
export interface RequestSpec<Op extends string = string> {
  readonly operationId: Op;
  /** Whether a bearer token is required. */
  readonly auth: boolean;
  readonly body: { readonly contentType: string; readonly maxBytes: number; readonly required: boolean } | null;
  /** Checks `{ path, query, headers }`, coercing strings to the declared types. */
  readonly parameters: ValidateFunction;
  /** Checks the parsed body, filling in defaults; null when the operation takes none. */
  readonly checkBody: ValidateFunction | null;
}
