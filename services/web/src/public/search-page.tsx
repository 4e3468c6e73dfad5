import { Card, Input, Tabs } from 'antd';
import { useSearchParams } from 'react-router';
import type { PublicationKind, PublicLookUp } from './gql/graphql';
import { BureauLookUp } from './bureau-look-up';
import { PublicationCard } from './publication-card';
import { ResultPages } from './result-pages';

const CREDIT_CODE = /^[0-9A-HJ-NPQRTUWXY]{18}$/;

/** What a bureau look-up on the home page may ask for (draws and checkpoints have their own pages). */
const BUREAU_KINDS: readonly PublicationKind[] = [
  'PLAN',
  'INSPECTION_RESULT',
  'PENALTY_RESULT',
  'ITEM_LIST',
  'INSPECTOR_LIST',
  'CREDIT_ENTRY',
  'TARGET_DIRECTORY',
];

/** A credit code (exact) when the text is one, a name otherwise; the server judges the name's length. */
function filterOf(term: string): PublicLookUp {
  const code = term.toUpperCase();
  return CREDIT_CODE.test(code) ? { creditCode: code } : { name: term };
}

function NameOrCode() {
  const [params, setParams] = useSearchParams();
  const term = (params.get('q') ?? '').trim();
  return (
    <>
      <Input.Search
        aria-label="统一社会信用代码或名称"
        placeholder="统一社会信用代码（18 位）或名称（至少两个字）"
        enterButton="查询"
        size="large"
        defaultValue={term}
        onSearch={(v) => setParams(v.trim() ? { q: v.trim() } : {})}
        allowClear
      />
      {term && (
        <ResultPages
          filter={filterOf(term)}
          render={(items) => items.map((p) => <PublicationCard key={p.id} p={p} withTarget />)}
        />
      )}
    </>
  );
}

/**
 * The portal's home (/gs): look-ups, not listings (issue 14) — by credit code or name, or by bureau, kind
 * and dates. The tab and the look-up are in the address.
 */
export default function PublicSearchPage() {
  const [params, setParams] = useSearchParams();
  const tab = params.has('bureau') || params.get('tab') === 'bureau' ? 'bureau' : 'name';
  return (
    <Card title={<h1 className="public-page-title">查询公示信息</h1>}>
      <Tabs
        activeKey={tab}
        onChange={(k) => setParams(k === 'bureau' ? { tab: 'bureau' } : {})}
        items={[
          { key: 'name', label: '按名称或信用代码', children: <NameOrCode /> },
          { key: 'bureau', label: '按公示机关', children: <BureauLookUp kinds={BUREAU_KINDS} /> },
        ]}
      />
    </Card>
  );
}
