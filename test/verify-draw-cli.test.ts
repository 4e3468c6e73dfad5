import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { canonicalJson } from '@dsr/domain';
import vectors from '../packages/domain/src/draw/dsr-draw-1.vectors.json';

/** `pnpm verify-draw <file>` runs the built CLI; `pnpm test` builds before it runs. */
const CLI = path.join(__dirname, '../services/api/dist/cli/verify-draw.js');
const dir = mkdtempSync(path.join(tmpdir(), 'dsr-verify-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function verify(name: string, text: string) {
  const file = path.join(dir, name);
  writeFileSync(file, text);
  return spawnSync(process.execPath, [CLI, file], { encoding: 'utf8' });
}

describe('pnpm verify-draw (offline, no database)', () => {
  const record = canonicalJson(vectors.draws[0]);

  it('R33: accepts a genuine record and prints every check', () => {
    const run = verify('good.json', record);
    expect(run.stdout).toContain('校验通过');
    expect(run.stdout.match(/通过 {2}/g)).toHaveLength(4);
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

  it('an unreadable file exits 2 with a message', () => {
    const run = verify('broken.json', record.slice(0, 100));
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('无法读取抽取记录');
  });
});
