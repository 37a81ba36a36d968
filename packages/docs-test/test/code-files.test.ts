// The TypeScript blocks of READMEs that keep them as files: each marked block equals its
// file (which the package's typecheck covers), and no TypeScript block goes unmarked.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codeBlocks, HEADER } from '../src/code-files.ts';
import { findReadmes } from '../src/find-readmes.ts';
import { REPO } from '../src/workspace.ts';

/** The READMEs whose TypeScript blocks must all be files (the published packages'). */
const ALL_TS_BLOCKS_ARE_FILES = ['packages/client/README.md', 'packages/mock/README.md'];

const documents = findReadmes(REPO)
  .map((file) => ({ file, blocks: codeBlocks(readFileSync(join(REPO, file), 'utf8')) }))
  .filter(({ file, blocks }) => ALL_TS_BLOCKS_ARE_FILES.includes(file) || blocks.some((b) => b.path));

it('covers the client and mock READMEs', () => {
  expect(documents.map((d) => d.file)).toEqual(expect.arrayContaining(ALL_TS_BLOCKS_ARE_FILES));
});

describe.each(documents)('$file', ({ file, blocks }) => {
  it('has a file for every TypeScript block', () => {
    const unmarked = blocks.filter((b) => b.lang === 'ts' && !b.path).map((b) => `${file}:${b.line}`);
    expect(unmarked).toEqual([]);
  });

  it.each(blocks.filter((b) => b.path))('line $line equals $path', (block) => {
    const path = join(REPO, dirname(file), block.path as string);
    expect(existsSync(path), `${path} is missing`).toBe(true);
    expect(readFileSync(path, 'utf8').replace(HEADER, '')).toBe(block.code);
  });
});
