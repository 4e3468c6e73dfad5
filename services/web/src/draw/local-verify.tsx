import { useClient } from 'urql';
import { VerifyPanel } from '../draw-verify/verify-panel';
import { DrawRecordDocument } from './draw-documents';
import { errorText } from './use-draw-action';

/**
 * "在本机复核": fetches the record and replays it in this page with the engine of packages/domain
 * (draw-verify/, shared with the public portal's 在本机验证).
 */
export function LocalVerify({ drawId }: { drawId: string }) {
  const client = useClient();
  const load = async () => {
    const answer = await client.query(DrawRecordDocument, { id: drawId }, { requestPolicy: 'network-only' });
    if (answer.error || !answer.data) return { error: answer.error ? errorText(answer.error) : '未能取得抽取记录' };
    return { text: answer.data.drawRecord };
  };
  return (
    <VerifyPanel
      title="在本机复核"
      button="在本机复核"
      verdict="本机复核"
      intro="取得公开的抽取记录（快照、随机数、信标、结果），在本浏览器中用与服务器相同的算法（dsr-draw/1）重新计算，不依赖服务器的计算结果。"
      load={load}
    />
  );
}
