// Generated from asyncapi.yaml (and the openapi.yaml schemas it refers to) by `pnpm generate`. Do not edit.
import type { RealtimeMessageName } from './realtime-schemas.ts';

/** Every message of asyncapi.yaml: who sends it, whether it answers a client message, its payload schema. */
export const realtimeMessages = {
  'task.created': { from: 'server', reply: false, operationId: 'sendChangeEvents', schema: 'TaskCreatedEvent' },
  'task.updated': { from: 'server', reply: false, operationId: 'sendChangeEvents', schema: 'TaskUpdatedEvent' },
  'task.deleted': { from: 'server', reply: false, operationId: 'sendChangeEvents', schema: 'TaskDeletedEvent' },
  'attachment.created': { from: 'server', reply: false, operationId: 'sendChangeEvents', schema: 'AttachmentCreatedEvent' },
  'attachment.updated': { from: 'server', reply: false, operationId: 'sendChangeEvents', schema: 'AttachmentUpdatedEvent' },
  'attachment.deleted': { from: 'server', reply: false, operationId: 'sendChangeEvents', schema: 'AttachmentDeletedEvent' },
  'ping': { from: 'client', reply: false, operationId: 'receivePing', schema: 'Ping' },
  'pong': { from: 'server', reply: true, operationId: 'receivePing', schema: 'Pong' },
  'error': { from: 'server', reply: true, operationId: 'receivePing', schema: 'RealtimeError' },
} as const satisfies Record<RealtimeMessageName, { from: 'server' | 'client'; reply: boolean; operationId: string; schema: string }>;

/** The query parameter that carries the ID token on the handshake. */
export const REALTIME_TOKEN_PARAMETER = 'token';

/** The servers of asyncapi.yaml: where the realtime API is, locally and in AWS. */
export const realtimeServers = {
  "local": {
    "protocol": "ws",
    "host": "127.0.0.1:3000",
    "pathname": "/realtime"
  },
  "aws": {
    "protocol": "wss",
    "host": "{apiId}.execute-api.{region}.amazonaws.com",
    "pathname": "/{stage}"
  }
} as const;

/** API Gateway’s WebSocket limits, as asyncapi.yaml states them (x-limits). */
export const realtimeLimits = {
  idleTimeoutSeconds: 600,
  maxConnectionSeconds: 7200,
  maxFrameBytes: 32768,
  maxMessageBytes: 131072,
} as const;

/** An attachment event’s version for each attachment status (AttachmentVersion, x-version-by-status). */
export const attachmentVersionByStatus = {"pending":1,"ready":2,"rejected":2} as const;
