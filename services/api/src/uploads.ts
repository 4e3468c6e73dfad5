import express, { type Express, type Request, type Response } from 'express';
import { GraphQLError } from 'graphql';
import { openRequestContext, type ScopeDeps } from './request-scope';
import { errorSheet, sheetBuffer, templateSheet } from './common/sheets/sheet-writer';
import { importTargets } from './modules/registry/target-import.service';
import { TARGET_COLUMNS, TARGET_EXAMPLE } from './modules/registry/target-sheet';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const MAX_UPLOAD = '64mb';

function fail(res: Response, status: number, code: string, message: string) {
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
}

function attachment(res: Response, filename: string, body: Buffer) {
  res.type(XLSX).set('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(filename)}`).send(body);
}

/**
 * Spreadsheet uploads beside /graphql (R18): the file is the raw request body, the caller is the
 * bearer token (no cookie, so a cross-site form cannot post one: Apollo's CSRF check on /graphql
 * stays as it is). One request, one transaction, as for GraphQL.
 *
 *   POST /import/targets?mode=validate|commit&duplicates=refuse|update&report=json|xlsx
 *   GET  /templates/targets.xlsx
 */
export function mountUploads(app: Express, deps: ScopeDeps & { log: (m: string, e?: unknown) => void }): void {
  app.get('/templates/targets.xlsx', async (_req, res) => {
    attachment(res, '检查对象名录库导入模板.xlsx', await sheetBuffer((out) => templateSheet(TARGET_COLUMNS, TARGET_EXAMPLE, out)));
  });

  app.post('/import/targets', express.raw({ type: () => true, limit: MAX_UPLOAD }), async (req: Request, res: Response) => {
    const mode = String(req.query.mode ?? 'validate');
    const duplicates = String(req.query.duplicates ?? 'refuse');
    const reportAs = String(req.query.report ?? 'json');
    if (!['validate', 'commit'].includes(mode)) return fail(res, 400, 'BAD_USER_INPUT', 'mode 应为 validate（只校验）或 commit（导入）');
    if (!['refuse', 'update'].includes(duplicates)) return fail(res, 400, 'BAD_USER_INPUT', 'duplicates 应为 refuse（拒绝重复）或 update（更新已有）');
    if (!['json', 'xlsx'].includes(reportAs)) return fail(res, 400, 'BAD_USER_INPUT', 'report 应为 json 或 xlsx');
    const contentType = String(req.headers['content-type'] ?? '');
    const format = req.query.format === 'csv' || /csv/.test(contentType) ? 'csv' : 'xlsx';
    if (!Buffer.isBuffer(req.body) || req.body.length === 0) return fail(res, 400, 'SHEET_EMPTY', '请在请求体中上传 .xlsx 或 .csv 文件');

    let ctx;
    try {
      ctx = await openRequestContext(deps, req, res);
    } catch (err) {
      const e = err as GraphQLError;
      const status = (e.extensions?.http as { status?: number } | undefined)?.status ?? 401;
      return fail(res, status, String(e.extensions?.code ?? 'UNAUTHENTICATED'), e.message);
    }
    const em = ctx.em;
    try {
      const p = ctx.principal;
      if (!p) return fail(res, 401, 'UNAUTHENTICATED', '请先登录');
      if (!p.roles.some((r) => r === 'ADMIN' || r === 'COORDINATOR' || r === 'DEPARTMENT_HEAD')) {
        return fail(res, 403, 'FORBIDDEN', '需要以下角色之一：单位管理员、双随机办协调员、部门负责人');
      }
      const report = await importTargets(ctx, req.body as Buffer, { format, mode: mode as 'validate' | 'commit', duplicates: duplicates as 'refuse' | 'update', keepRows: reportAs === 'xlsx' });
      const written = mode === 'commit' && report.errors.length === 0;
      if (written) await em.commit();
      else await em.rollback();
      if (reportAs === 'xlsx') {
        return attachment(res, '检查对象导入结果.xlsx', await sheetBuffer((out) => errorSheet(TARGET_COLUMNS, report.sheetRows, report.errors, out)));
      }
      res.status(mode === 'commit' && !written ? 422 : 200).json({
        data: {
          mode, rows: report.rows, inserted: report.inserted, updated: report.updated, written,
          errorCount: report.errors.length, errors: report.errors.slice(0, 1000),
        },
      });
    } catch (err) {
      deps.log('import failed', err);
      fail(res, 500, 'INTERNAL_SERVER_ERROR', '服务器内部错误，导入未写入任何数据');
    } finally {
      if (em.isInTransaction()) await em.rollback().catch(() => undefined);
    }
  });
}
