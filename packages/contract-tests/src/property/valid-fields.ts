// Arbitraries for valid field values, written from openapi.yaml's schemas: they stay inside
// each schema (lengths in code points, as JSON Schema counts them). Whether a whole request
// is valid is never taken on trust: the property runner asks validateRequest about each one.
import fc from 'fast-check';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * Strings of any code point except lone surrogates (so every one survives UTF-8 on the
 * wire), with lengths in code points as JSON Schema counts them.
 *
 * @example
 * ```ts
 * fc.sample(text(1, 3), 2); // e.g. ['𝌆a', 'é']
 * ```
 */
export const text = (minLength: number, maxLength: number) => fc.string({ unit: 'binary', minLength, maxLength });

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

/** Filename: 1..255 code points, no path separator or control character. */
export const validFilename = fc
  .oneof({ arbitrary: text(1, 40), weight: 4 }, { arbitrary: text(250, 255), weight: 1 })
  // No path separators and no control characters (C0 and DEL), as the spec's pattern says.
  .filter((name) => [...name].every((c) => c !== '/' && c !== '\\' && c.charCodeAt(0) > 0x1f && c !== '\u007f'));

/** An AttachmentCreate body: a filename, one of the seven types and 1 B..10 MiB. */
export const validAttachmentCreate = fc.record({
  filename: validFilename,
  content_type: fc.constantFrom(
    'image/png',
    'image/jpeg',
    'image/gif',
    'image/webp',
    'application/pdf',
    'text/plain',
    'text/csv',
  ),
  size: fc.oneof(fc.integer({ min: 1, max: 10_485_760 }), fc.constantFrom(1, 10_485_760)),
});
