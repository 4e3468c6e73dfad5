/**
 * The target list over a million targets (issue 3, performance): a filtered page under 50 ms.
 *
 * 1. Read policies of the target tables keyed on bureau_id. The policy of 0003,
 *    `scope_path <@ app_scope()`, uses a leaky operator (ltree `<@` is not LEAKPROOF) and
 *    re-reads and re-parses the setting for every row; PostgreSQL then applies no leaky qual of
 *    the query before it, and counting a county of 1,000,000 rows took over a second. The new
 *    policy compares bureau_id (uuid `=`, leakproof) with the bureaus of the caller's subtree,
 *    taken from the same setting as before: `array(select …)` is an init plan, computed once per
 *    statement, and btree indexes that lead with bureau_id serve it. No setting is added: with
 *    no scope, app_scope() is NULL, the array is empty and no row is visible, as before. It is
 *    the same set of rows as long as scope_path is the path of bureau_id, which every write
 *    policy checks (scope_path = app_scope() and bureau_id = app_bureau_id()).
 *
 * 2. Name substring search. ILIKE is not leakproof, so under row-level security no index can
 *    serve it: every name search read the whole county. A LEAKPROOF wrapper would need a
 *    superuser to create it, and the migrator is not one (not in the embedded database, and not
 *    on a managed DATABASE_URL), so such a migration would fail there. Instead
 *    app_private.target_search, owned by dsr_definer like the other scope-crossing functions,
 *    applies the caller's scope itself (the same subtree as the policy) and returns ids only; the
 *    service then reads the rows through the ORM, where the scope filter and row-level security
 *    apply again. Its SQL is built from fixed fragments only; every value is a bound parameter.
 *    test/rls.test.ts checks that it never returns a row outside the scope.
 *    The index: pg_trgm cannot index a pattern shorter than three characters, and a Chinese name
 *    is mostly searched by two (华联, 宾馆); the planner then walked the whole table in id order
 *    (12 s for a two-character name that no target has). name_grams keeps every character and
 *    every pair of adjacent characters of the lower-cased name in a GIN index: one or two
 *    characters are an exact lookup, longer ones need all their pairs and are then checked with
 *    strpos. Its statistics (most common elements) also give the planner real estimates, which
 *    pg_trgm's LIKE support does not. The trigram index of 0003 could serve no query under
 *    row-level security and is dropped.
 *
 * 3. Indexes for the list: keyset pages in id order and capped counts answered from the index
 *    alone (index-only scans), for every filter but the name and the permit expiry.
 */
const subtree = 'array(select b.id from bureau b where b.path <@ app_scope())';

export const targetSearchUp = String.raw`
alter policy target_read on target using (bureau_id = any (${subtree}));
alter policy target_permit_read on target_permit using (bureau_id = any (${subtree}));
alter policy target_risk_entry_read on target_risk_entry using (bureau_id = any (${subtree}));

-- Every character and every pair of adjacent characters of the lower-cased name (see above).
-- plpgsql, about 10 µs a name: COST says so, or the planner may evaluate it row by row along the
-- primary key (12 s for a name no target has) instead of reading the index.
create function app_private.name_grams(p_name text) returns text[]
language plpgsql immutable strict parallel safe cost 1000 as $g$
declare
  s text := lower(p_name);
  n integer := length(s);
  grams text[] := '{}';
begin
  for i in 1 .. n loop
    grams := grams || substr(s, i, 1);
    if i < n then grams := grams || substr(s, i, 2); end if;
  end loop;
  return grams;
end $g$;
revoke all on function app_private.name_grams(text) from public;
grant execute on function app_private.name_grams(text) to dsr_app, dsr_definer;
drop index target_name_trgm;
create index target_name_grams on target using gin (app_private.name_grams(name));

-- A page in id order within one bureau, filters checked on the index entry (no heap visit).
create index target_list_idx on target (bureau_id, id) include (status, business_category, region_code, grade, department_id);
-- Counts and facets: the leakproof filters as key columns (deduplicated, small).
create index target_facet_idx on target (bureau_id, business_category, region_code, grade, status, department_id);

create policy target_definer on target for select to dsr_definer using (true);
create policy target_permit_definer on target_permit for select to dsr_definer using (true);
grant select on target, target_permit to dsr_definer;

-- The ids of the caller's targets that a filter selects: in id order after p_after when
-- p_ordered, at most p_limit of them (NULL: all). p_filter keys (absent = no condition), values
-- already normalised by the service: nameContains (substring, any case, no wildcards), code (credit code or
-- ID number), regionCode (the region and below), businessCategory, grade, status, departmentId,
-- permitExpiringBefore (a valid permit ends on or before that day). An unknown key is an error,
-- not a condition silently dropped.
create function app_private.target_search(p_filter jsonb, p_after uuid, p_limit integer, p_ordered boolean)
returns setof uuid
-- One page for one person: starting parallel workers costs more than it saves (tens of ms on a
-- busy two-core server), and made the planner prefer a parallel walk along the primary key.
language plpgsql stable security definer set search_path = public, pg_temp set max_parallel_workers_per_gather = 0 as $f$
declare
  -- The caller's own scope: the bureau it acts for and every bureau below (empty without one).
  v_scope uuid[] := ${subtree};
  v_filter jsonb := coalesce(p_filter, '{}');
  v_unknown text;
  v_sql text := 'select t.id from target t where t.bureau_id = any ($1)';
  v_name text := lower(nullif(v_filter->>'nameContains', ''));
  v_grams text[];
begin
  select k into v_unknown from jsonb_object_keys(v_filter) k
  where k not in ('nameContains', 'code', 'regionCode', 'businessCategory', 'grade', 'status', 'departmentId', 'permitExpiringBefore')
  limit 1;
  if v_unknown is not null then
    raise exception 'target_search: unknown filter %', v_unknown using errcode = 'invalid_parameter_value';
  end if;
  if cardinality(v_scope) = 0 then
    return;
  end if;
  if v_name is not null then
    if length(v_name) <= 2 then
      -- One or two characters: a gram of the name, nothing else to check.
      v_grams := array[v_name];
      v_sql := v_sql || ' and app_private.name_grams(t.name) @> $2';
    else
      -- Longer: every pair of adjacent characters is in the name, then the substring itself.
      v_grams := array(select distinct substr(v_name, i, 2) from generate_series(1, length(v_name) - 1) i);
      v_sql := v_sql || ' and app_private.name_grams(t.name) @> $2 and strpos(lower(t.name), $12) > 0';
    end if;
  end if;
  if v_filter ? 'code' then v_sql := v_sql || ' and (t.uscc = $3 or t.resident_id = $3)'; end if;
  if v_filter ? 'regionCode' then v_sql := v_sql || ' and t.region_code >= $4 and t.region_code < ($4 || '':'')'; end if;
  if v_filter ? 'businessCategory' then v_sql := v_sql || ' and t.business_category = $5'; end if;
  if v_filter ? 'grade' then v_sql := v_sql || ' and t.grade = $6'; end if;
  if v_filter ? 'status' then v_sql := v_sql || ' and t.status = $7'; end if;
  if v_filter ? 'departmentId' then v_sql := v_sql || ' and t.department_id = $8'; end if;
  if v_filter ? 'permitExpiringBefore' then
    v_sql := v_sql || ' and exists (select 1 from target_permit p where p.target_id = t.id and p.bureau_id = any ($1)'
      || ' and p.status = ''VALID'' and p.valid_until <= $9)';
  end if;
  if p_after is not null then v_sql := v_sql || ' and t.id > $10'; end if;
  if p_ordered then v_sql := v_sql || ' order by t.id'; end if;
  if p_limit is not null then v_sql := v_sql || ' limit $11'; end if;
  return query execute v_sql using
    v_scope, v_grams, v_filter->>'code', v_filter->>'regionCode', v_filter->>'businessCategory', v_filter->>'grade', v_filter->>'status',
    (v_filter->>'departmentId')::uuid, (v_filter->>'permitExpiringBefore')::date, p_after, p_limit, v_name;
end $f$;
alter function app_private.target_search(jsonb, uuid, integer, boolean) owner to dsr_definer;
revoke all on function app_private.target_search(jsonb, uuid, integer, boolean) from public;
grant execute on function app_private.target_search(jsonb, uuid, integer, boolean) to dsr_app;
`;
