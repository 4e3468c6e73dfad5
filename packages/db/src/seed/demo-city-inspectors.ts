import type pg from 'pg';
import { uuidv7 } from 'uuidv7';
import { demoBureaus } from './demo-data';

/**
 * Inspectors for every inspecting (POLICE) department of the demo cities, so a city can draw: R13
 * asks 6 per department, each gets 7 so one recusal or absence does not stop a draw. The README's
 * step 7 (a 平顶山市 task over 叶县's hotels, R41) draws from 平顶山市 治安管理支队. Warrants run
 * through 2030. Runs inside the caller's transaction, as the owner.
 */
export const CITY_INSPECTORS_PER_DEPARTMENT = 7;
const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴', '徐', '孙'];
const GIVEN = [
  '建国',
  '志强',
  '海燕',
  '伟',
  '晓明',
  '丽娟',
  '国庆',
  '文军',
  '红梅',
  '振华',
  '秀英',
  '立新',
  '春生',
  '玉兰',
];

export async function seedDemoCityInspectors(client: pg.Client): Promise<number> {
  let count = 0;
  for (const city of demoBureaus.filter((b) => b.level === 'CITY')) {
    const { rows: bureaus } = await client.query<{ id: string; tenant_id: string; path: string }>(
      'select id, tenant_id, path::text as path from bureau where division_code = $1',
      [city.divisionCode],
    );
    const bureau = bureaus.at(0);
    if (!bureau) throw new Error(`${city.name} is not in the demo data`);
    const police = city.departments.filter((d) => d.kind === 'POLICE');
    for (const [d, department] of police.entries()) {
      const {
        rows: [dept],
      } = await client.query<{ id: string }>('select id from department where bureau_id = $1 and code = $2', [
        bureau.id,
        department.code,
      ]);
      for (let n = 1; n <= CITY_INSPECTORS_PER_DEPARTMENT; n++) {
        const name = `${SURNAMES[(n + d) % SURNAMES.length]}${GIVEN[(n * 3 + d) % GIVEN.length]}`;
        const badge = `${city.divisionCode}${d + 1}${String(n).padStart(2, '0')}`;
        await client.query(
          `insert into inspector (id, tenant_id, bureau_id, scope_path, department_id, name, gender, badge_no, warrant_no, warrant_valid_until, post, duty)
           values ($1, $2, $3, $4::ltree, $5, $6, $7, $8, $9, '2030-12-31', '民警', $10)`,
          [
            uuidv7(),
            bureau.tenant_id,
            bureau.id,
            bureau.path,
            dept.id,
            name,
            n % 3 === 0 ? 'F' : 'M',
            badge,
            `${city.loginPrefix.toUpperCase()}${badge}`,
            `${department.name}检查`,
          ],
        );
        count++;
      }
    }
  }
  return count;
}
