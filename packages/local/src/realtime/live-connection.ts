// One open WebSocket connection: API Gateway's limits (idle timeout, maximum duration,
// frame and message size), outgoing messages split into frames of at most 32 KB as API
// Gateway sends them, and what the management API reports about it.
import type { WebSocket } from 'ws';
import type { ConnectionFacts } from './websocket-events.ts';

/** The limits a connection lives under, in ms and bytes. */
export interface ConnectionLimits {
  readonly idleTimeoutMs: number;
  readonly maxConnectionMs: number;
  readonly maxFrameBytes: number;
  readonly maxMessageBytes: number;
}

/** API Gateway's close code when it ends a connection (idle, or at its maximum duration). */
export const GOING_AWAY = 1001;

/** An accepted connection. */
export class LiveConnection {
  readonly facts: ConnectionFacts;
  readonly authorizer: Readonly<Record<string, unknown>> | null;
  readonly socket: WebSocket;
  lastActiveAt: number;
  readonly #limits: ConnectionLimits;
  #idle: NodeJS.Timeout;
  readonly #max: NodeJS.Timeout;

  /**
   * @example
   * ```ts
   * const live = new LiveConnection(socket, facts, authorizer, limits);
   * live.send(Buffer.from('{"type":"pong"}'));
   * ```
   */
  constructor(
    socket: WebSocket,
    facts: ConnectionFacts,
    authorizer: Readonly<Record<string, unknown>> | null,
    limits: ConnectionLimits,
  ) {
    this.socket = socket;
    this.facts = facts;
    this.authorizer = authorizer;
    this.#limits = limits;
    this.lastActiveAt = facts.connectedAt;
    this.#idle = this.#idleTimer();
    this.#max = setTimeout(() => socket.close(GOING_AWAY, 'Going away'), limits.maxConnectionMs);
    this.#max.unref();
  }

  #idleTimer(): NodeJS.Timeout {
    const timer = setTimeout(() => this.socket.close(GOING_AWAY, 'Going away'), this.#limits.idleTimeoutMs);
    timer.unref();
    return timer;
  }

  /** A message in either direction keeps the connection from idling out. */
  touch(): void {
    this.lastActiveAt = Date.now();
    clearTimeout(this.#idle);
    this.#idle = this.#idleTimer();
  }

  /** Whether the connection can still be sent to. */
  get open(): boolean {
    return this.socket.readyState === this.socket.OPEN;
  }

  /** Sends one text message, in frames of at most the frame limit. */
  send(data: Buffer): void {
    const size = this.#limits.maxFrameBytes;
    if (data.length <= size) this.socket.send(data, { binary: false });
    else {
      for (let at = 0; at < data.length; at += size) {
        this.socket.send(data.subarray(at, at + size), { binary: false, fin: at + size >= data.length });
      }
    }
    this.touch();
  }

  /** Stops the timers (the connection has closed). */
  dispose(): void {
    clearTimeout(this.#idle);
    clearTimeout(this.#max);
  }
}
