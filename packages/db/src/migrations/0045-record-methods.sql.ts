/**
 * The record and its check methods (R36, R43, R44).
 *
 * - R44: online monitoring (and a documentary check) is a check method without an on-site visit: the
 *   target's signature, or the reason it gave none, is asked of a record that was made on site (R36, 000 §30)
 *   only. 0008's check asked it of every record.
 * - R43: a technical test by a third-party professional body, or another agency's result used, names who
 *   gave it and its report (or document) number; a record without that method names neither. Third-party
 *   technicians stay out of the directory and of teams (R13): the record names the body, not a person.
 *
 * The new checks are NOT VALID: records are never updated (inspection_record_no_update), and records made
 * before keep what was asked of them then.
 */
export const recordMethodsUp = /* sql */ `
do $$
declare c text;
begin
  select conname into strict c from pg_constraint
   where conrelid = 'inspection_record'::regclass and contype = 'c'
     and pg_get_constraintdef(oid) = 'CHECK (((signature_ref IS NOT NULL) OR (refusal_reason IS NOT NULL)))';
  execute format('alter table inspection_record drop constraint %I', c);
end $$;
alter table inspection_record add constraint inspection_record_on_site_confirmed
  check (not ('ON_SITE' = any (methods)) or signature_ref is not null or refusal_reason is not null) not valid;

alter table inspection_record add column third_party_body text, add column third_party_report_no text;
alter table inspection_record add constraint inspection_record_third_party
  check (('THIRD_PARTY_TEST' = any (methods)) = (third_party_body is not null)
         and (third_party_body is null) = (third_party_report_no is null)
         and (third_party_body is null or length(third_party_body) between 1 and 200)
         and (third_party_report_no is null or length(third_party_report_no) between 1 and 100)) not valid;
`;
