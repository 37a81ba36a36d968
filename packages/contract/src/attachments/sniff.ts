// What a file really is, from its first bytes. The allow-list is seven types, so the few
// signatures are checked here rather than through a sniffing library: the maintained ones
// (file-type and the like) weigh more than this whole function and read streams we do not
// need. Binary formats have magic numbers; text has none, so text is "valid UTF-8 with no
// control characters that text files do not use, and not markup a browser would render".

/** What the first bytes of a file show it to be. */
export type SniffedKind = 'image/png' | 'image/jpeg' | 'image/gif' | 'image/webp' | 'application/pdf' | 'text';

/** How many leading bytes the sniffer wants: enough for every signature and a text sample. */
export const SNIFF_BYTES = 4096;

const ascii = (text: string) => Array.from(text, (c) => c.charCodeAt(0));

const startsWith = (bytes: Uint8Array, signature: readonly number[], at = 0) =>
  bytes.length >= at + signature.length && signature.every((byte, i) => bytes[at + i] === byte);

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];
const GIF87 = ascii('GIF87a');
const GIF89 = ascii('GIF89a');
const RIFF = ascii('RIFF');
const WEBP = ascii('WEBPVP8');
const PDF = ascii('%PDF-');
// WHATWG MIME Sniffing's HTML signatures (tag names followed by a space or '>'), checked
// case-insensitively after leading whitespace: text that a browser would take for HTML.
const HTML_TAGS = [
  '<!doctype html',
  '<html',
  '<head',
  '<script',
  '<iframe',
  '<h1',
  '<div',
  '<font',
  '<table',
  '<a',
  '<style',
  '<title',
  '<b',
  '<body',
  '<br',
  '<p',
  '<!--',
  '<?xml',
  '<svg',
];

/**
 * The kind of file `bytes` (its first bytes; `whole` when they are all of it) begin, or
 * undefined when it is none of the allowed kinds.
 *
 * @example
 * ```ts
 * sniff(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])); // 'image/png'
 * sniff(new TextEncoder().encode('a,b\n1,2\n')); // 'text'
 * sniff(new TextEncoder().encode('<!DOCTYPE html><p>hi')); // undefined
 * ```
 */
export function sniff(bytes: Uint8Array, whole = false): SniffedKind | undefined {
  if (startsWith(bytes, PNG)) return 'image/png';
  if (startsWith(bytes, JPEG)) return 'image/jpeg';
  if (startsWith(bytes, GIF87) || startsWith(bytes, GIF89)) return 'image/gif';
  if (startsWith(bytes, RIFF) && startsWith(bytes, WEBP, 8)) return 'image/webp';
  if (startsWith(bytes, PDF)) return 'application/pdf';
  return isPlainText(whole ? bytes : trimPartialSequence(bytes)) ? 'text' : undefined;
}

/**
 * Whether a declared content type is what the sniffed kind shows. text/plain and text/csv
 * share one kind: no signature tells a CSV from other text.
 *
 * @example
 * ```ts
 * matchesDeclared('text/csv', 'text'); // true
 * matchesDeclared('image/png', 'text'); // false
 * ```
 */
export function matchesDeclared(declared: string, sniffed: SniffedKind | undefined): boolean {
  if (sniffed === undefined) return false;
  return declared === 'text/plain' || declared === 'text/csv' ? sniffed === 'text' : declared === sniffed;
}

/** Tab, LF, FF and CR are text; any other C0 control or DEL is not (UTF-8 never uses them in sequences). */
const isControl = (byte: number) =>
  (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d) || byte === 0x7f;

/** Valid UTF-8 (a sequence cut at the sample's end is fine), no NUL or other controls, no markup. */
function isPlainText(bytes: Uint8Array): boolean {
  if (bytes.length === 0 || bytes.some(isControl)) return false;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return false;
  }
  const start = text
    .replace(/^\uFEFF/, '')
    .trimStart()
    .toLowerCase();
  return !HTML_TAGS.some((tag) => start.startsWith(tag) && /^[\s>]|^$/.test(start.slice(tag.length, tag.length + 1)));
}

/** Drops a multi-byte UTF-8 sequence that the sample cut short, so decoding does not fail on it. */
function trimPartialSequence(bytes: Uint8Array): Uint8Array {
  for (let back = 1; back <= Math.min(3, bytes.length); back++) {
    const byte = bytes[bytes.length - back] as number;
    if ((byte & 0xc0) !== 0x80) {
      const need = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
      return need > back ? bytes.subarray(0, bytes.length - back) : bytes;
    }
  }
  return bytes;
}
