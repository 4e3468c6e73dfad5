import type { RequestHandler } from 'express';
import { Bureau, Department } from '@dsr/db';
import type { RequestContext } from '../../context';
import { queryBound } from '../../common/bound-sql';
import { attachment } from '../../common/rest/answer';
import { inScope, type RestDeps } from '../../common/rest/rest-scope';
import { namesCaller } from '../../request-scope';
import { SIGNED_PARAMS } from '../../common/signed-url';
import { TEMPLATE_VALIDATED_ROWS, type TemplateColumn } from '../../common/sheets/template-workbook';
import type { ColumnSpec } from '../../common/sheets/sheet-types';

/**
 * What the import templates (R18) share: column documentation keyed by the layouts' keys (a column
 * added to a layout without its documentation does not compile), the 填写说明 every template
 * opens with, and the caller's dropdowns. A template fetched without signing in has the fixed
 * lists only (categories, kinds, gender).
 */
export type ColumnDoc = Omit<TemplateColumn, 'header' | 'width'>;

/** The caller's departments and regions; empty when nobody is signed in. */
export interface CallerLists {
  departments: string[];
  regions: string[];
}

const REGION_CODE = /^\d{6}(\d{3}){0,2}$/;

/**
 * Active enforcement departments of the bureau, and its regions: the bureau and the bureaus below
 * it, and the codes its targets already use.
 */
export async function callerLists(ctx: RequestContext | null): Promise<CallerLists> {
  const p = ctx?.principal;
  if (!ctx || !p) return { departments: [], regions: [] };
  const enforcement = { bureauId: p.bureauId, active: true, kind: { $in: ['POLICE' as const, 'EXTERNAL' as const] } };
  const departments = await ctx.em.find(Department, enforcement, { orderBy: { code: 'asc' } });
  const own = await ctx.loaders.bureau.load(p.bureauId);
  const bureaus = await ctx.em.find(Bureau, {}, { orderBy: { divisionCode: 'asc' } });
  const used = await queryBound<{ code: string }>(
    ctx.em,
    'select distinct region_code as code from target where bureau_id = ? order by 1 limit 500',
    [p.bureauId],
  );
  const below = bureaus.filter((b) => own && b.divisionCode.startsWith(own.divisionCode));
  const names = new Map(below.map((b) => [b.divisionCode, b.name.replace(/公安(局|厅)$/, '')]));
  const codes = [...new Set([...names.keys(), ...used.map((u) => u.code)])].filter((c) => REGION_CODE.test(c)).sort();
  const regions = codes.map((c) => (names.has(c) ? `${c} ${names.get(c)}` : c));
  return { departments: departments.map((d) => d.name), regions };
}

export function columnsOf<K extends string>(
  layout: readonly ColumnSpec<K>[],
  docs: Record<K, ColumnDoc>,
): TemplateColumn[] {
  return layout.map((c) => ({ header: c.header, width: c.width, ...docs[c.key] }));
}

export function commonNotes(kind: string, lists: CallerLists): string[] {
  return [
    `${kind}导入模板：第一张表填写数据，一行一条；表头请勿修改（列的顺序可以调整，可删除选填列）。红色表头为必填列。`,
    '不认识的列不会导入：导入结果会列出这些列（提示），错误表中以黄色标出。',
    '先用“只校验”（mode=validate）检查，全部无误后再导入（mode=commit）：有一行错误则整个文件都不导入。',
    `前 ${TEMPLATE_VALIDATED_ROWS} 行带有下拉选项；不在列表中的值会提示，但简称等可接受的写法仍可导入。`,
    ...(lists.departments.length ? [] : ['登录后下载的模板带有本单位的部门和区域下拉选项。']),
  ];
}

/**
 * GET /templates/<list>.xlsx: a template with its 填写说明 and dropdowns. The route stays open; a
 * caller who sends a token, the cookie or a signed link (downloadUrl signs this path) gets the dropdowns
 * of their own bureau's departments and regions (a bad token or a dead link is refused as elsewhere).
 * A signed link used to be read as no caller at all: the bureau's lists were missing, and a link of a
 * session since ended still opened.
 */
export function templateRoute(
  deps: RestDeps,
  filename: string,
  build: (lists: CallerLists) => Promise<Buffer>,
): RequestHandler {
  return async (req, res) => {
    const signed = SIGNED_PARAMS.some((k) => k in req.query);
    if (!namesCaller(req) && !signed) {
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
