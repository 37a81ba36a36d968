export { type BuildFunctionsOptions, type BuiltFunction, buildFunctions, entryOf } from './build-functions.ts';
export { eagerOutputs } from './metafile.ts';
export { isBuildStale } from './stamp.ts';
export {
  createTableInputs,
  type FunctionDefinition,
  loadTemplate,
  type Template,
  templateFunctions,
  templateTables,
} from './template.ts';
