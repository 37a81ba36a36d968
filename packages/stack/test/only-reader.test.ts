// The stack model is the only reader of template.yaml: no other source file in the repository
// parses YAML while naming the template, or reads the template file itself.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from 'vitest';

const root = join(import.meta.dirname, '../../..');
const SKIP = new Set(['node_modules', 'dist', '.data', 'test-results', 'generated', '.git']);

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (SKIP.has(entry.name)) return [];
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.(ts|tsx|js|mjs|cjs)$/.test(entry.name) ? [path] : [];
  });
}

const files = ['packages', 'bench', 'examples', 'tools']
  .flatMap((dir) => sources(join(root, dir)))
  .filter((file) => !file.startsWith(join(root, 'packages/stack/')));

test('the scan sees the packages that use the template', () => {
  const names = files.map((file) => relative(root, file));
  expect(names).toContain('packages/lambda/build/lambda-stack.ts');
  expect(names).toContain('packages/local/src/template/api-model.ts');
});

test('no file outside packages/stack parses the template or reads the real one as text', () => {
  const offenders = files.filter((file) => {
    const text = readFileSync(file, 'utf8');
    const namesTemplate = /template\.yaml|templatePath|TEMPLATE/.test(text);
    const parsesYaml = /from ['"]yaml['"]/.test(text);
    const readsTemplate = /readFile(Sync)?\(\s*templatePath\b/.test(text);
    return (namesTemplate && parsesYaml) || readsTemplate;
  });
  expect(offenders.map((file) => relative(root, file))).toEqual([]);
});
