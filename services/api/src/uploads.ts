import express, { type Express, type Request, type Response } from 'express';
import { GraphQLError } from 'graphql';
import type { Writable } from 'node:stream';
import { TargetPermit, type Target } from '@dsr/db';
import { BUSINESS_CATEGORIES, ROLE_LABELS, type Role } from '@dsr/domain';
import type { RequestContext } from './context';
import { bearer, openRequestContext, type ScopeDeps } from './request-scope';
import { callerLists, inspectorTemplate, itemTemplate, targetTemplate, type CallerLists } from './import-templates';
import { sheetBuffer, writeSheet } from './common/sheets/sheet-writer';
import { errorSheet } from './common/sheets/error-sheet';
import type { ColumnSpec, SheetFormat } from './common/sheets/sheet-types';
import { importAnswer, type ImportResult } from './common/import-answer';
import { ITEM_COLUMNS, writeItemSheet } from './common/sheets/item-sheet';
import { listedItems } from './modules/catalog/item-export';
import { importTargets } from './modules/registry/target-import.service';
import { TARGET_COLUMNS, type TargetColumn } from './modules/registry/target-sheet';
import { INSPECTOR_COLUMNS } from './modules/registry/inspector-import.service';
import { RETENTION_COLUMNS, retentionRowCount, retentionRows } from './modules/inspection/retention';
import { enterSessionScope } from './scope-session';
import { recordAudit } from './modules/audit/audit.service';
import { dbRefusal } from './common/edge/db-errors';
import { keepForLink, NO_ERROR_SHEET, serveErrorSheet } from './modules/import-sheets/error-sheet-links';
import { purgeExpiredErrorSheets, type ImportList } from './modules/import-sheets/error-sheet-store';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const MAX_UPLOAD = '64mb';
const MAINTAINERS: Role[] = ['ADMIN', 'COORDINATOR', 'DEPARTMENT_HEAD'];
/** R42: the archive list is for the coordinating office, the administrator and oversight (督察). */
const ARCHIVE_READERS: Role[] = ['ADMIN', 'COORDINATOR', 'OVERSIGHT'];

export type Deps = ScopeDeps & { log: (m: string, e?: unknown) => void };

export function fail(res: Response, status: number, code: string, message: string) {
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
}

function attachment(res: Response, filename: string) {
  res.type(XLSX).set('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(filename)}`);
}

/** Runs `work` in the caller's scope and transaction; whatever `work` did not commit is rolled back. */
export async function inScope(deps: Deps, req: Request, res: Response, roles: Role[] | null, work: (ctx: RequestContext) => Promise<void>): Promise<void> {
  let ctx: RequestContext;
  try {
    ctx = await openRequestContext(deps, req, res, { signedLinks: true });
  } catch (err) {
    const e = err as GraphQLError;
    const status = (e.extensions?.http as { status?: number } | undefined)?.status ?? 401;
    return fail(res, status, String(e.extensions?.code ?? 'UNAUTHENTICATED'), e.message);
  }
  try {
    const p = ctx.principal;
    if (!p) return fail(res, 401, 'UNAUTHENTICATED', '请先登录');
    if (roles && !p.roles.some((r) => roles.includes(r))) return fail(res, 403, 'FORBIDDEN', `需要以下角色之一：${roles.map((r) => ROLE_LABELS[r]).join('、')}`);
    await work(ctx);
  } catch (err) {
    const refusal = dbRefusal(err); // a value the database refuses is the file's fault, not ours
    if (!refusal) deps.log('upload or export failed', err);
    if (!res.headersSent && refusal) fail(res, refusal.code === 'CONFLICT' ? 409 : 400, refusal.code, `${refusal.message}，未写入任何数据`);
    else if (!res.headersSent) fail(res, 500, 'INTERNAL_SERVER_ERROR', '服务器内部错误，未写入任何数据');
    else res.destroy();
  } finally {
    if (ctx.em.isInTransaction()) await ctx.em.rollback().catch(() => undefined);
  }
}

/** POST /import/<list>?mode=validate|commit&duplicates=refuse|update&report=json|xlsx, the file as the body. */
function importRoute(deps: Deps, list: ImportList, name: string, columns: readonly ColumnSpec[],
  run: (ctx: RequestContext, file: Buffer, opts: { format: SheetFormat; mode: 'validate' | 'commit'; duplicates: 'refuse' | 'update'; keepRows: boolean }) => Promise<ImportResult>) {
  return async (req: Request, res: Response) => {
    const mode = String(req.query.mode ?? 'validate');
    const duplicates = String(req.query.duplicates ?? 'refuse');
    const reportAs = String(req.query.report ?? 'json');
    if (!['validate', 'commit'].includes(mode)) return fail(res, 400, 'BAD_USER_INPUT', 'mode 应为 validate（只校验）或 commit（导入）');
    if (!['refuse', 'update'].includes(duplicates)) return fail(res, 400, 'BAD_USER_INPUT', 'duplicates 应为 refuse（拒绝重复）或 update（更新已有）');
    if (!['json', 'xlsx'].includes(reportAs)) return fail(res, 400, 'BAD_USER_INPUT', 'report 应为 json 或 xlsx');
    const format: SheetFormat = req.query.format === 'csv' || /csv/.test(String(req.headers['content-type'] ?? '')) ? 'csv' : 'xlsx';
    if (!Buffer.isBuffer(req.body) || req.body.length === 0) return fail(res, 400, 'SHEET_EMPTY', '请在请求体中上传 .xlsx 或 .csv 文件');
    // Error sheets past their time are temporary files, removed here (and at start), not records.
    await purgeExpiredErrorSheets(deps.orm).catch((e) => deps.log('purging expired error sheets failed', e));
    await inScope(deps, req, res, MAINTAINERS, async (ctx) => {
      const report = await run(ctx, req.body as Buffer, { format, mode: mode as 'validate' | 'commit', duplicates: duplicates as 'refuse' | 'update', keepRows: reportAs === 'xlsx' });
      const written = mode === 'commit' && report.errors.length === 0;
      // Committed before anything is answered: a client that sees "written" finds the rows.
      if (written) await ctx.em.commit();
      // A failed import is 422 whichever form its report takes.
      const status = mode === 'commit' && !written ? 422 : 200;
      if (reportAs === 'xlsx') {
        attachment(res, `${name}导入结果.xlsx`);
        res.status(status).set({ 'X-Import-Written': String(written), 'X-Import-Error-Count': String(report.errors.length), 'X-Import-Warning-Count': String(report.warnings.length) });
        res.send(await sheetBuffer((out) => errorSheet({ columns, header: report.header, rows: report.sheetRows, errors: report.errors, warnings: report.warnings }, out)));
      } else {
        // Not written and something to fix: the error sheet is kept for a link (issue 10 §4).
        const link = written ? NO_ERROR_SHEET : await keepForLink(ctx, { list, filename: `${name}导入结果.xlsx`, columns, report, file: req.body as Buffer, format });
        res.status(status).json({ data: { ...importAnswer(mode as 'validate' | 'commit', report, written), ...link } });
      }
    });
  };
}

/**
 * A template with its 填写说明 and dropdowns. The route stays open as before; a caller who sends a
 * token gets the dropdowns of their own bureau's departments and regions (a bad token is refused
 * as on /graphql).
 */
function templateRoute(deps: Deps, filename: string, build: (lists: CallerLists) => Promise<Buffer>) {
  return async (req: Request, res: Response) => {
    if (bearer(req.header('authorization')) === null) {
      attachment(res, filename);
      res.send(await build(await callerLists(null)));
      return;
    }
    await inScope(deps, req, res, null, async (ctx) => {
      const file = await build(await callerLists(ctx));
      attachment(res, filename);
      res.send(file);
    });
  };
}

const EXPORT_PAGE = 2000;

/** Every target the filter selects, a page at a time (keyset on id), as sheet rows. */
async function* targetRows(ctx: RequestContext, query: Request['query']): AsyncGenerator<Partial<Record<TargetColumn, string>>> {
  const q = (k: string) => (typeof query[k] === 'string' && query[k] ? String(query[k]) : undefined);
  const filter = {
    nameContains: q('nameContains'), status: q('status') as Target['status'] | undefined, businessCategory: q('businessCategory'),
    regionCode: q('regionCode'), grade: q('grade'), code: q('code'),
  };
  const deptNames = new Map<string, string>();
  for await (const page of ctx.services.targetSearch.targetBatches(ctx, filter, EXPORT_PAGE)) {
    // The newest valid permit of each, in the permit columns, so the export imports back with it.
    const permits = new Map((await ctx.em.find(TargetPermit, { targetId: { $in: page.map((t) => t.id) }, status: 'VALID' }, { orderBy: { id: 'asc' } }))
      .map((x) => [x.targetId, x]));
    for (const t of page) {
      const permit = permits.get(t.id);
      if (!deptNames.has(t.departmentId)) deptNames.set(t.departmentId, (await ctx.loaders.department.load(t.departmentId))?.name ?? '');
      yield {
        name: t.name, holderKind: t.holderKind === 'PERSON' ? '个人' : '单位', uscc: t.uscc ?? undefined, residentId: t.residentId ?? undefined,
        registrationAuthority: t.registrationAuthority ?? undefined, legalRepresentative: t.legalRepresentative ?? undefined,
        registeredAddress: t.registeredAddress ?? undefined, regionCode: t.regionCode,
        businessCategory: BUSINESS_CATEGORIES[t.businessCategory as keyof typeof BUSINESS_CATEGORIES] ?? t.businessCategory,
        grade: t.grade ?? undefined, contactPhone: t.contactPhone ?? undefined, department: deptNames.get(t.departmentId),
        permitNo: permit?.permitNo, permitType: permit?.permitType, permitValidUntil: permit?.validUntil ?? undefined,
      };
    }
    ctx.em.clear(); // keep the identity map small on long exports
  }
}

/** Streams an xlsx export to the response (headers first, rows as they are read). */
async function streamExport(res: Response, filename: string, write: (out: Writable) => Promise<void>) {
  attachment(res, filename);
  await write(res);
}

/**
 * Spreadsheets beside /graphql (R18): uploads take the file as the raw request body and the
 * caller from the bearer token (no cookie, so a cross-site form cannot post one: Apollo's CSRF
 * check on /graphql stays as it is). One request, one transaction, as for GraphQL.
 *
 *   POST /import/targets | /import/inspectors | /import/items   ?mode=validate|commit&duplicates=refuse|update&report=json|xlsx
 *        (JSON answer of an import not written, with errors or warnings: errorSheetUrl, a signed link to its error sheet)
 *   GET  /import/error-sheets/<id>.xlsx   a kept error sheet, for 24 h, in the importer's bureau and scope
 *   GET  /export/targets.xlsx?nameContains=&status=&businessCategory=&regionCode=&grade=   |   /export/items.xlsx
 *   GET  /export/retention.xlsx   the inspections of the caller's scope and how long their records are kept (R42)
 *   GET  /templates/targets.xlsx | /templates/inspectors.xlsx | /templates/items.xlsx
 */
export function mountUploads(app: Express, deps: Deps): void {
  app.get('/templates/targets.xlsx', templateRoute(deps, '检查对象名录库导入模板.xlsx', targetTemplate));
  app.get('/templates/items.xlsx', templateRoute(deps, '随机抽查事项清单导入模板.xlsx', itemTemplate));
  app.get('/templates/inspectors.xlsx', templateRoute(deps, '执法检查人员名录库导入模板.xlsx', inspectorTemplate));

  const raw = express.raw({ type: () => true, limit: MAX_UPLOAD });
  app.post('/import/targets', raw, importRoute(deps, 'targets', '检查对象', TARGET_COLUMNS, importTargets));
  app.post('/import/inspectors', raw, importRoute(deps, 'inspectors', '执法检查人员', INSPECTOR_COLUMNS,
    (ctx, file, opts) => deps.services.inspectorImport.importInspectors(ctx, file, opts)));
  app.post('/import/items', raw, importRoute(deps, 'items', '抽查事项', ITEM_COLUMNS, (ctx, file, opts) => deps.services.itemImport.importItems(ctx, file, opts)));

  // A kept error sheet, in scope, by bearer header or signed link.
  app.get('/import/error-sheets/:file', (req, res) => inScope(deps, req, res, null, (ctx) => serveErrorSheet(ctx, req, res)));

  app.get('/export/targets.xlsx', (req, res) => inScope(deps, req, res, null, async (ctx) => {
    await streamExport(res, '检查对象名录库.xlsx', (out) => writeSheet(TARGET_COLUMNS, targetRows(ctx, req.query), out));
  }));
  app.get('/export/items.xlsx', (req, res) => inScope(deps, req, res, null, async (ctx) => {
    // What the GraphQL list inspectionItems shows the caller, through the same query.
    await streamExport(res, '随机抽查事项清单.xlsx', (out) => writeItemSheet(listedItems(ctx, deps.services.catalog), out));
  }));
  // The export is audited (who, which scope, how many rows) and committed before the first byte is
  // sent: no archive list leaves without its audit entry. The rows are then read in a new read
  // transaction in the same scope and streamed (a city's list does not fit in memory).
  app.get('/export/retention.xlsx', (req, res) => inScope(deps, req, res, ARCHIVE_READERS, async (ctx) => {
    const p = ctx.principal!;
    await recordAudit(ctx, { operation: 'EXPORT_RETENTION_LIST', objectType: 'Bureau', objectId: p.bureauId,
      after: { scopePath: p.scopePath, rows: await retentionRowCount(ctx), file: 'retention.xlsx' } });
    await ctx.em.commit();
    await ctx.em.begin({ readOnly: true });
    if (!(await enterSessionScope(ctx.em, p.sessionId))) return fail(res, 401, 'UNAUTHENTICATED', '登录已失效，请重新登录');
    await streamExport(res, '检查档案保存期限.xlsx', (out) => writeSheet(RETENTION_COLUMNS, retentionRows(ctx), out, { sheetName: '档案保存期限' }));
  }));
}
