// What the README blocks take from the reader's own app (a Vite app, for the browser block),
// declared so that the blocks typecheck as they are shown.
interface ImportMeta {
  readonly env: { readonly MODE: string };
}
declare function startApp(): void;
