import { expect } from 'vitest';
import type { GqlResult, TestApp } from './harness';

/** The data of a GraphQL answer, failing the test with the errors when there are any. */
export function ok(res: GqlResult, what: string) {
  expect(res.body.errors, `${what}: ${JSON.stringify(res.body.errors)}`).toBeUndefined();
  return res.body.data!;
}

const ITEM = 'itemVersion { id version }';

/**
 * Enters an item as `<prefix>.coordinator`, has `<prefix>.legal` approve it and publishes it,
 * all through the API (R5); returns the published version's id.
 */
export async function publishItem(t: TestApp, prefix: string, content: Record<string, unknown>): Promise<string> {
  const office = await t.login(`${prefix}.coordinator`);
  const legal = await t.login(`${prefix}.legal`);
  let v = ok(
    await t.gql(`mutation($i: CreateItemInput!) { createItem(input: $i) { ${ITEM} } }`, { i: { content } }, office),
    'createItem',
  ).createItem.itemVersion;
  v = ok(
    await t.gql(
      `mutation($i: ItemVersionActionInput!) { submitItem(input: $i) { ${ITEM} } }`,
      { i: { versionId: v.id, version: v.version } },
      office,
    ),
    'submit',
  ).submitItem.itemVersion;
  v = ok(
    await t.gql(
      `mutation($i: ReviewItemInput!) { reviewItem(input: $i) { ${ITEM} } }`,
      { i: { versionId: v.id, version: v.version, decision: 'APPROVE' } },
      legal,
    ),
    'review',
  ).reviewItem.itemVersion;
  v = ok(
    await t.gql(
      `mutation($i: ItemVersionActionInput!) { publishItem(input: $i) { ${ITEM} } }`,
      { i: { versionId: v.id, version: v.version } },
      office,
    ),
    'publish',
  ).publishItem.itemVersion;
  return v.id as string;
}
