import { ArgsType, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { Max, Min } from 'class-validator';
import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { Kind, type FragmentDefinitionNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import { badInput } from './errors';
import {
  countSubquery,
  countWhere,
  findWhere,
  findWhereAndCount,
  type CountSql,
  type SqlCondition,
} from './filtered-read';

@ObjectType({ description: '分页信息' })
export class PageInfo {
  @Field({ description: '是否还有下一页' }) hasNextPage!: boolean;
  @Field(() => String, { nullable: true, description: '本页最后一条的游标，传给 after 取下一页' }) endCursor!:
    string | null;
}

/** A PageInfo made as an instance of its class, as the schema type expects. */
export function pageInfo(hasNextPage: boolean, endCursor: string | null): PageInfo {
  return Object.assign(new PageInfo(), { hasNextPage, endCursor });
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

/** Where a capped count stops: lists over a million rows say "10,000+" instead of counting them all. */
export const COUNT_CAP = 10_000;

/** A connection that can also count up to COUNT_CAP (one query, however many of the two fields are asked). */
export interface CappedConnection<T> extends Connection<T> {
  readonly totalCountCapped: Promise<number>;
  readonly totalCountOverCap: Promise<boolean>;
}

/**
 * A Relay connection type for `node`, named `<Name>Connection` with `<Name>Edge`. With
 * `cappedCount`, it also offers totalCountCapped and totalCountOverCap (see CappedConnection).
 */
export function ConnectionType<T extends object>(
  node: ClassType<T>,
  name: string,
  description: string,
  opts: { cappedCount?: boolean } = {},
) {
  @ObjectType(`${name}Edge`, { description: `${description}（边）` })
  class Edge {
    @Field({ description: '游标' }) cursor!: string;
    @Field(() => node, { description: description }) node!: T;
  }
  if (!opts.cappedCount) {
    @ObjectType(`${name}Connection`, { description: `${description}列表` })
    class ConnectionClass {
      @Field(() => [Edge], { description: '本页各条' }) edges!: Edge[];
      @Field(() => PageInfo, { description: '分页信息' }) pageInfo!: PageInfo;
      @Field(() => Int, { description: '符合条件的总数' }) totalCount!: number;
    }
    return ConnectionClass;
  }
  @ObjectType(`${name}Connection`, { description: `${description}列表` })
  class CappedConnectionClass {
    @Field(() => [Edge], { description: '本页各条' }) edges!: Edge[];
    @Field(() => PageInfo, { description: '分页信息' }) pageInfo!: PageInfo;
    @Field(() => Int, { description: `符合条件的总数（精确计数：百万条时要上百毫秒，列表页宜用 totalCountCapped）` })
    totalCount!: number;
    @Field(() => Int, {
      description: `符合条件的条数，最多数到 ${COUNT_CAP}：超过时为 ${COUNT_CAP}，且 totalCountOverCap 为 true（界面显示「${COUNT_CAP}+」）`,
    })
    totalCountCapped!: number;
    @Field({ description: `符合条件的是否超过 ${COUNT_CAP} 条` }) totalCountOverCap!: boolean;
  }
  return CappedConnectionClass;
}

function decodeCursor(after: string, keyed: boolean): { key: string | null; id: string } {
  const text = Buffer.from(after, 'base64url').toString('utf8');
  let key: unknown = null;
  let id: unknown = text;
  if (keyed) {
    try {
      [key, id] = JSON.parse(text) as unknown[];
    } catch {
      id = null;
    }
  }
  if (typeof id !== 'string' || !/^[0-9a-f-]{36}$/.test(id) || (keyed && (typeof key !== 'string' || key.length > 100)))
    throw badInput('after', '分页游标无效');
  return { key: key as string | null, id };
}

/**
 * Keyset pagination on the UUIDv7 id (creation order), or on (`sortKey`, id) when a list reads in
 * another order (e.g. reports by due date; the key must be set on every row it lists). The
 * entity's scope filter applies to both the page and the count. A condition with raw() fragments
 * comes as a function: a fragment serves one query only, and the page and the count are two.
 * `also`: a condition of hand-written SQL added to both; `views`: plain objects, not managed entities (findWhere);
 * `countAsked`: the query selects totalCount, read in the page's statement (findWhereAndCount).
 */
export async function paginate<T extends { id: string }>(
  em: EntityManager,
  entity: ClassType<T>,
  condition: FilterQuery<T> | (() => FilterQuery<T>),
  args: PageArgs,
  sortKey?: keyof T & string,
  opts: { also?: SqlCondition; views?: boolean; countAsked?: boolean } = {},
): Promise<Connection<T>> {
  const { also, views } = opts;
  const where = () => (typeof condition === 'function' ? condition() : condition);
  const after = args.after ? decodeCursor(args.after, !!sortKey) : null;
  const afterWhere = !after
    ? null
    : sortKey
      ? { $or: [{ [sortKey]: { $gt: after.key } }, { [sortKey]: after.key, id: { $gt: after.id } }] }
      : { id: { $gt: after.id } };
  const pageWhere = (afterWhere ? { $and: [where(), afterWhere] } : where()) as FilterQuery<T>;
  const orderBy = (sortKey ? { [sortKey]: 'asc', id: 'asc' } : { id: 'asc' }) as Record<string, 'asc'>;
  const read = { limit: args.first + 1, also, views };
  let counted: number | null = null;
  let rows: T[] | undefined;
  const count = opts.countAsked ? await countSubquery(em, entity, where(), also) : null;
  const both = count ? await findWhereAndCount(em, entity, pageWhere, orderBy, read, count) : null;
  if (both) ({ rows, count: counted } = both);
  // An empty first page: nothing matches (the count reads the same rows through the same filters).
  if (both && counted === null && !after) counted = 0;
  // One connection per request transaction: the page and then, when asked, the count, one after the other.
  rows ??= await findWhere(em, entity, pageWhere, orderBy, read);
  const page = rows.slice(0, args.first);
  const cursorOf = (node: T) =>
    Buffer.from(sortKey ? JSON.stringify([node[sortKey], node.id]) : node.id, 'utf8').toString('base64url');
  const edges = page.map((node) => ({ cursor: cursorOf(node), node }));
  return {
    edges,
    pageInfo: pageInfo(rows.length > args.first, edges.at(-1)?.cursor ?? null),
    get totalCount() {
      return counted !== null ? Promise.resolve(counted) : countWhere(em, entity, where(), also);
    },
  };
}

/** Whether the query selects any of `fields` on the object this resolver returns (fragments included). */
export function selects(info: GraphQLResolveInfo, fields: readonly string[]): boolean {
  const seen = new Set<string>();
  // A fragment spread may name a fragment the document does not define.
  const fragments: Partial<Record<string, FragmentDefinitionNode>> = info.fragments;
  const walk = (set: SelectionSetNode | undefined): boolean =>
    (set?.selections ?? []).some((sel) => {
      if (sel.kind === Kind.FIELD) return fields.includes(sel.name.value);
      if (sel.kind === Kind.INLINE_FRAGMENT) return walk(sel.selectionSet);
      if (seen.has(sel.name.value)) return false;
      seen.add(sel.name.value);
      return walk(fragments[sel.name.value]?.selectionSet);
    });
  return info.fieldNodes.some((node) => walk(node.selectionSet));
}

/** The fields a capped count answers. */
export const CAPPED_COUNT_FIELDS = ['totalCountCapped', 'totalCountOverCap'] as const;

/** Where the rows of a list come from when the page is chosen by id first (see paginateByIds). */
export interface IdSource {
  /** The ids of the page in id order: after `afterId`, at most `limit`. */
  ids(afterId: string | null, limit: number): Promise<string[]>;
  /** How many rows match: all of them, or at most `cap`. */
  count(cap?: number): Promise<number>;
  /**
   * Optional: the capped count and, when it stays under `cap`, the page, from one reading of the
   * matches (ids null over the cap). Used when the query asks for the capped count anyway.
   */
  idsAndCount?(afterId: string | null, limit: number, cap: number): Promise<{ ids: string[] | null; count: number }>;
  /**
   * Optional, preferred to idsAndCount: the page's ids as a condition on the entity's alias and the
   * count up to `cap` as a scalar subquery, so that the rows and the capped count come in one
   * statement (findWhereAndCount). Null: not for this search.
   */
  pageAndCountSql?(afterId: string | null, limit: number, cap: number): { ids: SqlCondition; count: CountSql } | null;
}

/**
 * Keyset pagination in two steps: the page's ids (from an index alone, or from a reviewed
 * function), then the rows by id through the ORM, where the scope filter and row-level security
 * apply again. Three statements however long the page, plus one per count asked for; a capped
 * count with a source giving pageAndCountSql: one statement for the rows and the count.
 */
export async function paginateByIds<T extends { id: string }>(
  em: EntityManager,
  entity: ClassType<T>,
  args: PageArgs,
  source: IdSource,
  opts: { cappedCountAsked?: boolean; views?: boolean } = {},
): Promise<CappedConnection<T>> {
  const afterId = args.after ? decodeCursor(args.after, false).id : null;
  let upToCap: Promise<number> | undefined;
  const one = opts.cappedCountAsked ? source.pageAndCountSql?.(afterId, args.first + 1, COUNT_CAP + 1) : null;
  const both = one
    ? await findWhereAndCount(
        em,
        entity,
        {} as FilterQuery<T>,
        { id: 'asc' },
        { limit: args.first + 1, also: one.ids, views: opts.views },
        one.count,
      )
    : null;
  let rows: T[];
  let hasNextPage: boolean;
  if (both) {
    if (both.count !== null) upToCap = Promise.resolve(both.count);
    hasNextPage = both.rows.length > args.first;
    rows = both.rows.slice(0, args.first);
  } else {
    let ids: string[] | null = null;
    if (opts.cappedCountAsked && source.idsAndCount) {
      const idsAndCount = await source.idsAndCount(afterId, args.first + 1, COUNT_CAP + 1);
      upToCap = Promise.resolve(idsAndCount.count);
      ids = idsAndCount.ids;
    }
    ids ??= await source.ids(afterId, args.first + 1);
    const pageIds = ids.slice(0, args.first);
    hasNextPage = ids.length > args.first;
    rows = pageIds.length
      ? await findWhere(em, entity, { id: { $in: pageIds } } as unknown as FilterQuery<T>, { id: 'asc' }, opts)
      : [];
  }
  const edges = rows.map((node) => ({ cursor: Buffer.from(node.id, 'utf8').toString('base64url'), node }));
  const capped = () => (upToCap ??= source.count(COUNT_CAP + 1));
  return {
    edges,
    pageInfo: pageInfo(hasNextPage, edges.at(-1)?.cursor ?? null),
    get totalCount() {
      return source.count();
    },
    get totalCountCapped() {
      return capped().then((n) => Math.min(n, COUNT_CAP));
    },
    get totalCountOverCap() {
      return capped().then((n) => n > COUNT_CAP);
    },
  };
}
