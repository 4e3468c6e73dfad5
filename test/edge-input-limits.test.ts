import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
// The API's own class-validator (a dependency of services/api only): its decorators' registry.
import { getMetadataStorage } from '../services/api/node_modules/class-validator';
import { getNamedType, isInputObjectType, isObjectType, isScalarType, type GraphQLSchema } from 'graphql';
import { buildAppSchema } from '../services/api/src/schema';
import { INPUT_LIMITS } from '../services/api/src/common/edge/input-limits';
import { createTestDatabase, type TestDatabase } from './support/harness';

/** Every String input of the schema: `Input.field` and `Type.field(argument)`. */
function stringInputs(schema: GraphQLSchema): string[] {
  const keys: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__')) continue;
    const isString = (t: Parameters<typeof getNamedType>[0]) => {
      const n = getNamedType(t);
      return isScalarType(n) && n.name === 'String';
    };
    if (isInputObjectType(type))
      for (const f of Object.values(type.getFields())) if (isString(f.type)) keys.push(`${type.name}.${f.name}`);
    if (isObjectType(type))
      for (const f of Object.values(type.getFields()))
        for (const a of f.args) if (isString(a.type)) keys.push(`${type.name}.${f.name}(${a.name})`);
  }
  return keys;
}

/** The length limit PostgreSQL enforces on a column: varchar(n) or a check on length(column). */
async function dbLimit(c: pg.Client, table: string, column: string): Promise<number | null> {
  const cols = await c.query(
    'select data_type, character_maximum_length from information_schema.columns where table_schema = $1 and table_name = $2 and column_name = $3',
    ['public', table, column],
  );
  if (!cols.rowCount) throw new Error(`${table}.${column} does not exist`);
  if (cols.rows[0].character_maximum_length) return Number(cols.rows[0].character_maximum_length);
  const checks = await c.query(
    `select pg_get_constraintdef(oid) as def from pg_constraint where conrelid = $1::regclass and contype = 'c'`,
    [table],
  );
  const limits = checks.rows.flatMap((r: { def: string }) =>
    [...r.def.matchAll(new RegExp(`length\\(${column}\\) <= (\\d+)`, 'g'))].map((m) => Number(m[1])),
  );
  return limits.length ? Math.min(...limits) : null;
}

describe('the table of text inputs (input-limits.ts) matches the schema and the database', () => {
  let db: TestDatabase;
  let c: pg.Client;
  let schema: GraphQLSchema;
  beforeAll(async () => {
    db = await createTestDatabase();
    c = new pg.Client({ connectionString: db.superUrl });
    await c.connect();
    schema = await buildAppSchema();
  });
  afterAll(async () => {
    await c.end();
    await db.drop();
  });

  it('every String input of the schema has a line (cursors aside), and no line names an input that is gone', () => {
    const inputs = stringInputs(schema).filter((k) => !/\(after\)$/.test(k));
    expect(inputs.filter((k) => !INPUT_LIMITS[k])).toEqual([]);
    const all = new Set(stringInputs(schema));
    expect(Object.keys(INPUT_LIMITS).filter((k) => !all.has(k))).toEqual([]);
  });

  it('every line that names a column allows what the column allows, no more and no less', async () => {
    const drift: string[] = [];
    for (const [key, [, max, column]] of Object.entries(INPUT_LIMITS)) {
      if (!column) continue;
      const [table, col] = column.split('.') as [string, string];
      const limit = await dbLimit(c, table, col);
      if (limit !== max) drift.push(`${key}: edge ${max}, ${column} ${limit ?? 'unlimited'}`);
    }
    expect(drift).toEqual([]);
  });

  it('every line allows what the length decorator of its input class allows (class-validator)', () => {
    const drift: string[] = [];
    let compared = 0;
    const storage = getMetadataStorage() as unknown as {
      validationMetadatas: Map<
        abstract new (...args: never[]) => unknown,
        { propertyName: string; name?: string; constraints?: number[] }[]
      >;
    };
    for (const [target, metas] of storage.validationMetadatas) {
      if (!schema.getType(target.name)) continue;
      for (const meta of metas) {
        const max =
          meta.name === 'length'
            ? meta.constraints?.[1]
            : meta.name === 'maxLength'
              ? meta.constraints?.[0]
              : undefined;
        const line = INPUT_LIMITS[`${target.name}.${meta.propertyName}`];
        if (max !== undefined && line) compared++;
        if (max !== undefined && line && line[1] !== max)
          drift.push(`${target.name}.${meta.propertyName}: edge ${line[1]}, decorator ${max}`);
      }
    }
    expect(drift).toEqual([]);
    expect(compared).toBeGreaterThan(30);
  });
});
