import { InspectionItem, InspectionItemVersion } from '@dsr/db';
import { DomainError, validateFrequency, validateSamplingRatio } from '@dsr/domain';
import type { RequestContext } from '../../context';
import { readItemSheet, type ItemSheetItem } from '../../common/sheets/item-sheet';
import { sheetReadInfo, type SheetFormat } from '../../common/sheets/sheet-types';
import type { ImportResult } from '../../common/import-answer';
import { importDepartments, reportEmptySheet, writeRowsThroughService } from '../../common/import-rows';
import type { ItemContentInput } from './catalog.types';

export interface ItemImportOptions {
  format: SheetFormat;
  mode: 'validate' | 'commit';
  /** An item of the same department and name already in the list: refuse, or change it (a draft is edited, a published item revised). */
  duplicates: 'refuse' | 'update';
}

export type ItemImportReport = ImportResult;

type Plan =
  | { kind: 'create'; rowNumber: number; content: ItemContentInput }
  | { kind: 'editDraft'; rowNumber: number; content: ItemContentInput; version: InspectionItemVersion }
  | { kind: 'revise'; rowNumber: number; content: ItemContentInput; item: InspectionItem };

const OPEN = ['DRAFT', 'IN_REVIEW', 'RETURNED', 'APPROVED'];

/**
 * The item list from the sheet bureaus exchange (叶县 附件2 layout). Every row is checked first;
 * then items are created as drafts (or existing ones changed) through the catalog service, so
 * the same rules, legal review and audit apply as through the API. All rows or none.
 */
export async function importItems(ctx: RequestContext, file: Buffer, opts: ItemImportOptions): Promise<ItemImportReport> {
  const p = ctx.principal!;
  const info = sheetReadInfo();
  const sheet = await readItemSheet(file, opts.format, { info });
  const errors = [...sheet.issues];
  let unchanged = 0;
  const departments = await importDepartments(ctx);
  const items = await ctx.em.find(InspectionItem, { bureauId: p.bureauId, status: { $ne: 'RETIRED' } });
  const versions = await ctx.em.find(InspectionItemVersion, { itemId: { $in: items.map((i) => i.id) } }, { orderBy: { versionNo: 'asc' } });
  const latest = new Map(versions.map((v) => [v.itemId, v]));
  const byKey = new Map(items.map((i) => [`${i.departmentId}|${latest.get(i.id)?.name}`, i]));
  const seen = new Map<string, number>();
  const plans: Plan[] = [];
  const settings = await ctx.services.org.settings(ctx);

  for (const { rowNumber, item } of sheet.items) {
    const err = (column: string, code: string, message: string) => errors.push({ row: rowNumber, column, code, message });
    const dept = departments.enforcement(item.departmentName);
    if (!dept) {
      err('检查主体', 'UNKNOWN_DEPARTMENT', `检查主体：本单位没有执法部门“${item.departmentName}”`);
      continue;
    }
    if (!departments.mayImportFor(dept.id)) {
      err('检查主体', 'FORBIDDEN', `检查主体：部门负责人只能导入本部门的事项（不能导入“${dept.name}”）`);
      continue;
    }
    try {
      validateSamplingRatio(item.samplingRatioBp, { minimumBp: settings.minimumRatioBp });
      validateFrequency(item.frequencyPerYear);
    } catch (e) {
      if (!(e instanceof DomainError)) throw e;
      err(e.field === 'frequencyPerYear' ? '抽查频次/年' : '抽查比例', e.code, e.message);
      continue;
    }
    const key = `${dept.id}|${item.name}`;
    if (seen.has(key)) {
      err('抽查事项名称', 'DUPLICATE_IN_FILE', `抽查事项名称：与第 ${seen.get(key)} 行重复（同一检查主体）`);
      continue;
    }
    seen.set(key, rowNumber);
    const existing = byKey.get(key);
    const content = contentOf(item, dept.id, existing ? latest.get(existing.id) : undefined);
    if (!existing) {
      plans.push({ kind: 'create', rowNumber, content });
      continue;
    }
    if (opts.duplicates === 'refuse') {
      err('抽查事项名称', 'DUPLICATE_EXISTING', `抽查事项名称：“${item.name}”已在清单中（${existing.code}）`);
      continue;
    }
    const v = latest.get(existing.id)!;
    if (sameContent(v, content)) unchanged++; // left alone: no new version, no audit entry
    else if (v.status === 'DRAFT' || v.status === 'RETURNED') plans.push({ kind: 'editDraft', rowNumber, content, version: v });
    else if (v.status === 'PUBLISHED') plans.push({ kind: 'revise', rowNumber, content, item: existing });
    else if (OPEN.includes(v.status)) err('抽查事项名称', 'ITEM_IN_REVIEW', `抽查事项名称：“${item.name}”有版本正在审核或待发布，暂不能修改`);
  }

  const report: ItemImportReport = { rows: sheet.rows.length, inserted: 0, updated: 0, unchanged, errors, warnings: info.warnings, header: info.header, sheetRows: sheet.rows };
  reportEmptySheet(sheet.rows.length, errors);
  if (opts.mode === 'validate' || errors.length > 0) return report;

  const catalog = ctx.services.catalog;
  // The first refused row stops the import; the caller rolls back: all rows or none.
  await writeRowsThroughService(plans, errors, async (plan) => {
    if (plan.kind === 'create') {
      await catalog.createItem(ctx, { content: plan.content });
      report.inserted++;
    } else if (plan.kind === 'editDraft') {
      await catalog.updateItemDraft(ctx, { versionId: plan.version.id, version: plan.version.version, content: plan.content });
      report.updated++;
    } else {
      await catalog.reviseItem(ctx, { itemId: plan.item.id, content: plan.content });
      report.updated++;
    }
  });
  return report;
}

/** Sheet values over what the sheet does not carry (check contents, trades, skills) of the current version. */
function contentOf(item: ItemSheetItem, departmentId: string, current?: InspectionItemVersion): ItemContentInput {
  return {
    name: item.name,
    legalBasis: item.legalBasis.map((b) => ({ law: b.law, articles: b.articles ?? null })),
    departmentId,
    targetType: item.targetType,
    businessCategories: current?.businessCategories ?? [],
    category: item.category,
    samplingRatioBp: item.samplingRatioBp,
    frequencyPerYear: item.frequencyPerYear,
    frequencyRules: (current?.frequencyRules as ItemContentInput['frequencyRules']) ?? [],
    methods: item.methods,
    checkContents: current?.checkContents.map((c) => c.text) ?? [],
    requiredSkills: current?.requiredSkills ?? [],
    crossAgencyJoint: current?.crossAgencyJoint ?? false,
    notes: item.notes,
    retentionYears: current?.retentionYears ?? null,
  };
}

/** Whether the sheet's content is what the version already says (the fields the sheet carries; the rest is copied from it). */
function sameContent(v: InspectionItemVersion, c: ItemContentInput): boolean {
  const basis = (list: readonly { law: string; articles?: string | null }[]) => list.map((b) => [b.law, b.articles ?? null]);
  return JSON.stringify([v.name, basis(v.legalBasis), v.departmentId, v.targetType, v.category, v.samplingRatioBp, v.frequencyPerYear, v.methods, v.notes ?? null])
    === JSON.stringify([c.name, basis(c.legalBasis), c.departmentId, c.targetType, c.category, c.samplingRatioBp, c.frequencyPerYear, c.methods, c.notes ?? null]);
}
