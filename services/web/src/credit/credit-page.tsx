import type { TableColumnsType } from 'antd';
import { DatePicker, Tag } from 'antd';
import dayjs from 'dayjs';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import type { CreditEntryRowFragment, CreditEntryState, CreditList } from '../gql/graphql';
import { FilterSelect, ListPage, optionsOf, statusOptions } from '../common/list-page';
import { useUrlFilters } from '../common/url-filters';
import { CreditEntriesDocument } from './documents';
import { CloseCreditActions } from './credit-actions';
import { CREDIT_CAUSE, CREDIT_LIST, CREDIT_STATE } from './labels';

type Row = CreditEntryRowFragment;

export function CreditStateTag({ state }: { state: CreditEntryState }) {
  const s = CREDIT_STATE[state];
  return (
    <Tag color={s.color} variant="solid">
      {s.label}
    </Tag>
  );
}

/** The cause of a listing: the inspection (its report) or the penalty decision, with a link to the inspection. */
export function CreditCause({ e }: { e: Row }) {
  return (
    <Link to={`/inspections/${e.causeInspectionId}`}>
      {`${CREDIT_CAUSE[e.causeKind]}${e.causeDocumentNo ? ` ${e.causeDocumentNo}` : ''}`}
    </Link>
  );
}

export function creditColumns(onDone: () => void, withTarget: boolean): TableColumnsType<Row> {
  return [
    ...(withTarget
      ? [
          {
            title: '检查对象',
            key: 'target',
            render: (_: unknown, e: Row) =>
              e.target ? <Link to={`/targets/${e.target.id}`}>{e.target.name}</Link> : '—',
          },
        ]
      : []),
    { title: '名单', key: 'list', render: (_, e) => CREDIT_LIST[e.list] },
    { title: '列入原因', dataIndex: 'reason' },
    { title: '列入依据', key: 'cause', render: (_, e) => <CreditCause e={e} /> },
    { title: '列入日期', dataIndex: 'listedOn' },
    { title: '决定机关', key: 'bureau', render: (_, e) => e.bureau?.name ?? '—' },
    {
      title: '状态',
      key: 'state',
      render: (_, e) => (
        <>
          <CreditStateTag state={e.state} />
          {e.removedOn && `${e.removedOn}：${e.removalReason ?? ''}`}
        </>
      ),
    },
    { title: '操作', key: 'act', render: (_, e) => <CloseCreditActions entry={e} onDone={onDone} /> },
  ];
}

/** 信用: entries of 经营异常名录, 严重违法失信名单 and blacklists (R50), filters and page in the URL. */
export default function CreditPage() {
  const { values, after, setFilter, setAfter } = useUrlFilters(['list', 'state', 'from', 'to'] as const);
  const filter = {
    list: (values.list as CreditList | undefined) ?? null,
    state: (values.state as CreditEntryState | undefined) ?? null,
    listedFrom: values.from ?? null,
    listedTo: values.to ?? null,
  };
  const [q, again] = useQuery({ query: CreditEntriesDocument, variables: { first: 20, after, filter } });
  const reload = () => again({ requestPolicy: 'network-only' });
  return (
    <ListPage
      title="信用名单"
      filters={
        <>
          <FilterSelect
            label="名单"
            value={values.list}
            options={optionsOf(CREDIT_LIST)}
            onChange={(v) => setFilter('list', v)}
          />
          <FilterSelect
            label="状态"
            value={values.state}
            options={statusOptions(CREDIT_STATE)}
            onChange={(v) => setFilter('state', v)}
          />
          <DatePicker.RangePicker
            aria-label="列入日期"
            placeholder={['列入日期起', '列入日期止']}
            value={[values.from ? dayjs(values.from) : null, values.to ? dayjs(values.to) : null]}
            onChange={(r) => {
              setFilter('from', r?.[0]?.format('YYYY-MM-DD'));
              setFilter('to', r?.[1]?.format('YYYY-MM-DD'));
            }}
          />
        </>
      }
      query={{ data: q.data, error: q.error, fetching: q.fetching, retry: reload }}
      connection={(d) => d.creditEntries}
      columns={creditColumns(reload, true)}
      unit="条"
      emptyText="没有符合条件的名单条目：在检查页面据发现的问题或处罚决定列入"
      paging={{ after, setAfter }}
    />
  );
}
