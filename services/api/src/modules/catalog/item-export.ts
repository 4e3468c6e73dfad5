import type { RequestContext } from '../../context';
import { PageArgs } from '../../common/connection';
import type { ItemSheetItem } from '../../common/sheets/item-sheet';
import type { CatalogService } from './catalog.service';
import type { ItemFilter } from './catalog.types';

const PAGE = 500;

/**
 * Every item the GraphQL list `inspectionItems` shows the caller (a city: its own and its
 * counties'; a county: its own and what its superiors published), read page by page through
 * the same query (CatalogService.items), so the export and the list cannot differ. Each item as
 * its version in force, or its latest version when none is, with the bureau that issued it.
 */
export async function* listedItems(
  ctx: RequestContext,
  catalog: CatalogService,
  filter?: ItemFilter,
): AsyncGenerator<ItemSheetItem> {
  let after: string | null = null;
  do {
    const page = await catalog.items(ctx, filter, Object.assign(new PageArgs(), { first: PAGE, after }));
    const items = page.edges.map((e) => e.node);
    const versions = await Promise.all(items.map((i) => ctx.loaders.itemVersionsOfItem.load(i.id)));
    // The published version, or else the latest (an item always has one).
    const chosen = items.map((item, n) => {
      const all = versions[n];
      return all.find((v) => v.id === item.publishedVersionId) ?? all[all.length - 1];
    });
    const [departments, bureaus] = await Promise.all([
      Promise.all(chosen.map((v) => ctx.loaders.department.load(v.departmentId))),
      Promise.all(items.map((i) => ctx.loaders.bureau.load(i.bureauId))),
    ]);
    for (const [n, v] of chosen.entries()) {
      yield {
        name: v.name,
        legalBasis: v.legalBasis,
        departmentName: departments[n]?.name ?? '',
        targetType: v.targetType,
        category: v.category,
        samplingRatioBp: v.samplingRatioBp,
        frequencyPerYear: v.frequencyPerYear,
        methods: v.methods,
        notes: v.notes,
        issuerName: bureaus[n]?.name ?? null,
      };
    }
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after);
}
