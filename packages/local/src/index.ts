export { loadSigningKey, type SigningKey } from './auth/signing-key.ts';
export { type AuthorizerClaims, LOCAL_AUDIENCE, LOCAL_ISSUER, signToken, verifyToken } from './auth/tokens.ts';
export { dynamoCall } from './dynamo/dynamo-call.ts';
export {
  BuildError,
  DataDirLockedError,
  DynamoCallError,
  PortInUseError,
  StreamsNotDrainedError,
  TemplateError,
  UsageError,
} from './errors.ts';
export { MAX_PAYLOAD_BYTES } from './gateway/read-body.ts';
export { defaultDataDir, defaultTemplatePath } from './paths.ts';
export type { ScheduleInfo } from './schedules/local-schedules.ts';
export type { LogSink } from './server/access-log.ts';
export { type LocalApi, type LocalApiOptions, startLocalApi } from './start-local-api.ts';
export { loadApiModel } from './template/api-model.ts';
export type { ApiModel, FunctionModel, RouteModel } from './template/model.ts';
