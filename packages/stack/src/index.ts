export { TemplateError } from './errors.ts';
export type {
  ApiEvent,
  FunctionEvent,
  S3Event,
  ScheduleEvent,
  StreamEvent,
  WebSocketAuthorizerEvent,
  WebSocketEvent,
} from './events.ts';
export type { FunctionKind, FunctionModel } from './functions.ts';
export { type IntrinsicScope, physicalName, resolveIntrinsics, type StackPlace } from './intrinsics.ts';
export { LOCAL_PLACE, type LoadStackOptions, loadStack, type StackModel } from './load-stack.ts';
export { parameterValues } from './parameters.ts';
export {
  type ParameterDefinition,
  parseTemplate,
  type ResourceDefinition,
  readTemplate,
  type Template,
} from './read-template.ts';
export type { BucketModel, TableModel } from './resources.ts';
export type { WebSocketApiModel } from './websocket-apis.ts';
