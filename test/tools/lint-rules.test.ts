// The machine-kept rules of issue 11 fail a deliberate violation: ESLint on code given as text (without type
// information, which these rules do not need), dependency-cruiser on a small tree written to a temporary folder.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { afterAll, describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../..');

const eslint = new ESLint({ cwd: root, overrideConfig: [tseslint.configs.disableTypeChecked] });

async function ruleIdsOf(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, filePath) });
  return (result?.messages ?? []).map((m) => m.ruleId ?? `fatal: ${m.message}`);
}

describe('ESLint rules', () => {
  it('refuses `any` in source code and allows it in tests', async () => {
    const code = 'export const parse = (text: string): any => JSON.parse(text);\n';
    expect(await ruleIdsOf(code, 'services/api/src/common/zz-fixture.ts')).toContain(
      '@typescript-eslint/no-explicit-any',
    );
    expect(await ruleIdsOf(code, 'services/api/src/common/zz-fixture.test.ts')).not.toContain(
      '@typescript-eslint/no-explicit-any',
    );
  });

  it('refuses a non-null assertion on the principal, in source and tests', async () => {
    const code = 'export const bureauOf = (ctx: { principal?: { bureauId: string } }) => ctx.principal!.bureauId;\n';
    expect(await ruleIdsOf(code, 'services/api/src/common/zz-fixture.ts')).toContain('no-restricted-syntax');
    expect(await ruleIdsOf(code, 'test/zz-fixture.test.ts')).toContain('no-restricted-syntax');
  });

  it('refuses reading the clock in packages/domain only', async () => {
    const code = 'export const stamp = (): number => Date.now() + new Date().getTime();\n';
    const domain = await ruleIdsOf(code, 'packages/domain/src/zz-fixture.ts');
    expect(domain).toContain('no-restricted-properties');
    expect(domain).toContain('no-restricted-syntax');
    expect(await ruleIdsOf(code, 'services/api/src/common/zz-fixture.ts')).toEqual([]);
  });
});

describe('dependency rules', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'dsr-depcruise-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  };

  it('refuse database imports in domain, undeclared module imports and type-only cycles', () => {
    write(
      'packages/domain/src/rules.ts',
      "import { EntityManager } from '@mikro-orm/core';\nexport const em = EntityManager;\n",
    );
    write('services/api/src/modules/inspection/inspection.service.ts', 'export class InspectionService {}\n');
    write(
      'services/api/src/modules/draw/draw.service.ts',
      "import type { InspectionService } from '../inspection/inspection.service';\nexport type Uses = InspectionService;\n",
    );
    write('services/api/src/a.ts', "import type { B } from './b';\nexport interface A { b?: B }\n");
    write('services/api/src/b.ts', "import type { A } from './a';\nexport interface B { a?: A }\n");
    // depcruise exits non-zero on these violations: read its report, not its status.
    const { stdout } = spawnSync(
      path.join(root, 'node_modules/.bin/depcruise'),
      ['--config', path.join(root, '.dependency-cruiser.cjs'), '--output-type', 'json', 'packages', 'services'],
      { cwd: dir, encoding: 'utf8' },
    );
    const violations = (
      JSON.parse(stdout) as { summary: { violations: { rule: { name: string }; from: string }[] } }
    ).summary.violations.map((v) => `${v.rule.name} ${v.from}`);
    expect(violations).toEqual(
      expect.arrayContaining([
        'domain-no-database packages/domain/src/rules.ts',
        'module-draw-declared-deps services/api/src/modules/draw/draw.service.ts',
        'no-circular services/api/src/a.ts',
      ]),
    );
  });
});
