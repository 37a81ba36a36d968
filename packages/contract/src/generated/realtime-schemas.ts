// Generated from asyncapi.yaml (and the openapi.yaml schemas it refers to) by `pnpm generate`. Do not edit.
import type { components } from './realtime-types.ts';

export type Version = components['schemas']['Version'];
export type SentAt = components['schemas']['SentAt'];
export type AttachmentVersion = components['schemas']['AttachmentVersion'];
export type TaskCreatedEvent = components['schemas']['TaskCreatedEvent'];
export type TaskUpdatedEvent = components['schemas']['TaskUpdatedEvent'];
export type TaskDeletedEvent = components['schemas']['TaskDeletedEvent'];
export type AttachmentCreatedEvent = components['schemas']['AttachmentCreatedEvent'];
export type AttachmentUpdatedEvent = components['schemas']['AttachmentUpdatedEvent'];
export type AttachmentDeletedEvent = components['schemas']['AttachmentDeletedEvent'];
export type Ping = components['schemas']['Ping'];
export type Pong = components['schemas']['Pong'];
export type RealtimeError = components['schemas']['RealtimeError'];

/** Every message of asyncapi.yaml, by its name (the payload’s `type`). */
export interface RealtimeMessages {
  'task.created': TaskCreatedEvent;
  'task.updated': TaskUpdatedEvent;
  'task.deleted': TaskDeletedEvent;
  'attachment.created': AttachmentCreatedEvent;
  'attachment.updated': AttachmentUpdatedEvent;
  'attachment.deleted': AttachmentDeletedEvent;
  'ping': Ping;
  'pong': Pong;
  'error': RealtimeError;
}

/** The name of any message. */
export type RealtimeMessageName = keyof RealtimeMessages;
/** The change events: what the server sends unasked. */
export type ChangeEventName = 'task.created' | 'task.updated' | 'task.deleted' | 'attachment.created' | 'attachment.updated' | 'attachment.deleted';
/** Everything the server sends: the change events and the replies. */
export type ServerMessageName = 'task.created' | 'task.updated' | 'task.deleted' | 'attachment.created' | 'attachment.updated' | 'attachment.deleted' | 'pong' | 'error';
/** What a client may send. */
export type ClientMessageName = 'ping';
