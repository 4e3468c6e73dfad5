import type { ItemVersionFieldsFragment } from '../gql/graphql';
import { percentOfBp } from '../common/format';
import { CATEGORY_LABELS, LEVEL_LABELS, METHOD_LABELS, PERIOD_LABELS } from './labels';

export interface VersionField {
  key: string;
  label: string;
  text: string;
}

type Names = ReadonlyMap<string, string>;

function rulesText(v: ItemVersionFieldsFragment): string {
  return v.frequencyRules
    .map((r) =>
      [
        r.grade ? `${r.grade} 级` : '不分等级',
        r.level ? LEVEL_LABELS[r.level] : '',
        `${PERIOD_LABELS[r.per]} ${r.times} 次`,
        r.minimumRatioBp == null ? '' : `比例不低于 ${percentOfBp(r.minimumRatioBp)}`,
      ]
        .filter(Boolean)
        .join('，'),
    )
    .join('；');
}

/** A version's content as labelled text, in the order of the bureau's item list (附件2); shared by page and diff. */
export function versionFields(v: ItemVersionFieldsFragment, categories: Names): VersionField[] {
  const rows: [string, string, string][] = [
    ['name', '抽查事项名称', v.name],
    ['legalBasis', '抽查依据', v.legalBasis.map((b) => `${b.law}${b.articles ? ` ${b.articles}` : ''}`).join('；')],
    ['department', '检查主体', v.department?.name ?? ''],
    ['targetType', '检查对象', v.targetType],
    ['category', '事项类别', CATEGORY_LABELS[v.category]],
    ['samplingRatio', '抽查比例', percentOfBp(v.samplingRatioBp)],
    ['frequencyPerYear', '每年抽查频次', `${v.frequencyPerYear} 次`],
    ['frequencyRules', '分级频次规则', rulesText(v)],
    ['methods', '检查方式', v.methods.map((m) => METHOD_LABELS[m]).join('、')],
    ['checkContents', '检查内容', v.checkContents.map((c) => `${c.no}. ${c.text}`).join('\n')],
    ['businessCategories', '适用的行业类别', v.businessCategories.map((c) => categories.get(c) ?? c).join('、')],
    ['requiredSkills', '须具备的技能', v.requiredSkills.join('、')],
    ['crossAgencyJoint', '跨部门联合抽查事项', v.crossAgencyJoint ? '是' : '否'],
    ['retentionYears', '档案保存期限', v.retentionYears ? `${v.retentionYears} 年` : '按检查对象存续期间加两年'],
    ['notes', '备注', v.notes ?? ''],
  ];
  return rows.map(([key, label, text]) => ({ key, label, text: text || '—' }));
}
