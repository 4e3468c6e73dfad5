import { Department, InspectionItem, InspectionItemVersion, Inspector, Target } from '@dsr/db';
import { chinaDay, DomainError, inspectorListDraft, itemListDraft, targetDirectoryDraft } from '@dsr/domain';
import type { RequestContext } from '../../context';
import { findInScope } from '../../common/find-in-scope';
import type { BureauSettings } from '../org/bureau-settings';
import { partyFields, requireOwn, type DraftSource } from './publication-sources';

async function departmentName(ctx: RequestContext, id: string): Promise<string> {
  return (await ctx.em.findOne(Department, { id }))?.name ?? '';
}

/** ITEM_LIST (subject: the item): its published version, as the item list shows it (R3–R6). */
export async function itemListSource(ctx: RequestContext, itemId: string): Promise<DraftSource> {
  const item = await findInScope(ctx, InspectionItem, itemId, '抽查事项');
  requireOwn(ctx, item, '抽查事项');
  const v = item.publishedVersionId
    ? await ctx.em.findOne(InspectionItemVersion, { id: item.publishedVersionId })
    : null;
  if (item.status !== 'PUBLISHED' || !v || !v.publishedAt) {
    throw new DomainError('ITEM_NOT_PUBLISHED', '抽查事项没有现行发布的版本，不能公示（已停用的请撤回）', 'subjectId');
  }
  const publishedOn = chinaDay(v.publishedAt);
  const draft = itemListDraft({
    code: item.code,
    name: v.name,
    versionNo: v.versionNo,
    category: v.category,
    department: await departmentName(ctx, v.departmentId),
    targetType: v.targetType,
    legalBasis: v.legalBasis,
    samplingRatioBp: v.samplingRatioBp,
    frequencyPerYear: v.frequencyPerYear,
    methods: v.methods,
    checkContents: v.checkContents.map((c) => c.text),
    publishedOn,
  });
  return { draft, departmentId: v.departmentId, eventDate: publishedOn };
}

/** INSPECTOR_LIST (subject: the inspector): name, department, badge; only an active inspector. */
export async function inspectorListSource(ctx: RequestContext, inspectorId: string): Promise<DraftSource> {
  const i = await findInScope(ctx, Inspector, inspectorId, '执法检查人员');
  requireOwn(ctx, i, '执法检查人员');
  if (i.status !== 'ACTIVE') {
    throw new DomainError('INSPECTOR_NOT_ACTIVE', '该执法检查人员已不在岗，不能公示（已公示的请撤回）', 'subjectId');
  }
  const draft = inspectorListDraft({
    name: i.name,
    department: await departmentName(ctx, i.departmentId),
    badgeNo: i.badgeNo,
  });
  return { draft, departmentId: i.departmentId, eventDate: chinaDay(new Date()) };
}

/** TARGET_DIRECTORY (subject: the target): only where the bureau's setting says so; masked per the table. */
export async function targetDirectorySource(
  ctx: RequestContext,
  settings: BureauSettings,
  targetId: string,
): Promise<DraftSource> {
  if (!(await settings.mine(ctx)).publishTargetDirectory) {
    throw new DomainError('TARGET_DIRECTORY_NOT_PUBLIC', '本单位未设置公示检查对象名录（R46）', 'kind');
  }
  const t = await findInScope(ctx, Target, targetId, '检查对象');
  requireOwn(ctx, t, '检查对象');
  if (t.status === 'TERMINATED') {
    throw new DomainError('TARGET_TERMINATED', '检查对象已注销，不能公示（已公示的请撤回）', 'subjectId');
  }
  const today = chinaDay(new Date());
  const draft = targetDirectoryDraft({ party: partyFields(t), businessCategory: t.businessCategory, onDate: today });
  return { draft, departmentId: t.departmentId, eventDate: today };
}
