import { describe, expect, it } from 'vitest';
import {
  AUDIT_GENESIS_HASH,
  auditEntryHash,
  findFirstBreak,
  type AuditEntryContent,
  type ChainLink,
} from './audit-chain';

function chain(n: number): ChainLink[] {
  const links: ChainLink[] = [];
  let prev = AUDIT_GENESIS_HASH;
  for (let seq = 1; seq <= n; seq++) {
    const content: AuditEntryContent = {
      tenantId: 't',
      seq,
      bureauId: 'b',
      departmentId: null,
      actorUserId: 'u',
      actorName: '张三',
      at: `2026-11-25T10:00:0${seq}.000Z`,
      operation: 'UPDATE_USER',
      objectType: 'User',
      objectId: 'x',
      before: { roles: ['INSPECTOR'] },
      after: { roles: ['ADMIN'] },
      requestId: `r${seq}`,
    };
    const hash = auditEntryHash(prev, content);
    links.push({ seq, prevHash: prev, hash, content });
    prev = hash;
  }
  return links;
}

describe('audit hash chain', () => {
  it('verifies an intact chain', () => {
    expect(findFirstBreak(chain(5))).toBeNull();
  });
  it('finds a changed entry', () => {
    const links = chain(5);
    links[2]!.content.after = { roles: ['INSPECTOR'] };
    expect(findFirstBreak(links)).toMatchObject({ seq: 3, reason: 'HASH_MISMATCH' });
  });
  it('finds a removed entry', () => {
    const links = chain(5);
    links.splice(1, 1);
    expect(findFirstBreak(links)).toMatchObject({ seq: 3, reason: 'SEQUENCE_GAP', expected: 2 });
  });
  it('finds a rewritten tail whose hashes were recomputed but whose link was not', () => {
    const links = chain(4);
    links[3]!.prevHash = 'f'.repeat(64);
    links[3]!.hash = auditEntryHash(links[3]!.prevHash, links[3]!.content);
    expect(findFirstBreak(links)).toMatchObject({ seq: 4, reason: 'PREVIOUS_HASH_MISMATCH' });
  });
});
