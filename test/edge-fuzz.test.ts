import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { getNamedType, isLeafType, type GraphQLField, type GraphQLInputType } from 'graphql';
import { startTestApp, type TestApp } from './support/harness';
import { countScalars, inputValue, plausibleScalar, type ScalarValue } from './support/input-values';

/**
 * Issue 10 §3, property: whatever text a caller puts in any string input of any mutation (very
 * long, NUL, control characters, bidirectional overrides, zero-width characters, astral or lone
 * surrogates, ordinary text), the answer is a 4xx or a coded error, never INTERNAL_SERVER_ERROR
 * or HTTP 500. Every other argument looks valid (UUIDs, the first enum value, dates, 1).
 */
const ODD = [
  '\u0000',
  '\u0007',
  '\u001b',
  '\u007f',
  '\u0085',
  '\u202e',
  '\u2066',
  '\u200b',
  '\u200d',
  '\ufeff',
  '\n',
  '\t',
  '\r',
  '𠀀',
  '😀',
  '\ud800',
  '\udfff',
];
const text = fc.oneof(
  {
    weight: 3,
    arbitrary: fc
      .array(
        fc.oneof(
          fc.constantFrom(...ODD),
          fc.string({ maxLength: 4 }),
          fc.constantFrom('甲', '宾馆', '2026-09-21', 'HOTEL'),
        ),
        { maxLength: 6 },
      )
      .map((a) => a.join('')),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom('名', 'x', '😀'), fc.integer({ min: 100, max: 12_000 }))
      .map(([c, n]) => c.repeat(n)),
  },
  { weight: 1, arbitrary: fc.constantFrom('', ' ', '宾馆', '南乐县城关镇', '2026-10-01') },
);

/** A value for an input type in which every String is taken from `strings` in turn. */
const ids: Record<string, string> = {};

/** A plausible value for a String field, by its name, so that the fuzzed field is what fails. */
function plausible(name: string, required: boolean): string | null {
  if (/date|since|until|from|start|end|deadline|On$|Before$/i.test(name)) return required ? '2026-10-01' : null;
  const known: Record<string, string> = {
    regionCode: '410923',
    regionCodes: '410923',
    uscc: '91330100716105852F',
    businessCategory: 'HOTEL',
    businessCategories: 'HOTEL',
    grade: 'B',
    grades: 'B',
    code: 'fuzz-code',
    username: 'fuzz.user',
    initialPassword: 'Fuzz2026password',
    newPassword: 'Fuzz2026password',
    currentPassword: 'Demo2026dsr',
    password: 'Demo2026dsr',
    phone: '0393-1234567',
    contactPhone: '0393-1234567',
  };
  return known[name] ?? (required ? '南乐县宾馆' : null);
}

interface Build {
  strings: number;
  target: number;
  text: string;
}

/** A value for an input type: the target-th String leaf gets the fuzzed text, the others a plausible value or null. */
function valueOf(type: GraphQLInputType, b: Build, name: string): { value: unknown; hit: boolean } {
  const scalar: ScalarValue = (kind, field, required) => {
    if (kind !== 'String') return plausibleScalar(ids, kind, field, required);
    const mine = b.strings++ === b.target;
    return { value: mine ? b.text : plausible(field, required), hit: mine };
  };
  return inputValue(type, scalar, 0, name);
}

describe('property: no string input of any mutation gives INTERNAL_SERVER_ERROR (fast-check)', () => {
  let t: TestApp;
  const tokens: Record<string, string> = {};
  beforeAll(async () => {
    t = await startTestApp();
    for (const p of ['nanle.admin', 'nanle.coordinator']) tokens[p] = await t.login(p);
    const me = (
      await t.gql('{ me { user { id bureau { id departments { id kind } } } } }', {}, tokens['nanle.coordinator'])
    ).body.data!.me.user;
    const police = me.bureau.departments.find((d: { kind: string }) => d.kind === 'POLICE');
    Object.assign(ids, { departmentId: police.id, bureauId: me.bureau.id, userId: me.id });
  });
  afterAll(async () => t.close());

  it('answers every generated input with a coded error or data, never INTERNAL_SERVER_ERROR or HTTP 500', async () => {
    const mutations = (
      Object.values(t.server.schema.getMutationType()!.getFields()) as GraphQLField<unknown, unknown>[]
    ).filter((m) => m.name !== 'logout');
    const request = (m: GraphQLField<unknown, unknown>, leaf: number, fuzz: string, persona: string) => {
      const vars = m.args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
      const args = m.args.map((a) => `${a.name}: $${a.name}`).join(', ');
      const query = `mutation(${vars}) { ${m.name}(${args})${isLeafType(getNamedType(m.type)) ? '' : ' { __typename }'} }`;
      const b: Build = { strings: 0, target: leaf, text: fuzz };
      const variables = Object.fromEntries(m.args.map((a) => [a.name, valueOf(a.type, b, a.name).value]));
      return t.gql(query, variables, tokens[persona]).then((res) => ({ res, variables }));
    };
    // Who may call each mutation: a probe with plausible values only (no leaf fuzzed).
    const personas = Object.keys(tokens);
    const callerOf = new Map<string, string>();
    for (const m of mutations) {
      for (const p of personas) {
        const { res } = await request(m, -1, '', p);
        if (res.body.errors?.[0]?.extensions?.code !== 'FORBIDDEN') {
          callerOf.set(m.name, p);
          break;
        }
      }
    }
    // Every (mutation, string leaf) pair; a leaf is the n-th String met walking the arguments.
    const cases = mutations.flatMap((m) =>
      Array.from({ length: m.args.reduce((sum, a) => sum + countScalars(a.type, ['String']), 0) }, (_, leaf) => ({
        m,
        leaf,
      })),
    );
    expect(cases.length).toBeGreaterThan(100);
    const property = fc.asyncProperty(fc.nat({ max: cases.length - 1 }), text, async (i, fuzz) => {
      const { m, leaf } = cases[i]!;
      const persona = callerOf.get(m.name) ?? personas[0]!;
      const { res, variables } = await request(m, leaf, fuzz, persona);
      const internal = (res.body.errors ?? []).filter((e) => e.extensions?.code === 'INTERNAL_SERVER_ERROR');
      if (res.status >= 500 || internal.length) {
        throw new Error(
          `${m.name} as ${persona}: HTTP ${res.status} ${JSON.stringify(res.body.errors)} for ${JSON.stringify(variables).slice(0, 300)}`,
        );
      }
    });
    // Every leaf with each of the two worst values (examples run first), then random runs.
    const worst = ['名'.repeat(10_000), '宾馆\u0000'];
    const examples = cases.flatMap((_, i) => worst.map((w) => [i, w] as [number, string]));
    const started = Date.now();
    await fc.assert(property, { examples, numRuns: 80, seed: 20261203, endOnFailure: true });
    expect(Date.now() - started).toBeLessThan(30_000); // bounded: one app, two passes over the leaves and 80 random runs
  });
});
