// Extracts, from the checked spec, what every generated file needs to know about each
// operation. One walk over `paths`; everything downstream reads this model.
import { deref, type JsonObject, type Locate, SpecError } from './load-spec.ts';

const METHODS = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']);
const isMethod = (key: string) => METHODS.has(key);

export interface ParameterModel {
  readonly name: string;
  readonly in: 'path' | 'query' | 'header';
  readonly required: boolean;
  readonly schema: JsonObject;
}

export interface ResponseModel {
  readonly status: number;
  /** The documented content type, or null for a bodiless response (204). */
  readonly contentType: string | null;
  readonly schema: JsonObject | null;
  /** Documented response header names, as written in the spec. */
  readonly headers: readonly string[];
  /** The documented headers marked `required: true`: always present. */
  readonly requiredHeaders: readonly string[];
}

export interface OperationModel {
  readonly operationId: string;
  readonly method: string;
  readonly path: string;
  readonly auth: boolean;
  readonly parameters: readonly ParameterModel[];
  readonly body: {
    readonly required: boolean;
    readonly contentType: string;
    readonly schema: JsonObject;
    readonly maxBytes: number;
  } | null;
  readonly successStatus: number;
  readonly responses: readonly ResponseModel[];
}

/** Reads every operation of the spec, in document order. */
export function operationModel(spec: JsonObject, locate: Locate): OperationModel[] {
  const paths = spec.paths as Record<string, JsonObject>;
  const rootSecurity = (spec.security as unknown[] | undefined) ?? [];
  const result: OperationModel[] = [];
  const seen = new Set<string>();
  for (const [path, item] of Object.entries(paths)) {
    const shared = ((item.parameters as unknown[] | undefined) ?? []).map((p) => deref<JsonObject>(spec, p));
    for (const method of Object.keys(item).filter(isMethod)) {
      const op = item[method] as JsonObject;
      const where = `${locate(['paths', path, method])}: ${method.toUpperCase()} ${path}`;
      const operationId = op.operationId;
      if (typeof operationId !== 'string') throw new SpecError(`${where}: an operationId is required`);
      if (seen.has(operationId)) throw new SpecError(`${where}: operationId "${operationId}" is used twice`);
      seen.add(operationId);
      const own = ((op.parameters as unknown[] | undefined) ?? []).map((p) => deref<JsonObject>(spec, p));
      const parameters = [...shared, ...own].map((p) => parameterModel(p, where));
      const security = (op.security as unknown[] | undefined) ?? rootSecurity;
      const responses = responseModels(spec, op, where);
      const successStatus = Math.min(...responses.map((r) => r.status).filter((s) => s < 300));
      if (!Number.isFinite(successStatus)) throw new SpecError(`${where}: no 2xx response is documented`);
      result.push({
        operationId,
        method: method.toUpperCase(),
        path,
        auth: security.length > 0,
        parameters,
        body: bodyModel(spec, op, where),
        successStatus,
        responses,
      });
    }
  }
  return result;
}

function parameterModel(p: JsonObject, where: string): ParameterModel {
  const place = p.in;
  if (place !== 'path' && place !== 'query' && place !== 'header') {
    throw new SpecError(`${where}: parameter "${String(p.name)}" is in "${String(place)}", which is not supported`);
  }
  if (typeof p.name !== 'string' || typeof p.schema !== 'object') {
    throw new SpecError(`${where}: every parameter needs a name and a schema`);
  }
  return { name: p.name, in: place, required: p.required === true, schema: p.schema as JsonObject };
}

function bodyModel(spec: JsonObject, op: JsonObject, where: string): OperationModel['body'] {
  if (!op.requestBody) return null;
  const body = deref<JsonObject>(spec, op.requestBody);
  const content = Object.entries((body.content as Record<string, JsonObject>) ?? {});
  const [contentType, media] = content[0] ?? [];
  if (content.length !== 1 || contentType === undefined || !media?.schema) {
    throw new SpecError(`${where}: a request body needs exactly one content type with a schema`);
  }
  const maxBytes = body['x-max-bytes'];
  if (typeof maxBytes !== 'number' || maxBytes < 1) {
    throw new SpecError(`${where}: the request body needs "x-max-bytes" (its size limit)`);
  }
  return { required: body.required === true, contentType, schema: media.schema as JsonObject, maxBytes };
}

function responseModels(spec: JsonObject, op: JsonObject, where: string): ResponseModel[] {
  const responses = Object.entries((op.responses as Record<string, unknown>) ?? {});
  if (responses.length === 0) throw new SpecError(`${where}: no responses are documented`);
  return responses.map(([code, raw]) => {
    const status = Number(code);
    if (!Number.isInteger(status)) throw new SpecError(`${where}: response "${code}" must be a status code`);
    const response = deref<JsonObject>(spec, raw);
    const content = Object.entries((response.content as Record<string, JsonObject>) ?? {});
    if (content.length > 1) throw new SpecError(`${where}: response ${code} has more than one content type`);
    const [contentType, media] = content[0] ?? [null, null];
    const headers = Object.entries((response.headers as JsonObject | undefined) ?? {});
    return {
      status,
      contentType,
      schema: (media?.schema as JsonObject | undefined) ?? null,
      headers: headers.map(([name]) => name),
      requiredHeaders: headers.filter(([, h]) => deref<JsonObject>(spec, h).required === true).map(([name]) => name),
    };
  });
}
