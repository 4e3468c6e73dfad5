import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './support/harness';

/** N+1 is a bug: relation fields go through per-request DataLoaders. */
describe('SQL statements per request', () => {
  let t: TestApp;
  let token: string;
  beforeAll(async () => {
    t = await startTestApp();
    token = await t.login('henan.admin');
  });
  afterAll(async () => t.close());

  const tree = (n: number) => `{ bureaus(first: ${n}) { edges { node { name parent { name } children { name } departments { name } } } } }`;

  it('a page of bureaus with parent, children and departments costs the same for 2 rows as for all rows', async () => {
    const one = await t.countStatements(() => t.gql(tree(2), {}, token)); // the province and a city (which has a parent)
    const all = await t.countStatements(() => t.gql(tree(50), {}, token));
    expect(all.result.body.data!.bureaus.edges.length).toBeGreaterThan(3);
    expect(all.statements, all.sql.join('\n')).toBe(one.statements);
    // begin, session + scope, page, count, 3 loaders, commit
    expect(all.statements, all.sql.join('\n')).toBeLessThanOrEqual(8);
  });

  it('an authenticated one-object read: begin, session check with scope, one select, commit', async () => {
    const me = (await t.gql('{ me { user { bureauId } } }', {}, token)).body.data!.me.user.bureauId;
    const read = await t.countStatements(() => t.gql('query($id: ID!) { bureau(id: $id) { name } }', { id: me }, token));
    expect(read.statements, read.sql.join('\n')).toBeLessThanOrEqual(4);
  });
});
