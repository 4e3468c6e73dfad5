import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, startTestApp, type TestApp } from '#test/support/harness';

const FIELDS = 'id name organisation qualification phone active bureauId version';
const REGISTER = `mutation($i: TechnicianInput!) { registerTechnician(input: $i) { technician { ${FIELDS} } } }`;
const UPDATE = `mutation($i: UpdateTechnicianInput!) { updateTechnician(input: $i) { technician { ${FIELDS} } } }`;
const SET_ACTIVE = `mutation($i: SetTechnicianActiveInput!) { setTechnicianActive(input: $i) { technician { ${FIELDS} } } }`;
const LIST = `query($f: TechnicianFilter) { technicians(first: 50, filter: $f) { totalCount edges { node { ${FIELDS} } } } }`;

interface Technician {
  id: string;
  name: string;
  organisation: string;
  active: boolean;
  version: number;
}

describe('registry: third-party technicians (R13, 000 §20)', () => {
  let t: TestApp;
  let owner: pg.Client;
  let office: string;
  const engineer = {
    name: '李工',
    organisation: '河南省消防技术服务中心',
    qualification: '一级注册消防工程师',
    phone: '0393-7654321',
  };
  const list = async (token: string, f: Record<string, unknown> = {}) => {
    const res = await t.gql(LIST, { f }, token);
    expect(res.body.errors, JSON.stringify(res.body.errors)).toBeUndefined();
    return res.body.data!.technicians.edges.map((e: { node: Technician }) => e.node) as Technician[];
  };
  const rows = async (sql: string, params: unknown[] = []) => (await owner.query(sql, params)).rows;

  beforeAll(async () => {
    t = await startTestApp();
    owner = new pg.Client({ connectionString: t.db.ownerUrl });
    await owner.connect();
    office = await t.login('nanle.coordinator');
  });
  afterAll(async () => {
    await owner.end();
    await t.close();
  });

  it('R13: the office registers a technician apart from the inspector directory; a second entry of the same person is refused and writes nothing', async () => {
    const ready = async () =>
      (await t.gql('{ departmentReadiness { departmentName activeInspectors } }', {}, office)).body.data!
        .departmentReadiness;
    const readinessBefore = await ready();
    const made = await t.gql(REGISTER, { i: engineer }, office);
    expect(made.body.errors, JSON.stringify(made.body.errors)).toBeUndefined();
    const tech = made.body.data!.registerTechnician.technician as Technician;
    expect(tech).toMatchObject({ name: '李工', organisation: '河南省消防技术服务中心', active: true, version: 1 });
    expect((await list(office)).map((x) => x.id)).toContain(tech.id);
    // Not an inspector: not in the directory, not counted towards a department's six, not on a team.
    expect(errorCode(await t.gql('query($id: ID!) { inspector(id: $id) { id } }', { id: tech.id }, office))).toBe(
      'NOT_FOUND',
    );
    expect(await ready()).toEqual(readinessBefore);
    expect(await rows('select count(*)::int n from inspector where id = $1', [tech.id])).toEqual([{ n: 0 }]);
    const audit = await rows(`select object_id, after from audit_entry where operation = 'REGISTER_TECHNICIAN'`);
    expect(audit).toEqual([{ object_id: tech.id, after: expect.objectContaining({ name: '李工', active: true }) }]);

    const again = await t.gql(REGISTER, { i: { ...engineer, name: ' 李工 ', phone: null } }, office);
    expect(errorCode(again)).toBe('CONFLICT');
    expect(again.body.errors![0]!.message).toContain('已登记');
    expect(await rows(`select count(*)::int n from technician where name = '李工'`)).toEqual([{ n: 1 }]);
    expect(await rows(`select count(*)::int n from audit_entry where operation = 'REGISTER_TECHNICIAN'`)).toEqual([
      { n: 1 },
    ]);
  });

  it('R13: bad input is refused naming the field; an inspector may read the list but not keep it', async () => {
    const phone = await t.gql(REGISTER, { i: { ...engineer, name: '王工', phone: '打电话' } }, office);
    expect(errorCode(phone)).toBe('BAD_USER_INPUT');
    expect(phone.body.errors![0]!.extensions!.field).toBe('technician.phone');
    const blank = await t.gql(REGISTER, { i: { ...engineer, organisation: '   ' } }, office);
    expect(errorCode(blank)).toBe('BAD_USER_INPUT');
    const inspector = await t.login('nanle.inspector');
    expect((await list(inspector)).some((x) => x.name === '李工')).toBe(true);
    expect(errorCode(await t.gql(REGISTER, { i: { ...engineer, name: '赵工' } }, inspector))).toBe('FORBIDDEN');
    expect(await rows(`select count(*)::int n from technician where name in ('王工', '赵工')`)).toEqual([{ n: 0 }]);
  });

  it('R13: a neighbouring county never sees the list; the city above reads it but cannot change it', async () => {
    const [tech] = await list(office, { nameContains: '消防技术' });
    expect(tech?.name).toBe('李工');
    const yexian = await t.login('yexian.coordinator');
    expect(await list(yexian)).toEqual([]);
    const stolen = await t.gql(
      UPDATE,
      { i: { id: tech!.id, version: tech!.version, technician: { ...engineer, name: '改名' } } },
      yexian,
    );
    expect(errorCode(stolen)).toBe('NOT_FOUND');
    const city = await t.login('puyang.admin');
    expect((await list(city)).map((x) => x.id)).toContain(tech!.id);
    const fromAbove = await t.gql(
      SET_ACTIVE,
      { i: { id: tech!.id, version: tech!.version, active: false, reason: '市局停用' } },
      city,
    );
    expect(errorCode(fromAbove)).toBe('NOT_FOUND');
    expect(await rows('select name, active from technician where id = $1', [tech!.id])).toEqual([
      { name: '李工', active: true },
    ]);
  });

  it('R13: a technician is stopped and taken back by a state change, never deleted; stale versions and repeats are conflicts', async () => {
    const [tech] = await list(office, { nameContains: '李工' });
    const updated = await t.gql(
      UPDATE,
      { i: { id: tech!.id, version: tech!.version, technician: { ...engineer, qualification: '高级工程师' } } },
      office,
    );
    expect(updated.body.errors, JSON.stringify(updated.body.errors)).toBeUndefined();
    const v2 = updated.body.data!.updateTechnician.technician as Technician;
    expect(v2.version).toBe(tech!.version + 1);
    const stale = await t.gql(
      SET_ACTIVE,
      { i: { id: tech!.id, version: tech!.version, active: false, reason: '合同到期' } },
      office,
    );
    expect(errorCode(stale)).toBe('CONFLICT');

    const stopped = await t.gql(
      SET_ACTIVE,
      { i: { id: v2.id, version: v2.version, active: false, reason: '合同到期' } },
      office,
    );
    expect(stopped.body.errors, JSON.stringify(stopped.body.errors)).toBeUndefined();
    const v3 = stopped.body.data!.setTechnicianActive.technician as Technician;
    expect(v3.active).toBe(false);
    expect((await list(office)).map((x) => x.id)).not.toContain(v3.id);
    expect((await list(office, { includeInactive: true })).map((x) => x.id)).toContain(v3.id);
    const twice = await t.gql(
      SET_ACTIVE,
      { i: { id: v3.id, version: v3.version, active: false, reason: '再次停用' } },
      office,
    );
    expect(errorCode(twice)).toBe('CONFLICT');
    const editStopped = await t.gql(
      UPDATE,
      { i: { id: v3.id, version: v3.version, technician: { ...engineer, phone: null } } },
      office,
    );
    expect(errorCode(editStopped)).toBe('CONFLICT');
    const audit = await rows(
      `select operation, after->>'reason' reason from audit_entry where object_id = $1 order by seq`,
      [v3.id],
    );
    expect(audit).toEqual([
      { operation: 'REGISTER_TECHNICIAN', reason: null },
      { operation: 'UPDATE_TECHNICIAN', reason: null },
      { operation: 'DEACTIVATE_TECHNICIAN', reason: '合同到期' },
    ]);

    const back = await t.gql(
      SET_ACTIVE,
      { i: { id: v3.id, version: v3.version, active: true, reason: '续签合同' } },
      office,
    );
    expect(back.body.data!.setTechnicianActive.technician.active).toBe(true);
    // The table refuses a delete outright (0003's trigger), even to the owner.
    await expect(owner.query('delete from technician where id = $1', [v3.id])).rejects.toThrow();
  });
});
