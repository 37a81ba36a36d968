/**
 * The length of a string in Unicode code points, as JSON Schema counts `maxLength`
 * (an emoji is one character, not two UTF-16 units). Replaces ajv's runtime helper so the
 * precompiled validators import nothing from ajv.
 */
export function ucs2length(value: string): number {
  let length = 0;
  for (let i = 0; i < value.length; i++) {
    length++;
    const code = value.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < value.length) {
      const next = value.charCodeAt(i + 1);
      if ((next & 0xfc00) === 0xdc00) i++;
    }
  }
  return length;
}
