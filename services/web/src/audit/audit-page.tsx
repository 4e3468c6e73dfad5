import { Button, DatePicker, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useQuery } from 'urql';
import { useSearchParams } from 'react-router';
import { chinaDateTime } from '../common/format';
import { FilterSelect, ListPage, optionsOf } from '../common/list-page';
import { useUrlFilters } from '../common/url-filters';
import { holdsAny, useViewer } from '../common/viewer';
import { NotFoundView } from '../common/not-found';
import { BureauSearchSelect } from '../common/bureau-select';
import { UserSearchSelect } from '../common/user-select';
import { AuditEntriesDocument } from './documents';
import { EntryDetails, objectText, type AuditRow } from './audit-entry';
import { OBJECT_TYPE_LABELS, OPERATION_LABELS, objectTypeLabel, operationLabel } from './labels';
import { AuditVerification } from './audit-verification';
import { SigningKeyCard } from './signing-key';

const KEYS = ['operation', 'objectType', 'objectId', 'bureauId', 'actor', 'from', 'to'] as const;
type Key = (typeof KEYS)[number];

/** An actor with their bureau, both as the entry's answer names them. */
function actorText(r: AuditRow): string {
  return `${r.actorName} · ${r.actorBureauName}`;
}

/** Sets several filters in one history step (two `setFilter` calls in a row would each start from the old URL). */
function useSetFilters() {
  const [, setParams] = useSearchParams();
  return (patch: Partial<Record<Key, string | undefined>>) =>
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      for (const [k, v] of Object.entries(patch)) {
        if (v) next.set(k, v);
        else next.delete(k);
      }
      next.delete('after');
      return next;
    });
}

function columns(setFilters: ReturnType<typeof useSetFilters>) {
  return [
    { title: '序号', dataIndex: 'seq', width: 80 },
    { title: '时间', dataIndex: 'at', width: 150, render: (at: string) => chinaDateTime(at) },
    {
      title: '操作人',
      key: 'actor',
      render: (_: unknown, r: AuditRow) =>
        r.actorUserId ? (
          <Button
            type="link"
            size="small"
            style={{ padding: 0 }}
            title="只看此人的记录"
            onClick={() => setFilters({ actor: r.actorUserId ?? undefined })}
          >
            {actorText(r)}
          </Button>
        ) : (
          actorText(r)
        ),
    },
    { title: '操作', dataIndex: 'operation', render: (op: string) => operationLabel(op) },
    {
      title: '对象',
      key: 'object',
      render: (_: unknown, r: AuditRow) =>
        r.objectId ? (
          <Button
            type="link"
            size="small"
            style={{ padding: 0 }}
            title="只看此对象的记录"
            onClick={() => setFilters({ objectType: r.objectType, objectId: r.objectId ?? undefined })}
          >
            {objectText(r)}
          </Button>
        ) : (
          objectText(r)
        ),
    },
    {
      title: '',
      key: 'details',
      width: 70,
      render: (_: unknown, r: AuditRow) => <EntryDetails entry={r} />,
    },
  ];
}

/** The China days of the trail (both inclusive), as the API's from/to. */
function DaysFilter(props: { from?: string; to?: string; setFilters: ReturnType<typeof useSetFilters> }) {
  const { from, to, setFilters } = props;
  return (
    <DatePicker.RangePicker
      aria-label="日期范围"
      placeholder={['起始日', '截止日']}
      allowEmpty={[true, true]}
      value={[from ? dayjs(from) : null, to ? dayjs(to) : null]}
      onChange={(days) => setFilters({ from: days?.[0]?.format('YYYY-MM-DD'), to: days?.[1]?.format('YYYY-MM-DD') })}
    />
  );
}

/** The trail's filters (the API's AuditEntryFilter: operation, object type or one object, actor, days, bureau). */
function AuditFilters(props: {
  values: Record<Key, string | undefined>;
  setFilter: (k: Key, v: string | undefined) => void;
  setFilters: ReturnType<typeof useSetFilters>;
  /** The chosen actor as the filtered rows name them. */
  actorLabel: string | undefined;
}) {
  const { values, setFilter, setFilters, actorLabel } = props;
  return (
    <>
      <UserSearchSelect
        label="操作人"
        width={220}
        value={values.actor}
        knownLabel={actorLabel}
        onChange={(v) => setFilter('actor', v)}
      />
      <DaysFilter from={values.from} to={values.to} setFilters={setFilters} />
      <FilterSelect
        label="操作"
        width={200}
        value={values.operation}
        options={optionsOf(OPERATION_LABELS)}
        onChange={(v) => setFilter('operation', v)}
      />
      <FilterSelect
        label="对象类型"
        width={160}
        value={values.objectType}
        options={optionsOf(OBJECT_TYPE_LABELS)}
        onChange={(v) => setFilters({ objectType: v, objectId: undefined })}
      />
      <BureauSearchSelect
        label="操作人所属机关"
        width={220}
        value={values.bureauId}
        onChange={(v) => setFilter('bureauId', v)}
      />
      {values.objectId && (
        <Tag closable onClose={() => setFilter('objectId', undefined)}>
          {`只看一个${objectTypeLabel(values.objectType ?? '')}对象`}
        </Tag>
      )}
    </>
  );
}

/** 审计: the verification (administrators), the signing key, and the audit trail with its filters in the URL. */
export default function AuditPage() {
  const viewer = useViewer();
  // Administrators and oversight read the trail (AUDIT_PERMISSIONS); anyone else sees the shared view.
  if (!holdsAny(viewer, ['ADMIN', 'OVERSIGHT'])) return <NotFoundView />;
  return <AuditTrail admin={holdsAny(viewer, ['ADMIN'])} />;
}

function AuditTrail({ admin }: { admin: boolean }) {
  const { values, after, setFilter, setAfter } = useUrlFilters(KEYS);
  const setFilters = useSetFilters();
  const filter = {
    operation: values.operation,
    objectType: values.objectType,
    objectId: values.objectId,
    bureauId: values.bureauId,
    actorUserId: values.actor,
    from: values.from,
    to: values.to,
  };
  const [{ data, error, fetching }, reexecute] = useQuery({
    query: AuditEntriesDocument,
    variables: { filter, after },
  });
  // Every row of an actor-filtered page is that actor's: it names the choice (the actor may be outside the
  // users the viewer reads, e.g. a superior's write into this bureau's trail).
  const first = data?.auditEntries.edges[0]?.node;
  const actorLabel = first && first.actorUserId === values.actor ? actorText(first) : undefined;
  return (
    <>
      <Typography.Title level={2}>审计</Typography.Title>
      {admin && <AuditVerification />}
      <SigningKeyCard />
      <ListPage
        title="审计记录"
        filters={<AuditFilters values={values} setFilter={setFilter} setFilters={setFilters} actorLabel={actorLabel} />}
        query={{ data, error, fetching, retry: () => reexecute() }}
        connection={(d) => d.auditEntries}
        columns={columns(setFilters)}
        unit="条记录"
        emptyText="没有符合条件的审计记录：换一个筛选条件试试"
        paging={{ after, setAfter }}
      />
    </>
  );
}
