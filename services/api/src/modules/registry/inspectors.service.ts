import { uuidv7 } from 'uuidv7';
import type { FilterQuery } from '@mikro-orm/postgresql';
import { Inspector, InspectorHistory } from '@dsr/db';
import { DomainError, chinaDay, cleanList, isPhoneNumber, trimmedOrNull, type JsonValue } from '@dsr/domain';
import type { RequestContext } from '../../context';
import { badInput, conflict, notFound } from '../../common/errors';
import { paginate, type PageArgs } from '../../common/connection';
import { ownedBy } from '../../common/ownership';
import { signedIn } from '../../common/principal';
import { flushAndAudit } from '../audit/audit.service';
import type { CatalogService } from '../catalog/catalog.service';
import {
  directoryScope,
  findOwnInspector,
  requireReadableInspector,
  requireWritableDepartment,
} from './registry.access';
import { inspectorSnapshot, isoDate, optionalDate } from './registry-fields';
import type { CreateInspectorInput, InspectorFilter, InspectorInput, UpdateInspectorInput } from './registry.types';

const likeEscape = (s: string) => s.replace(/[\\%_]/g, '\\$&');

/** The inspector directory (R12–R15): entries, their history and their fit for an item. */
export class InspectorService {
  constructor(private readonly catalog: CatalogService) {}

  async inspectors(ctx: RequestContext, filter: InspectorFilter | undefined, page: PageArgs) {
    const where: FilterQuery<Inspector>[] = [directoryScope(signedIn(ctx))];
    if (filter?.nameContains) where.push({ name: { $ilike: `%${likeEscape(filter.nameContains.trim())}%` } });
    if (filter?.departmentId) where.push({ departmentId: filter.departmentId });
    if (filter?.status) where.push({ status: filter.status });
    if (filter?.skill) where.push({ skills: { $contains: [filter.skill] } });
    return paginate(ctx.em, Inspector, { $and: where }, page);
  }

  async inspector(ctx: RequestContext, id: string) {
    return requireReadableInspector(ctx, id);
  }

  private async validateInspector(ctx: RequestContext, input: InspectorInput) {
    const dept = await requireWritableDepartment(ctx, input.departmentId, 'inspector.departmentId');
    if (input.externalAgency) {
      if (!trimmedOrNull(input.agencyCertificateNo))
        throw badInput('inspector.agencyCertificateNo', '外部机关人员须填写执法证号');
    } else {
      if (!trimmedOrNull(input.badgeNo)) throw badInput('inspector.badgeNo', '民警须填写警号');
      if (!trimmedOrNull(input.warrantNo)) throw badInput('inspector.warrantNo', '民警须填写警官证号');
    }
    const phone = trimmedOrNull(input.phone);
    if (phone && !isPhoneNumber(phone)) throw badInput('inspector.phone', '电话格式不正确');
    return {
      name: input.name.trim(),
      gender: input.gender,
      departmentId: dept.id,
      badgeNo: trimmedOrNull(input.badgeNo),
      warrantNo: trimmedOrNull(input.warrantNo),
      warrantValidUntil: optionalDate(input.warrantValidUntil, 'inspector.warrantValidUntil'),
      externalAgency: input.externalAgency,
      agencyCertificateNo: trimmedOrNull(input.agencyCertificateNo),
      post: trimmedOrNull(input.post),
      duty: trimmedOrNull(input.duty),
      skills: cleanList(input.skills),
      qualifications: cleanList(input.qualifications),
      phone,
    };
  }

  private async refuseDuplicateBadge(ctx: RequestContext, badgeNo: string | null, exceptId?: string) {
    if (!badgeNo) return;
    const except = exceptId ? { id: { $ne: exceptId } } : {};
    const existing = await ctx.em.findOne(Inspector, { bureauId: signedIn(ctx).bureauId, badgeNo, ...except });
    if (existing)
      throw conflict(`警号 ${badgeNo} 已登记为「${existing.name}」`, {
        field: 'inspector.badgeNo',
        existingId: existing.id,
      });
  }

  /** R14: every change kept with before and after. */
  private async history(ctx: RequestContext, i: Inspector, change: string, before: JsonValue | null) {
    const p = signedIn(ctx);
    ctx.em.create(InspectorHistory, {
      id: uuidv7(),
      ...ownedBy(p),
      inspectorId: i.id,
      change,
      before,
      after: inspectorSnapshot(i),
      changedBy: p.userId,
      changedAt: new Date(),
    });
    await ctx.em.flush();
  }

  async createInspector(ctx: RequestContext, input: CreateInspectorInput) {
    const fields = await this.validateInspector(ctx, input.inspector);
    await this.refuseDuplicateBadge(ctx, fields.badgeNo);
    const i = ctx.em.create(Inspector, {
      id: uuidv7(),
      ...ownedBy(signedIn(ctx)),
      ...fields,
      status: 'ACTIVE',
      leftAt: null,
      createdAt: new Date(),
      updatedAt: new Date(),
      version: 1,
    });
    await ctx.em.persist(i).flush();
    await this.history(ctx, i, 'CREATED', null);
    await flushAndAudit(ctx, {
      operation: 'CREATE_INSPECTOR',
      objectType: 'Inspector',
      objectId: i.id,
      after: inspectorSnapshot(i),
    });
    return i;
  }

  /** R14: a department move, a warrant renewal, leaving — each kept with before and after. */
  async updateInspector(ctx: RequestContext, input: UpdateInspectorInput) {
    const i = await findOwnInspector(ctx, input.id);
    if (!i) throw notFound('检查人员');
    if (i.version !== input.version) throw conflict('记录已被他人修改，请刷新后重试', { currentVersion: i.version });
    await requireWritableDepartment(ctx, i.departmentId, 'id');
    if (i.status === 'LEFT') throw new DomainError('INSPECTOR_LEFT', '已调离的人员不能修改', 'id');
    const before = inspectorSnapshot(i);
    const fields = await this.validateInspector(ctx, input.inspector);
    await this.refuseDuplicateBadge(ctx, fields.badgeNo, i.id);
    const changes: string[] = [];
    if (fields.departmentId !== i.departmentId) changes.push('DEPARTMENT_MOVE');
    if (fields.warrantNo !== i.warrantNo || fields.warrantValidUntil !== i.warrantValidUntil)
      changes.push('WARRANT_RENEWAL');
    Object.assign(i, fields);
    if (input.status && input.status !== i.status) {
      changes.push(input.status === 'LEFT' ? 'LEFT' : `STATUS_${input.status}`);
      i.status = input.status;
      if (input.status === 'LEFT') i.leftAt = new Date();
    }
    await ctx.em.flush();
    await this.history(ctx, i, changes.join(',') || 'DETAILS', before);
    await flushAndAudit(ctx, {
      operation: 'UPDATE_INSPECTOR',
      objectType: 'Inspector',
      objectId: i.id,
      before,
      after: inspectorSnapshot(i),
    });
    return i;
  }

  /**
   * R15: the inspectors of the item's department (or all of the bureau's, for a joint item) with
   * whether each fits: active, warrant valid on `onDate`, and holding every skill the item names.
   */
  async inspectorsForItem(ctx: RequestContext, itemVersionId: string, onDate: string | undefined) {
    const p = signedIn(ctx);
    const v = await this.catalog.itemVersion(ctx, itemVersionId);
    const day = onDate ? isoDate(onDate, 'onDate') : chinaDay(new Date());
    const where: FilterQuery<Inspector> = v.crossAgencyJoint
      ? { bureauId: p.bureauId }
      : { departmentId: v.departmentId };
    const scope = directoryScope(p) as FilterQuery<Inspector>;
    const inspectors = await ctx.em.find(
      Inspector,
      { $and: [where, scope, { status: { $ne: 'LEFT' } }] },
      { orderBy: { id: 'asc' } },
    );
    return inspectors.map((inspector) => {
      const reasons: string[] = [];
      const missingSkills = v.requiredSkills.filter((sk) => !inspector.skills.includes(sk));
      if (inspector.status !== 'ACTIVE') reasons.push('不在岗');
      const warrantLapsed = !inspector.warrantValidUntil || inspector.warrantValidUntil < day;
      if (!inspector.externalAgency && warrantLapsed) reasons.push('警官证不在有效期内');
      if (missingSkills.length) reasons.push(`缺少技能：${missingSkills.join('、')}`);
      return { inspector, fits: reasons.length === 0, reasons, missingSkills };
    });
  }
}
