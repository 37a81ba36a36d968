// DynamoDB items as the stream sees them: their keys, their size by DynamoDB's own rules, and
// whether two images hold the same data (a write that changes nothing leaves no record).
import type { AttributeValue } from 'aws-lambda';

/** An item in DynamoDB JSON. */
export type Item = Record<string, AttributeValue>;

const utf8 = (text: string) => Buffer.byteLength(text, 'utf8');

/** DynamoDB stores a number in about one byte per two significant digits, plus one. */
function numberSize(text: string): number {
  const digits = text.replace(/^-/, '').replace(/e.*$/i, '').replace('.', '').replace(/^0+/, '').replace(/0+$/, '');
  return Math.ceil(Math.max(digits.length, 1) / 2) + 1;
}

const binarySize = (base64: string) => Buffer.from(base64, 'base64').length;

/** Size of one value: DynamoDB's item-size rules (lists and maps: 3 bytes + 1 per element). */
function valueSize(value: AttributeValue): number {
  if (value.S !== undefined) return utf8(value.S);
  if (value.N !== undefined) return numberSize(value.N);
  if (value.B !== undefined) return binarySize(value.B);
  if (value.SS !== undefined) return value.SS.reduce((n, s) => n + utf8(s), 0);
  if (value.NS !== undefined) return value.NS.reduce((n, s) => n + numberSize(s), 0);
  if (value.BS !== undefined) return value.BS.reduce((n, s) => n + binarySize(s), 0);
  if (value.L !== undefined) return value.L.reduce((n, v) => n + 1 + valueSize(v), 3);
  if (value.M !== undefined) return Object.entries(value.M).reduce((n, [k, v]) => n + 1 + utf8(k) + valueSize(v), 3);
  return 1; // BOOL, NULL
}

/**
 * An item's size in bytes: attribute names plus values, as DynamoDB counts it.
 *
 * @example
 * ```ts
 * itemSize({ Id: { N: '101' }, Message: { S: 'New item!' } }); // 21
 * ```
 */
export function itemSize(item: Item): number {
  return Object.entries(item).reduce((n, [name, value]) => n + utf8(name) + valueSize(value), 0);
}

/**
 * The key attributes of an item, in key-schema order.
 *
 * @example
 * ```ts
 * keyOf({ id: { S: 'a' }, title: { S: 't' } }, ['id']); // { id: { S: 'a' } }
 * ```
 */
export function keyOf(item: Item, keyNames: readonly string[]): Item {
  const key: Item = {};
  for (const name of keyNames) {
    const value = item[name];
    if (value !== undefined) key[name] = value;
  }
  return key;
}

/** `1.50` and `01.5` are the same number, so they are the same key. */
const canonicalNumber = (text: string) =>
  /^-?\d+(\.\d+)?$/.test(text)
    ? text
        .replace(/^(-?)0+(?=\d)/, '$1')
        .replace(/(\.\d*?)0+$/, '$1')
        .replace(/\.$/, '')
    : text;

/**
 * A string naming one item of one table, for per-key serialization.
 *
 * @example
 * ```ts
 * keyString('Tasks', { pk: { S: 'u1' }, sk: { N: '1.0' } }, ['pk', 'sk']); // '["Tasks","S:u1","N:1"]'
 * ```
 */
export function keyString(table: string, key: Item, keyNames: readonly string[]): string {
  return JSON.stringify([
    table,
    ...keyNames.map((name) => {
      const value = key[name];
      if (value?.N !== undefined) return `N:${canonicalNumber(value.N)}`;
      if (value?.S !== undefined) return `S:${value.S}`;
      return `B:${value?.B ?? ''}`;
    }),
  ]);
}

const sameSet = (a: readonly string[], b: readonly string[], canon: (s: string) => string = (s) => s) => {
  const left = new Set(a.map(canon));
  return left.size === new Set(b.map(canon)).size && b.every((s) => left.has(canon(s)));
};

/** Equal data: numbers by value, sets in any order. */
function sameValue(a: AttributeValue, b: AttributeValue): boolean {
  if (a.S !== undefined) return a.S === b.S;
  if (a.N !== undefined) return b.N !== undefined && canonicalNumber(a.N) === canonicalNumber(b.N);
  if (a.B !== undefined) return a.B === b.B;
  if (a.BOOL !== undefined) return a.BOOL === b.BOOL;
  if (a.NULL !== undefined) return b.NULL !== undefined;
  if (a.SS !== undefined) return b.SS !== undefined && sameSet(a.SS, b.SS);
  if (a.NS !== undefined) return b.NS !== undefined && sameSet(a.NS, b.NS, canonicalNumber);
  if (a.BS !== undefined) return b.BS !== undefined && sameSet(a.BS, b.BS);
  if (a.L !== undefined)
    return b.L !== undefined && a.L.length === b.L.length && a.L.every((v, i) => sameValue(v, b.L![i]!));
  if (a.M !== undefined) return b.M !== undefined && sameItem(a.M, b.M);
  return false;
}

/**
 * Whether two items hold the same data.
 *
 * @example
 * ```ts
 * sameItem({ n: { N: '1.0' } }, { n: { N: '1' } }); // true
 * ```
 */
export function sameItem(a: Item, b: Item): boolean {
  const names = Object.keys(a);
  if (names.length !== Object.keys(b).length) return false;
  return names.every((name) => b[name] !== undefined && sameValue(a[name]!, b[name]!));
}

/** A number as dynalite stores it (big.js `toFixed()`): plain notation, no redundant zeros. */
function storedNumber(text: string): string {
  const m = /^(-?)(\d*)(?:\.(\d*))?(?:e([+-]?\d+))?$/i.exec(text);
  if (!m || (m[2] === '' && (m[3] ?? '') === '')) return text;
  const [, sign, int = '', frac = '', exp = '0'] = m;
  let digits = int + frac;
  let point = int.length + Number(exp);
  const leading = /^0*/.exec(digits)![0].length;
  digits = digits.slice(leading).replace(/0+$/, '');
  point -= leading;
  if (digits === '') return `${sign}0`;
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return `${sign}${digits}${'0'.repeat(point - digits.length)}`;
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

function storedValue(value: AttributeValue): AttributeValue {
  if (value.N !== undefined) return { N: storedNumber(value.N) };
  if (value.NS !== undefined) return { NS: value.NS.map(storedNumber) };
  if (value.L !== undefined) return { L: value.L.map(storedValue) };
  if (value.M !== undefined) return { M: storedItem(value.M) };
  return value;
}

/**
 * An item as dynalite stores it from a PutItem: its numbers rewritten the way its validation
 * rewrites them, everything else as sent.
 *
 * @example
 * ```ts
 * storedItem({ n: { N: '001.50' }, big: { N: '1e3' } }); // { n: { N: '1.5' }, big: { N: '1000' } }
 * ```
 */
export function storedItem(item: Item): Item {
  return Object.fromEntries(Object.entries(item).map(([name, value]) => [name, storedValue(value)]));
}
