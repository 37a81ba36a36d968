import { describe, expect, it } from 'vitest';
import { verdict } from '../../src/attachments/verdict.ts';

const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const html = new TextEncoder().encode('<!doctype html><script>alert(1)</script>');

describe('verdict', () => {
  it.each([
    ['a png as declared', { size: 100, contentType: 'image/png', head: png }, { ok: true }],
    ['smaller than declared', { size: 12, contentType: 'image/png', head: png }, { ok: true }],
    ['no content type stored', { size: 12, contentType: undefined, head: png }, { ok: true }],
    [
      'larger than declared',
      { size: 101, contentType: 'image/png', head: png },
      { ok: false, reason: 'The file is 101 bytes, more than the 100 bytes declared.' },
    ],
    [
      'empty',
      { size: 0, contentType: 'image/png', head: new Uint8Array() },
      { ok: false, reason: 'The file is empty.' },
    ],
    [
      'html declared as png',
      { size: html.length, contentType: 'image/png', head: html },
      { ok: false, reason: "The file's content is not image/png." },
    ],
    [
      'another Content-Type than declared',
      { size: 12, contentType: 'text/html', head: png },
      { ok: false, reason: "The upload's Content-Type is not the declared image/png." },
    ],
  ])('%s', (_name, object, want) => {
    expect(verdict({ content_type: 'image/png', size: 100 }, object)).toEqual(want);
  });
});
