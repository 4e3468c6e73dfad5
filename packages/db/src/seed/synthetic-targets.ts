import pg from 'pg';
import { organisationCodeCheckChar, usccCheckChar } from '@dsr/domain';

/** A valid credit code (both check characters) for synthetic company n of a county. */
export function syntheticUscc(divisionCode: string, n: number): string {
  const body = String(n).padStart(8, '0'); // digits only: always in both the USCC and the GB 11714 alphabet
  const first17 = `91${divisionCode}${body}${organisationCodeCheckChar(body)}`;
  return first17 + usccCheckChar(first17);
}

const TRADES = [
  'HOTEL',
  'INTERNET_CAFE',
  'ENTERTAINMENT',
  'PRECURSOR_CHEMICALS',
  'SECURITY_SERVICE',
  'SEAL_ENGRAVING',
  'PAWN',
  'SCRAP_METAL',
  'LOCKSMITH',
  'LOGISTICS',
];
const WORDS = [
  '迎宾',
  '华联',
  '金龙',
  '昌盛',
  '鑫源',
  '新世纪',
  '平安',
  '顺达',
  '恒通',
  '兴隆',
  '富贵',
  '利民',
  '天马',
  '永安',
  '宏达',
  '东方',
];
const KINDS = ['宾馆', '网吧', 'KTV', '化工', '保安服务', '刻章', '典当行', '回收站', '开锁', '物流'];

/** Synthetic company n (from 1) of a county: credit code, name, region, trade and grade follow from n. */
export function syntheticTarget(divisionCode: string, n: number) {
  const trade = n % TRADES.length;
  return {
    uscc: syntheticUscc(divisionCode, n),
    name: `${WORDS[n % WORDS.length]}${WORDS[(n >> 4) % WORDS.length]}${KINDS[trade]}${n}号`,
    region: `${divisionCode}${String(100 + (n % 12)).padStart(3, '0')}`,
    trade: TRADES[trade],
    grade: ['A', 'B', 'C'][n % 3],
  };
}

/**
 * Adds `count` synthetic targets to one county bureau (for benchmarks: the 1,000,000-target list
 * of issue 3). Runs as the owner, in batches of 10,000 rows, credit codes valid and unique.
 */
export async function seedSyntheticTargets(
  ownerUrl: string,
  divisionCode: string,
  count: number,
  log: (m: string) => void = () => undefined,
): Promise<void> {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string; tenant_id: string; path: string; department_id: string }>(
      `select b.id, b.tenant_id, b.path::text as path, d.id as department_id from bureau b join department d on d.bureau_id = b.id and d.kind = 'POLICE'
       where b.division_code = $1 order by d.code limit 1`,
      [divisionCode],
    );
    if (!rows[0]) throw new Error(`没有行政区划代码为 ${divisionCode} 且有执法部门的机关`);
    const b = rows[0];
    const start = Number(
      (await client.query<{ count: string }>('select count(*) from target where bureau_id = $1', [b.id])).rows[0].count,
    );
    const BATCH = 10_000;
    for (let from = 0; from < count; from += BATCH) {
      const batch = [];
      for (let i = from; i < Math.min(count, from + BATCH); i++) {
        batch.push(syntheticTarget(divisionCode, start + i + 1));
      }
      await client.query(
        `insert into target (id, tenant_id, bureau_id, scope_path, department_id, holder_kind, name, uscc, region_code, business_category, grade)
         select gen_random_uuid(), $1, $2, $3::ltree, $4, 'ORGANISATION', x.name, x.uscc, x.region, x.trade, x.grade
         from jsonb_to_recordset($5::jsonb) as x(name text, uscc text, region text, trade text, grade text)`,
        [b.tenant_id, b.id, b.path, b.department_id, JSON.stringify(batch)],
      );
      log(`${Math.min(count, from + BATCH)} / ${count}`);
    }
    // Statistics for the planner, and the visibility map that lets the list's index-only scans
    // skip the table: what autovacuum would do within a minute or two of a bulk insert.
    await client.query('vacuum (analyze) target');
  } finally {
    await client.end();
  }
}
