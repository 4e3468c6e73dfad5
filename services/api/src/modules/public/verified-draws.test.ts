import { describe, expect, it } from 'vitest';
import type { DrawVerification } from '@dsr/domain';
import { VerifiedDraws } from './verified-draws';

const answer = (ok: boolean) => ({ ok, checks: [] }) as unknown as DrawVerification;

describe('VerifiedDraws (the public verification of a published draw)', () => {
  it('replays a published record once per document: concurrent and later asks share the answer; a new document is replayed', async () => {
    const memo = new VerifiedDraws();
    let runs = 0;
    const run = () => {
      runs++;
      return new Promise<DrawVerification>((r) => setTimeout(() => r(answer(true)), 5));
    };
    const [a, b] = await Promise.all([memo.verify('sha-1', run), memo.verify('sha-1', run)]);
    expect(await memo.verify('sha-1', run)).toBe(a);
    expect([a, b, runs]).toEqual([answer(true), answer(true), 1]);
    await memo.verify('sha-2', run); // a swap or a correction: another document, replayed
    expect(runs).toBe(2);
  });

  it('keeps no failed run: the next ask replays', async () => {
    const memo = new VerifiedDraws();
    await expect(memo.verify('sha-1', () => Promise.reject(new Error('pool closed')))).rejects.toThrow('pool closed');
    expect((await memo.verify('sha-1', () => Promise.resolve(answer(true)))).ok).toBe(true);
  });
});
