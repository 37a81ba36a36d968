// `vite` / `vite build`: the app against an API (VITE_API_URL, default the local API).
// `--mode mock`: the same app on the MSW mock, built into its own folder.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { mswWorker } from './vite/msw-worker.ts';

export default defineConfig(({ mode }) => ({
  plugins: mode === 'mock' ? [react(), mswWorker()] : [react()],
  build: {
    outDir: mode === 'mock' ? 'dist/mock' : 'dist/app',
    emptyOutDir: true,
    // The mock chunks carry msw and the contract's validators: big, lazy, and never deployed.
    chunkSizeWarningLimit: mode === 'mock' ? 1000 : 500,
  },
  // The mock's shared store is a module SharedWorker that imports msw.
  worker: { format: 'es' },
  // Loopback only, like the local API; a second dev server picks the next free port.
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
}));
