// The entry point. In mock mode the MSW worker starts before the app makes any request; in
// the normal build Vite replaces import.meta.env.MODE, so the mock and msw are left out.
import { startApp } from './app.ts';
import { resolveConfig } from './config.ts';
import { localDevTokens } from './session.ts';
import './style.css';

const config = resolveConfig(new URL(location.href), import.meta.env);
if (import.meta.env.MODE === 'mock') {
  const { startMock } = await import('./mock/start-mock.ts');
  const mock = await startMock(config.apiUrl);
  startApp({ config, devTokens: mock.devTokens, fetch: mock.fetch });
} else {
  startApp({ config, devTokens: localDevTokens(config.apiUrl) });
}
