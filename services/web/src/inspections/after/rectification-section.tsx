import { Card, Descriptions, Space, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useMutation } from 'urql';
import { ROLE_SETS } from '@dsr/domain/roles';
import { chinaDateTime } from '../../common/format';
import { holdsAny, useViewer } from '../../common/viewer';
import { ActionModal } from './action-modal';
import {
  DraftNoticeDocument,
  FollowUpDocument,
  IssueDraftDocument,
  IssueNoticeDocument,
  PenaltyDecisionDocument,
} from './documents';
import { FOLLOW_UP, NOTICE_STATUS } from './labels';
import {
  FollowUpFields,
  NoticeFields,
  PenaltyFields,
  day,
  type FollowUpValues,
  type NoticeValues,
  type PenaltyValues,
} from './notice-fields';
import type { Draft, Inspection, Notice } from './types';

interface Props {
  inspection: Inspection;
  onDone: () => void;
}

const noticeInput = (inspectionId: string, v: NoticeValues) => ({
  inspectionId,
  findings: v.findings,
  legalBasis: v.legalBasis,
  deadline: day(v.deadline),
  contactPhone: v.contactPhone?.trim() || null,
});

/** R40: the issuer issues the notice (numbered by the system); an inspector drafts it for the issuer. */
function NoticeActions({ inspection: i, onDone, issuer }: Props & { issuer: boolean }) {
  const [, issue] = useMutation(IssueNoticeDocument);
  const [, draft] = useMutation(DraftNoticeDocument);
  const [, issueDraft] = useMutation(IssueDraftDocument);
  const d = i.rectificationDraft;
  if (d) {
    if (!issuer) return <Typography.Text type="secondary">草稿待签发。</Typography.Text>;
    return (
      <ActionModal<object>
        label="签发草稿"
        title="签发责令整改通知书"
        okText="签发"
        primary
        notice="签发后系统按本单位顺序编文书编号，通知书不能撤回；检查转入整改，到期复查。"
        done="整改通知书已签发"
        onDone={onDone}
        submit={() => issueDraft({ input: { draftId: d.id, version: d.version } })}
      >
        {() => <DraftView draft={d} />}
      </ActionModal>
    );
  }
  return issuer ? (
    <ActionModal<NoticeValues>
      label="签发责令整改通知书"
      title="签发责令整改通知书"
      okText="签发"
      primary
      width={720}
      notice="签发后系统按本单位顺序编文书编号，通知书不能撤回；检查转入整改，到期复查。"
      initialValues={{ findings: i.report?.findings ?? '' }}
      done="整改通知书已签发"
      onDone={onDone}
      submit={(v) => issue({ input: noticeInput(i.id, v) })}
    >
      {() => <NoticeFields />}
    </ActionModal>
  ) : (
    <ActionModal<NoticeValues>
      label="起草整改通知书"
      title="起草责令整改通知书"
      okText="提交草稿"
      primary
      width={720}
      notice="草稿由本单位的签发人签发后生效。"
      initialValues={{ findings: i.report?.findings ?? '' }}
      done="草稿已提交，待签发"
      onDone={onDone}
      submit={(v) => draft({ input: noticeInput(i.id, v) })}
    >
      {() => <NoticeFields />}
    </ActionModal>
  );
}

function DraftView({ draft: d }: { draft: Draft }) {
  return (
    <Descriptions bordered column={1} size="small" style={{ marginBottom: 16 }}>
      <Descriptions.Item label="草稿">{`${chinaDateTime(d.draftedAt)} 起草，待签发`}</Descriptions.Item>
      <Descriptions.Item label="发现的问题">
        <span style={{ whiteSpace: 'pre-line' }}>{d.findings}</span>
      </Descriptions.Item>
      <Descriptions.Item label="法律依据">{d.legalBasis}</Descriptions.Item>
      <Descriptions.Item label="整改期限">{d.deadline}</Descriptions.Item>
    </Descriptions>
  );
}

function NoticeView({ notice: n }: { notice: Notice }) {
  const s = NOTICE_STATUS[n.status];
  return (
    <Descriptions bordered column={{ xs: 1, md: 2 }} size="small" style={{ marginBottom: 16 }}>
      <Descriptions.Item label="状态">
        <Tag color={s.color} variant="solid">
          {s.label}
        </Tag>
      </Descriptions.Item>
      <Descriptions.Item label="文书编号">{n.documentNo}</Descriptions.Item>
      <Descriptions.Item label="下达时间">{chinaDateTime(n.issuedAt)}</Descriptions.Item>
      <Descriptions.Item label="整改期限">{n.deadline}</Descriptions.Item>
      <Descriptions.Item label="签发人">{`${n.contactName ?? ''} ${n.contactPhone ?? ''}`}</Descriptions.Item>
      <Descriptions.Item label="法律依据">{n.legalBasis}</Descriptions.Item>
      <Descriptions.Item label="发现的问题" span={2}>
        <span style={{ whiteSpace: 'pre-line' }}>{n.findings}</span>
      </Descriptions.Item>
      {n.followUpResult && (
        <Descriptions.Item label="复查" span={2}>
          {`${n.followUpOn ?? ''} ${FOLLOW_UP[n.followUpResult]}：${n.followUpRemarks ?? ''}`}
          {n.caseNo ? `（立案编号 ${n.caseNo}）` : ''}
        </Descriptions.Item>
      )}
      {n.penaltyDecisionNo && (
        <Descriptions.Item
          label="处罚决定"
          span={2}
        >{`${n.penaltyDecisionNo}（${n.penaltyDecidedOn ?? ''}）`}</Descriptions.Item>
      )}
    </Descriptions>
  );
}

/** The follow-up check (due at the deadline) and the penalty decision. */
function AfterNotice({ inspection: i, notice: n, onDone }: Props & { notice: Notice }) {
  const [, followUp] = useMutation(FollowUpDocument);
  const [, penalty] = useMutation(PenaltyDecisionDocument);
  return (
    <Space wrap>
      {n.status === 'ISSUED' && (
        <ActionModal<FollowUpValues>
          label="记录复查结果"
          title="复查"
          okText="记录"
          primary
          notice={`整改期限 ${n.deadline}。合格即结案；逾期未整改须立案查处。复查结果记录后不能更改。`}
          initialValues={{ checkedOn: dayjs() }}
          done="复查结果已记录"
          onDone={onDone}
          submit={(v) =>
            followUp({
              input: {
                inspectionId: i.id,
                result: v.result,
                checkedOn: day(v.checkedOn),
                remarks: v.remarks,
                caseNo: v.caseNo?.trim() || null,
              },
            })
          }
        >
          {() => <FollowUpFields />}
        </ActionModal>
      )}
      {!n.penaltyDecidedOn && (
        <ActionModal<PenaltyValues>
          label="记录处罚决定"
          title="处罚决定"
          okText="记录"
          notice="处罚决定的公示期限自决定日起算；记录后不能更改。"
          done="处罚决定已记录"
          onDone={onDone}
          submit={(v) =>
            penalty({ input: { inspectionId: i.id, decisionNo: v.decisionNo.trim(), decidedOn: day(v.decidedOn) } })
          }
        >
          {() => <PenaltyFields />}
        </ActionModal>
      )}
    </Space>
  );
}

/** 责令整改 (R40): the notice or its draft, the follow-up, the penalty decision — each for the role that does it. */
export function RectificationSection({ inspection: i, onDone, issuerRole }: Props & { issuerRole: string }) {
  const viewer = useViewer();
  const handles = holdsAny(viewer, ROLE_SETS.HANDLES_INSPECTIONS);
  const n = i.rectification;
  const ordered = i.status === 'REPORTED' && i.report?.opinion === 'RECTIFICATION';
  if (!n && !ordered) return null;
  const issuer = viewer.roles.some((r) => r === issuerRole);
  return (
    <Card title="责令整改" style={{ marginBottom: 24 }}>
      {n ? <NoticeView notice={n} /> : i.rectificationDraft && <DraftView draft={i.rectificationDraft} />}
      {!n && !i.rectificationDraft && (
        <Typography.Paragraph type="secondary">报告定稿，处理意见为责令整改：待下达整改通知书。</Typography.Paragraph>
      )}
      {(handles || issuer) && !n && <NoticeActions inspection={i} onDone={onDone} issuer={issuer} />}
      {handles && n && <AfterNotice inspection={i} notice={n} onDone={onDone} />}
    </Card>
  );
}
