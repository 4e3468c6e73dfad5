import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoDirectories } from '@dsr/db';
import { startTestApp, type TestApp } from './support/harness';
import { getBinary } from './support/downloads';
import {
  clockAt,
  fillPath,
  loadWalkthrough,
  resolvePlaceholders,
  valueAt,
  type WalkthroughStep,
} from './support/walkthrough';

const steps = loadWalkthrough();
const readme = readFileSync(path.join(__dirname, '..', 'README.md'), 'utf8');
const section = readme.slice(
  readme.indexOf('## Trying it as 叶县'),
  readme.indexOf('\n## ', readme.indexOf('## Trying it as 叶县') + 1),
);

/**
 * The README walk-through (## Trying it as 叶县) works as written: its operations, in README order,
 * against a fresh app with the demo accounts and the directories `pnpm start` loads, each answer's
 * ids feeding the later steps, with today's dates. Step 7 is a 平顶山市 task over 叶县 (R41).
 */
describe('README walk-through: schema/operations/walkthrough, in order, on the demo data', () => {
  let t: TestApp;
  const answers = new Map<string, unknown>();
  const clock = clockAt(new Date());
  beforeAll(async () => {
    t = await startTestApp();
    await seedDemoDirectories(t.db.ownerUrl);
  });
  afterAll(async () => t?.close());

  it('the README shows every step file, in order, in a step that names the account it runs as', () => {
    const linked = [...section.matchAll(/schema\/operations\/walkthrough\/(\d\d-[\w-]+\.(?:graphql|http))/g)].map(
      (m) => m[1],
    );
    expect(linked).toEqual(steps.map((s) => s.file));
    // The README's numbered steps: each file's accounts are named in the step that links it.
    const items = section.split(/\n(?=\d+\. )/);
    for (const step of steps) {
      const item = items.find((x) => x.includes(`walkthrough/${step.file}`))!;
      // A run with no account is one without a token (a signed link opened as a browser would).
      for (const run of step.runs) if (run.as) expect(item, `${step.file} as ${run.as}`).toContain(`\`${run.as}\``);
    }
  });

  for (const step of steps) {
    it(step.file, async () => {
      for (const run of step.runs) {
        const variables = resolvePlaceholders(run.variables, answers, clock) as Record<string, unknown>;
        const token = run.as ? await t.login(run.as) : null;
        if (step.kind === 'http') {
          await download(t, step, variables, token);
          continue;
        }
        const res = await t.gql(step.text, variables, token);
        expect(res.body.errors, `${run.name}: ${JSON.stringify(res.body.errors)}`).toBeUndefined();
        answers.set(run.name, res.body.data);
        const wanted = resolvePlaceholders(step.expect, answers, clock) as Record<string, unknown>;
        for (const [at, value] of Object.entries(wanted))
          expect(valueAt(res.body.data, at), `${run.name} ${at}`).toEqual(value);
      }
    });
  }
});

describe("walk-through placeholders: today's dates, clamped to the plan year and the China day", () => {
  it('windows end by 31 December near the year end; other dates run on; "$year" is a number', () => {
    const late = clockAt(new Date('2026-12-25T04:00:00Z'));
    expect(
      resolvePlaceholders(['$today', '$today+14 (≤12-31)', '$today+3 (≤12-31)', '$today+9', '$year'], new Map(), late),
    ).toEqual(['2026-12-25', '2026-12-31', '2026-12-28', '2027-01-03', 2026]);
  });
  it('"$now-60m" never falls before today\'s 00:00 in China (16:00 UTC), so a check is today and not in the future', () => {
    const justAfterMidnight = clockAt(new Date('2026-12-31T16:30:00Z'));
    expect(resolvePlaceholders(['$today', '$year', '$now-60m', '$now'], new Map(), justAfterMidnight)).toEqual([
      '2027-01-01',
      2027,
      '2026-12-31T16:00:00.000Z',
      '2026-12-31T16:30:00.000Z',
    ]);
  });
  it('a reference names an earlier answer by path, list index and [field=value]; a missing one says so', () => {
    const answers = new Map<string, unknown>([
      [
        '14',
        {
          inspections: {
            edges: [
              { node: { id: 'a', joint: false } },
              { node: { id: 'b', joint: true, members: [{ inspectorId: 'x' }] } },
            ],
          },
        },
      ],
    ]);
    expect(
      resolvePlaceholders({ i: '$14:inspections.edges[node.joint=true].node.members[0].inspectorId' }, answers, clock0),
    ).toEqual({ i: 'x' });
    expect(() => resolvePlaceholders('$14:inspections.edges[node.id=c].node.id', answers, clock0)).toThrow(
      /nothing at/,
    );
    expect(() => resolvePlaceholders('$15:users', answers, clock0)).toThrow(/step 15 has not run/);
  });
});
const clock0 = clockAt(new Date('2026-12-03T02:00:00Z'));

/** Step 6's forms: the signed links open without a token, as a browser would open them. */
async function download(t: TestApp, step: WalkthroughStep, variables: Record<string, unknown>, token: string | null) {
  for (const line of step.requests) {
    const res = await getBinary(t, fillPath(line, variables), token ?? undefined);
    expect(res.status, `${step.file} GET ${line}`).toBe(200);
    expect(res.headers['content-type']).toMatch(/application\/pdf/);
    expect((res.body as Buffer).subarray(0, 5).toString()).toBe('%PDF-');
  }
}
