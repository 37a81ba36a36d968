// Extracts, from the checked asyncapi.yaml, what the realtime generators need: each message
// with its payload schema and who sends it, the handshake's token parameter and the limits.
import type { LoadedAsyncApi } from './load-asyncapi.ts';
import { deref, type JsonObject, SpecError } from './load-spec.ts';

const SCHEMA_PREFIX = '#/components/schemas/';

export interface RealtimeMessageModel {
  /** The message's key under components.messages, e.g. `taskCreated`. */
  readonly key: string;
  /** Its name, which is also the payload's `type`, e.g. `task.created`. */
  readonly name: string;
  /** The components.schemas entry of its payload, e.g. `TaskCreatedEvent`. */
  readonly schemaName: string;
  /** Who sends it: the server (`send` operations and replies) or the client (`receive`). */
  readonly from: 'server' | 'client';
  /** The operation that names it. */
  readonly operationId: string;
  /** True for a reply to a client message rather than an event. */
  readonly reply: boolean;
}

export interface RealtimeLimits {
  readonly idleTimeoutSeconds: number;
  readonly maxConnectionSeconds: number;
  readonly maxFrameBytes: number;
  readonly maxMessageBytes: number;
}

export interface RealtimeServerModel {
  readonly protocol: string;
  readonly host: string;
  readonly pathname: string;
}

export interface RealtimeModel {
  readonly messages: readonly RealtimeMessageModel[];
  /** The servers, by name (`local`, `aws`). */
  readonly servers: Readonly<Record<string, RealtimeServerModel>>;
  /** The query parameter that carries the token on the handshake. */
  readonly tokenParameter: string;
  readonly limits: RealtimeLimits;
  /** AttachmentVersion's `x-version-by-status`: an attachment's version for each status. */
  readonly attachmentVersions: Readonly<Record<string, number>>;
}

const LIMIT_KEYS: Record<keyof RealtimeLimits, string> = {
  idleTimeoutSeconds: 'idle_timeout_seconds',
  maxConnectionSeconds: 'max_connection_seconds',
  maxFrameBytes: 'max_frame_bytes',
  maxMessageBytes: 'max_message_bytes',
};

/**
 * Builds the realtime model of a loaded asyncapi.yaml. Throws {@link SpecError}.
 *
 * @example
 * ```ts
 * realtimeModel(loadAsyncApi(file, openapi)).messages.map((m) => m.name); // ['task.created', …]
 * ```
 */
export function realtimeModel({ doc, where }: LoadedAsyncApi): RealtimeModel {
  const byKey = new Map<string, RealtimeMessageModel>();
  const messages = (doc.components as JsonObject).messages as Record<string, JsonObject> | undefined;
  const keyOf = (ref: unknown, path: (string | number)[]): string => {
    const message = deref<JsonObject>(doc, ref);
    const key = Object.entries(messages ?? {}).find(([, m]) => m === message)?.[0];
    if (key === undefined) throw new SpecError(`${where(path)}: a message must be one of components.messages`);
    return key;
  };
  const add = (
    key: string,
    from: 'server' | 'client',
    operationId: string,
    reply: boolean,
    path: (string | number)[],
  ) => {
    const message = messages?.[key] as JsonObject;
    const payloadRef = (message.payload as { $ref?: unknown } | undefined)?.$ref;
    if (typeof payloadRef !== 'string' || !payloadRef.startsWith(SCHEMA_PREFIX)) {
      throw new SpecError(
        `${where(['components', 'messages', key, 'payload'])}: a payload must be a $ref to ${SCHEMA_PREFIX}…`,
      );
    }
    const schemaName = payloadRef.slice(SCHEMA_PREFIX.length);
    const name = String(message.name ?? '');
    const type = ((deref<JsonObject>(doc, message.payload).properties as JsonObject | undefined)?.type ??
      {}) as JsonObject;
    if (type.const !== name) {
      throw new SpecError(
        `${where(['components', 'messages', key, 'name'])}: the payload's type must be const "${name}"`,
      );
    }
    const known = byKey.get(key);
    if (known && known.from !== from) throw new SpecError(`${where(path)}: message ${key} is sent by both sides`);
    if (!known) byKey.set(key, { key, name, schemaName, from, operationId, reply });
  };
  for (const [operationId, raw] of Object.entries(doc.operations as Record<string, JsonObject>)) {
    const action = raw.action;
    if (action !== 'send' && action !== 'receive') {
      throw new SpecError(`${where(['operations', operationId, 'action'])}: action must be send or receive`);
    }
    const from = action === 'send' ? 'server' : 'client';
    for (const [i, ref] of ((raw.messages ?? []) as unknown[]).entries()) {
      const path = ['operations', operationId, 'messages', i];
      add(keyOf(ref, path), from, operationId, false, path);
    }
    const reply = raw.reply as JsonObject | undefined;
    for (const [i, ref] of ((reply?.messages ?? []) as unknown[]).entries()) {
      const path = ['operations', operationId, 'reply', 'messages', i];
      add(keyOf(ref, path), from === 'server' ? 'client' : 'server', operationId, true, path);
    }
  }
  const schemes = Object.values(((doc.components as JsonObject).securitySchemes ?? {}) as Record<string, JsonObject>);
  const token = schemes.find((s) => s.type === 'httpApiKey' && s.in === 'query');
  if (typeof token?.name !== 'string') {
    throw new SpecError(
      `${where(['components', 'securitySchemes'])}: the handshake needs an httpApiKey scheme in the query`,
    );
  }
  const channels = Object.entries(doc.channels as Record<string, JsonObject>);
  if (channels.length !== 1) throw new SpecError(`${where(['channels'])}: the realtime API has exactly one channel`);
  const [channelId, channel] = channels[0] as [string, JsonObject];
  const raw = (channel['x-limits'] ?? {}) as JsonObject;
  const limits = Object.fromEntries(
    Object.entries(LIMIT_KEYS).map(([field, key]) => {
      const value = raw[key];
      if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
        throw new SpecError(
          `${where(['channels', channelId, 'x-limits'])}: x-limits.${key} must be a positive integer`,
        );
      }
      return [field, value];
    }),
  ) as unknown as RealtimeLimits;
  const servers = Object.fromEntries(
    Object.entries((doc.servers ?? {}) as Record<string, JsonObject>).map(([name, server]) => [
      name,
      { protocol: String(server.protocol), host: String(server.host), pathname: String(server.pathname ?? '/') },
    ]),
  );
  return {
    messages: [...byKey.values()],
    servers,
    tokenParameter: token.name,
    limits,
    attachmentVersions: attachmentVersions(doc, where),
  };
}

/** AttachmentVersion's `x-version-by-status`, checked against the schema's own bounds. */
function attachmentVersions(doc: JsonObject, where: LoadedAsyncApi['where']): Record<string, number> {
  const path = ['components', 'schemas', 'AttachmentVersion'];
  const schema = ((doc.components as JsonObject).schemas as Record<string, JsonObject>).AttachmentVersion;
  const table = schema?.['x-version-by-status'];
  if (!schema || typeof table !== 'object' || table === null || Array.isArray(table)) {
    throw new SpecError(`${where(path)}: x-version-by-status must map each attachment status to its version`);
  }
  const [min, max] = [Number(schema.minimum), Number(schema.maximum)];
  for (const [status, version] of Object.entries(table)) {
    if (typeof version !== 'number' || !Number.isInteger(version) || version < min || version > max) {
      throw new SpecError(
        `${where([...path, 'x-version-by-status'])}: ${status} must be an integer from ${min} to ${max}`,
      );
    }
  }
  return table as Record<string, number>;
}
