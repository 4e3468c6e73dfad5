import { useState } from 'react';
import { Alert, App, Button, Card, Input, Space, Steps, Typography } from 'antd';
import type { DrawRoomQuery } from '../gql/graphql';
import { EnterDrawBeaconDocument, RunDrawDocument } from './draw-documents';
import { BEACON_SOURCE, chinaTime } from './draw-labels';
import { useDrawAction } from './use-draw-action';

type Draw = DrawRoomQuery['draw'];

/** Which step a draw is at: 0 committed, 1 beacon entered (or none needed), 2 drawn. */
export function stepOf(draw: Draw): number {
  if (draw.status === 'DRAWN') return 2;
  return draw.beacon !== null || draw.beaconSource === 'NONE' ? 1 : 0;
}

/** The stepper commit → beacon → run (WEB.md "The draw room"). */
export function DrawStepper({ draw }: { draw: Draw }) {
  const beaconDone = draw.beacon !== null || draw.beaconSource === 'NONE';
  return (
    <Steps
      style={{ marginBottom: 24 }}
      current={stepOf(draw)}
      // Drawn: the last step is done too (a check, not its number as if still to do).
      status={draw.status === 'DRAWN' ? 'finish' : 'process'}
      items={[
        { title: '承诺', content: `快照与承诺值已公开 ${chinaTime(draw.committedAt)}` },
        {
          title: '录入信标',
          content: draw.noBeacon ? '无信标（保证较弱）' : beaconDone ? `信标：${draw.beacon ?? ''}` : '由另一人录入',
        },
        { title: '抽取', content: draw.drawnAt ? `已抽取 ${chinaTime(draw.drawnAt)}` : '抽取后公开随机数与结果' },
      ]}
    />
  );
}

/** The second person enters the beacon fixed at commit time (DRAW.md §1). */
export function BeaconCard({ draw, mayEnter, onChanged }: { draw: Draw; mayEnter: boolean; onChanged: () => void }) {
  const [beacon, setBeacon] = useState('');
  const { act, fetching } = useDrawAction(EnterDrawBeaconDocument, '信标已录入');
  const { modal } = App.useApp();
  const enter = () =>
    modal.confirm({
      title: '录入信标',
      content: `录入的信标「${beacon.trim()}」将与承诺一起决定抽取结果，录入后不可更改。`,
      okText: '录入',
      cancelText: '取消',
      onOk: async () => {
        if (await act({ input: { drawId: draw.id, beacon: beacon.trim() } })) onChanged();
      },
    });
  return (
    <Card title="录入信标（由承诺人以外的另一人录入）" style={{ marginBottom: 24 }}>
      <Typography.Paragraph>
        信标来源：{BEACON_SOURCE[draw.beaconSource]}
        {draw.beaconNote ? `；${draw.beaconNote}` : ''}
      </Typography.Paragraph>
      {mayEnter ? (
        <Space.Compact style={{ width: '100%', maxWidth: 560 }}>
          <Input
            size="large"
            aria-label="信标值"
            placeholder="如开奖号码 3 8 5"
            value={beacon}
            onChange={(e) => setBeacon(e.target.value)}
          />
          <Button size="large" type="primary" disabled={!beacon.trim()} loading={fetching} onClick={() => void enter()}>
            录入信标
          </Button>
        </Space.Compact>
      ) : (
        <Alert type="info" showIcon title="等待见证人或部门负责人录入信标" />
      )}
    </Card>
  );
}

/** Running the draw: irreversible, so a dialog says what happens first. */
export function RunCard({ draw, mayRun, onChanged }: { draw: Draw; mayRun: boolean; onChanged: () => void }) {
  const { act, fetching } = useDrawAction(RunDrawDocument, '抽取完成，结果与随机数已公开');
  const { modal } = App.useApp();
  const run = () =>
    modal.confirm({
      title: '执行抽取',
      content: '按已冻结的快照、承诺的随机数与信标抽取检查对象和检查组，结果立即公开并派发给各部门，不可撤销。',
      okText: '执行抽取',
      cancelText: '取消',
      onOk: async () => {
        if (await act({ input: { drawId: draw.id } })) onChanged();
      },
    });
  return (
    <Card title="执行抽取" style={{ marginBottom: 24 }}>
      {draw.noBeacon && (
        <Alert
          style={{ marginBottom: 16 }}
          type="warning"
          showIcon
          title="本次抽取无信标，保证较弱，各处将标明“无信标”"
        />
      )}
      {mayRun ? (
        <Button size="large" type="primary" loading={fetching} onClick={() => void run()}>
          执行抽取
        </Button>
      ) : (
        <Alert type="info" showIcon title="由双随机办执行抽取" />
      )}
    </Card>
  );
}
