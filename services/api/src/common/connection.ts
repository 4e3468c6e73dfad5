import { ArgsType, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { Max, Min } from 'class-validator';
import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { badInput } from './errors';

@ObjectType({ description: '分页信息' })
export class PageInfo {
  @Field({ description: '是否还有下一页' }) hasNextPage!: boolean;
  @Field(() => String, { nullable: true, description: '本页最后一条的游标，传给 after 取下一页' }) endCursor!: string | null;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 20, description: '每页条数，1 到 100' })
  @Min(1)
  @Max(100)
  first: number = 20;

  @Field(() => String, { nullable: true, description: '从此游标之后开始' })
  after?: string | null;
}

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
  /** Counted only when the query asks for it: a getter, read by the field's default resolver. */
  readonly totalCount: Promise<number>;
}

/** A Relay connection type for `node`, named `<Name>Connection` with `<Name>Edge`. */
export function ConnectionType<T extends object>(node: ClassType<T>, name: string, description: string) {
  @ObjectType(`${name}Edge`, { description: `${description}（边）` })
  class Edge {
    @Field({ description: '游标' }) cursor!: string;
    @Field(() => node, { description: description }) node!: T;
  }
  @ObjectType(`${name}Connection`, { description: `${description}列表` })
  class ConnectionClass {
    @Field(() => [Edge], { description: '本页各条' }) edges!: Edge[];
    @Field(() => PageInfo, { description: '分页信息' }) pageInfo!: PageInfo;
    @Field(() => Int, { description: '符合条件的总数' }) totalCount!: number;
  }
  return ConnectionClass;
}

function decodeCursor(after: string): string {
  const id = Buffer.from(after, 'base64url').toString('utf8');
  if (!/^[0-9a-f-]{36}$/.test(id)) throw badInput('after', '分页游标无效');
  return id;
}

/**
 * Keyset pagination on the UUIDv7 id (creation order). The entity's scope filter applies to
 * both the page and the count.
 */
export async function paginate<T extends { id: string }>(
  em: EntityManager,
  entity: ClassType<T>,
  where: FilterQuery<T>,
  args: PageArgs,
): Promise<Connection<T>> {
  const afterId = args.after ? decodeCursor(args.after) : null;
  const pageWhere = (afterId ? { $and: [where, { id: { $gt: afterId } }] } : where) as FilterQuery<T>;
  // One connection per request transaction: the two queries run one after the other.
  const rows = await em.find(entity, pageWhere, { orderBy: { id: 'asc' } as never, limit: args.first + 1 });
  const page = rows.slice(0, args.first);
  const edges = page.map((node) => ({ cursor: Buffer.from(node.id, 'utf8').toString('base64url'), node }));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > args.first, endCursor: edges.at(-1)?.cursor ?? null },
    get totalCount() {
      return em.count(entity, where);
    },
  };
}
