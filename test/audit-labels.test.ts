import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { OBJECT_TYPE_LABELS, OPERATION_LABELS } from '../services/web/src/audit/labels';

/*
 * The audit page names every operation and object type in Chinese (WEB.md: never a raw code): each literal the
 * API writes as an audit entry's `operation` or `objectType` (services/api/src, tests aside) has its label.
 */
const API = path.join(__dirname, '..', 'services', 'api', 'src');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sources(full);
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [full] : [];
  });
}

/**
 * The quoted literals of every `key: …` expression and of `audited(x, '…')` calls; of a ternary its two outcomes,
 * not the value its condition compares with.
 */
function literals(key: 'operation' | 'objectType'): Set<string> {
  const found = new Set<string>();
  const shape = key === 'operation' ? /(?<!== )'([A-Z][A-Z_]+)'/g : /(?<!== )'([A-Z][A-Za-z]+)'/g;
  for (const file of sources(API)) {
    const text = readFileSync(file, 'utf8');
    const expressions = [...text.matchAll(new RegExp(`\\b${key}: ([^,\\n}]+)`, 'g'))].map((m) => m[1]!);
    if (key === 'operation') expressions.push(...[...text.matchAll(/\baudited\(\w+, ([^)]+)\)/g)].map((m) => m[1]!));
    for (const e of expressions) for (const m of e.matchAll(shape)) found.add(m[1]!);
  }
  return found;
}

describe('the audit page’s labels', () => {
  it('name every operation the API writes', () => {
    const ops = literals('operation');
    expect(ops.size).toBeGreaterThan(60);
    expect([...ops].filter((op) => !(op in OPERATION_LABELS))).toEqual([]);
  });

  it('name every object type the API writes', () => {
    const types = literals('objectType');
    expect(types.size).toBeGreaterThan(20);
    expect([...types].filter((t) => !(t in OBJECT_TYPE_LABELS))).toEqual([]);
  });
});
