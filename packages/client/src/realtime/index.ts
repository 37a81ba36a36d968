// Where the realtime API is (asyncapi.yaml's servers), so apps need not copy its path.
export { realtimeServers } from '@serverless-todo/contract/realtime';
export type { ReconnectOptions } from './backoff.ts';
export { InvalidRealtimeMessageError, RealtimeConnectionError, RealtimeServerError } from './errors.ts';
export { withRealtime } from './realtime.ts';
export type {
  AttachmentEvent,
  ChangeEvent,
  CloseInfo,
  RealtimeOptions,
  RealtimeSocket,
  SocketEvent,
  SubscribeOptions,
  TaskEvent,
  TodoClientWithRealtime,
  WebSocketConstructor,
} from './types.ts';
