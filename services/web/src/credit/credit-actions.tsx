import { DatePicker, Form, Input, Radio, Select, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMutation } from 'urql';
import { ROLE_SETS } from '@dsr/domain/roles';
import type { CreditEntryRowFragment, CreditList, SubjectPublicationsQuery } from '../gql/graphql';
import { optionsOf } from '../common/list-page';
import { holdsAny, useViewer } from '../common/viewer';
import { ActionModal, required } from '../inspections/after/action-modal';
import { ListCreditEntryDocument, RemoveCreditEntryDocument, RepairCreditEntryDocument } from './documents';
import { CREDIT_LIST } from './labels';

const afterToday = (d: Dayjs) => d.isAfter(dayjs(), 'day');

interface CloseValues {
  reason: string;
  removedOn: Dayjs;
}

function CloseFields({ repair }: { repair: boolean }) {
  return (
    <>
      <Form.Item
        label={repair ? '修复情况' : '移出原因'}
        name="reason"
        rules={required(repair ? '修复情况' : '移出原因')}
      >
        <Input.TextArea rows={2} maxLength={1000} />
      </Form.Item>
      <Form.Item label="移出日期" name="removedOn" rules={[{ required: true, message: '请选择移出日期' }]}>
        <DatePicker disabledDate={afterToday} />
      </Form.Item>
    </>
  );
}

/** R50: removal or credit repair of an open entry (the office): a state change with a reason; the entry stays. */
export function CloseCreditActions({ entry, onDone }: { entry: CreditEntryRowFragment; onDone: () => void }) {
  const viewer = useViewer();
  const [, remove] = useMutation(RemoveCreditEntryDocument);
  const [, repair] = useMutation(RepairCreditEntryDocument);
  if (entry.state !== 'LISTED' || !holdsAny(viewer, ROLE_SETS.ACTS_FOR_BUREAU)) return null;
  const input = (v: CloseValues) => ({
    id: entry.id,
    version: entry.version,
    reason: v.reason,
    removedOn: v.removedOn.format('YYYY-MM-DD'),
  });
  const name = entry.target?.name ?? '';
  return (
    <Space>
      <ActionModal<CloseValues>
        label="移出"
        title={`移出${CREDIT_LIST[entry.list]}：${name}`}
        okText="移出"

        notice="移出后条目保留并注明移出原因；抽取权重自移出日起恢复。"
        initialValues={{ removedOn: dayjs() }}
        done="已移出"
        onDone={onDone}
        submit={(v) => remove({ input: input(v) })}
      >
        {() => <CloseFields repair={false} />}
      </ActionModal>
      <ActionModal<CloseValues>
        label="信用修复"
        title={`信用修复：${name}`}
        okText="修复并移出"
        notice="信用修复后移出名单，条目保留并注明修复情况。"
        initialValues={{ removedOn: dayjs() }}
        done="已信用修复"
        onDone={onDone}
        submit={(v) => repair({ input: input(v) })}
      >
        {() => <CloseFields repair />}
      </ActionModal>
    </Space>
  );
}

interface ListValues {
  list: CreditList;
  cause: 'INSPECTION' | 'PENALTY';
  reason: string;
  listedOn: Dayjs;
  restrictions?: string;
}

type CauseInspection = SubjectPublicationsQuery['inspection'];

function ListFields({ causes }: { causes: { value: string; label: string }[] }) {
  return (
    <>
      <Form.Item label="名单" name="list" rules={[{ required: true, message: '请选择名单' }]}>
        <Select options={optionsOf(CREDIT_LIST)} />
      </Form.Item>
      <Form.Item label="列入依据" name="cause">
        <Radio.Group options={causes} />
      </Form.Item>
      <Form.Item label="列入原因" name="reason" rules={required('列入原因')}>
        <Input.TextArea rows={2} maxLength={1000} />
      </Form.Item>
      <Form.Item label="列入日期" name="listedOn" rules={[{ required: true, message: '请选择列入日期' }]}>
        <DatePicker disabledDate={afterToday} />
      </Form.Item>
      <Form.Item label="限制措施" name="restrictions" extra="黑名单必填，每行一项，如：限制上网服务营业场所经营">
        <Input.TextArea rows={2} />
      </Form.Item>
    </>
  );
}

/** R50: list the inspected target, with this inspection (a finding) or its penalty decision as the cause. */
export function ListCreditAction(props: { inspection: CauseInspection; targetId: string; onDone: () => void }) {
  const viewer = useViewer();
  const [, list] = useMutation(ListCreditEntryDocument);
  const i = props.inspection;
  const penalty = i.rectification?.penaltyDecisionNo ? i.rectification : null;
  const found = i.report?.status === 'APPROVED' && i.report.opinion !== 'NO_ANOMALY';
  if (!holdsAny(viewer, ROLE_SETS.ACTS_FOR_BUREAU) || (!found && !penalty)) return null;
  const causes = [
    ...(found ? [{ value: 'INSPECTION', label: '本次检查发现问题（检查报告）' }] : []),
    ...(penalty ? [{ value: 'PENALTY', label: `行政处罚决定 ${penalty.penaltyDecisionNo ?? ''}` }] : []),
  ];
  return (
    <ActionModal<ListValues>
      label="列入信用名单"
      title={`列入信用名单：${i.target?.name ?? ''}`}
      okText="列入"
      notice="列入后抽取权重随之提高（R51）；移出或信用修复须写明原因，条目保留。"
      initialValues={{ listedOn: dayjs(), cause: causes[0]?.value as ListValues['cause'] }}
      done="已列入信用名单"
      onDone={props.onDone}
      submit={(v) =>
        list({
          input: {
            targetId: props.targetId,
            list: v.list,
            causeKind: v.cause,
            inspectionId: v.cause === 'INSPECTION' ? i.id : null,
            noticeId: v.cause === 'PENALTY' ? (penalty?.id ?? null) : null,
            reason: v.reason,
            listedOn: v.listedOn.format('YYYY-MM-DD'),
            restrictions: v.restrictions
              ? v.restrictions
                  .split(/[\n；;]/)
                  .map((s) => s.trim())
                  .filter(Boolean)
              : [],
          },
        })
      }
    >
      {() => <ListFields causes={causes} />}
    </ActionModal>
  );
}
