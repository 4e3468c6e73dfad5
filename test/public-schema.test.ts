import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildPublicSchema } from '../services/api/src/modules/public/public.schema';
import { printCanonicalSchema } from '../services/api/src/schema-print';

describe('schema/public.graphql (the anonymous endpoint)', () => {
  it('matches what the code emits (run `pnpm schema:emit` after changing the public API)', () => {
    const committed = readFileSync(path.join(__dirname, '..', 'schema', 'public.graphql'), 'utf8');
    expect(printCanonicalSchema(buildPublicSchema())).toBe(committed);
  });

  it('describes every type and field in Chinese; its only mutation files an appeal (R49), no subscription', () => {
    const schema = buildPublicSchema();
    expect(Object.keys(schema.getMutationType()?.getFields() ?? {})).toEqual(['fileAppeal']);
    expect(schema.getSubscriptionType()).toBeUndefined();
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || ['String', 'Boolean', 'Int', 'Float', 'ID'].includes(type.name)) continue;
      if (!/[\u4e00-\u9fff]/.test(type.description ?? '')) missing.push(type.name);
      const fields = 'getFields' in type ? (type.getFields() as Record<string, { description?: string | null }>) : {};
      for (const [name, f] of Object.entries(fields))
        if (!/[\u4e00-\u9fff]/.test(f.description ?? '')) missing.push(`${type.name}.${name}`);
    }
    expect(missing).toEqual([]);
  });
});
