/*
 * node:path and node:worker_threads in the page: the domain's verifier imports them for its
 * worker-thread replay of very large draws (verifyDrawRecordAsync), which the page never calls.
 */
function unavailable(): never {
  throw new Error('浏览器中没有工作线程：本机复核使用同步验证');
}
export const Worker = unavailable;
export const parentPort = null;
export default { join: unavailable, resolve: unavailable, dirname: unavailable };
