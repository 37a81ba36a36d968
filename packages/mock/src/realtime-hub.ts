// Who hears a change: the open mock WebSockets of this page or process, each tied to the user
// of its token, and, through a BroadcastChannel, the hubs of other tabs or workers that share
// a store (a SharedWorker holding the store cannot intercept WebSockets; the tabs can).
import type { ChangeEvent } from '@serverless-todo/contract/realtime';

/** What the hub needs of one of MSW's client connections. */
export interface HubClient {
  send(data: string): void;
}

/** The connections of one handler set, and the channel it shares with other contexts. */
export class RealtimeHub {
  // Keyed by MSW's client: a connection that reaches this hub twice (its handler registered
  // twice) is still told each event once.
  readonly #clients = new Map<HubClient, { readonly userId: string; readonly sent?: () => void }>();
  readonly #channel: BroadcastChannel | undefined;

  constructor(channelName?: string) {
    if (channelName === undefined) return;
    this.#channel = new BroadcastChannel(channelName);
    // A channel never echoes to the object that posted, so this is only other contexts' news.
    this.#channel.onmessage = ({ data }: MessageEvent<ChangeEvent>) => this.#deliver(data);
    // In Node, an open channel would keep a test process alive after the last test.
    (this.#channel as { unref?: () => void }).unref?.();
  }

  /** Tells every open connection of the event's owner, here and on the channel. */
  publish(event: ChangeEvent): void {
    this.#deliver(event);
    this.#channel?.postMessage(event);
  }

  /** Registers a connection of `userId`; `sent` runs after each event it is sent. */
  add(client: HubClient, userId: string, sent?: () => void): void {
    this.#clients.set(client, { userId, sent });
  }

  remove(client: HubClient): void {
    this.#clients.delete(client);
  }

  #deliver(event: ChangeEvent): void {
    const data = JSON.stringify(event);
    // Only the owner's connections: another user's socket never hears of it.
    for (const [client, { userId, sent }] of this.#clients) {
      if (userId !== event.user_id) continue;
      client.send(data);
      sent?.();
    }
  }
}
