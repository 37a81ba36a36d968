// The entry point. In mock mode the MSW worker starts before the app makes any request; in
// the normal build Vite replaces import.meta.env.MODE, so the mock and msw are left out.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, type AppProps } from './app/App.tsx';
import { resolveConfig } from './config.ts';
import { localDevTokens } from './session.ts';
import './style.css';

const config = resolveConfig(new URL(location.href), import.meta.env);
let props: AppProps;
if (import.meta.env.MODE === 'mock') {
  const { startMock } = await import('./mock/start-mock.ts');
  const mock = await startMock(config.apiUrl, new URL(location.href));
  props = { config, devTokens: mock.devTokens };
} else {
  props = { config, devTokens: localDevTokens(config.apiUrl) };
}
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App {...props} />
  </StrictMode>,
);
