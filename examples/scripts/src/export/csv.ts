// CSV output (RFC 4180): a field is quoted when it holds a comma, a quote, CR or LF, or
// starts or ends with a space; quotes inside are doubled; records end with CRLF.

const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

/**
 * One CSV record, CRLF-terminated. null and undefined become empty fields.
 *
 * @example
 * ```ts
 * csvRecord(['a', 'b, "c"', null]); // 'a,"b, ""c""",\r\n'
 * ```
 */
export function csvRecord(values: readonly unknown[]): string {
  const fields = values.map((value) => {
    const text = value === null || value === undefined ? '' : String(value);
    return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  });
  return `${fields.join(',')}\r\n`;
}
