export { type BuildFunctionsOptions, type BuiltFunction, buildFunctions, ESBUILD_OPTIONS } from './build-functions.ts';
export {
  createTableInputs,
  type LambdaFunction,
  lambdaFunctions,
  lambdaStack,
  packageRoot,
  stackEnvironment,
} from './lambda-stack.ts';
export { FUNCTION_SOURCES } from './manifest.ts';
export { eagerOutputs } from './metafile.ts';
export { isBuildStale } from './stamp.ts';
