/**
 * Issue 14 (R46, R48): a document the rules no longer let stand is withdrawn, as every withdrawal
 * is — a new WITHDRAW document with its reason, prepared by the department and approved by another
 * person. The publication clock opens it (not yet prepared, like a revoked decision's, 0030) when
 *   - the bureau has turned publish_target_directory off: its TARGET_DIRECTORY documents in force;
 *   - an item has no version in force any more (retired or withdrawn, R5): its ITEM_LIST document.
 *     A new version of an item is not withdrawn: the department corrects the entry (CORRECT), so the
 *     next publication supersedes the old one.
 *
 * Functions (owner dsr_definer, executed by dsr_app's clock job):
 *   - open_rule_withdrawals(limit): inserts the pending withdrawals and returns them for the audit.
 */
export const ruleWithdrawalsUp = /* sql */ `
create policy inspection_item_definer_read on inspection_item for select to dsr_definer using (true);
grant select on inspection_item to dsr_definer;

create policy publication_definer_rule_withdrawal on publication for insert to dsr_definer
  with check (action = 'WITHDRAW' and kind in ('TARGET_DIRECTORY', 'ITEM_LIST') and status = 'PENDING_APPROVAL'
              and prepared_by is null and document is null and draft is null);

create function app_private.open_rule_withdrawals(p_limit integer)
returns table (id uuid, tenant_id uuid, bureau_id uuid, scope_path ltree, kind text, subject_id uuid, series_id uuid,
               version integer, action text, due_date date, event_date date)
language sql volatile security definer set search_path = public, pg_temp as $f$
  with src as (
    select p.tenant_id, p.bureau_id, p.scope_path, p.department_id, p.kind, p.subject_id, p.series_id, p.id as old_id,
           (select max(v.version) from publication v where v.tenant_id = p.tenant_id and v.series_id = p.series_id) + 1
             as version
      from publication p
     where p.status = 'PUBLISHED' and p.action <> 'WITHDRAW'
       and (p.kind = 'TARGET_DIRECTORY'
              and not coalesce((select s.publish_target_directory from bureau_setting s where s.bureau_id = p.bureau_id),
                               false)
            or p.kind = 'ITEM_LIST'
              and exists (select 1 from inspection_item i
                           where i.tenant_id = p.tenant_id and i.id = p.subject_id
                             and (i.status <> 'PUBLISHED' or i.published_version_id is null)))
     order by p.id
     limit p_limit
  )
  insert into publication as p (id, tenant_id, bureau_id, scope_path, department_id, kind, subject_id, series_id, version,
                                supersedes_id, supersede_reason, action, status, due_date, event_date)
  select gen_random_uuid(), s.tenant_id, s.bureau_id, s.scope_path, s.department_id, s.kind, s.subject_id, s.series_id,
         s.version, s.old_id,
         case s.kind when 'TARGET_DIRECTORY' then '本单位已设置不再公示检查对象名录（R46）'
                     else '抽查事项已停用，没有现行发布的版本（R5）' end,
         'WITHDRAW', 'PENDING_APPROVAL', null, (now() at time zone 'Asia/Shanghai')::date
    from src s
  on conflict do nothing -- a correction or withdrawal already open in the series (publication_series_open_unique)
  returning p.id, p.tenant_id, p.bureau_id, p.scope_path, p.kind, p.subject_id, p.series_id, p.version, p.action,
            p.due_date, p.event_date
$f$;

alter function app_private.open_rule_withdrawals(integer) owner to dsr_definer;
revoke all on function app_private.open_rule_withdrawals(integer) from public;
grant execute on function app_private.open_rule_withdrawals(integer) to dsr_app;
`;
