import { uuidv7 } from 'uuidv7';
import type { FilterQuery } from '@mikro-orm/postgresql';
import { Technician } from '@dsr/db';
import { isPhoneNumber, trimmedOrNull } from '@dsr/domain';
import type { RequestContext } from '../../context';
import { badInput, conflict, notFound } from '../../common/errors';
import { paginate, type PageArgs } from '../../common/connection';
import { ownedBy } from '../../common/ownership';
import { findById } from '../../common/find-by-id';
import { signedIn } from '../../common/principal';
import { flushAndAudit } from '../audit/audit.service';
import type {
  SetTechnicianActiveInput,
  TechnicianFilter,
  TechnicianInput,
  UpdateTechnicianInput,
} from './technician.types';

const likeEscape = (s: string) => s.replace(/[\\%_]/g, '\\$&');

/** What the audit entry keeps of a technician, before and after a change. */
function snapshot(t: Technician) {
  return {
    name: t.name,
    organisation: t.organisation,
    qualification: t.qualification,
    phone: t.phone,
    active: t.active,
  };
}

/**
 * R13: technicians of the professional bodies a bureau engages for the technical work of a check
 * (000 §20: 委托第三方进行检查所需技术性工作的人员不列入检查人员名录). They are kept in a list of
 * their own, apart from the inspector directory: never drawn, never on a team, never counted
 * towards a department's six. Kept by the bureau that engages them; ended by a state change.
 */
export class TechnicianService {
  async technicians(ctx: RequestContext, filter: TechnicianFilter | undefined, page: PageArgs) {
    const where: FilterQuery<Technician>[] = [];
    if (!filter?.includeInactive) where.push({ active: true });
    const text = filter?.nameContains?.trim();
    if (text) {
      const like = `%${likeEscape(text)}%`;
      where.push({ $or: [{ name: { $ilike: like } }, { organisation: { $ilike: like } }] });
    }
    return paginate(ctx.em, Technician, where.length ? { $and: where } : {}, page);
  }

  private fields(input: TechnicianInput) {
    const name = input.name.trim();
    const organisation = input.organisation.trim();
    if (!name) throw badInput('technician.name', '请填写姓名');
    if (!organisation) throw badInput('technician.organisation', '请填写所在机构');
    const phone = trimmedOrNull(input.phone);
    if (phone && !isPhoneNumber(phone)) throw badInput('technician.phone', '电话格式不正确');
    return { name, organisation, qualification: trimmedOrNull(input.qualification), phone };
  }

  /** The same person of the same body registered twice in a bureau is one entry: CONFLICT naming it. */
  private async refuseDuplicate(ctx: RequestContext, name: string, organisation: string, exceptId?: string) {
    const except = exceptId ? { id: { $ne: exceptId } } : {};
    const existing = await ctx.em.findOne(Technician, {
      bureauId: signedIn(ctx).bureauId,
      name,
      organisation,
      ...except,
    });
    if (existing)
      throw conflict(`「${organisation}」的「${name}」已登记${existing.active ? '' : '（已停用，可重新启用）'}`, {
        field: 'technician.name',
        existingId: existing.id,
      });
  }

  /** One of the caller's own bureau's technicians at the version read, or NOT_FOUND / CONFLICT. */
  private async own(ctx: RequestContext, id: string, version: number): Promise<Technician> {
    const t = await findById(ctx, Technician, id, { bureauId: signedIn(ctx).bureauId });
    if (!t) throw notFound('第三方专业技术人员');
    if (t.version !== version) throw conflict('记录已被他人修改，请刷新后重试', { currentVersion: t.version });
    return t;
  }

  async registerTechnician(ctx: RequestContext, input: TechnicianInput) {
    const fields = this.fields(input);
    await this.refuseDuplicate(ctx, fields.name, fields.organisation);
    const t = ctx.em.create(Technician, {
      id: uuidv7(),
      ...ownedBy(signedIn(ctx)),
      ...fields,
      active: true,
      createdAt: new Date(),
      version: 1,
    });
    ctx.em.persist(t);
    await flushAndAudit(ctx, {
      operation: 'REGISTER_TECHNICIAN',
      objectType: 'Technician',
      objectId: t.id,
      after: snapshot(t),
    });
    return t;
  }

  async updateTechnician(ctx: RequestContext, input: UpdateTechnicianInput) {
    const t = await this.own(ctx, input.id, input.version);
    if (!t.active) throw conflict('已停用的技术人员不能修改，请先重新启用');
    const fields = this.fields(input.technician);
    await this.refuseDuplicate(ctx, fields.name, fields.organisation, t.id);
    const before = snapshot(t);
    Object.assign(t, fields);
    await flushAndAudit(ctx, {
      operation: 'UPDATE_TECHNICIAN',
      objectType: 'Technician',
      objectId: t.id,
      before,
      after: snapshot(t),
    });
    return t;
  }

  /** Stopped (a contract ended) or taken back: the entry stays, the reason is in the audit entry. */
  async setTechnicianActive(ctx: RequestContext, input: SetTechnicianActiveInput) {
    const t = await this.own(ctx, input.id, input.version);
    if (t.active === input.active)
      throw conflict(input.active ? '该技术人员已在用' : '该技术人员已停用', { field: 'active' });
    const before = snapshot(t);
    t.active = input.active;
    await flushAndAudit(ctx, {
      operation: input.active ? 'REACTIVATE_TECHNICIAN' : 'DEACTIVATE_TECHNICIAN',
      objectType: 'Technician',
      objectId: t.id,
      before,
      after: { ...snapshot(t), reason: input.reason.trim() },
    });
    return t;
  }
}
