// Starts the local API on the real template and bundles (packages/lambda), in memory unless
// asked otherwise, on a free port, with its data in a temp directory.
import { type LocalApi, type LocalApiOptions, startLocalApi } from '../../src/index.ts';
import { tempDir } from './fixture-api.ts';

/** A running real API; stop() also removes the temp data unless a dataDir was given. */
export async function startRealApi(options: LocalApiOptions = {}): Promise<LocalApi & { lines: string[] }> {
  const temp = options.dataDir ? null : tempDir();
  const lines: string[] = [];
  const api = await startLocalApi({
    port: 0,
    memory: true,
    logger: (line) => lines.push(line),
    ...options,
    dataDir: options.dataDir ?? temp?.dir,
  });
  return Object.assign(Object.create(api) as LocalApi, api, {
    lines,
    stop: async () => {
      await api.stop();
      temp?.remove();
    },
  });
}
