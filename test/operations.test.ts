import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from './support/harness';
import { startAppWithTree, type Tree } from './support/tenancy';

const dir = path.join(__dirname, '..', 'schema', 'operations');
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.graphql'))
  .sort();

/** Header comments: `# as: <persona>` and `# variables: {…}` ("$department:<user>" is that user's department id). */
function header(text: string) {
  const as = /^# as: (\S+)/m.exec(text)?.[1] ?? null;
  const vars = /^# variables: (.+)$/m.exec(text)?.[1];
  return { as, variables: vars ? JSON.parse(vars) : undefined };
}

describe('schema/operations: every example the README shows runs', () => {
  let t: TestApp;
  let tree: Tree;
  beforeAll(async () => {
    ({ t, tree } = await startAppWithTree());
  });
  afterAll(async () => t.close());

  it('has examples', () => expect(files.length).toBeGreaterThanOrEqual(8));

  for (const file of files) {
    it(file, async () => {
      const text = readFileSync(path.join(dir, file), 'utf8');
      const { as, variables } = header(text);
      const resolved = JSON.parse(
        JSON.stringify(variables ?? {}).replace(/"\$department:([\w.]+)"/g, (_m, u: string) =>
          JSON.stringify(tree.users.find((x) => x.username === u)!.department_id),
        ),
      );
      const res = await t.gql(text, resolved, as ? await t.login(as) : null);
      expect(res.body.errors, JSON.stringify(res.body.errors)).toBeUndefined();
      expect(res.status).toBe(200);
      expect(Object.values(res.body.data ?? {}).every((v) => v !== null)).toBe(true);
    });
  }
});
