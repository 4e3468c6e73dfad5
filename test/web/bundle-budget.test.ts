import { existsSync, readFileSync } from 'node:fs';
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
      expect(bytes, `${page} and what only it loads`).toBeLessThanOrEqual(250 * 1024);
    }
  });
});
