import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import vectors from '../../packages/domain/src/draw/dsr-draw-1.vectors.json';

/*
 * The draw room's "在本机复核" (services/web/src/draw-verify) runs the domain's engine with
 * node:crypto replaced by @noble/hashes and Buffer by the `buffer` package, as the page's build
 * does. Here the same modules run in Node over the repo's test vectors: the replay in the browser
 * is the server's verifier, byte for byte: it recomputes the vectors' recorded values.
 */
vi.mock('node:crypto', () => import('../../services/web/src/draw-verify/node-crypto-browser'));

type BrowserVerifier = typeof import('../../services/web/src/draw-verify/browser-verifier');
let browser: BrowserVerifier;
const nodeBuffer = globalThis.Buffer;

beforeAll(async () => {
  // The page's Buffer, not Node's, while the engine's modules load and run.
  const { PageBuffer } = await import('../../services/web/src/draw-verify/node-crypto-browser');
  (globalThis as { Buffer: unknown }).Buffer = PageBuffer;
  vi.resetModules();
  browser = await import('../../services/web/src/draw-verify/browser-verifier');
});
afterAll(() => {
  globalThis.Buffer = nodeBuffer;
});

const records = () => [
  ...vectors.draws.map((v) => ({ ...v, beaconSource: v.beacon ? 'LOTTERY' : 'NONE' })),
  ...vectors.swaps,
];

describe('在本机复核: the browser build of the draw verifier', () => {
  it('runs on the page’s SHA-256 and Buffer, which agree with Node’s', async () => {
    const shim = await import('../../services/web/src/draw-verify/node-crypto-browser');
    const node = await vi.importActual<typeof import('node:crypto')>('node:crypto');
    const text = '抽取 dsr-draw/1\n'.repeat(300); // several SHA-256 blocks, multi-byte UTF-8
    expect(shim.createHash('sha256').update(text, 'utf8').digest('hex')).toBe(
      node.createHash('sha256').update(text, 'utf8').digest('hex'),
    );
    expect(globalThis.Buffer).not.toBe(nodeBuffer);
    expect(shim.hash('sha256', text, 'buffer')).toBeInstanceOf(globalThis.Buffer);
  });

  it('passes every check of each test vector, with the values the server’s verifier computes', () => {
    for (const record of records()) {
      const local = browser.verifyInBrowser(JSON.stringify(record));
      expect(local.ok, record.name).toBe(true);
      const computed = Object.fromEntries(local.checks.map((c) => [c.name, c.computed]));
      expect(computed, record.name).toMatchObject({
        commitment: record.commitment,
        poolDigest: record.poolDigest,
        resultDigest: record.resultDigest,
        replay: record.resultDigest,
      });
    }
  });

  it('fails the checks a tampered record breaks, naming them in Chinese', () => {
    const [vector] = vectors.draws;
    const tampered = structuredClone({ ...vector!, beaconSource: 'LOTTERY' });
    tampered.result.selections[0]!.inspectorIds.reverse();
    tampered.beacon += '0';
    const local = browser.verifyInBrowser(JSON.stringify(tampered));
    expect(local.ok).toBe(false);
    expect(local.checks.filter((c) => !c.ok).map((c) => c.label)).toEqual(['结果摘要', '重放抽取结果']);
    expect(browser.verifyInBrowser('{').checks[0]).toMatchObject({ ok: false, label: '抽取记录' });
  });
});
