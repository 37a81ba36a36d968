/** The tsup options to spread into a published package's config. */
export interface InlineContractOptions {
  readonly noExternal: RegExp[];
  readonly dts: { readonly compilerOptions: { readonly paths: Record<string, string[]> } };
}

/**
 * tsup options that inline the contract, code and types, from its own exports map.
 *
 * @example
 * ```ts
 * export default defineConfig({ entry: ['src/index.ts'], format: ['esm', 'cjs'], ...inlineContract() });
 * ```
 */
export function inlineContract(): InlineContractOptions;
