import { describe, expect, it } from 'vitest';
import { GraphQLObjectType, GraphQLSchema, GraphQLString, graphql, type GraphQLFieldConfigMap } from 'graphql';
import { ROLES } from '@dsr/domain';
import { buildBareSchema, withShield } from '../services/api/src/schema';

/** The shield at the edge (schema.ts): default deny on the root types, nothing wrapped elsewhere. */
describe('the shield', () => {
  it('refuses a root field that has no rule, whoever asks', async () => {
    const bare = await buildBareSchema();
    const config = bare.toConfig();
    const query = bare.getQueryType()!.toConfig();
    const fields: GraphQLFieldConfigMap<unknown, unknown> = {
      ...query.fields,
      unruled: { type: GraphQLString, description: '无规则', resolve: () => 'leaked' },
    };
    const extended = new GraphQLSchema({
      ...config,
      query: new GraphQLObjectType({ ...query, fields }),
      types: config.types.filter((t) => t.name !== 'Query'),
    });
    const schema = withShield(extended);
    const principal = { userId: 'u', roles: [...ROLES] };
    const res = await graphql({ schema, source: '{ unruled }', contextValue: { principal } });
    expect(res.data).toEqual({ unruled: null });
    expect(res.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
  });

  it('wraps the root fields only: the fields of object types keep their own resolvers', async () => {
    const bare = await buildBareSchema();
    const schema = withShield(bare);
    const me = (s: GraphQLSchema) => s.getQueryType()!.getFields().me!.resolve;
    expect(me(schema)).not.toBe(me(bare));
    const bureau = (s: GraphQLSchema) => (s.getType('Bureau') as GraphQLObjectType).getFields();
    for (const [name, field] of Object.entries(bureau(bare))) expect(bureau(schema)[name]!.resolve).toBe(field.resolve);
  });
});
