// Administrative divisions the platform's data names: real GB/T 2260 codes (province 2 digits, city 4,
// county 6) with their names, and the townships (9 digits) the demo directory of 叶县 uses. The web shows a
// target's region by these names (services/web/src/common/region.tsx); a code not listed here is shown as it is,
// never given a made-up name. Pure data: no imports (the web bundles this file).

/** City code, city name, then its counties (code, name): 14 cities of 河南省 and 100 of their counties (`pnpm seed:scale`). */
// prettier-ignore
export const HENAN_CITIES: [code: string, name: string, counties: [code: string, name: string][]][] = [
  ['4101', '郑州市', [['410102', '中原区'], ['410103', '二七区'], ['410104', '管城回族区'], ['410105', '金水区'], ['410122', '中牟县'], ['410181', '巩义市'], ['410182', '荥阳市'], ['410184', '新郑市']]],
  ['4102', '开封市', [['410202', '龙亭区'], ['410203', '顺河回族区'], ['410204', '鼓楼区'], ['410212', '祥符区'], ['410221', '杞县'], ['410222', '通许县'], ['410225', '兰考县']]],
  ['4103', '洛阳市', [['410302', '老城区'], ['410303', '西工区'], ['410305', '涧西区'], ['410311', '洛龙区'], ['410323', '新安县'], ['410324', '栾川县'], ['410325', '嵩县'], ['410329', '伊川县']]],
  ['4104', '平顶山市', [['410402', '新华区'], ['410403', '卫东区'], ['410404', '石龙区'], ['410411', '湛河区'], ['410421', '宝丰县'], ['410422', '叶县'], ['410423', '鲁山县'], ['410425', '郏县'], ['410481', '舞钢市'], ['410482', '汝州市']]],
  ['4105', '安阳市', [['410502', '文峰区'], ['410503', '北关区'], ['410505', '殷都区'], ['410522', '安阳县'], ['410523', '汤阴县'], ['410526', '滑县'], ['410581', '林州市']]],
  ['4106', '鹤壁市', [['410602', '鹤山区'], ['410603', '山城区'], ['410611', '淇滨区'], ['410621', '浚县'], ['410622', '淇县']]],
  ['4107', '新乡市', [['410702', '红旗区'], ['410703', '卫滨区'], ['410711', '牧野区'], ['410721', '新乡县'], ['410724', '获嘉县'], ['410725', '原阳县'], ['410781', '卫辉市'], ['410782', '辉县市']]],
  ['4108', '焦作市', [['410802', '解放区'], ['410811', '山阳区'], ['410821', '修武县'], ['410822', '博爱县'], ['410823', '武陟县'], ['410825', '温县'], ['410882', '沁阳市']]],
  ['4109', '濮阳市', [['410902', '华龙区'], ['410922', '清丰县'], ['410923', '南乐县'], ['410926', '范县'], ['410927', '台前县'], ['410928', '濮阳县']]],
  ['4110', '许昌市', [['411002', '魏都区'], ['411003', '建安区'], ['411024', '鄢陵县'], ['411025', '襄城县'], ['411081', '禹州市'], ['411082', '长葛市']]],
  ['4111', '漯河市', [['411102', '源汇区'], ['411103', '郾城区'], ['411104', '召陵区'], ['411121', '舞阳县'], ['411122', '临颍县']]],
  ['4112', '三门峡市', [['411202', '湖滨区'], ['411203', '陕州区'], ['411221', '渑池县'], ['411224', '卢氏县'], ['411281', '义马市'], ['411282', '灵宝市']]],
  ['4113', '南阳市', [['411302', '宛城区'], ['411303', '卧龙区'], ['411321', '南召县'], ['411322', '方城县'], ['411323', '西峡县'], ['411324', '镇平县'], ['411325', '内乡县'], ['411326', '淅川县'], ['411381', '邓州市']]],
  ['4114', '商丘市', [['411402', '梁园区'], ['411403', '睢阳区'], ['411421', '民权县'], ['411422', '睢县'], ['411423', '宁陵县'], ['411424', '柘城县'], ['411425', '虞城县'], ['411426', '夏邑县']]],
];

/** The provinces, cities and counties of the demo bureaus outside 河南 (packages/db/src/seed/demo-data.ts). */
// prettier-ignore
const OTHER_DIVISIONS: [code: string, name: string][] = [
  ['41', '河南省'], ['21', '辽宁省'], ['2111', '盘锦市'], ['211104', '大洼区'], ['2104', '抚顺市'],
  ['13', '河北省'], ['1306', '保定市'], ['130634', '曲阳县'],
];

/**
 * The townships of 叶县 in the demo directory (packages/db/src/seed/demo-directories.ts): the codes the demo
 * data gives them, which the synthetic targets of 叶县 share.
 */
export const YEXIAN_TOWNSHIPS: readonly { code: string; name: string }[] = [
  { code: '410422100', name: '昆阳街道' },
  { code: '410422101', name: '廉村镇' },
  { code: '410422102', name: '任店镇' },
];

/** Every named division by code. */
export const DIVISION_NAMES: ReadonlyMap<string, string> = new Map<string, string>([
  ...OTHER_DIVISIONS,
  ...HENAN_CITIES.flatMap(([city, name, counties]): [string, string][] => [[city, name], ...counties]),
  ...YEXIAN_TOWNSHIPS.map((t): [string, string] => [t.code, t.name]),
]);

/**
 * The names along a region code that are known, from the county down (叶县, 昆阳街道), and whether the whole
 * code is named. A county code names itself; a township code its county and, where known, itself.
 */
export function divisionNames(code: string): { names: string[]; complete: boolean } {
  if (code.length <= 6) {
    const name = DIVISION_NAMES.get(code);
    return { names: name ? [name] : [], complete: Boolean(name) };
  }
  const names: string[] = [];
  let complete = true;
  for (let end = 6; end <= code.length; end += 3) {
    const name = DIVISION_NAMES.get(code.slice(0, end));
    if (name) names.push(name);
    else complete = false;
  }
  return { names, complete };
}
