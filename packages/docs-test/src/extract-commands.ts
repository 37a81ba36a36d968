// Reads the ```sh blocks of a Markdown document as the commands a reader would type, and the
// `<!-- docs-test: … -->` marker right before a block that says how to run it.

/** How a block runs: each command in turn; as servers; only statically checked; not at all. */
export type BlockKind = 'run' | 'server' | 'check-only' | 'skip';

/** One command as typed: continuation lines joined, comment lines dropped. */
export interface Command {
  readonly text: string;
  /** 1-based line of the document where the command starts. */
  readonly line: number;
}

/** A ```sh block and its marker. */
export interface Block {
  readonly kind: BlockKind;
  /** Why a block is skipped or only checked, as written in the marker. */
  readonly reason?: string;
  /** For servers: the URL that answers once the server is up. */
  readonly url?: string;
  readonly commands: readonly Command[];
  /** 1-based line of the opening fence. */
  readonly line: number;
}

/** A marker the extractor did not understand: a typo must not silently run or skip a block. */
export class MarkerError extends Error {
  constructor(file: string, line: number, marker: string) {
    super(
      `${file}:${line}: unknown docs-test marker "${marker}"; use skip (reason), check-only (reason) or server URL`,
    );
    this.name = 'MarkerError';
  }
}

export const MARKER = /^\s*<!--\s*docs-test:\s*(.*?)\s*-->\s*$/;
export const FENCE = /^(\s*)```(\S*)\s*$/;

function parseMarker(file: string, line: number, text: string): Pick<Block, 'kind' | 'reason' | 'url'> | null {
  if (/^file\s+\S+$/.test(text)) return null; // a code file's marker: see code-files.ts
  const skip = /^(skip|check-only)\s+\((.+)\)$/.exec(text);
  if (skip) return { kind: skip[1] as 'skip' | 'check-only', reason: skip[2] as string };
  const server = /^server\s+(https?:\/\/\S+)$/.exec(text);
  if (server) return { kind: 'server', url: server[1] as string };
  throw new MarkerError(file, line, text);
}

/** Joins `\`-continued lines and drops blank and comment-only lines. */
function commandsOf(lines: readonly string[], firstLine: number): Command[] {
  const commands: Command[] = [];
  let pending: { text: string; line: number } | null = null;
  lines.forEach((raw, i) => {
    const line = raw.trim();
    if (pending === null && (line === '' || line.startsWith('#'))) return;
    const continued = line.endsWith('\\');
    const part = continued ? line.slice(0, -1).trimEnd() : line;
    pending = pending ? { text: `${pending.text} ${part}`, line: pending.line } : { text: part, line: firstLine + i };
    if (!continued) {
      commands.push(pending);
      pending = null;
    }
  });
  if (pending) commands.push(pending);
  return commands;
}

/**
 * The ```sh blocks of `markdown` (named `file` in errors), in document order.
 *
 * @example
 * ```ts
 * extractBlocks('README.md', '```sh\nnpm start\n```\n');
 * // [{ kind: 'run', line: 1, commands: [{ text: 'npm start', line: 2 }] }]
 * ```
 */
export function extractBlocks(file: string, markdown: string): Block[] {
  const lines = markdown.split('\n');
  const blocks: Block[] = [];
  let marker: Pick<Block, 'kind' | 'reason' | 'url'> | null = null;
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i] as string;
    const markerMatch = MARKER.exec(text);
    if (markerMatch) {
      marker = parseMarker(file, i + 1, markerMatch[1] as string);
      continue;
    }
    const fence = FENCE.exec(text);
    if (!fence) {
      if (text.trim() !== '') marker = null; // a marker applies only to the very next block
      continue;
    }
    const body: string[] = [];
    let end = i + 1;
    while (end < lines.length && !/^\s*```\s*$/.test(lines[end] as string)) body.push(lines[end++] as string);
    if (fence[2] === 'sh') {
      blocks.push({ kind: 'run', ...marker, commands: commandsOf(body, i + 2), line: i + 1 });
    }
    marker = null;
    i = end;
  }
  return blocks;
}

/**
 * Inline code spans that are commands (`npm …`, `npx pnpm …`), for the static script check.
 *
 * @example
 * ```ts
 * inlineCommands('Run `npm run import` now.'); // [{ text: 'npm run import', line: 1 }]
 * ```
 */
export function inlineCommands(markdown: string): Command[] {
  const found: Command[] = [];
  let inFence = false;
  markdown.split('\n').forEach((text, i) => {
    if (FENCE.test(text)) inFence = !inFence;
    if (inFence) return;
    for (const match of text.matchAll(/`((?:npm|npx pnpm) [^`]+)`/g))
      found.push({ text: match[1] as string, line: i + 1 });
  });
  return found;
}
