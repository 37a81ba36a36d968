// The realtime contract (asyncapi.yaml) for clients, mocks, functions and tests: message
// types, the handshake, the limits, and precompiled validators (no ajv at run time).

import type { components } from './generated/openapi-types.ts';
import {
  attachmentVersionByStatus,
  REALTIME_TOKEN_PARAMETER,
  realtimeMessages,
} from './generated/realtime-messages.ts';
import type {
  ChangeEventName,
  ClientMessageName,
  RealtimeMessageName,
  RealtimeMessages,
  ServerMessageName,
} from './generated/realtime-schemas.ts';
import { realtimeValidators } from './generated/realtime-validators.ts';
import type { ValidationError } from './runtime/validate-function.ts';

/** A change event (`task.created`, …, `attachment.deleted`), by name or all of them. */
export type ChangeEvent<N extends ChangeEventName = ChangeEventName> = RealtimeMessages[N];
/** Anything the server sends on a connection. */
export type ServerMessage<N extends ServerMessageName = ServerMessageName> = RealtimeMessages[N];
/** Anything a client may send. */
export type ClientMessage<N extends ClientMessageName = ClientMessageName> = RealtimeMessages[N];

/** The outcome of reading one message. */
export type ReadResult<M> =
  | { readonly ok: true; readonly message: M }
  | { readonly ok: false; readonly errors: readonly string[] };

const describe = (errors: readonly ValidationError[] | null | undefined) =>
  (errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? e.keyword}`);

function read<M>(data: unknown, from: 'server' | 'client'): ReadResult<M> {
  const type = (data as { type?: unknown } | null)?.type;
  const name = typeof type === 'string' && Object.hasOwn(realtimeMessages, type) ? (type as RealtimeMessageName) : null;
  if (name === null || realtimeMessages[name].from !== from) {
    return { ok: false, errors: [`/type is not a message the ${from} sends`] };
  }
  const validate = realtimeValidators[name];
  if (validate?.(data)) return { ok: true, message: data as M };
  return { ok: false, errors: describe(validate?.errors) };
}

/**
 * Checks a parsed value against the contract as a message the server sends, chosen by its `type`.
 *
 * @example
 * ```ts
 * const result = readServerMessage(JSON.parse(frame));
 * if (result.ok && result.message.type === 'task.updated') render(result.message.task);
 * ```
 */
export function readServerMessage(data: unknown): ReadResult<ServerMessage> {
  return read(data, 'server');
}

/**
 * Checks a parsed value against the contract as a message a client sends (`ping`).
 *
 * @example
 * ```ts
 * readClientMessage({ type: 'ping' }).ok; // true
 * ```
 */
export function readClientMessage(data: unknown): ReadResult<ClientMessage> {
  return read(data, 'client');
}

/**
 * Throws a readable error when a message a test received departs from asyncapi.yaml.
 *
 * @example
 * ```ts
 * socket.on('message', (data) => assertServerMessage(JSON.parse(String(data))));
 * ```
 */
export function assertServerMessage(data: unknown): asserts data is ServerMessage {
  const result = readServerMessage(data);
  if (!result.ok) {
    throw new Error(
      `message departs from asyncapi.yaml:\n  - ${result.errors.join('\n  - ')}\n  message: ${JSON.stringify(data)?.slice(0, 500)}`,
    );
  }
}

/**
 * The delivery rule of asyncapi.yaml: whether an event is newer than the version a client
 * holds (undefined: it holds none). Created and updated events must be newer; a delete
 * applies at the same version, since it carries the last version the item had.
 *
 * @example
 * ```ts
 * if (isFresh(event, cached?.version)) applyToCache(event);
 * ```
 */
export function isFresh(event: ChangeEvent, heldVersion: number | undefined): boolean {
  if (heldVersion === undefined) return true;
  return event.type.endsWith('.deleted') ? event.version >= heldVersion : event.version > heldVersion;
}

/**
 * The version an attachment event carries for an attachment in `status`, as asyncapi.yaml's
 * AttachmentVersion defines it (1 while pending, 2 once ready or rejected).
 *
 * @example
 * ```ts
 * attachmentVersion('ready'); // 2
 * ```
 */
export function attachmentVersion(status: components['schemas']['AttachmentStatus']): number {
  return attachmentVersionByStatus[status];
}

/**
 * The URL to open for `token` at a realtime endpoint (`ws://127.0.0.1:3000/realtime`, or the
 * stack's `wss://…/dev`): the token goes in the query, as browsers cannot send headers.
 *
 * @example
 * ```ts
 * new WebSocket(realtimeUrl('ws://127.0.0.1:3000/realtime', token));
 * ```
 */
export function realtimeUrl(endpoint: string, token: string): string {
  const url = new URL(endpoint);
  url.searchParams.set(REALTIME_TOKEN_PARAMETER, token);
  return url.toString();
}

export { realtimeLimits, realtimeServers } from './generated/realtime-messages.ts';
export type * from './generated/realtime-schemas.ts';
export type { ValidationError } from './runtime/validate-function.ts';
export { REALTIME_TOKEN_PARAMETER, realtimeMessages, realtimeValidators };
