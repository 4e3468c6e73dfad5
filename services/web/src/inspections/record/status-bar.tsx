import { useEffect, useRef } from 'react';
import { Alert, Tag } from 'antd';
import dayjs from 'dayjs';
import type { DraftState } from './use-record-draft';

/**
 * The bar's height as `--record-status-height` on the page's root, while the bar is shown: record.css makes it
 * the scroll padding on a phone, so a field scrolled or tabbed to stops below the bar, not under it. Measured,
 * since the offline notice makes the bar taller.
 */
function useBarHeight() {
  const bar = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = bar.current;
    if (!el) return;
    const root = document.documentElement;
    const observer = new ResizeObserver(() => root.style.setProperty('--record-status-height', `${el.offsetHeight}px`));
    observer.observe(el);
    return () => {
      observer.disconnect();
      root.style.removeProperty('--record-status-height');
    };
  }, []);
  return bar;
}

/** 在线/离线 and whether the draft is on the device; a queued record says it goes out when back online. */
export function StatusBar(props: { online: boolean; state: DraftState; sending: boolean }) {
  const { online, state, sending } = props;
  const queued = !!state.draft?.queued;
  let saved = '';
  if (state.saveFailed) saved = '未能保存在本机，请勿关闭页面';
  else if (state.saving) saved = '正在保存…';
  else if (state.savedAt) saved = `已保存在本机 ${dayjs(state.savedAt).format('HH:mm:ss')}`;
  const bar = useBarHeight();
  return (
    <div className="record-status" role="status" ref={bar}>
      <div className="record-status-line">
        <Tag color={online ? '#237804' : '#a8071a'} variant="solid">
          {online ? '在线' : '离线'}
        </Tag>
        <span data-testid="draft-status">{saved}</span>
      </div>
      {!online && (
        <Alert
          type="warning"
          showIcon
          title={queued ? '离线：记录已保存在本机，联网后自动提交' : '离线：填写的内容已保存在本机，可继续填写'}
        />
      )}
      {online && queued && sending && <Alert type="info" showIcon title="正在上传照片、签字并提交记录…" />}
    </div>
  );
}
