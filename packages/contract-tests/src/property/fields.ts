// Arbitraries for the contract's fields, written from openapi.yaml's schemas: the valid ones
// stay inside each schema (lengths in code points, as JSON Schema counts them), the invalid
// ones break exactly one rule. Whether a whole request is valid is never taken on trust:
// the property runner asks the contract's validateRequest about every generated request.
import fc from 'fast-check';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Any code point except lone surrogates, so every string survives UTF-8 on the wire. */
const text = (minLength: number, maxLength: number) => fc.string({ unit: 'binary', minLength, maxLength });

/** Title: 1..200 code points with a non-whitespace one; mostly short, sometimes near the cap. */
export const validTitle = fc
  .oneof({ arbitrary: text(1, 40), weight: 4 }, { arbitrary: text(190, 200), weight: 1 })
  .filter((title) => /\S/u.test(title));

/** Description: 0..2000 code points. */
export const validDescription = fc.oneof(
  { arbitrary: text(0, 60), weight: 4 },
  { arbitrary: text(1990, 2000), weight: 1 },
);

export const validStatus = fc.constantFrom('pending', 'in_progress', 'done');

/** RFC 3339 date-times in the spellings the contract accepts: fraction, `t`/`z`, offsets. */
export const validDueDate = fc.oneof(
  fc.constant(null),
  fc
    .record({
      date: fc.date({
        min: new Date('1970-01-01T00:00:00Z'),
        max: new Date('2999-12-31T23:59:59Z'),
        noInvalidDate: true,
      }),
      fraction: fc.option(fc.stringMatching(/^[0-9]{1,9}$/), { nil: undefined }),
      t: fc.constantFrom('T', 't'),
      zone: fc.oneof(
        fc.constantFrom('Z', 'z'),
        fc
          .tuple(fc.constantFrom('+', '-'), fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
          .map(([s, h, m]) => `${s}${pad(h)}:${pad(m)}`),
      ),
    })
    .map(({ date, fraction, t, zone }) => {
      const d = `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
      const time = `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}`;
      return `${d}${t}${time}${fraction === undefined ? '' : `.${fraction}`}${zone}`;
    }),
);

/** A TaskCreate body: title required, the rest optional. */
export const validTaskCreate = fc.record(
  { title: validTitle, description: validDescription, status: validStatus, due_date: validDueDate },
  { requiredKeys: ['title'] },
);

/** A TaskUpdate body: any non-empty subset of the fields. */
export const validTaskUpdate = fc
  .record(
    { title: validTitle, description: validDescription, status: validStatus, due_date: validDueDate },
    { requiredKeys: [] },
  )
  .filter((body) => Object.keys(body).length > 0);

/** Content types the contract reads as JSON (media type compared case-insensitively, parameters ignored). */
export const jsonContentType = fc.constantFrom(
  'application/json',
  'application/json; charset=utf-8',
  'Application/JSON',
);

/** Query parameters and headers no operation declares; the API must ignore them. */
export const extraQuery = fc.dictionary(fc.stringMatching(/^x[a-z]{0,8}$/), text(0, 12), { maxKeys: 2 });
export const extraHeaders = fc.dictionary(
  fc.stringMatching(/^x-extra-[a-z]{1,8}$/),
  fc.stringMatching(/^[\x21-\x7e]{1,20}$/),
  {
    maxKeys: 2,
  },
);

/** A user id the contract accepts (`^[A-Za-z0-9._@-]+$`, ≤ 128) but nobody signs for. */
export const validUserIdChars = fc.stringMatching(/^[A-Za-z0-9_@-][A-Za-z0-9._@-]{0,40}$/);

/** Idempotency-Key: 1..255 printable ASCII, no space. A per-run suffix keeps keys unique. */
export const validIdempotencyKey = fc.stringMatching(/^[\x21-\x7e]{1,40}$/);

// ---- invalid values: each breaks one rule of its schema ----

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
