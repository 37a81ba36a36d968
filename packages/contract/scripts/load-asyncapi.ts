// Reads asyncapi.yaml and checks what the generators rely on, each failure one line naming
// the place: AsyncAPI 3.0, local refs that resolve, and refs into openapi.yaml that name one
// of its component schemas. The full AsyncAPI validation is the lint (`@asyncapi/parser`).
import { type JsonObject, type Locate, readYaml, resolvePointer, SpecError } from './load-spec.ts';

/** The only external refs the realtime contract may make: schemas of the REST contract. */
export const OPENAPI_SCHEMA_REF = './openapi.yaml#/components/schemas/';

export interface LoadedAsyncApi {
  readonly file: string;
  readonly text: string;
  readonly doc: JsonObject;
  readonly where: Locate;
}

function checkRefs(node: unknown, path: (string | number)[], root: JsonObject, openapi: JsonObject, where: Locate) {
  if (Array.isArray(node)) {
    for (const [i, item] of node.entries()) checkRefs(item, [...path, i], root, openapi, where);
    return;
  }
  if (typeof node !== 'object' || node === null) return;
  for (const [key, value] of Object.entries(node)) {
    if (key !== '$ref') {
      checkRefs(value, [...path, key], root, openapi, where);
      continue;
    }
    const ref = String(value);
    if (ref.startsWith(OPENAPI_SCHEMA_REF)) {
      const name = ref.slice(OPENAPI_SCHEMA_REF.length);
      const schemas = ((openapi.components as JsonObject | undefined)?.schemas ?? {}) as JsonObject;
      if (!(name in schemas))
        throw new SpecError(`${where([...path, key])}: $ref "${ref}" names no schema of openapi.yaml`);
    } else if (!ref.startsWith('#/')) {
      throw new SpecError(`${where([...path, key])}: only "#/..." and "${OPENAPI_SCHEMA_REF}..." $refs are supported`);
    } else if (resolvePointer(root, ref) === undefined) {
      throw new SpecError(`${where([...path, key])}: $ref "${ref}" points at nothing`);
    }
  }
}

/**
 * Loads and checks asyncapi.yaml against the OpenAPI document it refers to. Throws {@link SpecError}.
 *
 * @example
 * ```ts
 * const { doc } = loadAsyncApi('asyncapi.yaml', openapiSpec);
 * ```
 */
export function loadAsyncApi(file: string, openapi: JsonObject): LoadedAsyncApi {
  const { text, root, where } = readYaml(file, 'asyncapi, info and channels');
  if (typeof root.asyncapi !== 'string' || !/^3\.0\.\d+$/.test(root.asyncapi)) {
    throw new SpecError(`${where(['asyncapi'])}: "asyncapi" must be 3.0.x`);
  }
  for (const key of ['info', 'channels', 'operations', 'components'] as const) {
    if (typeof root[key] !== 'object' || root[key] === null) {
      throw new SpecError(`${where([key])}: "${key}" must be a mapping`);
    }
  }
  checkRefs(root, [], root, openapi, where);
  return { file, text, doc: root, where };
}
