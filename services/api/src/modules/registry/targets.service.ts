import { uuidv7 } from 'uuidv7';
import { Target, TargetPermit, TargetRiskEntry } from '@dsr/db';
import {
  DEFAULT_RISK_RULE,
  DomainError,
  RISK_MITIGATIONS,
  chinaDay,
  creditRiskFactors,
  drawWeight,
  isBusinessCategory,
  isPhoneNumber,
  isRegionCode,
  parseResidentId,
  parseUscc,
  regionInDivision,
  riskLevel,
  trimmedOrNull,
  type RiskFactorEntry,
  type RiskMitigationEntry,
} from '@dsr/domain';
import type { RequestContext } from '../../context';
import { badInput, conflict, notFound } from '../../common/errors';
import { ownedBy } from '../../common/ownership';
import { signedIn } from '../../common/principal';
import { flushAndAudit } from '../audit/audit.service';
import { findOwnTarget, requireReadableTarget, requireWritableDepartment } from './registry.access';
import { at, isoDate, optionalDate, targetSnapshot } from './registry-fields';
import type {
  AddPermitInput,
  CreateTargetInput,
  RecordRiskInput,
  TargetInput,
  TerminateTargetInput,
  UpdateTargetInput,
} from './registry.types';

const STALE = '记录已被他人修改，请刷新后重试';

/** A target's credit code (a unit) or resident id (a person), checked and upper-cased. */
function targetCode(input: TargetInput, today: string): { uscc: string | null; residentId: string | null } {
  if (input.holderKind === 'ORGANISATION') {
    if (!input.uscc) throw badInput('target.uscc', '单位须填写统一社会信用代码');
    const uscc = input.uscc;
    at('target.uscc', () => parseUscc(uscc));
    return { uscc: uscc.trim().toUpperCase(), residentId: null };
  }
  if (!input.residentId) throw badInput('target.residentId', '个人须填写公民身份号码');
  const residentId = input.residentId;
  at('target.residentId', () => parseResidentId(residentId, today));
  return { uscc: null, residentId: residentId.trim().toUpperCase() };
}

/** The target directory (R9–R11): entries, their permits and their risk records. */
export class TargetService {
  async target(ctx: RequestContext, id: string) {
    return requireReadableTarget(ctx, id);
  }

  private async validateTarget(ctx: RequestContext, input: TargetInput) {
    const p = signedIn(ctx);
    const dept = await requireWritableDepartment(ctx, input.departmentId, 'target.departmentId');
    const codes = targetCode(input, chinaDay(new Date()));
    const bureau = await ctx.loaders.bureau.load(p.bureauId);
    if (!bureau) throw notFound('本单位');
    const region = input.regionCode.trim();
    if (!isRegionCode(region)) throw badInput('target.regionCode', '区域代码应为 6、9 或 12 位数字');
    if (!regionInDivision(region, bureau)) {
      throw badInput('target.regionCode', `区域 ${region} 不在本单位辖区（${bureau.divisionCode}）内`);
    }
    if (!isBusinessCategory(input.businessCategory)) {
      throw badInput('target.businessCategory', `未知的行业类别：${input.businessCategory}`);
    }
    const phone = trimmedOrNull(input.contactPhone);
    if (phone && !isPhoneNumber(phone)) throw badInput('target.contactPhone', '联系电话格式不正确');
    return {
      holderKind: input.holderKind,
      name: input.name.trim(),
      ...codes,
      registrationAuthority: trimmedOrNull(input.registrationAuthority),
      legalRepresentative: trimmedOrNull(input.legalRepresentative),
      registeredAddress: trimmedOrNull(input.registeredAddress),
      regionCode: region,
      businessCategory: input.businessCategory,
      grade: trimmedOrNull(input.grade),
      contactPhone: phone,
      departmentId: dept.id,
    };
  }

  /** One credit code (or ID number) per bureau: a duplicate names the record that has it. */
  private async refuseDuplicate(
    ctx: RequestContext,
    fields: { uscc: string | null; residentId: string | null },
    exceptId?: string,
  ) {
    const key = fields.uscc ? { uscc: fields.uscc } : { residentId: fields.residentId };
    // The department filter must not hide a duplicate: look across the whole bureau.
    const except = exceptId ? { id: { $ne: exceptId } } : {};
    const existing = await ctx.em.findOne(Target, { bureauId: signedIn(ctx).bureauId, ...key, ...except });
    if (existing) {
      const what = fields.uscc ? '统一社会信用代码' : '公民身份号码';
      throw conflict(`${what} ${fields.uscc ?? fields.residentId} 已登记为「${existing.name}」`, {
        field: fields.uscc ? 'target.uscc' : 'target.residentId',
        existingId: existing.id,
        existingName: existing.name,
      });
    }
  }

  async createTarget(ctx: RequestContext, input: CreateTargetInput) {
    const fields = await this.validateTarget(ctx, input.target);
    await this.refuseDuplicate(ctx, fields);
    const t = ctx.em.create(Target, {
      id: uuidv7(),
      ...ownedBy(signedIn(ctx)),
      ...fields,
      status: 'ACTIVE',
      terminatedAt: null,
      terminationReason: null,
      createdAt: new Date(),
      updatedAt: new Date(),
      version: 1,
    });
    ctx.em.persist(t);
    await flushAndAudit(ctx, {
      operation: 'CREATE_TARGET',
      objectType: 'Target',
      objectId: t.id,
      after: targetSnapshot(t),
    });
    return t;
  }

  /** A target of the caller's bureau whose department's directory the caller keeps, at the version read. */
  private async writableTarget(ctx: RequestContext, id: string, version?: number) {
    const t = await findOwnTarget(ctx, id);
    if (!t) throw notFound('检查对象');
    if (version !== undefined && t.version !== version) throw conflict(STALE, { currentVersion: t.version });
    await requireWritableDepartment(ctx, t.departmentId, 'id');
    return t;
  }

  async updateTarget(ctx: RequestContext, input: UpdateTargetInput) {
    const t = await this.writableTarget(ctx, input.id, input.version);
    if (t.status === 'TERMINATED') throw new DomainError('TARGET_TERMINATED', '已注销的检查对象不能修改', 'id');
    const before = targetSnapshot(t);
    const fields = await this.validateTarget(ctx, input.target);
    await this.refuseDuplicate(ctx, fields, t.id);
    Object.assign(t, fields);
    await flushAndAudit(ctx, {
      operation: 'UPDATE_TARGET',
      objectType: 'Target',
      objectId: t.id,
      before,
      after: targetSnapshot(t),
    });
    return t;
  }

  /** R11: leaves the draw pool, keeps its history; its permits are cancelled. */
  async terminateTarget(ctx: RequestContext, input: TerminateTargetInput) {
    const t = await this.writableTarget(ctx, input.id, input.version);
    if (t.status === 'TERMINATED') throw new DomainError('TARGET_TERMINATED', '该检查对象已注销', 'id');
    const before = targetSnapshot(t);
    t.status = 'TERMINATED';
    t.terminatedAt = new Date();
    t.terminationReason = input.reason.trim();
    await ctx.em.nativeUpdate(TargetPermit, { targetId: t.id, status: 'VALID' }, { status: 'CANCELLED' });
    const after = { ...(targetSnapshot(t) as object), reason: t.terminationReason };
    await flushAndAudit(ctx, { operation: 'TERMINATE_TARGET', objectType: 'Target', objectId: t.id, before, after });
    return t;
  }

  async addPermit(ctx: RequestContext, input: AddPermitInput) {
    const t = await this.writableTarget(ctx, input.targetId);
    const validFrom = optionalDate(input.validFrom, 'validFrom');
    const validUntil = optionalDate(input.validUntil, 'validUntil');
    if (validFrom && validUntil && validUntil < validFrom) throw badInput('validUntil', '有效期止不能早于有效期起');
    const permit = ctx.em.create(TargetPermit, {
      id: uuidv7(),
      ...ownedBy(signedIn(ctx)),
      targetId: t.id,
      permitType: input.permitType.trim(),
      permitNo: input.permitNo.trim(),
      validFrom,
      validUntil,
      status: 'VALID',
      createdAt: new Date(),
      version: 1,
    });
    ctx.em.persist(permit);
    await flushAndAudit(ctx, {
      operation: 'ADD_PERMIT',
      objectType: 'Target',
      objectId: t.id,
      after: { permitType: permit.permitType, permitNo: permit.permitNo, validFrom, validUntil },
    });
    return t;
  }

  async recordRisk(ctx: RequestContext, input: RecordRiskInput) {
    const p = signedIn(ctx);
    const t = await this.writableTarget(ctx, input.targetId);
    const since = isoDate(input.since, 'since');
    const until = optionalDate(input.until, 'until');
    if (until && until < since) throw badInput('until', '截止日不能早于起始日');
    const kind = (RISK_MITIGATIONS as readonly string[]).includes(input.code) ? 'MITIGATION' : 'FACTOR';
    const entry = ctx.em.create(TargetRiskEntry, {
      id: uuidv7(),
      ...ownedBy(p),
      targetId: t.id,
      kind,
      code: input.code,
      since,
      until,
      source: input.source.trim(),
      note: trimmedOrNull(input.note),
      recordedBy: p.userId,
      createdAt: new Date(),
    });
    ctx.em.persist(entry);
    await flushAndAudit(ctx, {
      operation: 'RECORD_RISK',
      objectType: 'Target',
      objectId: t.id,
      after: { kind, code: input.code, since, until, source: entry.source },
    });
    return t;
  }

  /** R10/R27: the draw weight today, by the documented default rule and the credit rule (R51). */
  async risk(ctx: RequestContext, target: Target) {
    const entries = await ctx.loaders.riskEntriesOfTarget.load(target.id);
    const credit = await ctx.loaders.creditEntriesOfTarget.load(target.id);
    const asEntry = (e: TargetRiskEntry) => ({ factor: e.code, since: e.since, until: e.until, source: e.source });
    const factors = entries.filter((e) => e.kind === 'FACTOR').map(asEntry) as RiskFactorEntry[];
    factors.push(...creditRiskFactors(credit));
    const mitigations = entries.filter((e) => e.kind === 'MITIGATION').map(asEntry) as RiskMitigationEntry[];
    const weight = drawWeight(factors, mitigations, DEFAULT_RISK_RULE, chinaDay(new Date()));
    return { weight, level: riskLevel(weight) };
  }
}
