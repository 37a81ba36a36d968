// Reads openapi.yaml and turns every way it can be broken into one readable line:
// "<file>:<line>:<col>: <reason>". Later steps can then trust the document's shape.
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { isMap, LineCounter, parseDocument } from 'yaml';

/** A spec problem that names the file, the place and the reason. */
export class SpecError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'SpecError';
  }
}

export type JsonObject = Record<string, unknown>;

/** Maps a path inside the document to "<file>:<line>:<col>". */
export type Locate = (path: readonly (string | number)[]) => string;

export interface LoadedSpec {
  readonly file: string;
  readonly text: string;
  readonly spec: JsonObject;
  readonly where: Locate;
}

/** A YAML file parsed with positions, so later checks can point at the line they reject. */
export interface YamlFile {
  readonly text: string;
  readonly root: JsonObject;
  readonly where: Locate;
}

/** Reads and parses a YAML document that must be a mapping. Throws {@link SpecError}. */
export function readYaml(file: string, expected: string): YamlFile {
  const shown = relative(process.cwd(), file) || file;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (cause) {
    throw new SpecError(`${shown}: cannot read the file (${(cause as Error).message})`, { cause });
  }
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number | undefined) => {
    const pos = lines.linePos(offset ?? 0);
    return `${shown}:${pos.line}:${pos.col}`;
  };
  const first = doc.errors[0];
  if (first) throw new SpecError(`${at(first.pos[0])}: ${first.message.split('\n')[0]}`);

  const spec = doc.toJS({ maxAliasCount: 1000 }) as unknown;
  if (!isMap(doc.contents) || typeof spec !== 'object' || spec === null) {
    throw new SpecError(`${at(0)}: the document must be a mapping with ${expected}`);
  }
  // Locates a JSON pointer in the YAML source, for messages about valid YAML but a bad spec.
  const where: Locate = (path) => {
    for (let n = path.length; n > 0; n--) {
      const node = doc.getIn(path.slice(0, n), true) as { range?: [number, number] } | undefined;
      if (node?.range) return at(node.range[0]);
    }
    return at(0);
  };
  return { text, root: spec as JsonObject, where };
}

/** Loads and structurally checks the spec. Throws {@link SpecError}. */
export function loadSpec(file: string): LoadedSpec {
  const { text, root: spec, where } = readYaml(file, 'openapi, info and paths');
  const root = spec as JsonObject;
  if (typeof root.openapi !== 'string' || !root.openapi.startsWith('3.1')) {
    throw new SpecError(`${where(['openapi'])}: "openapi" must be 3.1.x`);
  }
  for (const key of ['info', 'paths', 'components'] as const) {
    if (typeof root[key] !== 'object' || root[key] === null) {
      throw new SpecError(`${where([key])}: "${key}" must be a mapping`);
    }
  }
  checkRefs(root, [], root, where);
  return { file, text, spec: root, where };
}

/** Every local $ref must point at something; a dangling one is reported where it stands. */
function checkRefs(node: unknown, path: (string | number)[], root: JsonObject, where: Locate): void {
  if (Array.isArray(node)) {
    node.forEach((item, i) => {
      checkRefs(item, [...path, i], root, where);
    });
    return;
  }
  if (typeof node !== 'object' || node === null) return;
  for (const [key, value] of Object.entries(node)) {
    if (key === '$ref') {
      if (typeof value !== 'string' || !value.startsWith('#/')) {
        throw new SpecError(`${where([...path, key])}: only local "#/..." $refs are supported`);
      }
      if (resolvePointer(root, value) === undefined) {
        throw new SpecError(`${where([...path, key])}: $ref "${value}" points at nothing`);
      }
    } else {
      checkRefs(value, [...path, key], root, where);
    }
  }
}

/** Resolves a local "#/a/b" pointer, or undefined. */
export function resolvePointer(root: JsonObject, ref: string): unknown {
  let node: unknown = root;
  for (const raw of ref.slice(2).split('/')) {
    const key = raw.replaceAll('~1', '/').replaceAll('~0', '~');
    if (typeof node !== 'object' || node === null || !(key in node)) return undefined;
    node = (node as JsonObject)[key];
  }
  return node;
}

/** Follows $ref chains (parameters, responses, headers) to the object they name. */
export function deref<T>(root: JsonObject, node: unknown): T {
  let current = node;
  for (let hops = 0; hops < 20; hops++) {
    const ref = (current as { $ref?: unknown } | undefined)?.$ref;
    if (typeof ref !== 'string') return current as T;
    current = resolvePointer(root, ref);
  }
  throw new SpecError(`$ref cycle at ${JSON.stringify(node)}`);
}
