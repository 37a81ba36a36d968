// Type-checking this package follows @serverless-todo/local into its TypeScript source,
// which imports dynalite; dynalite ships no types and local's own declaration file is not
// reachable through that import. The same shape as local's declaration, for tsc only.
declare module 'dynalite' {
  import type { Server } from 'node:http';

  interface DynaliteOptions {
    path?: string;
    createTableMs?: number;
    deleteTableMs?: number;
    updateTableMs?: number;
    maxItemSizeKb?: number;
  }
  export default function dynalite(options?: DynaliteOptions): Server;
}
