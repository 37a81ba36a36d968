// TypeScript types for the whole API via openapi-typescript, plus a named alias per schema.
import openapiTS, { astToString } from 'openapi-typescript';
import type { JsonObject } from './load-spec.ts';

/**
 * The API as callers see it: fields with a default (TaskCreate.status) stay optional.
 * With `validated`, the API as a handler sees it after validation filled the defaults in.
 */
export async function typesSource(spec: JsonObject, options: { validated: boolean }): Promise<string> {
  const ast = await openapiTS(structuredClone(spec) as never, {
    defaultNonNullable: options.validated,
    alphabetize: false,
  });
  return astToString(ast);
}

export function aliasesSource(spec: JsonObject): string {
  const names = Object.keys(((spec.components as JsonObject).schemas ?? {}) as JsonObject);
  return [
    "import type { components } from './openapi-types.ts';",
    '',
    ...names.map((name) => `export type ${name} = components['schemas']['${name}'];`),
    '',
  ].join('\n');
}
