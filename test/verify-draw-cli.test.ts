import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DRAW_RECORD_FORMAT, canonicalJson, type SwapResult, type VerifiableRecord } from '@dsr/domain';
import { nextSwap } from '../packages/domain/src/draw/draw-test-support';
import vectors from '../packages/domain/src/draw/dsr-draw-1.vectors.json';

/** `pnpm verify-draw <file>` runs the built CLI; `pnpm test` builds before it runs. */
const CLI = path.join(__dirname, '../services/api/dist/cli/verify-draw.js');
const dir = mkdtempSync(path.join(tmpdir(), 'dsr-verify-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function verify(name: string, text: string, env: Record<string, string> = {}) {
  const file = path.join(dir, name);
  writeFileSync(file, text);
  return spawnSync(process.execPath, [CLI, file], { encoding: 'utf8', env: { ...process.env, ...env } });
}

describe('pnpm verify-draw (offline, no database)', () => {
  const record = canonicalJson(vectors.draws[0]);

  it('R33: accepts a genuine record and prints every check', () => {
    const run = verify('good.json', record);
    expect(run.stdout).toContain('校验通过');
    expect(run.stdout.match(/通过 {2}/g)).toHaveLength(5);
    expect(run.status).toBe(0);
  });

  it('R33: one changed byte in the snapshot, the nonce or the result is rejected, naming the check', () => {
    const weight = record.indexOf('"weight":25') + '"weight":2'.length;
    const changedSnapshot = record.slice(0, weight) + '6' + record.slice(weight + 1);
    const run = verify('snapshot.json', changedSnapshot);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/校验失败：poolDigest, replay/);

    const nonce = record.indexOf('"nonce":"') + '"nonce":"'.length;
    const changedNonce = record.slice(0, nonce) + '1' + record.slice(nonce + 1);
    expect(verify('nonce.json', changedNonce).stdout).toMatch(/校验失败：commitment, replay/);

    const team = record.indexOf('"inspectorIds":["insp-0') + '"inspectorIds":["insp-0'.length;
    const changedTeam = record.slice(0, team) + '7' + record.slice(team + 1);
    const forged = verify('result.json', changedTeam);
    expect(forged.status).toBe(1);
    expect(forged.stdout).toMatch(/校验失败：resultDigest/);
  });

  it('R33: with the replay in a worker thread (as for a big draw), the same checks and the same verdicts', () => {
    const inThread = { DSR_REPLAY_THREAD_FROM: '0' };
    const good = verify('good-thread.json', record, inThread);
    expect(good.stdout).toBe(verify('good-here.json', record).stdout);
    expect(good.status).toBe(0);
    const weight = record.indexOf('"weight":25') + '"weight":2'.length;
    const changedSnapshot = record.slice(0, weight) + '6' + record.slice(weight + 1);
    const changed = verify('snapshot-thread.json', changedSnapshot, inThread);
    expect(changed.stdout).toMatch(/校验失败：poolDigest, replay/);
    expect(changed.stdout).toBe(verify('snapshot-here.json', changedSnapshot).stdout);
    const team = record.indexOf('"inspectorIds":["insp-0') + '"inspectorIds":["insp-0'.length;
    const changedTeam = record.slice(0, team) + '7' + record.slice(team + 1);
    expect(verify('result-thread.json', changedTeam, inThread).stdout).toMatch(/校验失败：resultDigest$/m);
  });

  it('an unreadable file exits 2 with a message', () => {
    const run = verify('broken.json', record.slice(0, 100));
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('无法读取抽取记录');
  });

  /** The vector draw as exported, with two swaps on one team. */
  function exported(): VerifiableRecord {
    const r: VerifiableRecord = {
      ...structuredClone(vectors.draws[0]!),
      drawId: 'vector-1',
      format: DRAW_RECORD_FORMAT,
      beaconSource: 'LOTTERY',
      replacedBy: null,
      replacedAt: null,
      swaps: [],
    };
    const s0 = nextSwap(r, 't-02', 'insp-06');
    r.swaps!.push(s0, nextSwap({ ...r, swaps: [s0] }, 't-02', (s0.result as SwapResult).added));
    return r;
  }

  it('R31/R33 (DRAW.md §9): a record with a chain of swaps passes; a forged chain, team or beacon source exits 1 naming the check', () => {
    const good = verify('swaps.json', canonicalJson(exported()));
    expect(good.stdout).toContain('换人记录 2 vector-1-swap-1（dsr-swap/1）');
    expect(good.stdout).toContain('校验通过');
    expect(good.status).toBe(0);

    const zeros = exported();
    zeros.swaps = [
      nextSwap({ ...zeros, swaps: [] }, 't-02', 'insp-06', { replaces: '00000000-0000-0000-0000-000000000000' }),
    ];
    const forged = verify('zeros.json', canonicalJson(zeros));
    expect(forged.status).toBe(1);
    expect(forged.stdout).toMatch(/校验失败：swaps\[0\]\.replaces\n/);
    expect(forged.stdout).toContain('计算值：["vector-1","vector-1"]');

    const dropped = exported();
    dropped.swaps!.shift();
    expect(verify('dropped.json', canonicalJson(dropped)).stdout).toMatch(
      /校验失败：swaps\[0\]\.replaces, swaps\[0\]\.team, swaps\[0\]\.removed\n/,
    );

    const relabelled = exported();
    relabelled.beaconSource = 'NONE';
    const none = verify('none.json', canonicalJson(relabelled));
    expect(none.status).toBe(1);
    expect(none.stdout).toMatch(/校验失败：beaconSource\n/);

    const renamed = exported();
    renamed.drawId = 'vector-2';
    expect(verify('renamed.json', canonicalJson(renamed)).stdout).toMatch(/校验失败：drawId, swaps\[0\]\.replaces\n/);
  });
});
