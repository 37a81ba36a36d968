// What a part of the board needs to make its own SDK client: the signed-in user, the API and
// the client options. Parts loaded on demand (the attachments panel) build theirs from it, so
// the board's chunk does not carry their SDK entry.
import type { TodoClientOptions } from '@serverless-todo/client';
import type { TodoKeys } from '@serverless-todo/query';
import { createContext, useContext } from 'react';

/** The board's connection to the API. */
export interface ApiConnection {
  readonly userId: string;
  /** For messages ("Cannot reach the API at …"). */
  readonly apiUrl: string;
  readonly clientOptions: TodoClientOptions;
  /** The board's query keys: everything cached for this user sits under `keys.all`. */
  readonly keys: TodoKeys;
}

/** Provided by the board. */
export const ApiContext = createContext<ApiConnection | null>(null);

/**
 * The board's connection; throws outside a board (a bug, not a state to show).
 *
 * @example
 * ```ts
 * const { userId, clientOptions } = useApiConnection();
 * ```
 */
export function useApiConnection(): ApiConnection {
  const connection = useContext(ApiContext);
  if (!connection) throw new Error('useApiConnection() needs a <Board> around it');
  return connection;
}
