/*
 * The domain's replay-thread.ts in the page: it starts a worker thread for very large draws
 * (verifyDrawRecordAsync), which the page never calls; the module itself reads Node's __filename.
 */
export function startReplayThread(): never {
  throw new Error('浏览器中没有工作线程：本机复核使用同步验证');
}
