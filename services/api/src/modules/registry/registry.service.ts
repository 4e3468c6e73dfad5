import { uuidv7 } from 'uuidv7';
import { raw, type FilterQuery } from '@mikro-orm/postgresql';
import { ConflictOfInterest, Department, DirectoryReview, Inspector, InspectorHistory, Target, TargetPermit, TargetRiskEntry } from '@dsr/db';
import {
  DEFAULT_RISK_RULE, DomainError, RISK_MITIGATIONS, chinaDay, drawWeight, isBusinessCategory, parseIsoDate, parseResidentId, parseUscc,
  riskLevel, seesWholeBureau, type JsonValue, type RiskFactorEntry, type RiskLevel, type RiskMitigationEntry,
} from '@dsr/domain';
import type { RequestContext } from '../../context';
import { badInput, conflict, forbidden, notFound } from '../../common/errors';
import { paginate, paginateByIds, type PageArgs } from '../../common/connection';
import { isUuid } from '../../loaders';
import { recordAudit } from '../audit/audit.service';
import type {
  AddPermitInput, CreateInspectorInput, ReviewDirectoryInput, CreateTargetInput, DeclareConflictInput, InspectorFilter, InspectorInput, RecordRiskInput,
  TargetFilter, TargetInput, TerminateTargetInput, UpdateInspectorInput, UpdateTargetInput,
} from './registry.types';

/**
 * A target filter as the search runs it (see RegistryService.normaliseTargetFilter); the same keys
 * app_private.target_search reads (migration 0004).
 */
export interface TargetSearch {
  nameContains?: string;
  code?: string;
  regionCode?: string;
  businessCategory?: string;
  grade?: string;
  status?: string;
  departmentId?: string;
  permitExpiringBefore?: string;
  /** Not read by app_private.target_search: a search with a risk level takes the general path. */
  riskLevel?: RiskLevel;
  /** The day risk entries are counted on (with riskLevel). */
  riskOn?: string;
}

/** What app_private.target_search reads: the filter without the risk level it does not know. */
function searchJson(f: TargetSearch): string {
  return JSON.stringify({ ...f, riskLevel: undefined, riskOn: undefined });
}

/**
 * R10/R27: the targets whose risk level on `day` is `level`, by the same rule as drawWeight:
 * distinct active factor and mitigation codes, weight clamped, then the level's band. Only
 * targets with active entries can be other than NORMAL, so NORMAL is "not any other level":
 * both read the small risk-entry table, never a million targets one by one.
 */
function riskLevelCondition(level: RiskLevel, day: string): { sql: string; params: unknown[] } {
  const r = DEFAULT_RISK_RULE;
  const step = Math.max(1, r.increment);
  const weight = `greatest(${r.min}, least(${r.max}, ${r.base} + ${r.increment} * count(distinct e.code) filter (where e.kind = 'FACTOR')
    - ${r.decrement} * count(distinct e.code) filter (where e.kind = 'MITIGATION')))`;
  const band = `case when ${weight} < ${r.base} then 'LOW' when ${weight} < ${r.base + step} then 'NORMAL'
    when ${weight} < ${r.base + 2 * step} then 'ELEVATED' else 'HIGH' end`;
  const entries = `select e.target_id from target_risk_entry e where e.since <= ?::date and (e.until is null or e.until >= ?::date) group by e.target_id`;
  return level === 'NORMAL'
    ? { sql: `not in (${entries} having ${band} <> 'NORMAL')`, params: [day, day] }
    : { sql: `in (${entries} having ${band} = ?)`, params: [day, day, level] };
}

/** Re-throws a domain error with the input field it came from. */
function at<T>(field: string, fn: () => T): T {
  try {
    return fn();
  } catch (err) {
    if (err instanceof DomainError) throw new DomainError(err.code, err.message, field, err.details);
    throw err;
  }
}

const optionalDate = (v: string | null | undefined, field: string) => (v ? at(field, () => parseIsoDate(v, field)) : null);
const trimOrNull = (v: string | null | undefined) => v?.trim() || null;
const likeEscape = (s: string) => s.replace(/[\\%_]/g, '\\$&');

function targetSnapshot(t: Target): JsonValue {
  return { name: t.name, holderKind: t.holderKind, uscc: t.uscc, residentId: t.residentId, regionCode: t.regionCode, businessCategory: t.businessCategory,
    grade: t.grade, departmentId: t.departmentId, status: t.status };
}
function inspectorSnapshot(i: Inspector): JsonValue {
  return { name: i.name, departmentId: i.departmentId, badgeNo: i.badgeNo, warrantNo: i.warrantNo, warrantValidUntil: i.warrantValidUntil,
    externalAgency: i.externalAgency, agencyCertificateNo: i.agencyCertificateNo, post: i.post, duty: i.duty, skills: i.skills,
    qualifications: i.qualifications, status: i.status };
}

/** The two directories (两库): targets and inspectors, with their history (R9–R17, R30). */
export class RegistryService {
  /** Department heads and inspectors see their own department's directories; the others the whole bureau. */
  private departmentScope(ctx: RequestContext): FilterQuery<Target & Inspector> {
    const p = ctx.principal!;
    return seesWholeBureau(p.roles) ? {} : { departmentId: p.departmentId };
  }

  /** Writers: administrators and coordinators for any department of the bureau, heads for their own. */
  private async writableDepartment(ctx: RequestContext, departmentId: string, field: string): Promise<Department> {
    const p = ctx.principal!;
    const dept = isUuid(departmentId) ? await ctx.em.findOne(Department, { id: departmentId, bureauId: p.bureauId }) : null;
    if (!dept) throw badInput(field, '部门不是本单位的部门');
    if (!dept.active) throw badInput(field, `部门「${dept.name}」已停用`);
    if (!p.roles.some((r) => r === 'ADMIN' || r === 'COORDINATOR') && dept.id !== p.departmentId) {
      throw forbidden('部门负责人只能维护本部门的名录');
    }
    return dept;
  }

  // ─── targets ───

  /**
   * One page of the target list (issue 3: a filtered page of a million targets under 50 ms). The
   * page's ids come first — from an index alone, or for a name search from the reviewed
   * app_private.target_search (under row-level security no index can serve a substring match) —
   * then the rows through the ORM. Counts only when asked; totalCountCapped stops at 10,001.
   */
  async targets(ctx: RequestContext, filter: TargetFilter | undefined, page: PageArgs, opts: { cappedCountAsked?: boolean } = {}) {
    const f = this.normaliseTargetFilter(ctx, filter);
    return paginateByIds(ctx.em, Target, page, {
      ids: (afterId, limit) => this.targetPageIds(ctx, f, afterId, limit),
      count: (cap) => this.targetCount(ctx, f, cap),
      // A name search reads its matches once for both the page and the capped count.
      idsAndCount: f?.nameContains && !f.riskLevel ? (afterId, limit, cap) => this.targetNameIdsAndCount(ctx, f, afterId, limit, cap) : undefined,
    }, opts);
  }

  /**
   * A name search's capped count and, under the cap, its page, in one statement: the matches are
   * read once (the page is then sorted from them). Over the cap the page comes from its own call.
   */
  private async targetNameIdsAndCount(ctx: RequestContext, f: TargetSearch, afterId: string | null, limit: number, cap: number) {
    const rows = await ctx.em.execute<{ n: number; ids: string[] }[]>(
      `with m as materialized (select id from app_private.target_search(?::jsonb, null, ?::int, false) as id)
       select (select count(*)::int from m) as n,
              array(select id from m where ?::uuid is null or id > ?::uuid order by id limit ?::int)::text[] as ids`,
      [searchJson(f), cap, afterId, afterId, limit]);
    const { n, ids } = rows[0]!;
    return { count: n, ids: n < cap ? ids : null };
  }

  /**
   * The filter as the search runs it: trimmed, the code upper-cased, the caller's department
   * scope folded in (null when that leaves nothing to find), absent conditions left out.
   */
  normaliseTargetFilter(ctx: RequestContext, filter: TargetFilter | undefined): TargetSearch | null {
    const f: TargetSearch = {};
    const nameContains = filter?.nameContains?.trim();
    if (nameContains) f.nameContains = nameContains;
    const code = filter?.code?.trim().toUpperCase();
    if (code) f.code = code;
    if (filter?.regionCode) f.regionCode = filter.regionCode;
    if (filter?.businessCategory) f.businessCategory = filter.businessCategory;
    if (filter?.grade) f.grade = filter.grade;
    if (filter?.status) f.status = filter.status;
    if (filter?.departmentId) {
      if (!isUuid(filter.departmentId)) throw badInput('filter.departmentId', '部门编号无效');
      f.departmentId = filter.departmentId;
    }
    if (filter?.riskLevel) {
      f.riskLevel = filter.riskLevel;
      f.riskOn = chinaDay(new Date());
    }
    if (filter?.permitExpiringBefore) {
      f.permitExpiringBefore = at('filter.permitExpiringBefore', () => parseIsoDate(filter.permitExpiringBefore!, 'filter.permitExpiringBefore'));
    }
    const p = ctx.principal!;
    if (!seesWholeBureau(p.roles)) {
      if (f.departmentId && f.departmentId !== p.departmentId) return null;
      f.departmentId = p.departmentId;
    }
    return f;
  }

  /**
   * The targets a filter selects, within what the caller may see, as an ORM condition. Use it in
   * one query only: the raw() fragments it may hold serve a single query.
   */
  async targetWhere(ctx: RequestContext, filter: TargetFilter | undefined): Promise<FilterQuery<Target>> {
    return this.searchWhere(this.normaliseTargetFilter(ctx, filter));
  }

  private searchWhere(f: TargetSearch | null): FilterQuery<Target> {
    if (!f) return { id: { $in: [] } };
    const where: FilterQuery<Target>[] = [];
    if (f.nameContains) {
      // The reviewed function narrows by name (and everything else) inside the caller's scope.
      where.push({ [raw((a: string) => `${a}.id in (select app_private.target_search(?::jsonb, null, null, false))`, [searchJson(f)])]: [] });
    }
    if (f.code) where.push({ $or: [{ uscc: f.code }, { residentId: f.code }] });
    // A region and everything below it, as a range: LIKE is not leakproof, so under row-level
    // security PostgreSQL could not use an index for it.
    if (f.regionCode) where.push({ regionCode: { $gte: f.regionCode, $lt: `${f.regionCode}:` } });
    if (f.businessCategory) where.push({ businessCategory: f.businessCategory });
    if (f.grade) where.push({ grade: f.grade });
    if (f.status) where.push({ status: f.status as Target['status'] });
    if (f.departmentId) where.push({ departmentId: f.departmentId });
    if (f.permitExpiringBefore) {
      // A subquery, not a list of ids: one statement however many permits match. The outer
      // rows stay under the scope filter and row-level security; this only narrows them.
      where.push({ [raw((a: string) => `${a}.id in (select p.target_id from target_permit p where p.status = 'VALID' and p.valid_until <= ?::date)`,
        [f.permitExpiringBefore])]: [] });
    }
    if (f.riskLevel) {
      const { sql, params } = riskLevelCondition(f.riskLevel, f.riskOn!);
      where.push({ [raw((a: string) => `${a}.id ${sql}`, params)]: [] });
    }
    return where.length ? { $and: where } : {};
  }

  /** The ids of one page of the targets a filter selects, in id order after `afterId`. */
  async targetPageIds(ctx: RequestContext, f: TargetSearch | null, afterId: string | null, limit: number): Promise<string[]> {
    if (!f) return [];
    if (f.nameContains && !f.riskLevel) {
      const rows = await ctx.em.execute<{ id: string }[]>('select id from app_private.target_search(?::jsonb, ?::uuid, ?::int, true) as id',
        [searchJson(f), afterId, limit]);
      return rows.map((r) => r.id);
    }
    const where = this.searchWhere(f);
    const qb = ctx.em.createQueryBuilder(Target, 't').select('t.id')
      .where((afterId ? { $and: [where, { id: { $gt: afterId } }] } : where) as never).orderBy({ id: 'asc' }).limit(limit);
    await qb.applyFilters(); // a QueryBuilder skips entity filters unless asked (ARCHITECTURE.md, known traps)
    const rows = (await qb.execute('all', false)) as { id: string }[];
    return rows.map((r) => r.id);
  }

  /** How many targets a filter selects: all of them, or at most `cap` (reads no further). */
  async targetCount(ctx: RequestContext, f: TargetSearch | null, cap?: number): Promise<number> {
    if (!f) return 0;
    if (f.nameContains && !f.riskLevel) {
      const rows = await ctx.em.execute<{ n: number }[]>('select count(*)::int as n from app_private.target_search(?::jsonb, null, ?::int, false)',
        [searchJson(f), cap ?? null]);
      return rows[0]!.n;
    }
    if (cap === undefined) return ctx.em.count(Target, this.searchWhere(f));
    const qb = ctx.em.createQueryBuilder(Target, 't').select(raw('1')).where(this.searchWhere(f) as never).limit(cap);
    await qb.applyFilters();
    const knex = ctx.em.getKnex();
    const rows = await ctx.em.execute<{ n: number }[]>(knex.select(knex.raw('count(*)::int as n')).from(qb.as('s')));
    return rows[0]!.n;
  }

  /** Every target a filter selects, `size` at a time in id order (exports). */
  async *targetBatches(ctx: RequestContext, filter: TargetFilter | undefined, size: number): AsyncGenerator<Target[]> {
    const f = this.normaliseTargetFilter(ctx, filter);
    let after: string | null = null;
    for (;;) {
      const ids = await this.targetPageIds(ctx, f, after, size);
      if (!ids.length) return;
      yield await ctx.em.find(Target, { id: { $in: ids } }, { orderBy: { id: 'asc' } });
      if (ids.length < size) return;
      after = ids[ids.length - 1]!;
    }
  }

  /** Counts per facet of the targets a filter selects (status, trade, region, grade, department). */
  async targetFacets(ctx: RequestContext, filter: TargetFilter | undefined) {
    const f = this.normaliseTargetFilter(ctx, filter);
    const facet = async (column: string) => {
      // A fresh condition per query: a raw() fragment in it serves one query only.
      const qb = ctx.em.createQueryBuilder(Target, 't').select([`t.${column} as value`, raw('count(*)::int as count')]).where(this.searchWhere(f) as never)
        .groupBy(`t.${column}`);
      await qb.applyFilters(); // a QueryBuilder skips entity filters unless asked (ARCHITECTURE.md, known traps)
      const rows = (await qb.execute('all', false)) as { value: string | null; count: number }[];
      return rows.map((r) => ({ value: r.value ?? '', count: Number(r.count) })).sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
    };
    return {
      status: await facet('status'), businessCategory: await facet('business_category'), regionCode: await facet('region_code'),
      grade: await facet('grade'), departmentId: await facet('department_id'),
    };
  }

  async target(ctx: RequestContext, id: string) {
    const t = isUuid(id) ? await ctx.em.findOne(Target, { $and: [{ id }, this.departmentScope(ctx) as FilterQuery<Target>] }) : null;
    if (!t) throw notFound('检查对象');
    return t;
  }

  private async validateTarget(ctx: RequestContext, input: TargetInput) {
    const p = ctx.principal!;
    const dept = await this.writableDepartment(ctx, input.departmentId, 'target.departmentId');
    const today = chinaDay(new Date());
    let uscc: string | null = null;
    let residentId: string | null = null;
    if (input.holderKind === 'ORGANISATION') {
      if (!input.uscc) throw badInput('target.uscc', '单位须填写统一社会信用代码');
      at('target.uscc', () => parseUscc(input.uscc!));
      uscc = input.uscc.trim().toUpperCase();
    } else {
      if (!input.residentId) throw badInput('target.residentId', '个人须填写公民身份号码');
      at('target.residentId', () => parseResidentId(input.residentId!, today));
      residentId = input.residentId.trim().toUpperCase();
    }
    const bureau = await ctx.loaders.bureau.load(p.bureauId);
    const region = input.regionCode.trim();
    if (!/^\d{6}(\d{3}){0,2}$/.test(region)) throw badInput('target.regionCode', '区域代码应为 6、9 或 12 位数字');
    if (bureau!.level !== 'PROVINCE' && !region.startsWith(bureau!.divisionCode)) {
      throw badInput('target.regionCode', `区域 ${region} 不在本单位辖区（${bureau!.divisionCode}）内`);
    }
    if (!isBusinessCategory(input.businessCategory)) throw badInput('target.businessCategory', `未知的行业类别：${input.businessCategory}`);
    const phone = trimOrNull(input.contactPhone);
    if (phone && !/^[0-9+\-() ]{5,20}$/.test(phone)) throw badInput('target.contactPhone', '联系电话格式不正确');
    return {
      holderKind: input.holderKind, name: input.name.trim(), uscc, residentId, registrationAuthority: trimOrNull(input.registrationAuthority),
      legalRepresentative: trimOrNull(input.legalRepresentative), registeredAddress: trimOrNull(input.registeredAddress), regionCode: region,
      businessCategory: input.businessCategory, grade: trimOrNull(input.grade), contactPhone: phone, departmentId: dept.id,
    };
  }

  /** One credit code (or ID number) per bureau: a duplicate names the record that has it. */
  private async refuseDuplicate(ctx: RequestContext, fields: { uscc: string | null; residentId: string | null }, exceptId?: string) {
    const p = ctx.principal!;
    const key = fields.uscc ? { uscc: fields.uscc } : { residentId: fields.residentId };
    // The department filter must not hide a duplicate: look across the whole bureau.
    const existing = await ctx.em.findOne(Target, { bureauId: p.bureauId, ...key, ...(exceptId ? { id: { $ne: exceptId } } : {}) });
    if (existing) {
      throw conflict(`${fields.uscc ? '统一社会信用代码' : '公民身份号码'} ${fields.uscc ?? fields.residentId} 已登记为「${existing.name}」`,
        { field: fields.uscc ? 'target.uscc' : 'target.residentId', existingId: existing.id, existingName: existing.name });
    }
  }

  async createTarget(ctx: RequestContext, input: CreateTargetInput) {
    const p = ctx.principal!;
    const fields = await this.validateTarget(ctx, input.target);
    await this.refuseDuplicate(ctx, fields);
    const t = ctx.em.create(Target, {
      id: uuidv7(), tenantId: p.tenantId, bureauId: p.bureauId, scopePath: p.scopePath, ...fields, status: 'ACTIVE', terminatedAt: null,
      terminationReason: null, createdAt: new Date(), updatedAt: new Date(), version: 1,
    });
    await ctx.em.persistAndFlush(t);
    await recordAudit(ctx, { operation: 'CREATE_TARGET', objectType: 'Target', objectId: t.id, after: targetSnapshot(t) });
    return t;
  }

  private async ownTarget(ctx: RequestContext, id: string, version?: number) {
    const t = isUuid(id) ? await ctx.em.findOne(Target, { id, bureauId: ctx.principal!.bureauId }) : null;
    if (!t) throw notFound('检查对象');
    if (version !== undefined && t.version !== version) throw conflict('记录已被他人修改，请刷新后重试', { currentVersion: t.version });
    await this.writableDepartment(ctx, t.departmentId, 'id');
    return t;
  }

  async updateTarget(ctx: RequestContext, input: UpdateTargetInput) {
    const t = await this.ownTarget(ctx, input.id, input.version);
    if (t.status === 'TERMINATED') throw new DomainError('TARGET_TERMINATED', '已注销的检查对象不能修改', 'id');
    const before = targetSnapshot(t);
    const fields = await this.validateTarget(ctx, input.target);
    await this.refuseDuplicate(ctx, fields, t.id);
    Object.assign(t, fields);
    await ctx.em.flush();
    await recordAudit(ctx, { operation: 'UPDATE_TARGET', objectType: 'Target', objectId: t.id, before, after: targetSnapshot(t) });
    return t;
  }

  /** R11: leaves the draw pool, keeps its history; its permits are cancelled. */
  async terminateTarget(ctx: RequestContext, input: TerminateTargetInput) {
    const t = await this.ownTarget(ctx, input.id, input.version);
    if (t.status === 'TERMINATED') throw new DomainError('TARGET_TERMINATED', '该检查对象已注销', 'id');
    const before = targetSnapshot(t);
    t.status = 'TERMINATED';
    t.terminatedAt = new Date();
    t.terminationReason = input.reason.trim();
    await ctx.em.nativeUpdate(TargetPermit, { targetId: t.id, status: 'VALID' }, { status: 'CANCELLED' });
    await ctx.em.flush();
    await recordAudit(ctx, { operation: 'TERMINATE_TARGET', objectType: 'Target', objectId: t.id, before, after: { ...(targetSnapshot(t) as object), reason: t.terminationReason } });
    return t;
  }

  async addPermit(ctx: RequestContext, input: AddPermitInput) {
    const p = ctx.principal!;
    const t = await this.ownTarget(ctx, input.targetId);
    const validFrom = optionalDate(input.validFrom, 'validFrom');
    const validUntil = optionalDate(input.validUntil, 'validUntil');
    if (validFrom && validUntil && validUntil < validFrom) throw badInput('validUntil', '有效期止不能早于有效期起');
    const permit = ctx.em.create(TargetPermit, {
      id: uuidv7(), tenantId: p.tenantId, bureauId: p.bureauId, scopePath: p.scopePath, targetId: t.id, permitType: input.permitType.trim(),
      permitNo: input.permitNo.trim(), validFrom, validUntil, status: 'VALID', createdAt: new Date(), version: 1,
    });
    await ctx.em.persistAndFlush(permit);
    await recordAudit(ctx, { operation: 'ADD_PERMIT', objectType: 'Target', objectId: t.id, after: { permitType: permit.permitType, permitNo: permit.permitNo, validFrom, validUntil } });
    return t;
  }

  async recordRisk(ctx: RequestContext, input: RecordRiskInput) {
    const p = ctx.principal!;
    const t = await this.ownTarget(ctx, input.targetId);
    const since = at('since', () => parseIsoDate(input.since, 'since'));
    const until = optionalDate(input.until, 'until');
    if (until && until < since) throw badInput('until', '截止日不能早于起始日');
    const kind = (RISK_MITIGATIONS as readonly string[]).includes(input.code) ? 'MITIGATION' : 'FACTOR';
    const entry = ctx.em.create(TargetRiskEntry, {
      id: uuidv7(), tenantId: p.tenantId, bureauId: p.bureauId, scopePath: p.scopePath, targetId: t.id, kind, code: input.code, since, until,
      source: input.source.trim(), note: trimOrNull(input.note), recordedBy: p.userId, createdAt: new Date(),
    });
    await ctx.em.persistAndFlush(entry);
    await recordAudit(ctx, { operation: 'RECORD_RISK', objectType: 'Target', objectId: t.id, after: { kind, code: input.code, since, until, source: entry.source } });
    return t;
  }

  /** R10/R27: the draw weight today, by the documented default rule. */
  async risk(ctx: RequestContext, target: Target) {
    const entries = await ctx.loaders.riskEntriesOfTarget.load(target.id);
    const factors = entries.filter((e) => e.kind === 'FACTOR').map((e) => ({ factor: e.code, since: e.since, until: e.until, source: e.source })) as RiskFactorEntry[];
    const mitigations = entries.filter((e) => e.kind === 'MITIGATION').map((e) => ({ factor: e.code, since: e.since, until: e.until, source: e.source })) as RiskMitigationEntry[];
    const weight = drawWeight(factors, mitigations, DEFAULT_RISK_RULE, chinaDay(new Date()));
    return { weight, level: riskLevel(weight) };
  }

  // ─── inspectors ───

  async inspectors(ctx: RequestContext, filter: InspectorFilter | undefined, page: PageArgs) {
    const where: FilterQuery<Inspector>[] = [this.departmentScope(ctx) as FilterQuery<Inspector>];
    if (filter?.nameContains) where.push({ name: { $ilike: `%${likeEscape(filter.nameContains.trim())}%` } });
    if (filter?.departmentId) where.push({ departmentId: filter.departmentId });
    if (filter?.status) where.push({ status: filter.status });
    if (filter?.skill) where.push({ skills: { $contains: [filter.skill] } });
    return paginate(ctx.em, Inspector, { $and: where }, page);
  }

  async inspector(ctx: RequestContext, id: string) {
    const i = isUuid(id) ? await ctx.em.findOne(Inspector, { $and: [{ id }, this.departmentScope(ctx) as FilterQuery<Inspector>] }) : null;
    if (!i) throw notFound('检查人员');
    return i;
  }

  private async validateInspector(ctx: RequestContext, input: InspectorInput) {
    const dept = await this.writableDepartment(ctx, input.departmentId, 'inspector.departmentId');
    if (input.externalAgency) {
      if (!trimOrNull(input.agencyCertificateNo)) throw badInput('inspector.agencyCertificateNo', '外部机关人员须填写执法证号');
    } else {
      if (!trimOrNull(input.badgeNo)) throw badInput('inspector.badgeNo', '民警须填写警号');
      if (!trimOrNull(input.warrantNo)) throw badInput('inspector.warrantNo', '民警须填写警官证号');
    }
    const phone = trimOrNull(input.phone);
    if (phone && !/^[0-9+\-() ]{5,20}$/.test(phone)) throw badInput('inspector.phone', '电话格式不正确');
    return {
      name: input.name.trim(), gender: input.gender, departmentId: dept.id, badgeNo: trimOrNull(input.badgeNo), warrantNo: trimOrNull(input.warrantNo),
      warrantValidUntil: optionalDate(input.warrantValidUntil, 'inspector.warrantValidUntil'), externalAgency: input.externalAgency,
      agencyCertificateNo: trimOrNull(input.agencyCertificateNo), post: trimOrNull(input.post), duty: trimOrNull(input.duty),
      skills: [...new Set(input.skills.map((s) => s.trim()).filter(Boolean))], qualifications: [...new Set(input.qualifications.map((s) => s.trim()).filter(Boolean))],
      phone,
    };
  }

  private async refuseDuplicateBadge(ctx: RequestContext, badgeNo: string | null, exceptId?: string) {
    if (!badgeNo) return;
    const existing = await ctx.em.findOne(Inspector, { bureauId: ctx.principal!.bureauId, badgeNo, ...(exceptId ? { id: { $ne: exceptId } } : {}) });
    if (existing) throw conflict(`警号 ${badgeNo} 已登记为「${existing.name}」`, { field: 'inspector.badgeNo', existingId: existing.id });
  }

  private async history(ctx: RequestContext, i: Inspector, change: string, before: JsonValue | null) {
    const p = ctx.principal!;
    ctx.em.create(InspectorHistory, {
      id: uuidv7(), tenantId: p.tenantId, bureauId: p.bureauId, scopePath: p.scopePath, inspectorId: i.id, change, before, after: inspectorSnapshot(i),
      changedBy: p.userId, changedAt: new Date(),
    });
    await ctx.em.flush();
  }

  async createInspector(ctx: RequestContext, input: CreateInspectorInput) {
    const p = ctx.principal!;
    const fields = await this.validateInspector(ctx, input.inspector);
    await this.refuseDuplicateBadge(ctx, fields.badgeNo);
    const i = ctx.em.create(Inspector, {
      id: uuidv7(), tenantId: p.tenantId, bureauId: p.bureauId, scopePath: p.scopePath, ...fields, status: 'ACTIVE', leftAt: null,
      createdAt: new Date(), updatedAt: new Date(), version: 1,
    });
    await ctx.em.persistAndFlush(i);
    await this.history(ctx, i, 'CREATED', null);
    await recordAudit(ctx, { operation: 'CREATE_INSPECTOR', objectType: 'Inspector', objectId: i.id, after: inspectorSnapshot(i) });
    return i;
  }

  /** R14: a department move, a warrant renewal, leaving — each kept with before and after. */
  async updateInspector(ctx: RequestContext, input: UpdateInspectorInput) {
    const i = isUuid(input.id) ? await ctx.em.findOne(Inspector, { id: input.id, bureauId: ctx.principal!.bureauId }) : null;
    if (!i) throw notFound('检查人员');
    if (i.version !== input.version) throw conflict('记录已被他人修改，请刷新后重试', { currentVersion: i.version });
    await this.writableDepartment(ctx, i.departmentId, 'id');
    if (i.status === 'LEFT') throw new DomainError('INSPECTOR_LEFT', '已调离的人员不能修改', 'id');
    const before = inspectorSnapshot(i);
    const fields = await this.validateInspector(ctx, input.inspector);
    await this.refuseDuplicateBadge(ctx, fields.badgeNo, i.id);
    const changes: string[] = [];
    if (fields.departmentId !== i.departmentId) changes.push('DEPARTMENT_MOVE');
    if (fields.warrantNo !== i.warrantNo || fields.warrantValidUntil !== i.warrantValidUntil) changes.push('WARRANT_RENEWAL');
    Object.assign(i, fields);
    if (input.status && input.status !== i.status) {
      changes.push(input.status === 'LEFT' ? 'LEFT' : `STATUS_${input.status}`);
      i.status = input.status;
      if (input.status === 'LEFT') i.leftAt = new Date();
    }
    await ctx.em.flush();
    await this.history(ctx, i, changes.join(',') || 'DETAILS', before);
    await recordAudit(ctx, { operation: 'UPDATE_INSPECTOR', objectType: 'Inspector', objectId: i.id, before, after: inspectorSnapshot(i) });
    return i;
  }

  /**
   * R13/R16: each inspecting department of the bureau, with whether it has the 6 active inspectors
   * a draw needs and whether its directories passed legal review since they last changed.
   */
  async readiness(ctx: RequestContext) {
    const p = ctx.principal!;
    const depts = await ctx.em.find(Department, { bureauId: p.bureauId, active: true, kind: { $in: ['POLICE', 'EXTERNAL'] } }, { orderBy: { code: 'asc' } });
    const rows = await ctx.em.execute<{ department_id: string; n: string }[]>(
      `select department_id, count(*) as n from inspector where bureau_id = ? and status = 'ACTIVE' group by department_id`, [p.bureauId]);
    const counts = new Map(rows.map((r) => [r.department_id, Number(r.n)]));
    const changed = await ctx.em.execute<{ directory: string; department_id: string; at: Date }[]>(
      `select 'INSPECTORS' as directory, department_id, max(updated_at) as at from inspector where bureau_id = ? group by department_id
       union all select 'TARGETS', department_id, max(updated_at) from target where bureau_id = ? group by department_id`, [p.bureauId, p.bureauId]);
    const lastChange = new Map(changed.map((r) => [`${r.directory}:${r.department_id}`, new Date(r.at)]));
    const reviews = await ctx.em.find(DirectoryReview, { bureauId: p.bureauId }, { orderBy: { reviewedAt: 'asc' } });
    const latest = new Map(reviews.map((r) => [`${r.directory}:${r.departmentId}`, r]));
    const status = (directory: string, deptId: string) => {
      const review = latest.get(`${directory}:${deptId}`) ?? null;
      const change = lastChange.get(`${directory}:${deptId}`);
      const stale = !review || review.decision !== 'APPROVED' || (!!change && change > review.reviewedAt);
      return { review, stale };
    };
    return depts.map((d) => {
      const n = counts.get(d.id) ?? 0;
      const insp = status('INSPECTORS', d.id);
      const targ = status('TARGETS', d.id);
      return {
        departmentId: d.id, departmentName: d.name, activeInspectors: n, ready: n >= 6,
        inspectorsReview: insp.review, inspectorsChangedSinceReview: insp.stale, targetsReview: targ.review, targetsChangedSinceReview: targ.stale,
      };
    });
  }

  /** R16: the legal department approves a department's directory as it stands, or returns it with comments. */
  async reviewDirectory(ctx: RequestContext, input: ReviewDirectoryInput) {
    const p = ctx.principal!;
    const dept = isUuid(input.departmentId) ? await ctx.em.findOne(Department, { id: input.departmentId, bureauId: p.bureauId }) : null;
    if (!dept) throw badInput('departmentId', '部门不是本单位的部门');
    const comment = trimOrNull(input.comment);
    if (!input.approve && !comment) throw badInput('comment', '退回时必须写明审核意见');
    const entries = input.directory === 'INSPECTORS'
      ? await ctx.em.count(Inspector, { departmentId: dept.id, status: { $ne: 'LEFT' } })
      : await ctx.em.count(Target, { departmentId: dept.id, status: 'ACTIVE' });
    const review = ctx.em.create(DirectoryReview, {
      id: uuidv7(), tenantId: p.tenantId, bureauId: p.bureauId, scopePath: p.scopePath, departmentId: dept.id, directory: input.directory,
      decision: input.approve ? 'APPROVED' : 'RETURNED', comment, entries, reviewedBy: p.userId, reviewedAt: new Date(),
    });
    await ctx.em.persistAndFlush(review);
    await recordAudit(ctx, { operation: 'REVIEW_DIRECTORY', objectType: 'DirectoryReview', objectId: review.id,
      after: { departmentId: dept.id, directory: input.directory, decision: review.decision, entries, comment } });
    return review;
  }

  /**
   * R15: the inspectors of the item's department (or all of the bureau's, for a joint item) with
   * whether each fits: active, warrant valid on `onDate`, and holding every skill the item names.
   */
  async inspectorsForItem(ctx: RequestContext, itemVersionId: string, onDate: string | undefined) {
    const v = await ctx.services.catalog.itemVersion(ctx, itemVersionId);
    const day = onDate ? at('onDate', () => parseIsoDate(onDate, 'onDate')) : chinaDay(new Date());
    const where: FilterQuery<Inspector> = v.crossAgencyJoint ? { bureauId: ctx.principal!.bureauId } : { departmentId: v.departmentId };
    const inspectors = await ctx.em.find(Inspector, { $and: [where, this.departmentScope(ctx) as FilterQuery<Inspector>, { status: { $ne: 'LEFT' } }] }, { orderBy: { id: 'asc' } });
    return inspectors.map((inspector) => {
      const reasons: string[] = [];
      const missingSkills = v.requiredSkills.filter((sk) => !inspector.skills.includes(sk));
      if (inspector.status !== 'ACTIVE') reasons.push('不在岗');
      if (!inspector.externalAgency && (!inspector.warrantValidUntil || inspector.warrantValidUntil < day)) reasons.push('警官证不在有效期内');
      if (missingSkills.length) reasons.push(`缺少技能：${missingSkills.join('、')}`);
      return { inspector, fits: reasons.length === 0, reasons, missingSkills };
    });
  }

  // ─── conflicts of interest (R30) ───

  /**
   * R34: the inspectors sibling bureaus lend this one through the pool its superior named (read
   * through the reviewed function the draw uses); the borrowing bureau declares their recusals (R30).
   */
  private async lentInspectorIds(ctx: RequestContext): Promise<Set<string>> {
    const rows = await ctx.em.execute<{ id: string }[]>('select id from app_private.cross_region_inspectors()');
    return new Set(rows.map((r) => r.id));
  }

  async declareConflict(ctx: RequestContext, input: DeclareConflictInput) {
    const p = ctx.principal!;
    const inspector = isUuid(input.inspectorId) ? await ctx.em.findOne(Inspector, { id: input.inspectorId, bureauId: p.bureauId }) : null;
    const lent = !inspector && isUuid(input.inspectorId) && (await this.lentInspectorIds(ctx)).has(input.inspectorId);
    if (!inspector && !lent) throw badInput('inspectorId', '检查人员不存在，或既不属于本单位，也不是上级指定借调给本单位的协作人员（R34）');
    const target = isUuid(input.targetId) ? await ctx.em.findOne(Target, { id: input.targetId, bureauId: p.bureauId }) : null;
    if (!target) throw badInput('targetId', '检查对象不存在或不属于本单位');
    if (inspector) await this.writableDepartment(ctx, inspector.departmentId, 'inspectorId');
    else if (!p.roles.some((r) => r === 'ADMIN' || r === 'COORDINATOR')) throw forbidden('借调人员的利害关系由本单位双随机办申报（R30、R34）');
    const since = at('since', () => parseIsoDate(input.since, 'since'));
    const until = optionalDate(input.until, 'until');
    if (until && until < since) throw badInput('until', '截止日不能早于起始日');
    const c = ctx.em.create(ConflictOfInterest, {
      id: uuidv7(), tenantId: p.tenantId, bureauId: p.bureauId, scopePath: p.scopePath, inspectorId: input.inspectorId, targetId: target.id,
      relation: input.relation, detail: trimOrNull(input.detail), since, until, declaredBy: p.userId, createdAt: new Date(), endedAt: null, version: 1,
    });
    await ctx.em.persistAndFlush(c);
    await recordAudit(ctx, { operation: 'DECLARE_CONFLICT', objectType: 'ConflictOfInterest', objectId: c.id,
      after: { inspectorId: c.inspectorId, targetId: c.targetId, relation: c.relation, since, until } });
    return c;
  }
}
