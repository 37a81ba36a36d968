// Compiles every request and response schema with ajv at build time and emits standalone
// ES modules. The output imports only this package's tiny runtime helpers, never ajv, so a
// Lambda cold start pays for no schema compilation.
import { _ } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import standalone from 'ajv/dist/standalone/index.js';

const standaloneCode = standalone.default;

import { formats } from '../src/runtime/formats.ts';
import { type JsonObject, type Locate, SpecError } from './load-spec.ts';
import type { OperationModel } from './operation-model.ts';

export const SCHEMA_BASE = 'https://serverless-todo.dev/openapi/components/schemas/';
// OpenAPI keywords that are annotations, not assertions.
const ANNOTATIONS = ['example', 'discriminator', 'xml', 'externalDocs'];

/** Points local component refs at the ids the schemas are registered under; drops x- keys. */
function toAjvSchema(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(toAjvSchema);
  if (typeof node !== 'object' || node === null) return node;
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(node)) {
    if (key.startsWith('x-')) continue;
    if (key === '$ref' && typeof value === 'string') {
      const prefix = '#/components/schemas/';
      if (!value.startsWith(prefix)) throw new SpecError(`schema $ref "${value}" must point into ${prefix}`);
      out.$ref = SCHEMA_BASE + value.slice(prefix.length);
    } else {
      out[key] = toAjvSchema(value);
    }
  }
  return out;
}

export function newAjv(options: { coerceTypes: boolean; messages?: boolean }) {
  const ajv = new Ajv2020({
    code: { source: true, esm: true, formats: _`formats`, optimize: true },
    // Request validators leave out ajv's English: runtime/error-sentences.ts words each
    // error from its keyword and params, so the bundles carry neither text.
    messages: options.messages ?? true,
    allErrors: true,
    strict: true,
    strictRequired: false,
    allowUnionTypes: true,
    useDefaults: true,
    coerceTypes: options.coerceTypes,
  });
  ajv.addVocabulary(ANNOTATIONS);
  for (const [name, format] of Object.entries(formats)) ajv.addFormat(name, format);
  return ajv;
}

export function addComponents(ajv: ReturnType<typeof newAjv>, spec: JsonObject) {
  const schemas = ((spec.components as JsonObject).schemas ?? {}) as Record<string, unknown>;
  for (const [name, schema] of Object.entries(schemas)) {
    ajv.addSchema({ ...(toAjvSchema(schema) as JsonObject), $id: SCHEMA_BASE + name });
  }
}

/** The object `{ path, query, headers }` that one request's parameters form. */
function parametersSchema(op: OperationModel): JsonObject {
  const group = (place: 'path' | 'query' | 'header') => {
    const params = op.parameters.filter((p) => p.in === place);
    // Header names are case-insensitive: the runtime lowercases them before validating.
    const key = (name: string) => (place === 'header' ? name.toLowerCase() : name);
    return {
      type: 'object',
      properties: Object.fromEntries(params.map((p) => [key(p.name), toAjvSchema(p.schema)])),
      required: params.filter((p) => p.required).map((p) => key(p.name)),
    };
  };
  return {
    type: 'object',
    properties: { path: group('path'), query: group('query'), headers: group('header') },
    required: ['path', 'query', 'headers'],
  };
}

/** Post-processes ajv's standalone output into a self-contained, typed-enough ES module. */
export function finish(code: string, exportsTable: string, extraImport = '', runtime = '../runtime/'): string {
  let body = code.replace(/^"use strict";/, '');
  body = body.replaceAll('require("ajv/dist/runtime/ucs2length").default', 'ucs2length');
  const leftover = /require\("([^"]+)"\)/.exec(body);
  if (leftover) throw new Error(`ajv emitted an unsupported runtime import: ${leftover[1]}`);
  return [
    '// @ts-nocheck -- ajv standalone output; typed through the table at the end.',
    `import { formats } from '${runtime}formats.ts';`,
    `import { ucs2length } from '${runtime}ucs2length.ts';`,
    extraImport || `import type { ValidateFunction } from '${runtime}validate-function.ts';`,
    body,
    exportsTable,
    '',
  ].join('\n');
}

/** Wraps one standalone validator in its own scope, so several share a module without clashes. */
function scoped(ajv: ReturnType<typeof newAjv>, id: string): string {
  const code = standaloneCode(ajv, { v: id }).replace(/^"use strict";/, '');
  const exported = /export const v = (\w+);/.exec(code);
  if (!exported) throw new Error(`ajv emitted no export for ${id}`);
  return `(() => {${code.replace(exported[0], '')}\nreturn ${exported[1]};\n})()`;
}

/**
 * One module per operation: what checking its requests needs and nothing else, so a function
 * that serves one operation loads one operation's validators. Parameters are coerced from
 * strings to their declared types; bodies are checked as parsed, with defaults filled in.
 */
export function requestSpecSource(spec: JsonObject, op: OperationModel): string {
  const params = newAjv({ coerceTypes: true, messages: false });
  addComponents(params, spec);
  params.addSchema({ $id: op.operationId, ...parametersSchema(op) });
  let body = 'null';
  if (op.body !== null) {
    const bodies = newAjv({ coerceTypes: false, messages: false });
    addComponents(bodies, spec);
    bodies.addSchema({ $id: op.operationId, ...(toAjvSchema(op.body.schema) as JsonObject) });
    body = scoped(bodies, op.operationId);
  }
  const info = {
    operationId: op.operationId,
    auth: op.auth,
    body: op.body && { contentType: op.body.contentType, maxBytes: op.body.maxBytes, required: op.body.required },
  };
  const fields = JSON.stringify(info).slice(1, -1);
  return finish(
    `/** How to check a ${op.method} ${op.path} request. */\nexport const ${op.operationId}: RequestSpec<'${op.operationId}'> = {${fields}, parameters: ${scoped(params, op.operationId)}, checkBody: ${body}};`,
    '',
    "import type { RequestSpec } from '../../runtime/request-spec.ts';",
    '../../runtime/',
  );
}

/** The request spec of every operation, for callers that serve them all (the mocks). */
export function requestSpecsIndexSource(ops: readonly OperationModel[]): string {
  return [
    ...ops.map((op) => `import { ${op.operationId} } from './requests/${op.operationId}.ts';`),
    '',
    "/** Every operation's request spec, by operationId. */",
    `export const requestSpecs = { ${ops.map((op) => op.operationId).join(', ')} } as const;`,
    '',
  ].join('\n');
}

/** Response validators keyed "operationId status contentType", for tests and conformance checks. */
export function responseValidatorsSource(spec: JsonObject, ops: readonly OperationModel[]): string {
  const ajv = newAjv({ coerceTypes: false });
  addComponents(ajv, spec);
  const exportsMap: Record<string, string> = {};
  const rows: string[] = [];
  for (const op of ops) {
    for (const r of op.responses) {
      if (!r.schema || !r.contentType) continue;
      const id = `${op.operationId}${r.status}`;
      ajv.addSchema({ $id: id, ...(toAjvSchema(r.schema) as JsonObject) });
      exportsMap[id] = id;
      rows.push(`  ${JSON.stringify(`${op.operationId} ${r.status} ${r.contentType}`)}: ${id},`);
    }
  }
  const table = [
    '/** Response body validators keyed `"<operationId> <status> <contentType>"`. */',
    'export const responseValidators: Record<string, ValidateFunction> = {',
    ...rows,
    '};',
  ].join('\n');
  return finish(standaloneCode(ajv, exportsMap), table);
}

/** Every `pattern` of the spec with its `x-pattern-message`; a pattern without one is an error. */
function patternMessages(
  node: unknown,
  path: (string | number)[],
  where: Locate,
  out: Map<string, string>,
): Map<string, string> {
  if (Array.isArray(node)) {
    for (const [i, item] of node.entries()) patternMessages(item, [...path, i], where, out);
  } else if (typeof node === 'object' && node !== null) {
    const record = node as JsonObject;
    if (typeof record.pattern === 'string' && typeof record.type !== 'undefined') {
      const message = record['x-pattern-message'];
      if (typeof message !== 'string' || !message.startsWith('must ')) {
        throw new SpecError(
          `${where([...path, 'pattern'])}: a pattern needs an x-pattern-message that starts with "must "`,
        );
      }
      const known = out.get(record.pattern);
      if (known !== undefined && known !== message) {
        throw new SpecError(
          `${where([...path, 'pattern'])}: pattern ${record.pattern} has two different x-pattern-message texts`,
        );
      }
      out.set(record.pattern, message);
    }
    for (const [key, value] of Object.entries(record)) patternMessages(value, [...path, key], where, out);
  }
  return out;
}

/** What each pattern of the spec means, in words, for the errors that name it. */
export function patternMessagesSource(spec: JsonObject, where: Locate): string {
  const messages = Object.fromEntries(patternMessages(spec, [], where, new Map()));
  return [
    "/** The spec's `x-pattern-message` of each `pattern`, keyed by the pattern. */",
    `export const patternMessages: Readonly<Record<string, string>> = ${JSON.stringify(messages, null, 2)};`,
    '',
  ].join('\n');
}
