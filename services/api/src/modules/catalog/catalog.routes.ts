import type { Express } from 'express';
import type { ErrorSheetLinks } from '../import-sheets/error-sheet-links';
import { attachment } from '../../common/rest/answer';
import { rawUpload } from '../../common/rest/upload-body';
import { inScope, permitted, type RestDeps } from '../../common/rest/rest-scope';
import { ITEM_COLUMNS, writeItemSheet } from '../../common/sheets/item-sheet';
import { importRoute } from '../import-sheets/import-route';
import { templateRoute } from '../import-sheets/import-template';
import { CATALOG_PERMISSIONS } from './catalog.access';
import type { ItemImportService } from './item-import.service';
import type { CatalogService } from './catalog.service';
import { listedItems } from './item-export';
import { itemTemplate } from './item-template';

export interface CatalogRouteServices {
  errorSheets: Pick<ErrorSheetLinks, 'keep'>;
  itemImport: Pick<ItemImportService, 'importItems'>;
  catalog: CatalogService;
}

/**
 * The item list's spreadsheets beside /graphql (R18):
 *
 *   GET  /templates/items.xlsx
 *   POST /import/items   ?mode=validate|commit&duplicates=refuse|update&report=json|xlsx, the file as the raw body
 *   GET  /export/items.xlsx   what the GraphQL list inspectionItems shows the caller, through the same query
 */
export function mountCatalogRoutes(
  app: Express,
  deps: RestDeps,
  { errorSheets, itemImport, catalog }: CatalogRouteServices,
): void {
  app.get('/templates/items.xlsx', templateRoute(deps, '随机抽查事项清单导入模板.xlsx', itemTemplate));
  app.post(
    '/import/items',
    rawUpload,
    importRoute(deps, errorSheets, {
      list: 'items',
      name: '抽查事项',
      columns: ITEM_COLUMNS,
      run: (ctx, file, opts) => itemImport.importItems(ctx, file, opts),
      check: permitted(CATALOG_PERMISSIONS, 'importItems'),
    }),
  );
  app.get('/export/items.xlsx', (req, res) =>
    inScope(deps, req, res, null, async (ctx) => {
      attachment(res, '随机抽查事项清单.xlsx');
      await writeItemSheet(listedItems(ctx, catalog), res);
    }),
  );
}
