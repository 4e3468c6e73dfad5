import { InspectionItem, InspectionItemVersion } from '@dsr/db';
import { DomainError, OPEN_ITEM_STATUSES, itemStatusIn, validateFrequency, validateSamplingRatio } from '@dsr/domain';
import type { RequestContext } from '../../context';
import { readItemSheet, type ItemSheetItem } from '../../common/sheets/item-sheet';
import { sheetReadInfo, type SheetFormat } from '../../common/sheets/sheet-types';
import type { ImportResult } from '../../common/import-answer';
import {
  importDepartments,
  reportEmptySheet,
  writeRowsThroughService,
  type ImportDepartments,
} from '../../common/import-rows';
import { signedIn } from '../../common/principal';
import type { CatalogService, SettingsReader } from './catalog.service';
import {
  CreateItemInput,
  ItemContentInput,
  LegalBasisInput,
  ReviseItemInput,
  UpdateItemDraftInput,
} from './catalog.types';
import { instanceOf } from '../../common/instance-of';

export interface ItemImportOptions {
  format: SheetFormat;
  mode: 'validate' | 'commit';
  /**
   * An item of the same department and name already in the list: refuse, or change it (a draft
   * is edited, a published item revised).
   */
  duplicates: 'refuse' | 'update';
}

export type ItemImportReport = ImportResult;

type Plan =
  | { kind: 'create'; rowNumber: number; content: ItemContentInput }
  | { kind: 'editDraft'; rowNumber: number; content: ItemContentInput; version: InspectionItemVersion }
  | { kind: 'revise'; rowNumber: number; content: ItemContentInput; item: InspectionItem };

/** What rows are checked against: the bureau's departments, its items by department and name, the file's own. */
interface RowContext {
  departments: ImportDepartments;
  latest: Map<string, InspectionItemVersion>;
  byKey: Map<string, InspectionItem>;
  seen: Map<string, number>;
  minimumBp: number;
  duplicates: ItemImportOptions['duplicates'];
}

type RowError = (column: string, code: string, message: string) => void;

/** The department a row names, if the caller may import for it. */
function rowDepartment(item: ItemSheetItem, rc: RowContext, err: RowError) {
  const dept = rc.departments.enforcement(item.departmentName);
  if (!dept) {
    err('检查主体', 'UNKNOWN_DEPARTMENT', `检查主体：本单位没有执法部门“${item.departmentName}”`);
    return null;
  }
  if (!rc.departments.mayImportFor(dept.id)) {
    err('检查主体', 'FORBIDDEN', `检查主体：部门负责人只能导入本部门的事项（不能导入“${dept.name}”）`);
    return null;
  }
  return dept;
}

/** Whether a row's ratio and frequency pass the item rules (R3, R4). */
function rowNumbersPass(item: ItemSheetItem, rc: RowContext, err: RowError): boolean {
  try {
    validateSamplingRatio(item.samplingRatioBp, { minimumBp: rc.minimumBp });
    validateFrequency(item.frequencyPerYear);
    return true;
  } catch (e) {
    if (!(e instanceof DomainError)) throw e;
    err(e.field === 'frequencyPerYear' ? '抽查频次/年' : '抽查比例', e.code, e.message);
    return false;
  }
}

/** One row checked: what to write for it, 'unchanged', or null (its issue went to `err`). */
function planRow(rowNumber: number, item: ItemSheetItem, rc: RowContext, err: RowError): Plan | 'unchanged' | null {
  const dept = rowDepartment(item, rc, err);
  if (!dept || !rowNumbersPass(item, rc, err)) return null;
  const key = `${dept.id}|${item.name}`;
  const first = rc.seen.get(key);
  if (first !== undefined) {
    err('抽查事项名称', 'DUPLICATE_IN_FILE', `抽查事项名称：与第 ${first} 行重复（同一检查主体）`);
    return null;
  }
  rc.seen.set(key, rowNumber);
  const existing = rc.byKey.get(key);
  const v = existing ? rc.latest.get(existing.id) : undefined;
  const content = contentOf(item, dept.id, v);
  if (!existing) return { kind: 'create', rowNumber, content };
  if (rc.duplicates === 'refuse') {
    err('抽查事项名称', 'DUPLICATE_EXISTING', `抽查事项名称：“${item.name}”已在清单中（${existing.code}）`);
    return null;
  }
  if (!v) return null;
  if (sameContent(v, content)) return 'unchanged'; // left alone: no new version, no audit entry
  if (v.status === 'DRAFT' || v.status === 'RETURNED') return { kind: 'editDraft', rowNumber, content, version: v };
  if (v.status === 'PUBLISHED') return { kind: 'revise', rowNumber, content, item: existing };
  if (itemStatusIn(v.status, OPEN_ITEM_STATUSES)) {
    err('抽查事项名称', 'ITEM_IN_REVIEW', `抽查事项名称：“${item.name}”有版本正在审核或待发布，暂不能修改`);
  }
  return null;
}

/**
 * The item list from the sheet bureaus exchange (叶县 附件2 layout). Every row is checked first;
 * then items are created as drafts (or existing ones changed) through the catalog service, so
 * the same rules, legal review and audit apply as through the API. All rows or none.
 */
export class ItemImportService {
  constructor(
    private readonly catalog: CatalogService,
    private readonly org: SettingsReader,
  ) {}

  async importItems(ctx: RequestContext, file: Buffer, opts: ItemImportOptions): Promise<ItemImportReport> {
    const info = sheetReadInfo();
    const sheet = await readItemSheet(file, opts.format, { info });
    const errors = [...sheet.issues];
    const rc = await this.rowContext(ctx, opts);
    const plans: Plan[] = [];
    let unchanged = 0;
    for (const { rowNumber, item } of sheet.items) {
      const plan = planRow(rowNumber, item, rc, (column, code, message) =>
        errors.push({ row: rowNumber, column, code, message }),
      );
      if (plan === 'unchanged') unchanged++;
      else if (plan) plans.push(plan);
    }
    const report: ItemImportReport = {
      rows: sheet.rows.length,
      inserted: 0,
      updated: 0,
      unchanged,
      errors,
      warnings: info.warnings,
      header: info.header,
      sheetRows: sheet.rows,
    };
    reportEmptySheet(sheet.rows.length, errors);
    if (opts.mode === 'validate' || errors.length > 0) return report;
    // The first refused row stops the import; the caller rolls back: all rows or none.
    await writeRowsThroughService(plans, errors, (plan) => this.writeRow(ctx, plan, report));
    return report;
  }

  private async rowContext(ctx: RequestContext, opts: ItemImportOptions): Promise<RowContext> {
    const p = signedIn(ctx);
    const departments = await importDepartments(ctx);
    const items = await ctx.em.find(InspectionItem, { bureauId: p.bureauId, status: { $ne: 'RETIRED' } });
    const versions = await ctx.em.find(
      InspectionItemVersion,
      { itemId: { $in: items.map((i) => i.id) } },
      { orderBy: { versionNo: 'asc' } },
    );
    const latest = new Map(versions.map((v) => [v.itemId, v]));
    const byKey = new Map(items.map((i) => [`${i.departmentId}|${latest.get(i.id)?.name}`, i]));
    const settings = await this.org.settings(ctx);
    return {
      departments,
      latest,
      byKey,
      seen: new Map(),
      minimumBp: settings.minimumRatioBp,
      duplicates: opts.duplicates,
    };
  }

  private async writeRow(ctx: RequestContext, plan: Plan, report: ItemImportReport) {
    if (plan.kind === 'create') {
      await this.catalog.createItem(ctx, instanceOf(CreateItemInput, { content: plan.content }));
      report.inserted++;
    } else if (plan.kind === 'editDraft') {
      const { id: versionId, version } = plan.version;
      await this.catalog.updateItemDraft(
        ctx,
        instanceOf(UpdateItemDraftInput, { versionId, version, content: plan.content }),
      );
      report.updated++;
    } else {
      await this.catalog.reviseItem(ctx, instanceOf(ReviseItemInput, { itemId: plan.item.id, content: plan.content }));
      report.updated++;
    }
  }
}

/** Sheet values over what the sheet does not carry (check contents, trades, skills) of the current version. */
function contentOf(item: ItemSheetItem, departmentId: string, current?: InspectionItemVersion): ItemContentInput {
  return instanceOf(ItemContentInput, {
    name: item.name,
    legalBasis: item.legalBasis.map((b) => instanceOf(LegalBasisInput, { law: b.law, articles: b.articles ?? null })),
    departmentId,
    targetType: item.targetType,
    businessCategories: current?.businessCategories ?? [],
    category: item.category,
    samplingRatioBp: item.samplingRatioBp,
    frequencyPerYear: item.frequencyPerYear,
    frequencyRules: (current?.frequencyRules ?? []) as ItemContentInput['frequencyRules'],
    methods: item.methods,
    checkContents: current?.checkContents.map((c) => c.text) ?? [],
    requiredSkills: current?.requiredSkills ?? [],
    crossAgencyJoint: current?.crossAgencyJoint ?? false,
    notes: item.notes,
    retentionYears: current?.retentionYears ?? null,
  });
}

/**
 * Whether the sheet's content is what the version already says (the fields the sheet carries; the
 * rest is copied from it).
 */
function sameContent(v: InspectionItemVersion, c: ItemContentInput): boolean {
  const basis = (list: readonly { law: string; articles?: string | null }[]) =>
    list.map((b) => [b.law, b.articles ?? null]);
  return (
    JSON.stringify([
      v.name,
      basis(v.legalBasis),
      v.departmentId,
      v.targetType,
      v.category,
      v.samplingRatioBp,
      v.frequencyPerYear,
      v.methods,
      v.notes ?? null,
    ]) ===
    JSON.stringify([
      c.name,
      basis(c.legalBasis),
      c.departmentId,
      c.targetType,
      c.category,
      c.samplingRatioBp,
      c.frequencyPerYear,
      c.methods,
      c.notes ?? null,
    ])
  );
}
