// asyncapi.yaml → the realtime part of src/generated: message types, precompiled message
// validators and the table of messages, handshake and limits. The payload schemas and the
// openapi.yaml schemas they refer to are merged into one component set first, so the types
// and validators come from the same generators as the REST contract's.
import standalone from 'ajv/dist/standalone/index.js';
import openapiTS, { astToString } from 'openapi-typescript';
import { addComponents, finish, newAjv, patternMessagesSource, SCHEMA_BASE } from './build-validators.ts';
import { type LoadedAsyncApi, OPENAPI_SCHEMA_REF } from './load-asyncapi.ts';
import { type JsonObject, SpecError } from './load-spec.ts';
import type { RealtimeModel } from './realtime-model.ts';

const standaloneCode = standalone.default;
const LOCAL_REF = '#/components/schemas/';

/** Rewrites refs into openapi.yaml to local ones, so the merged set is one document. */
function localRefs(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(localRefs);
  if (typeof node !== 'object' || node === null) return node;
  return Object.fromEntries(
    Object.entries(node).map(([key, value]) =>
      key === '$ref' && typeof value === 'string' && value.startsWith(OPENAPI_SCHEMA_REF)
        ? [key, LOCAL_REF + value.slice(OPENAPI_SCHEMA_REF.length)]
        : [key, localRefs(value)],
    ),
  );
}

function refsIn(node: unknown, out: Set<string>): Set<string> {
  if (Array.isArray(node)) for (const item of node) refsIn(item, out);
  else if (typeof node === 'object' && node !== null) {
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string' && value.startsWith(LOCAL_REF))
        out.add(value.slice(LOCAL_REF.length));
      else refsIn(value, out);
    }
  }
  return out;
}

/**
 * The realtime schemas plus every openapi.yaml schema they reach, as one OpenAPI-shaped
 * document (only `components.schemas`), refs local.
 */
export function mergedSchemas(openapi: JsonObject, loaded: LoadedAsyncApi): JsonObject {
  const restSchemas = ((openapi.components as JsonObject).schemas ?? {}) as JsonObject;
  const own = localRefs(((loaded.doc.components as JsonObject).schemas ?? {}) as JsonObject) as JsonObject;
  for (const name of Object.keys(own)) {
    if (name in restSchemas) {
      throw new SpecError(
        `${loaded.where(['components', 'schemas', name])}: schema ${name} is also a schema of openapi.yaml; give it another name`,
      );
    }
  }
  const all: JsonObject = { ...restSchemas, ...own };
  const reached = new Set(Object.keys(own));
  for (let grew = true; grew; ) {
    grew = false;
    for (const name of [...reached]) {
      for (const ref of refsIn(all[name], new Set())) {
        if (!reached.has(ref)) {
          reached.add(ref);
          grew = true;
        }
      }
    }
  }
  const schemas = Object.fromEntries(
    Object.keys(all)
      .filter((n) => reached.has(n))
      .map((n) => [n, all[n]]),
  );
  return {
    openapi: '3.1.0',
    info: { title: 'realtime', version: String((loaded.doc.info as JsonObject).version) },
    paths: {},
    components: { schemas },
  };
}

/** TypeScript types of every merged schema (openapi-typescript, as for the REST contract). */
export async function realtimeTypesSource(merged: JsonObject): Promise<string> {
  const ast = await openapiTS(structuredClone(merged) as never, { alphabetize: false });
  return astToString(ast);
}

const union = (names: readonly string[]) => (names.length === 0 ? 'never' : names.map((n) => `'${n}'`).join(' | '));

/** Named aliases of the realtime schemas and the message maps that tie names to payloads. */
export function realtimeAliasesSource(loaded: LoadedAsyncApi, model: RealtimeModel): string {
  const own = Object.keys(((loaded.doc.components as JsonObject).schemas ?? {}) as JsonObject);
  const of = (pick: (m: RealtimeModel['messages'][number]) => boolean) =>
    model.messages.filter(pick).map((m) => m.name);
  return [
    "import type { components } from './realtime-types.ts';",
    '',
    ...own.map((name) => `export type ${name} = components['schemas']['${name}'];`),
    '',
    '/** Every message of asyncapi.yaml, by its name (the payload’s `type`). */',
    'export interface RealtimeMessages {',
    ...model.messages.map((m) => `  '${m.name}': ${m.schemaName};`),
    '}',
    '',
    '/** The name of any message. */',
    'export type RealtimeMessageName = keyof RealtimeMessages;',
    '/** The change events: what the server sends unasked. */',
    `export type ChangeEventName = ${union(of((m) => m.from === 'server' && !m.reply))};`,
    '/** Everything the server sends: the change events and the replies. */',
    `export type ServerMessageName = ${union(of((m) => m.from === 'server'))};`,
    '/** What a client may send. */',
    `export type ClientMessageName = ${union(of((m) => m.from === 'client'))};`,
    '',
  ].join('\n');
}

/** The runtime table: each message's sender and schema, the handshake and the limits. */
export function realtimeTableSource(model: RealtimeModel): string {
  const rows = model.messages.map(
    (m) =>
      `  '${m.name}': { from: '${m.from}', reply: ${m.reply}, operationId: '${m.operationId}', schema: '${m.schemaName}' },`,
  );
  const limits = Object.entries(model.limits).map(([k, v]) => `  ${k}: ${v},`);
  return [
    "import type { RealtimeMessageName } from './realtime-schemas.ts';",
    '',
    '/** Every message of asyncapi.yaml: who sends it, whether it answers a client message, its payload schema. */',
    'export const realtimeMessages = {',
    ...rows,
    "} as const satisfies Record<RealtimeMessageName, { from: 'server' | 'client'; reply: boolean; operationId: string; schema: string }>;",
    '',
    '/** The query parameter that carries the ID token on the handshake. */',
    `export const REALTIME_TOKEN_PARAMETER = '${model.tokenParameter}';`,
    '',
    '/** The servers of asyncapi.yaml: where the realtime API is, locally and in AWS. */',
    `export const realtimeServers = ${JSON.stringify(model.servers, null, 2)} as const;`,
    '',
    '/** API Gateway’s WebSocket limits, as asyncapi.yaml states them (x-limits). */',
    'export const realtimeLimits = {',
    ...limits,
    '} as const;',
    '',
    '/** An attachment event’s version for each attachment status (AttachmentVersion, x-version-by-status). */',
    `export const attachmentVersionByStatus = ${JSON.stringify(model.attachmentVersions)} as const;`,
    '',
  ].join('\n');
}

/** One precompiled validator per message, keyed by its name. */
export function realtimeValidatorsSource(merged: JsonObject, loaded: LoadedAsyncApi, model: RealtimeModel): string {
  // Every pattern needs its words, in this document as in openapi.yaml.
  patternMessagesSource(loaded.doc, loaded.where);
  const ajv = newAjv({ coerceTypes: false });
  addComponents(ajv, merged);
  const exportsMap: Record<string, string> = {};
  const rows: string[] = [];
  for (const m of model.messages) {
    // A prefix keeps a message key (`error`, `formats`) from clashing with ajv's own names.
    const id = `message_${m.key}`;
    ajv.addSchema({ $id: id, $ref: SCHEMA_BASE + m.schemaName });
    exportsMap[id] = id;
    rows.push(`  '${m.name}': ${id},`);
  }
  const table = [
    '/** Message validators keyed by message name (the payload’s `type`). */',
    'export const realtimeValidators: Readonly<Record<string, ValidateFunction>> = {',
    ...rows,
    '};',
  ].join('\n');
  return finish(standaloneCode(ajv, exportsMap), table);
}

/**
 * asyncapi.yaml as one self-contained document: the openapi.yaml schemas it reaches copied
 * into its components, every ref local. Tools that cannot follow a file ref (the docs page in
 * a browser) read this.
 */
export function bundledDocumentSource(merged: JsonObject, loaded: LoadedAsyncApi): string {
  const doc = localRefs(loaded.doc) as JsonObject;
  const components = doc.components as JsonObject;
  components.schemas = { ...((merged.components as JsonObject).schemas as JsonObject) };
  return [
    '/** asyncapi.yaml with the openapi.yaml schemas it refers to copied in: no external refs. */',
    `export const asyncapiDocument: Readonly<Record<string, unknown>> = ${JSON.stringify(doc, null, 2)};`,
    '',
  ].join('\n');
}
