// The reference setup the contract replaces: read the spec and compile validators with ajv
// when the module loads (what a Lambda without a build step pays at every cold start).
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

/** Module source that embeds the spec's schemas and compiles them with ajv at load. */
export function runtimeAjvSource(specFile: string): string {
  const spec = parse(readFileSync(specFile, 'utf8'));
  const schemas = JSON.stringify(spec.components.schemas).replaceAll('#/components/schemas/', 'https://x/');
  return `
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
const schemas = ${schemas};
const ajv = new Ajv2020({ allErrors: true, strict: false, useDefaults: true });
addFormats(ajv);
for (const [name, schema] of Object.entries(schemas)) ajv.addSchema({ ...schema, $id: 'https://x/' + name });
const compiled = {
  createTask: ajv.compile({ $ref: 'https://x/TaskCreate' }),
  updateTask: ajv.compile({ $ref: 'https://x/TaskUpdate' }),
  task: ajv.compile({ $ref: 'https://x/Task' }),
  list: ajv.compile({ $ref: 'https://x/TaskList' }),
  problem: ajv.compile({ $ref: 'https://x/Problem' }),
  hello: ajv.compile({ $ref: 'https://x/HelloResponse' }),
  params: ajv.compile({ type: 'object', properties: { limit: { type: 'integer', minimum: 1, maximum: 100 } } }),
};
export const compileRuntime = () => compiled;
`;
}
