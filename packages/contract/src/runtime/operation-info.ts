/** What the operation table says about one documented response. */
export interface ResponseInfo {
  /** The documented content type, or null when the response has no body. */
  readonly contentType: string | null;
  /** Documented header names, spelled as in openapi.yaml. */
  readonly headers: readonly string[];
  /** The documented headers that every such response carries (`required: true`). */
  readonly requiredHeaders: readonly string[];
}

/** One row of the generated operation table. */
export interface OperationInfo {
  readonly operationId: string;
  readonly method: string;
  /** The path template, e.g. `/users/{user_id}/tasks`. */
  readonly path: string;
  /** Path parameter names in the order the template's capture groups appear. */
  readonly pathParameters: readonly string[];
  /** Query parameters that validation fills in when absent, with their defaults. */
  readonly queryDefaults: Readonly<Record<string, unknown>>;
  /** Whether a bearer token is required. */
  readonly auth: boolean;
  readonly successStatus: number;
  readonly body: { readonly contentType: string; readonly maxBytes: number; readonly required: boolean } | null;
  readonly responses: Readonly<Record<number, ResponseInfo>>;
  /** Matches a concrete path; group i captures `pathParameters[i]`. */
  readonly pattern: RegExp;
}
