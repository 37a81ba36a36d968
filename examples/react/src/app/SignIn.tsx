// Sign-in: a dev user (the local API's token endpoint, or the mock's devToken), or a pasted token.
import { type FormEvent, useState } from 'react';
import type { AppConfig } from '../config.ts';
import { SignInError } from '../errors.ts';
import { pastedSession, type Session, type TokenSource } from '../session.ts';
import { describeError } from './problems.ts';

interface SignInProps {
  readonly config: AppConfig;
  readonly devTokens: TokenSource;
  /** Why the last session ended, if it did not end by choice. */
  readonly notice: string;
  onSignIn(session: Session): void;
}

/**
 * The sign-in forms.
 *
 * @example
 * ```tsx
 * <SignIn config={config} devTokens={devTokens} notice="" onSignIn={setSession} />
 * ```
 */
export function SignIn({ config, devTokens, notice, onSignIn }: SignInProps) {
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  const attempt = async (event: FormEvent<HTMLFormElement>, get: (form: FormData) => Promise<Session> | Session) => {
    event.preventDefault();
    setBusy(true);
    setError('');
    try {
      onSignIn(await get(new FormData(event.currentTarget)));
    } catch (e) {
      setError(e instanceof SignInError ? e.message : describeError(e, config.apiUrl));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="sign-in" aria-label="Sign in">
      {notice && (
        <p className="warning" id="sign-in-notice" role="status">
          {notice}
        </p>
      )}
      <form
        id="dev-user-form"
        onSubmit={(e) =>
          attempt(e, async (form) => {
            const userId = String(form.get('userId') ?? '').trim();
            return { userId, token: await devTokens(userId) };
          })
        }
      >
        <label>
          Dev user <input name="userId" defaultValue="user123" autoComplete="username" required />
        </label>
        <button type="submit" disabled={busy}>
          Sign in
        </button>
      </form>
      <form id="token-form" onSubmit={(e) => attempt(e, (form) => pastedSession(String(form.get('token') ?? '')))}>
        <label>
          …or paste a bearer token <input name="token" autoComplete="off" />
        </label>
        <button type="submit" disabled={busy}>
          Use token
        </button>
      </form>
      <p className="error" id="sign-in-error" role="alert">
        {error}
      </p>
    </section>
  );
}
