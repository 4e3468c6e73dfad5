import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SAMPLE_RECORD_FORMAT, canonicalJson, type VerifiableSample } from '@dsr/domain';

/** `pnpm verify-draw <file>` runs the built CLI; `pnpm test` builds before it runs. */
const CLI = path.join(__dirname, '../services/api/dist/cli/verify-draw.js');
// Read as text, not imported: the vectors are data for any JSON reader.
const vectors = JSON.parse(
  readFileSync(path.join(__dirname, '../packages/domain/src/sample/dsr-sample-1.vectors.json'), 'utf8'),
) as { samples: (VerifiableSample & { name: string; enlarges: string | null; snapshot: { drawId: string } })[] };
const dir = mkdtempSync(path.join(tmpdir(), 'dsr-verify-sample-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function verify(name: string, text: string) {
  const file = path.join(dir, name);
  writeFileSync(file, text);
  return spawnSync(process.execPath, [CLI, file], { encoding: 'utf8' });
}

/** A vector as the product exports it, the sample it enlarges inside. */
function exported(name: string): VerifiableSample {
  const v = structuredClone(vectors.samples.find((s) => s.name === name)!);
  return {
    format: SAMPLE_RECORD_FORMAT,
    drawId: v.snapshot.drawId,
    snapshot: v.snapshot,
    commitment: v.commitment,
    nonce: v.nonce,
    beacon: v.beacon,
    beaconSource: v.beacon ? 'LOTTERY' : 'NONE',
    poolDigest: v.poolDigest,
    itemsDigest: v.itemsDigest,
    result: v.result,
    resultDigest: v.resultDigest,
    extended: v.enlarges ? exported(v.enlarges) : null,
  };
}

describe('pnpm verify-draw with a re-check sample (dsr-sample/1, offline)', () => {
  it('R54: a genuine enlarged sample passes, with every check of it and of the sample it enlarges', () => {
    const run = verify('good.json', canonicalJson(exported('enlarged-once')));
    expect(run.stdout).toContain('抽样记录 recheck-4104-2026-1（dsr-sample/1）');
    expect(run.stdout).toContain('被扩大的样本（第 1 层） recheck-4104-2026-1');
    expect(run.stdout.match(/通过 {2}/g)).toHaveLength(9 + 7);
    expect(run.stdout).toContain('校验通过');
    expect(run.status).toBe(0);
  });

  it('R54: a committed result rewritten afterwards, a forged sample, a lost base record: exit 1 naming the check', () => {
    const record = canonicalJson(exported('gb2828-three-bureaus'));
    const digest = record.indexOf('"resultDigest":"', record.indexOf('"items":')) + '"resultDigest":"'.length;
    const rewritten = record.slice(0, digest) + (record[digest] === '0' ? '1' : '0') + record.slice(digest + 1);
    const changed = verify('rewritten.json', rewritten);
    expect(changed.status).toBe(1);
    expect(changed.stdout).toMatch(/校验失败：poolDigest, itemsDigest, replay\n/);

    const ticket = record.indexOf('"itemId":"insp-410422-0') + '"itemId":"insp-410422-0'.length;
    const forged = verify('forged.json', record.slice(0, ticket) + '9' + record.slice(ticket + 1));
    expect(forged.stdout).toMatch(/校验失败：resultDigest\n/);

    const lost = exported('enlarged-once');
    lost.extended = null;
    const run = verify('lost.json', canonicalJson(lost));
    expect(run.stdout).toMatch(/校验失败：extends\n/);
    expect(run.stdout).toContain('计算值：记录未附被扩大的样本（extended）');
    expect(run.status).toBe(1);
  });

  it('R54: a bare record (no format) is told by its snapshot’s algorithm', () => {
    const { format: _format, beaconSource: _source, drawId: _id, ...bare } = exported('single-item');
    const run = verify('bare.json', JSON.stringify(bare));
    expect(run.stdout).toContain('抽样记录 recheck-single（dsr-sample/1）');
    expect(run.stdout).not.toContain('beaconSource');
    expect(run.status).toBe(0);
  });
});
