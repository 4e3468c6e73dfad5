import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { WEB_DIST } from '#test/support/browser';

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}

/** The gzipped bytes of a chunk and everything it imports statically (what a browser must load before it runs). */
function staticClosure(manifest: Record<string, ManifestChunk>, key: string, seen = new Set<string>()): Set<string> {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const dep of manifest[key]?.imports ?? []) staticClosure(manifest, dep, seen);
  return seen;
}

const gzipped = (file: string) => gzipSync(readFileSync(path.join(WEB_DIST, file)), { level: 9 }).length;

/** The names of the GraphQL operations built into these files (documents as the minifier writes them). */
function operationsIn(files: string[]): Set<string> {
  const operation = /operation:["'`](?:query|mutation|subscription)["'`],name:\{kind:["'`]Name["'`],value:["'`](\w+)/g;
  const names = files.flatMap((f) => [...readFileSync(path.join(WEB_DIST, f), 'utf8').matchAll(operation)]);
  return new Set(names.map((m) => m[1]!));
}

/** Operations written in the shared layout's folder (services/web/src/common): the only ones the first page needs. */
function commonOperations(): Set<string> {
  const dir = path.resolve(__dirname, '../../services/web/src/common');
  const sources = readdirSync(dir).map((f) => readFileSync(path.join(dir, f), 'utf8'));
  return new Set(
    sources.flatMap((src) => [...src.matchAll(/(?:query|mutation|subscription) (\w+)/g)].map((m) => m[1]!)),
  );
}

describe('the web workbench’s JavaScript budget (WEB.md “Budgets”)', () => {
  const manifestFile = path.join(WEB_DIST, '.vite', 'manifest.json');

  it('loads at most 300 KB gzipped for the first page; each area is a chunk of its own, at most 250 KB', () => {
    expect(existsSync(manifestFile), `${manifestFile} (pnpm run build)`).toBe(true);
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Record<string, ManifestChunk>;
    const entry = manifest['index.html'];
    expect(entry?.isEntry).toBe(true);
    const first = [...staticClosure(manifest, 'index.html')]
      .map((k) => manifest[k]!.file)
      .filter((f) => f.endsWith('.js'));
    const firstBytes = first.reduce((sum, f) => sum + gzipped(f), 0);
    console.log(`[budget] first page JS ${(firstBytes / 1024).toFixed(1)} KB gzipped (${first.length} files)`);
    expect(firstBytes).toBeLessThanOrEqual(300 * 1024);

    // Each graphql() call is a module of its own (services/web/vite-gql-documents.ts): the first page carries the
    // layout's documents, not the map of every route's (GraphQL Code Generator's gql.ts).
    const firstOperations = operationsIn(first);
    expect(firstOperations.size).toBeGreaterThan(0);
    const common = commonOperations();
    for (const name of firstOperations) expect(common, `${name} in the first page`).toContain(name);
    const drawRoom = [...staticClosure(manifest, 'src/draw/draw-page.tsx')].map((k) => manifest[k]!.file);
    expect(operationsIn(drawRoom)).toContain('DrawRoom');

    // Routes are loaded on demand: the pages are dynamic imports of the entry, not part of the first load.
    const pages = entry!.dynamicImports ?? [];
    expect(pages).toEqual(expect.arrayContaining(['src/todo/todo-page.tsx', 'src/inspections/inspection-page.tsx']));
    for (const page of pages) {
      expect(first, page).not.toContain(manifest[page]!.file);
      const own = [...staticClosure(manifest, page)].filter((k) => !staticClosure(manifest, 'index.html').has(k));
      const bytes = own
        .map((k) => manifest[k]!.file)
        .filter((f) => f.endsWith('.js'))
        .reduce((s, f) => s + gzipped(f), 0);
      console.log(`[budget] ${page} ${(bytes / 1024).toFixed(1)} KB gzipped`);
      expect(bytes, `${page} and what only it loads`).toBeLessThanOrEqual(250 * 1024);
    }
  });
});
