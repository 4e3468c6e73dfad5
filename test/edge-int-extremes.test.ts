import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getNamedType, isLeafType, type GraphQLField, type GraphQLInputType } from 'graphql';
import { startTestApp, type TestApp } from './support/harness';
import { countScalars, inputValue, plausibleScalar, type ScalarValue } from './support/input-values';

/**
 * The numbers an outside tester types first: the ends of GraphQL's Int, zero and minus one, in every Int
 * (and Float) argument or input field of every query and mutation. Each answer is data or a coded error,
 * never INTERNAL_SERVER_ERROR or HTTP 5xx, and none runs long (a year of 2147483647 must not walk a calendar).
 * Every other argument looks valid (the caller's own department and bureau, the first enum value, a date), as
 * in edge-fuzz.test.ts, which does the same for text. Found: assessmentFigures(year: 0) answered
 * INTERNAL_SERVER_ERROR (an invalid period date).
 */
const EXTREMES = [2_147_483_647, -2_147_483_648, 0, -1];
const PERSONAS = ['nanle.admin', 'nanle.coordinator', 'nanle.legal', 'puyang.coordinator', 'puyang.leader'];
const ids: Record<string, string> = {};

function text(name: string, required: boolean): string | null {
  if (/date|since|until|from|start|end|deadline|On$|Before$/i.test(name)) return required ? '2026-10-01' : null;
  const known: Record<string, string> = { regionCode: '410923', grade: 'B', username: 'int.probe', code: 'int-probe' };
  return known[name] ?? (required ? '整数边界' : null);
}

interface Build {
  numbers: number;
  target: number;
  value: number;
}

/** A value for an input type in which the target-th Int/Float leaf is `value`, the others plausible or null. */
function valueOf(type: GraphQLInputType, b: Build, name: string): { value: unknown; hit: boolean } {
  const scalar: ScalarValue = (kind, field, required) => {
    if (kind === 'String') return { value: text(field, required), hit: false };
    if (kind !== 'Int' && kind !== 'Float') return plausibleScalar(ids, kind, field, required);
    const mine = b.numbers++ === b.target;
    return { value: mine ? b.value : required ? 1 : null, hit: mine };
  };
  return inputValue(type, scalar, 0, name);
}

describe('edge: Int extremes in every argument (issue 10 §3)', () => {
  let t: TestApp;
  const tokens: Record<string, string> = {};
  beforeAll(async () => {
    t = await startTestApp();
    for (const p of PERSONAS) tokens[p] = await t.login(p);
    const me = (
      await t.gql('{ me { user { id bureau { id departments { id kind } } } } }', {}, tokens['nanle.coordinator'])
    ).body.data!.me.user;
    const police = me.bureau.departments.find((d: { kind: string }) => d.kind === 'POLICE');
    Object.assign(ids, { departmentId: police.id, bureauId: me.bureau.id, userId: me.id });
  });
  afterAll(async () => t.close());

  it('answers 2147483647, -2147483648, 0 and -1 in every Int of every query and mutation with data or a coded error, never INTERNAL_SERVER_ERROR, and quickly', async () => {
    const schema = t.server.schema;
    const roots = [
      ['query', schema.getQueryType()!],
      ['mutation', schema.getMutationType()!],
    ] as const;
    const failures: string[] = [];
    let cases = 0;
    for (const [op, root] of roots) {
      for (const f of Object.values(root.getFields()) as GraphQLField<unknown, unknown>[]) {
        if (f.name === 'logout') continue;
        const leaves = f.args.reduce((n, a) => n + countScalars(a.type, ['Int', 'Float']), 0);
        const vars = f.args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
        const args = f.args.map((a) => `${a.name}: $${a.name}`).join(', ');
        const selection = isLeafType(getNamedType(f.type)) ? '' : ' { __typename }';
        const query = `${op}${vars ? `(${vars})` : ''} { ${f.name}${args ? `(${args})` : ''}${selection} }`;
        for (let leaf = 0; leaf < leaves; leaf++) {
          for (const value of EXTREMES) {
            const b: Build = { numbers: 0, target: leaf, value };
            const variables = Object.fromEntries(f.args.map((a) => [a.name, valueOf(a.type, b, a.name).value]));
            cases++;
            // The first persona the field does not refuse outright (a county's admin, the city's office …).
            for (const persona of PERSONAS) {
              const started = Date.now();
              const res = await t.gql(query, variables, tokens[persona]);
              const ms = Date.now() - started;
              const codes = (res.body.errors ?? []).map((e) => e.extensions?.code);
              if (
                res.status >= 500 ||
                codes.includes('INTERNAL_SERVER_ERROR') ||
                codes.includes(undefined) ||
                ms > 2000
              )
                failures.push(
                  `${f.name} as ${persona}, ${value}: HTTP ${res.status} ${ms} ms ${JSON.stringify(codes)}`,
                );
              if (codes[0] !== 'FORBIDDEN') break;
            }
          }
        }
      }
    }
    expect(cases).toBeGreaterThan(100);
    expect(failures).toEqual([]);
  });
});
