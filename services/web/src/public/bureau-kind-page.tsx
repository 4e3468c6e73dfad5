import { Card, Typography } from 'antd';
import { useLocation } from 'react-router';
import type { PublicationKind } from './gql/graphql';
import { BureauLookUp } from './bureau-look-up';
import { KIND_LABELS } from './labels';

/** /gs/items, /gs/inspectors, /gs/plans: one page, the kind by the address. */
const ITEMS = {
  kind: 'ITEM_LIST',
  hint: '公示机关公布的随机抽查事项清单（抽查事项、依据、部门、频次与比例）。',
} as const;
const PAGES: Record<string, { kind: PublicationKind; hint: string }> = {
  items: ITEMS,
  inspectors: { kind: 'INSPECTOR_LIST', hint: '参与随机抽查的执法检查人员名录（姓名、所属部门、执法证号）。' },
  plans: { kind: 'PLAN', hint: '公示机关的年度及专项抽查工作计划、任务与轮次。' },
};

/**
 * A bureau's item list, inspector list or plans: the documents of that kind it published in a date range,
 * each shown whole under its card by its own fields (whatever the document's builder puts in).
 */
export default function PublicBureauKindPage() {
  const segment = useLocation().pathname.split('/')[2] ?? '';
  const page = PAGES[segment] ?? ITEMS;
  return (
    <Card title={<h1 className="public-page-title">{KIND_LABELS[page.kind]}</h1>}>
      <Typography.Paragraph type="secondary">{page.hint}</Typography.Paragraph>
      <BureauLookUp key={page.kind} kinds={[page.kind]} kind={page.kind} />
    </Card>
  );
}
