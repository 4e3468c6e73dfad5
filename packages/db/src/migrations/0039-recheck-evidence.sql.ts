import { bureauOwnedRls } from './rls.sql';

/**
 * Issue 15, R54: a re-check's examination has its own evidence ("a re-check record with the same
 * checklist, its own evidence ..."), as an inspection has (R36, 0008/0009).
 *
 *   - recheck_evidence: a file a drawn re-checker attached to a sampled item, by content hash (the
 *     bytes in the evidence store). Owned by the re-checking bureau, as its item; append-only, and
 *     only while the item is not concluded: the insert takes a share lock on the item, so it waits
 *     for a conclusion under way (which locks the item first) and then is refused.
 *   - recheck_item.evidence: the files' list (id, kind, sha256, size) frozen into the item when it is
 *     concluded, and exam_digest, the SHA-256 of the examination's canonical record that names them:
 *     the examination commits to its evidence. The sample's digests (DRAW.md §10) are not touched.
 */
export const recheckEvidenceUp = String.raw`
create table recheck_evidence (
  id uuid not null,
  tenant_id uuid not null,
  bureau_id uuid not null references bureau (id),
  scope_path ltree not null,
  recheck_item_id uuid not null,
  kind text not null check (kind in ('PHOTO', 'AUDIO', 'VIDEO', 'DOCUMENT', 'SIGNATURE')),
  sha256 text not null check (sha256 ~ '^[0-9a-f]{64}$'),
  size_bytes bigint not null check (size_bytes > 0),
  mime text not null,
  file_name text check (char_length(file_name) <= 200),
  uploaded_by uuid not null,
  uploaded_at timestamptz not null default now(),
  constraint recheck_evidence_pkey primary key (id, tenant_id),
  constraint recheck_evidence_item_fkey foreign key (recheck_item_id, tenant_id) references recheck_item (id, tenant_id),
  constraint recheck_evidence_once unique (tenant_id, recheck_item_id, kind, sha256)
);
create index recheck_evidence_item_idx on recheck_evidence (recheck_item_id, uploaded_at);
create trigger recheck_evidence_no_delete before delete on recheck_evidence for each row execute function app_private.refuse_delete();
create trigger recheck_evidence_no_update before update on recheck_evidence for each row execute function app_private.refuse_record_update();
create function app_private.check_recheck_evidence() returns trigger language plpgsql as $f$
begin
  perform 1 from recheck_item i
   where i.id = new.recheck_item_id and i.tenant_id = new.tenant_id and i.bureau_id = new.bureau_id and i.state = 'SAMPLED'
     for share;
  if not found then
    raise exception '复查结论已作出，证据已冻结，不能再上传（R54）' using errcode = 'check_violation';
  end if;
  return new;
end $f$;
create trigger recheck_evidence_open before insert on recheck_evidence
  for each row execute function app_private.check_recheck_evidence();
${bureauOwnedRls('recheck_evidence')}

alter table recheck_item add column evidence jsonb, add column exam_digest text check (exam_digest ~ '^[0-9a-f]{64}$');
alter table recheck_item add constraint recheck_item_evidence_at_conclusion
  check ((evidence is null and exam_digest is null) or (state <> 'SAMPLED' and evidence is not null and exam_digest is not null));
`;
