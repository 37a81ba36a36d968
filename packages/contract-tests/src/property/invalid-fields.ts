// Arbitraries for invalid field values: each breaks exactly one rule of its schema in
// openapi.yaml (length, pattern, enum, format, type, or a key the schema does not have).
import fc from 'fast-check';
import { text, validUserIdChars } from './valid-fields.ts';

export const invalidTitle = fc.oneof(
  fc.constant(''),
  fc.stringMatching(/^[ \t\n\r]{1,5}$/),
  text(201, 240).filter((t) => [...t].length > 200),
  fc.constantFrom(null, 42, true, ['a'], { a: 1 }),
);
export const invalidDescription = fc.oneof(text(2001, 2030), fc.constantFrom(null, 7, false, ['x']));
export const invalidStatus = fc.oneof(
  fc.string({ maxLength: 12 }).filter((s) => !['pending', 'in_progress', 'done'].includes(s)),
  fc.constantFrom(null, 1, 'DONE', 'Pending'),
);
export const invalidDueDate = fc.oneof(
  fc.constantFrom(
    'tomorrow',
    '2026-12-01',
    '2026-02-30T00:00:00Z',
    '2026-13-01T00:00:00Z',
    '2026-12-01T24:00:00Z',
    '2026-12-01 10:00:00Z',
    '',
    20261201,
    true,
  ),
  fc.string({ maxLength: 10 }).filter((s) => !/^\d{4}-/.test(s)),
);
/** Keys outside the body schemas: server-owned, unknown, or prototype-polluting. */
export const unknownKey = fc.oneof(
  fc.constantFrom('task_id', 'user_id', 'version', 'created_at', 'updated_at', '__proto__', 'constructor'),
  fc.stringMatching(/^[a-z_]{1,12}$/).filter((k) => !['title', 'description', 'status', 'due_date'].includes(k)),
);
export const invalidLimit = fc.oneof(
  fc.constantFrom('0', '-1', '101', '1.5', 'abc', 'ten', ''),
  fc.integer({ min: 101, max: 1_000_000_000 }).map(String),
  fc.integer({ min: -1_000_000, max: 0 }).map(String),
);
export const invalidCursor = fc.oneof(
  fc.constant(''),
  fc.stringMatching(/^[A-Za-z0-9_-]{0,10}[^A-Za-z0-9_-][A-Za-z0-9_-]{0,10}$/),
  fc.constant('A'.repeat(2049)),
);
export const invalidTaskId = fc.oneof(
  fc.stringMatching(/^[A-Za-z0-9_-]{1,35}$/),
  fc.uuid().map((id) => `${id}x`),
  fc.uuid().map((id) => `g${id.slice(1)}`),
  fc.uuid().map((id) => id.replaceAll('-', '')),
);
export const invalidUserId = fc.oneof(
  fc
    .tuple(validUserIdChars, fc.constantFrom(' ', '!', '$', '~', '*', '(', "'", '+', ',', ';', '=', ':', 'é', '中'))
    .map(([id, bad]) => `${id}${bad}`),
  fc.stringMatching(/^[A-Za-z0-9]{129,140}$/),
);
export const invalidIfMatch = fc.oneof(
  fc.constantFrom('1', 'W/1', '"x"', '**', '"1234567890123456"', 'W/"', '"1",', 'w/"1"'),
  fc.stringMatching(/^[a-z0-9]{1,10}$/),
);
export const invalidIdempotencyKey = fc.oneof(
  fc.stringMatching(/^[a-z]{1,5} [a-z]{1,5}$/),
  fc.stringMatching(/^[\x21-\x7e]{256,260}$/),
);
/** Content types that are not JSON (415). */
export const nonJsonContentType = fc.constantFrom(
  'text/plain',
  'application/xml',
  'application/x-www-form-urlencoded',
  'application/jsonx',
);
/** Bodies that are JSON but not an object, or not JSON at all. */
export const nonObjectBody = fc.constantFrom(
  '[]',
  '[{"title":"x"}]',
  '42',
  '"title"',
  'null',
  'true',
  '{"title":',
  '{title: "x"}',
  'not json',
);

export const invalidFilename = fc.oneof(
  fc.constantFrom('', 'a/b.txt', '..\\x.txt', 'tab\tname', 'bell\u0007', 'del\u007f', 7, null),
  text(256, 270),
);
export const invalidContentType = fc.constantFrom(
  'text/html',
  'image/svg+xml',
  'application/octet-stream',
  'IMAGE/PNG',
  '',
  3,
);
export const invalidSize = fc.constantFrom(0, -1, 10_485_761, 1.5, '10', null);
