import { uuidv7 } from 'uuidv7';
import { DomainError, isTeamOpen, parseIsoDate } from '@dsr/domain';
import { Inspection, InspectionMember, Inspector, User } from '@dsr/db';
import type { RequestContext } from '../../context';
import { conflict, notFound } from '../../common/errors';
import { findInScope } from '../../common/find-in-scope';
import { ownedBy } from '../../common/ownership';
import { signedIn } from '../../common/principal';
import { isUuid } from '../../loaders';
import { flushAndAudit } from '../audit/audit.service';
import { ownInspection, requireLeadOrOffice } from './inspection.access';
import { checkScheduleDate } from './inspection-dates';
import { handlingOf } from './handling';
import { union } from './inspection-progress';
import { requireEligibleTeam } from './team-eligibility';
import type { ChangeInspectionMemberInput, LinkInspectorUserInput, ScheduleInspectionInput } from './team.types';

/** The visit's day (R35) and the team before the record (R29): scheduling, joining and leaving. */
export class InspectionTeamService {
  /** The lead department (or the coordinating office) fixes the visit's day, inside the window. */
  async schedule(ctx: RequestContext, input: ScheduleInspectionInput): Promise<Inspection> {
    const inspection = await ownInspection(ctx, input.inspectionId);
    requireLeadOrOffice(signedIn(ctx), inspection, '只有牵头部门或双随机办可以安排检查日期（R35）');
    if (!isTeamOpen(inspection.status)) {
      throw new DomainError('INSPECTION_ALREADY_RECORDED', '已提交现场检查记录，不能再改检查日期', 'inspectionId');
    }
    const date = parseIsoDate(input.date, 'date');
    const lateEntry = checkScheduleDate(ctx, inspection, date, input.lateEntryReason);
    if (input.version !== inspection.version) throw conflict('记录已被他人修改，请刷新后重试');
    const before = inspection.scheduledOn;
    inspection.scheduledOn = date;
    inspection.status = 'SCHEDULED';
    await flushAndAudit(ctx, {
      operation: 'SCHEDULE_INSPECTION',
      objectType: 'Inspection',
      objectId: inspection.id,
      before: { scheduledOn: before },
      after: { scheduledOn: date, ...(lateEntry ? { lateEntry } : {}) },
    });
    return inspection;
  }

  /** Joining an inspection goes through the coordinating office only, audited. */
  async join(ctx: RequestContext, input: ChangeInspectionMemberInput): Promise<Inspection> {
    const p = signedIn(ctx);
    const inspection = await ownInspection(ctx, input.inspectionId);
    requireOpenTeam(inspection);
    const inspector = await findInScope(ctx, Inspector, input.inspectorId, '检查人员');
    if (inspector.bureauId !== p.bureauId || inspector.status !== 'ACTIVE') throw notFound('检查人员');
    const existing = await ctx.em.findOne(InspectionMember, { inspectionId: inspection.id, inspectorId: inspector.id });
    if (existing && !existing.leftAt) throw conflict('该人员已在检查组中');
    await requireEligibleTeam(ctx, inspection, [inspector], 'inspectorId');
    if (existing) {
      Object.assign(existing, { leftAt: null, leftReason: null, joinedVia: 'COORDINATOR', joinedAt: new Date() });
    } else {
      ctx.em.create(InspectionMember, {
        id: uuidv7(),
        ...ownedBy(p),
        inspectionId: inspection.id,
        ...handlingOf(inspection),
        inspectorId: inspector.id,
        departmentId: inspector.departmentId,
        joinedVia: 'COORDINATOR',
        joinedAt: new Date(),
        leftAt: null,
        leftReason: null,
        version: 1,
      });
    }
    inspection.departmentIds = union(inspection.departmentIds, [inspector.departmentId]);
    await flushAndAudit(ctx, {
      operation: 'JOIN_INSPECTION',
      objectType: 'Inspection',
      objectId: inspection.id,
      after: { inspectorId: inspector.id, departmentId: inspector.departmentId, reason: input.reason.trim() },
    });
    return inspection;
  }

  async leave(ctx: RequestContext, input: ChangeInspectionMemberInput): Promise<Inspection> {
    const inspection = await ownInspection(ctx, input.inspectionId);
    requireOpenTeam(inspection);
    const member = isUuid(input.inspectorId)
      ? await ctx.em.findOne(InspectionMember, {
          inspectionId: inspection.id,
          inspectorId: input.inspectorId,
          leftAt: null,
        })
      : null;
    if (!member) throw notFound('检查组成员');
    // R31: whom the draw put on the team (or an approved swap brought) leaves only by an approved swap.
    if (member.joinedVia === 'DRAW' || member.joinedVia === 'SWAP') {
      throw new DomainError(
        'DRAWN_MEMBER_NOT_REMOVABLE',
        '随机抽取的检查人员不能直接退出检查组；确需更换的，请申请换人并经部门负责人批准（R31）',
        'inspectorId',
        { inspectorId: member.inspectorId, joinedVia: member.joinedVia },
      );
    }
    const remaining = await ctx.em.count(InspectionMember, {
      inspectionId: inspection.id,
      leftAt: null,
      id: { $ne: member.id },
    });
    if (remaining < 2)
      throw new DomainError('TEAM_TOO_SMALL', '退出后检查组不足 2 人（R29），请先加入替补人员', 'inspectorId');
    member.leftAt = new Date();
    member.leftReason = input.reason.trim();
    await flushAndAudit(ctx, {
      operation: 'LEAVE_INSPECTION',
      objectType: 'Inspection',
      objectId: inspection.id,
      after: { inspectorId: member.inspectorId, departmentId: member.departmentId, reason: member.leftReason },
    });
    return inspection;
  }

  /** "My inspections": an administrator links a directory entry to the user who is that inspector. */
  async linkInspectorUser(ctx: RequestContext, input: LinkInspectorUserInput): Promise<Inspector> {
    const p = signedIn(ctx);
    const inspector = await findInScope(ctx, Inspector, input.inspectorId, '检查人员');
    if (inspector.bureauId !== p.bureauId) throw notFound('检查人员');
    if (input.userId) {
      const user = await findInScope(ctx, User, input.userId, '用户');
      if (user.bureauId !== p.bureauId) throw notFound('用户');
      // One entry per department: an officer in several departments' directories (R17) is linked to each.
      const other = await ctx.em.findOne(Inspector, {
        userId: user.id,
        departmentId: inspector.departmentId,
        id: { $ne: inspector.id },
      });
      if (other) throw conflict('该用户已关联本部门的另一检查人员条目', { inspectorId: other.id });
    }
    const before = inspector.userId;
    inspector.userId = input.userId ?? null;
    await flushAndAudit(ctx, {
      operation: 'LINK_INSPECTOR_USER',
      objectType: 'Inspector',
      objectId: inspector.id,
      before: { userId: before },
      after: { userId: inspector.userId },
    });
    return inspector;
  }
}

function requireOpenTeam(inspection: Inspection): void {
  if (!isTeamOpen(inspection.status)) {
    throw new DomainError('INSPECTION_ALREADY_RECORDED', '已提交现场检查记录，检查组不能再调整', 'inspectionId');
  }
}
