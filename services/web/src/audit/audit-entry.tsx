import { useState } from 'react';
import { Button, Descriptions, Modal, Typography } from 'antd';
import type { AuditEntriesQuery } from '../gql/graphql';
import { chinaDateTime } from '../common/format';
import { objectTypeLabel, operationLabel } from './labels';

export type AuditRow = AuditEntriesQuery['auditEntries']['edges'][number]['node'];

/** The fields of a snapshot that name the object (a user, a department, an item, a plan…). */
const NAME_FIELDS = ['displayName', 'name', 'title', 'username', 'filingNo', 'documentNo', 'drawNo'];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function nameIn(snapshot: unknown): string | null {
  if (!snapshot || typeof snapshot !== 'object') return null;
  const s = snapshot as Record<string, unknown>;
  for (const f of NAME_FIELDS) if (typeof s[f] === 'string' && s[f]) return s[f];
  return null;
}

/**
 * The object an entry is about: its type in words and its name where the entry's before/after
 * carries one, else the checked target it concerns (an inspection, its report…); otherwise the
 * first 8 characters of its id.
 */
export function objectText(r: AuditRow): string {
  const type = objectTypeLabel(r.objectType);
  const name = nameIn(r.after) ?? nameIn(r.before) ?? r.objectTargetName;
  if (name) return `${type}：${name}`;
  // A sign-in's session says nothing the actor column does not; a key that is not an id (a year) is shown whole.
  if (!r.objectId || r.objectType === 'AuthSession') return type;
  if (!UUID.test(r.objectId)) return `${type}：${r.objectId}`;
  return `${type} #${r.objectId.slice(0, 8)}`;
}

function Snapshot({ value }: { value: unknown }) {
  if (value === null || value === undefined) return <>—</>;
  return (
    <pre style={{ margin: 0, maxHeight: 240, overflow: 'auto', whiteSpace: 'pre-wrap' }}>
      {JSON.stringify(value, null, 2)}
    </pre>
  );
}

/** One entry in full: who, when, what, the change, and its place in the hash chain. */
export function EntryDetails({ entry }: { entry: AuditRow }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button type="link" size="small" onClick={() => setOpen(true)}>
        详情
      </Button>
      <Modal
        open={open}
        title={`审计记录 第 ${entry.seq} 条`}
        footer={null}
        width={760}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <Descriptions column={1} size="small" bordered>
          <Descriptions.Item label="时间">{chinaDateTime(entry.at)}</Descriptions.Item>
          <Descriptions.Item label="操作人">{`${entry.actorName}（${entry.actorBureauName}）`}</Descriptions.Item>
          <Descriptions.Item label="操作">{operationLabel(entry.operation)}</Descriptions.Item>
          <Descriptions.Item label="对象">{objectText(entry)}</Descriptions.Item>
          <Descriptions.Item label="变更前">
            <Snapshot value={entry.before} />
          </Descriptions.Item>
          <Descriptions.Item label="变更后">
            <Snapshot value={entry.after} />
          </Descriptions.Item>
          <Descriptions.Item label="本条哈希">
            <Typography.Text code copyable style={{ wordBreak: 'break-all' }}>
              {entry.hash}
            </Typography.Text>
          </Descriptions.Item>
        </Descriptions>
      </Modal>
    </>
  );
}
