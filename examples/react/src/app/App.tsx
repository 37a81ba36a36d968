// The app's frame: the QueryClient, who is signed in, and what a 401 does (sign out, say why).
import type { FetchFunction } from '@serverless-todo/client';
import { isUnauthorizedError } from '@serverless-todo/query';
import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import type { AppConfig } from '../config.ts';
import { loadSession, type Session, saveSession, type TokenSource } from '../session.ts';
import { Board } from './Board.tsx';
import { SignIn } from './SignIn.tsx';

/** What the app is started with. */
export interface AppProps {
  readonly config: AppConfig;
  readonly devTokens: TokenSource;
  /** The fetch the SDK uses; the mock mode passes one that remembers its data. */
  readonly fetch?: FetchFunction;
}

export const SESSION_EXPIRED = 'The API refused your token (401): it expired or is not valid. Sign in again.';

/**
 * The whole app.
 *
 * @example
 * ```tsx
 * createRoot(root).render(<App config={config} devTokens={localDevTokens(config.apiUrl)} />);
 * ```
 */
export function App({ config, devTokens, fetch }: AppProps) {
  const [session, setSession] = useState<Session | null>(() => loadSession(sessionStorage));
  const [notice, setNotice] = useState('');
  const signOut = useRef<(reason: string) => void>(() => {});
  signOut.current = (reason) => {
    saveSession(sessionStorage, null);
    queryClient.clear();
    setSession(null);
    setNotice(reason);
  };
  // A 401 from any query or mutation ends the session: the token will not get better.
  const [queryClient] = useState(() => {
    const onError = (error: unknown) => {
      if (isUnauthorizedError(error)) signOut.current(SESSION_EXPIRED);
    };
    return new QueryClient({
      queryCache: new QueryCache({ onError }),
      mutationCache: new MutationCache({ onError }),
      // The SDK retries what is safe (network errors, 429, 502-504 with Retry-After).
      defaultOptions: { queries: { retry: false, staleTime: 5_000 } },
    });
  });

  const signIn = (next: Session) => {
    saveSession(sessionStorage, next);
    setNotice('');
    setSession(next);
  };

  return (
    <QueryClientProvider client={queryClient}>
      <header className="app-header">
        <h1>Todo</h1>
        <p className="muted">
          API: <code>{config.apiUrl}</code> {config.mode === 'mock' && '(mock: MSW in this browser, offline)'}
        </p>
        {config.warning && <p className="warning">{config.warning}</p>}
      </header>
      <main>
        {session ? (
          <Board
            key={session.userId}
            session={session}
            config={config}
            fetch={fetch}
            onSignOut={() => signOut.current('')}
          />
        ) : (
          <SignIn config={config} devTokens={devTokens} notice={notice} onSignIn={signIn} />
        )}
      </main>
    </QueryClientProvider>
  );
}
