import pg from 'pg';
import { uuidv7 } from 'uuidv7';
import { YEXIAN_TOWNSHIPS } from '@dsr/domain';
import { seedDemoCityInspectors } from './demo-city-inspectors';
import { syntheticUscc } from './synthetic-targets';

/**
 * The two directories (两库) of 叶县 for trying the issue-5 walk-through by hand (README, "Trying
 * it as 叶县"): hotels and internet cafés in three townships, and 7 inspectors in each of 治安大队
 * and 网安大队 (R13 asks 6), warrants valid through 2030; and 7 inspectors in each inspecting
 * department of the demo cities (demo-city-inspectors.ts). Loaded by `pnpm start` with the demo
 * accounts, and by the tests that follow the README (test/walkthrough.test.ts); the other tests'
 * draws count on directories of their own. Credit codes are synthetic but carry valid GB 32100
 * check characters.
 */
// The townships' codes and names are the domain's (divisions.ts): the web shows a target's region by them.
const TOWNSHIPS = YEXIAN_TOWNSHIPS;
const HOTELS = [
  '如家宾馆',
  '昆阳大酒店',
  '廉村旅社',
  '叶邑宾馆',
  '县府招待所',
  '任店客栈',
  '悦来宾馆',
  '平安旅馆',
  '汇源快捷酒店',
  '温馨公寓酒店',
  '盐都宾馆',
  '龙泉旅社',
];
const CAFES = ['星空网吧', '极速网咖', '蓝海网吧', '飞扬网络会所', '青青网吧', '竞技网咖', '网鱼网咖', '天天网吧'];
const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵'];

interface DemoBureauRow {
  id: string;
  tenant_id: string;
  path: string;
}

async function yexianBureau(client: pg.Client): Promise<DemoBureauRow> {
  const { rows: bureaus } = await client.query<DemoBureauRow>(
    "select id, tenant_id, path::text as path from bureau where division_code = '410422'",
  );
  const bureau = bureaus.at(0);
  if (!bureau) throw new Error('叶县公安局 is not in the demo data');
  return bureau;
}

/** The hotels (治安) and internet cafés (网安) of 叶县; returns how many. */
async function insertDemoTargets(
  client: pg.Client,
  bureau: DemoBureauRow,
  zhian: string,
  wangan: string,
): Promise<number> {
  const targets = [
    ...HOTELS.map((name, n) => ({
      name: `叶县${name}`,
      category: 'HOTEL',
      department: zhian,
      township: TOWNSHIPS[n % 3],
    })),
    ...CAFES.map((name, n) => ({
      name: `叶县${name}`,
      category: 'INTERNET_CAFE',
      department: wangan,
      township: TOWNSHIPS[n % 3],
    })),
  ];
  for (const [n, t] of targets.entries()) {
    await client.query(
      `insert into target (id, tenant_id, bureau_id, scope_path, department_id, holder_kind, name, uscc, registration_authority, legal_representative,
         registered_address, region_code, business_category, contact_phone)
       values ($1, $2, $3, $4::ltree, $5, 'ORGANISATION', $6, $7, '叶县市场监督管理局', $8, $9, $10, $11, $12)`,
      [
        uuidv7(),
        bureau.tenant_id,
        bureau.id,
        bureau.path,
        t.department,
        t.name,
        syntheticUscc('410422', 5000 + n),
        `${SURNAMES[n % 7]}某`,
        `河南省平顶山市叶县${t.township.name}${n + 1}号`,
        t.township.code,
        t.category,
        `0375-88${String(n).padStart(5, '0')}`,
      ],
    );
  }
  return targets.length;
}

/** Seven inspectors in each of the two departments; returns how many. */
async function insertDemoInspectors(
  client: pg.Client,
  bureau: DemoBureauRow,
  zhian: string,
  wangan: string,
): Promise<number> {
  let inspectors = 0;
  for (const [department, label, prefix] of [
    [zhian, '治安', 'ZA'],
    [wangan, '网安', 'WA'],
  ] as const) {
    for (let n = 1; n <= 7; n++) {
      await client.query(
        `insert into inspector (id, tenant_id, bureau_id, scope_path, department_id, name, gender, badge_no, warrant_no, warrant_valid_until, post, duty)
         values ($1, $2, $3, $4::ltree, $5, $6, $7, $8, $9, '2030-12-31', '民警', $10)`,
        [
          uuidv7(),
          bureau.tenant_id,
          bureau.id,
          bureau.path,
          department,
          `${SURNAMES[n - 1]}${label}`,
          n % 3 === 0 ? 'F' : 'M',
          `${prefix}41042${n}`,
          `豫公警${prefix}2026${String(n).padStart(3, '0')}`,
          `${label}检查`,
        ],
      );
      inspectors++;
    }
  }
  return inspectors;
}

export async function seedDemoDirectories(
  ownerUrl: string,
): Promise<{ targets: number; inspectors: number; cityInspectors: number }> {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    await client.query('begin');
    const bureau = await yexianBureau(client);
    const departmentId = async (code: string) =>
      (
        await client.query<{ id: string }>('select id from department where bureau_id = $1 and code = $2', [
          bureau.id,
          code,
        ])
      ).rows[0].id;
    const [zhian, wangan] = [await departmentId('zhian'), await departmentId('wangan')];
    const targets = await insertDemoTargets(client, bureau, zhian, wangan);
    const inspectors = await insertDemoInspectors(client, bureau, zhian, wangan);
    const cityInspectors = await seedDemoCityInspectors(client);
    await client.query('commit');
    return { targets, inspectors, cityInspectors };
  } catch (err) {
    await client.query('rollback').catch(() => undefined);
    throw err;
  } finally {
    await client.end();
  }
}
