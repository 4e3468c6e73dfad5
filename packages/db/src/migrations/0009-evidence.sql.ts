/**
 * Evidence (issue 5): what an attachment is (photo, audio, video, document, the target's signature
 * or seal). The table was created empty in 0008; rows written before this carry DOCUMENT.
 */
export const evidenceUp = /* sql */ `
alter table evidence add column kind text not null default 'DOCUMENT'
  check (kind in ('PHOTO', 'AUDIO', 'VIDEO', 'DOCUMENT', 'SIGNATURE'));
alter table evidence alter column kind drop default;
create index evidence_inspection_sha_idx on evidence (inspection_id, sha256);
`;
