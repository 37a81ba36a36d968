// The TypeScript blocks of a README are real files that typecheck: a block right after
// `<!-- docs-test: file PATH -->` must equal PATH (relative to the README's folder), so the
// two cannot drift. PATH may start with one header line naming the README, which is not shown.
import { FENCE, MARKER } from './extract-commands.ts';

/** A code block of a README and the file it must equal. */
export interface CodeBlock {
  readonly lang: string;
  /** 1-based line of the opening fence. */
  readonly line: number;
  readonly code: string;
  /** From the marker; undefined when the block has none. */
  readonly path?: string;
}

/** The header line a README example file may start with; it is not part of the block. */
export const HEADER = /^\/\/ A code block of .*README\.md.*\n/;

/**
 * Every fenced block of `markdown` with its language, de-indented, and its file marker.
 *
 * @example
 * ```ts
 * codeBlocks('<!-- docs-test: file a.ts -->\n```ts\nconst a = 1;\n```\n');
 * // [{ lang: 'ts', line: 2, code: 'const a = 1;\n', path: 'a.ts' }]
 * ```
 */
export function codeBlocks(markdown: string): CodeBlock[] {
  const lines = markdown.split('\n');
  const found: CodeBlock[] = [];
  let path: string | undefined;
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i] as string;
    const marker = MARKER.exec(text)?.[1]?.match(/^file\s+(\S+)$/);
    if (marker) {
      path = marker[1];
      continue;
    }
    const fence = FENCE.exec(text);
    if (!fence) {
      if (text.trim() !== '') path = undefined;
      continue;
    }
    const indent = fence[1] as string;
    const body: string[] = [];
    let end = i + 1;
    while (end < lines.length && !/^\s*```\s*$/.test(lines[end] as string)) {
      const raw = lines[end++] as string;
      body.push(raw.startsWith(indent) ? raw.slice(indent.length) : raw.trimStart());
    }
    found.push({ lang: fence[2] as string, line: i + 1, code: `${body.join('\n')}\n`, ...(path ? { path } : {}) });
    path = undefined;
    i = end;
  }
  return found;
}
