import { PrimaryKey, Property } from '@mikro-orm/core';

/**
 * The columns every bureau-owned row has: its id and its owner — the city-level tenant (the
 * distribution key of a sharded layout), the bureau and that bureau's path in the tree, which the
 * scope filter and row-level security read. Entities extend it and add `@Filter(ownedScopeFilter)`.
 */
export abstract class BureauOwned {
  @PrimaryKey({ type: 'uuid' }) id!: string;
  @Property({ type: 'uuid' }) tenantId!: string;
  @Property({ type: 'uuid' }) bureauId!: string;
  @Property({ type: 'string', columnType: 'ltree' }) scopePath!: string;
}
