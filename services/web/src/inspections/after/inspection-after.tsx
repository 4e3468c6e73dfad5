import { Card, Space } from 'antd';
import { ROLE_SETS } from '@dsr/domain/roles';
import { holdsAny, useViewer } from '../../common/viewer';
import { PrintableForms } from './printable-forms';
import { RectificationSection } from './rectification-section';
import { ReportSection } from './report-section';
import { ScheduleAction } from './schedule-action';
import type { Inspection } from './types';

const BEFORE_RECORD = ['MATCHED', 'SCHEDULED'];

/** Scheduling, while the team is still open (R35): the lead department or the office. */
export function ScheduleCard({ inspection: i, onDone }: { inspection: Inspection; onDone: () => void }) {
  const viewer = useViewer();
  if (!BEFORE_RECORD.includes(i.status) || !holdsAny(viewer, ROLE_SETS.HANDLES_INSPECTIONS)) return null;
  return (
    <Card title="检查日期" style={{ marginBottom: 24 }}>
      <Space>
        <span>{i.scheduledOn ? `已安排在 ${i.scheduledOn}` : '尚未安排检查日期'}</span>
        <ScheduleAction inspection={i} onDone={onDone} />
      </Space>
    </Card>
  );
}

/** Everything after the on-site record: the report and its review, the notice, the follow-up, the forms. */
export function InspectionAfter(props: { inspection: Inspection; issuerRole: string; onDone: () => void }) {
  return (
    <>
      <ReportSection inspection={props.inspection} onDone={props.onDone} />
      <RectificationSection {...props} />
      <PrintableForms inspection={props.inspection} />
    </>
  );
}
