// String formats the contract uses, written for speed: ajv-formats' full `date-time` costs
// about 0.7 µs a call, which would dominate a TaskCreate check. The precompiled validators
// import this module; the generator registers the very same functions with ajv.

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.\d{1,9})?(?:[Zz]|[+-](\d{2}):(\d{2}))$/;
const DAYS = [0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// RFC 3986 reference characters, with percent-escapes; no spaces or controls.
const URI_REFERENCE = /^(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/?#[\]]|%[0-9A-Fa-f]{2})*$/;

/** RFC 3339 date-time with a calendar check (no 2026-02-30), leap seconds allowed. */
function isDateTime(value: string): boolean {
  const m = DATE_TIME.exec(value);
  if (m === null) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const maxDay = month === 2 && !leap ? 28 : (DAYS[month] as number);
  if (day > maxDay) return false;
  if (Number(m[4]) > 23 || Number(m[5]) > 59 || Number(m[6]) > 60) return false;
  if (m[7] !== undefined && (Number(m[7]) > 23 || Number(m[8]) > 59)) return false;
  return true;
}

/** A format as ajv's standalone code calls it: `formats[name].validate(value)`. */
export interface StringFormat {
  readonly type: 'string';
  readonly validate: (value: string) => boolean;
}

/** The formats named in openapi.yaml. */
export const formats: Readonly<Record<string, StringFormat>> = {
  'date-time': { type: 'string', validate: isDateTime },
  uuid: { type: 'string', validate: (value) => UUID.test(value) },
  'uri-reference': { type: 'string', validate: (value) => URI_REFERENCE.test(value) },
};
