/**
 * The GraphQL edge (issue 10 §3).
 *
 * 1. Every text column a caller writes gets the length limit the API checks at the edge
 *    (services/api/src/common/edge/input-limits.ts; a test compares the two). NOT VALID: rows
 *    already stored are not re-read (a table of a million targets is not scanned at deploy), every
 *    new or changed row is checked. Named <table>_<column>_len so a violation names its field.
 * 2. Sign-in throttling per (account, address) pair with exponential back-off plus a per-address
 *    limit, behind SECURITY DEFINER functions: the service role can no longer read or write the
 *    throttle table (who failed to sign in from where is not its business).
 */
const LIMITS: [table: string, column: string, max: number][] = [
  ['target', 'registration_authority', 100],
  ['target', 'legal_representative', 60],
  ['target', 'registered_address', 300],
  ['target', 'business_category', 40],
  ['target', 'grade', 20],
  ['target', 'contact_phone', 40],
  ['target', 'termination_reason', 500],
  ['target_risk_entry', 'note', 1000],
  ['inspector', 'badge_no', 20],
  ['inspector', 'warrant_no', 30],
  ['inspector', 'agency_certificate_no', 40],
  ['inspector', 'post', 60],
  ['inspector', 'duty', 60],
  ['inspector', 'phone', 40],
  ['conflict_of_interest', 'detail', 500],
  ['directory_review', 'comment', 2000],
  ['inspection_item_version', 'notes', 2000],
  ['inspection_item_version', 'review_comment', 2000],
  ['draw', 'beacon_note', 200],
  ['draw', 'redraw_reason', 500],
  ['inspection', 'direct_reference', 200],
  ['inspection_member', 'left_reason', 500],
  ['inspection_record', 'correction_reason', 1000],
  ['inspection_record', 'place', 500],
  ['inspection_record', 'findings', 10000],
  ['inspection_record', 'representative', 100],
  ['inspection_record', 'signature_ref', 500],
  ['inspection_record', 'refusal_reason', 1000],
  ['inspection_record', 'witness', 100],
  ['inspection_report', 'content', 10000],
  ['inspection_report', 'steps', 10000],
  ['inspection_report', 'findings', 10000],
  ['inspection_report', 'assessment', 10000],
  ['inspection_report', 'opinion_detail', 2000],
  ['inspection_report', 'suggestions', 5000],
  ['inspection_report', 'review_comment', 2000],
  ['rectification_notice', 'document_no', 100],
  ['rectification_notice', 'findings', 5000],
  ['rectification_notice', 'legal_basis', 2000],
  ['rectification_notice', 'follow_up_remarks', 5000],
  ['rectification_notice', 'case_no', 100],
  ['rectification_notice', 'penalty_decision_no', 100],
];

const lengthChecks = LIMITS.map(([t, c, n]) => `alter table ${t} add constraint ${t}_${c}_len check (length(${c}) <= ${n}) not valid;`).join('\n');

export const edgeLimitsUp = /* sql */ `
${lengthChecks}

-- Sign-in throttle: keys "pair:<name>|<address>" (back-off) and "ip:<address>" (window).
-- window_started_at is, for a pair, the time of its last failure.
revoke all on login_throttle from dsr_app;
grant select, insert, update on login_throttle to dsr_definer;

-- Seconds until every one of these keys is unlocked; 0 when none is locked.
create function app_private.login_throttle_wait(p_keys text[]) returns integer
language sql stable security definer set search_path = public, pg_temp as $f$
  select coalesce(ceil(extract(epoch from max(locked_until) - now()))::int, 0)
  from login_throttle where key = any(p_keys) and locked_until > now()
$f$;

-- One failed sign-in. The pair locks after p_pair_free failures for 1, 2, 4 … minutes (at most
-- p_pair_cap_minutes), forgotten after an hour without failure; the address locks for
-- p_address_lock_minutes after p_address_limit failures within p_address_window_minutes.
create function app_private.login_throttle_fail(
  p_pair text, p_address text, p_pair_free integer, p_pair_cap_minutes integer,
  p_address_limit integer, p_address_window_minutes integer, p_address_lock_minutes integer
) returns void
language plpgsql volatile security definer set search_path = public, pg_temp as $f$
declare
  v_failures integer;
begin
  insert into login_throttle as t (key, failures, window_started_at) values (p_pair, 1, now())
  on conflict (key) do update set
    failures = case when t.window_started_at < now() - interval '1 hour' then 1 else t.failures + 1 end,
    window_started_at = now()
  returning failures into v_failures;
  if v_failures > p_pair_free then
    update login_throttle
    set locked_until = now() + make_interval(mins => least(p_pair_cap_minutes, (2 ^ least(v_failures - p_pair_free - 1, 20))::integer))
    where key = p_pair;
  end if;

  insert into login_throttle as t (key, failures, window_started_at) values (p_address, 1, now())
  on conflict (key) do update set
    failures = case when t.window_started_at < now() - make_interval(mins => p_address_window_minutes) then 1 else t.failures + 1 end,
    window_started_at = case when t.window_started_at < now() - make_interval(mins => p_address_window_minutes) then now() else t.window_started_at end
  returning failures into v_failures;
  if v_failures >= p_address_limit then
    update login_throttle set locked_until = now() + make_interval(mins => p_address_lock_minutes) where key = p_address;
  end if;
end $f$;

-- A successful sign-in forgets the pair's failures (the address keeps its count).
create function app_private.login_throttle_clear(p_pair text) returns void
language sql volatile security definer set search_path = public, pg_temp as $f$
  update login_throttle set failures = 0, locked_until = null where key = p_pair
$f$;

alter function app_private.login_throttle_wait(text[]) owner to dsr_definer;
alter function app_private.login_throttle_fail(text, text, integer, integer, integer, integer, integer) owner to dsr_definer;
alter function app_private.login_throttle_clear(text) owner to dsr_definer;
revoke all on function app_private.login_throttle_wait(text[]),
  app_private.login_throttle_fail(text, text, integer, integer, integer, integer, integer),
  app_private.login_throttle_clear(text) from public;
grant execute on function app_private.login_throttle_wait(text[]),
  app_private.login_throttle_fail(text, text, integer, integer, integer, integer, integer),
  app_private.login_throttle_clear(text) to dsr_app;
`;
