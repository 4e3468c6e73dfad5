#!/usr/bin/env python3
"""Independent reference implementation of `dsr-draw/1` and `dsr-swap/1`.

Written from /work/shared/docs/DRAW.md ALONE (no project code was read), as an outside
auditor would, to replay published draw records and catch divergences.
Standard library only (hashlib, json, sys).

Usage:
    python3 dsr_draw.py replay <record.json>

The record is a JSON object with at least "snapshot", "nonce" (64 hex chars) and "beacon"
(string, may be empty); optionally "commitment", "poolDigest", "result", "resultDigest"
(and "seed", "streamWords" if present).  Output: a JSON object with seed (hex), the first
16 stream words, commitment, poolDigest, result, resultDigest, wordsConsumed, notes and,
for each stored value, whether it matches.  Exit status: 0 all stored values match (or none
stored), 1 some stored value differs, 2 the draw refused / failed or bad usage.

INTERPRETATIONS where DRAW.md leaves a choice open (each one is a place to compare with the
TypeScript implementation; "literal" = follows the page's words, "refuse" = exit 2 with a
message, "note" = proceeds but reports it in the output's "notes" array):

 I1  Snapshot validity (§2 "invalid when ..."): refuse if any target weight is not a positive
     integer (JSON booleans and floats such as 10.0 are NOT integers), or if the total weight
     of one stratum exceeds 2^32.  The stratum total is taken over ALL targets of that stratum
     in the snapshot, excluded ones included (the page says "total weight of one stratum", not
     "of the population"); a total of exactly 2^32 is allowed (int(n) accepts n = 2^32).
 I2  Type/shape checks beyond §2's sentence (refuse): algorithm must be "dsr-draw/1" or
     "dsr-swap/1"; drawId, ids, strata, departments strings; ratioBp and teamSize integers;
     inCycle boolean; excluded string or null; conflicts pairs of strings. Missing fields refuse.
 I3  teamSize < 2: refuse, because §2 declares "teamSize ... >= 2".
 I4  teamSize < len(departments): the §5 procedure is followed literally: step 1 takes one
     inspector per listed department anyway, step 2 adds nothing, so the team is LONGER than
     teamSize (note).  Duplicate entries in departments are likewise taken literally (one
     inspector per entry) (note).
 I5  ratioBp: no range is given.  n = max(1, ceil(ratioBp*N/10000)) literally, with exact
     integer ceiling (so ratioBp <= 0 gives n = 1, note).  If n > N (i.e. ratioBp > 10000)
     the draw cannot pick n distinct targets: refuse (the page's "a_h <= |S_h| always holds"
     presumes m <= |S|).  N = 0 refuses as the page says.
 I6  "excluded = null" means JSON null exactly; an empty string "" counts as excluded.
 I7  "id order" and "code-point order" are both Unicode code-point order of the strings
     (Python str comparison).  NB: JavaScript's default sort compares UTF-16 code units,
     which differs only for characters above U+FFFF versus U+E000..U+FFFF.
 I8  Arrays that §2 says are sorted but are not: the draw is NOT refused (the page does not
     list it as invalid); poolDigest hashes the arrays as given, while every "id order" walk
     sorts explicitly; departments are used in the order given ("departments order") (note).
     Duplicate target ids or duplicate inspector ids make "id order" ambiguous: refuse.
 I9  poolDigest hashes the whole snapshot object as given, extra keys included.
 I10 Canonical JSON is json.dumps(ensure_ascii=False, separators=(",",":"), sort_keys=True)
     encoded as UTF-8.  Strings with lone surrogates (where JSON.stringify would emit \\udXXX)
     are refused rather than guessed.  Integers beyond 2^53 are accepted by Python but would
     not survive JavaScript numbers (note for ratioBp*N only if it exceeds 2^53).
 I11 nonce: 64 hex digits, either case accepted on input; hex(nonce) in the seed string and
     output is lowercase.  beacon must be a string (may be empty).
 I12 Stage 2 (§4) draws from E' by the §4.1 procedure (the page implies it).  When |E| = 0,
     cycleClosed is true and all n come from stage 2.  cycleClosed is false when |E| > n.
 I13 Conflicts naming unknown inspectors or targets are ignored; inspectors whose department
     is not listed take part in step 2 only.
 I14 dsr-swap/1: candidates are used as given in the snapshot (the snapshot builder filtered
     them); they are put in id order explicitly.  requiredDepartment filter first, then
     minimum load, then int(|candidates|).  Refuse if `removed` is not on `team` (the result
     "team with added in place of removed" is undefined otherwise).  No candidates left: the
     swap fails (refuse), as the page says.  The seed string starts "dsr-swap/1\\n" and uses
     the swap's own drawId and poolDigest.
 I15 "first 16 stream words" are words 0..15 of a fresh stream from the seed (independent of
     how many the draw consumed); "wordsConsumed" counts the words the draw itself used,
     rejected ones included.

VALIDITY (DRAW.md §9 "What makes a swap record valid", checked beside the replay).  A draw
record may carry its swaps in "swaps" (each a record as above, in record order) and, as the
product exports it (format "dsr-draw-record/1"), "drawId", "beaconSource", "replacedBy" and
"replacedAt".  Each swap of the record is replayed like a record (checks "swaps[k].<name>");
a swap that refuses counts as a failed "swaps[k].replay" instead of stopping everything.
 I16 "drawId": the record's own "drawId" (when present), its snapshot's and its result's are
     all the same string.  Likewise "swaps[k].drawId" for each swap.  The record's id is its
     "drawId", else its snapshot's.
 I17 "beaconSource" (checked when the record has the field or the export format): one of
     WITNESS, LOTTERY, NONE, and NONE exactly when the beacon is the empty string.
 I18 "swaps[k].replaces": the swap's snapshot and result both name s(k-1)'s id (the draw's for
     s0).  "drawIds": the draw's id and every swap's id are pairwise different.
 I19 "swaps[k].team": the swap's team equals, element for element (team order), the team of
     targetId in the draw's result with every earlier swap applied (removed -> added, where
     removed was on that team).  A targetId not in the result fails team, removed, candidates.
     "swaps[k].removed": removed is on that team.
 I20 "swaps[k].candidates": no candidate is on that team (or on the swap's declared team), has
     a conflict [id, targetId] in the draw snapshot's "conflicts" or in the swap's own
     "recusals" (same pair shape, when the record carries them), or was the "removed" of an
     earlier swap of the same target.  Only these exclusions are checked, not completeness.
 I21 "swaps[k].replaced": a replaced draw takes no swap.  When "replacedBy" is not null, the
     swap took effect ("approvedAt", else "createdAt", ISO 8601) no later than "replacedAt",
     the time the replacing draw was committed (a swap made before the re-draw stays valid).
"""

import hashlib
import json
import sys
from datetime import datetime

TWO32 = 1 << 32


class DrawError(Exception):
    """The draw (or swap) refuses / fails; nothing would be written."""


# ---------------------------------------------------------------- §7 canonical JSON

def _check_no_lone_surrogates(x, where="value"):
    if isinstance(x, str):
        for ch in x:
            if 0xD800 <= ord(ch) <= 0xDFFF:
                raise DrawError("%s contains a lone surrogate; canonical form undefined here (I10)" % where)
    elif isinstance(x, list):
        for v in x:
            _check_no_lone_surrogates(v, where)
    elif isinstance(x, dict):
        for k, v in x.items():
            _check_no_lone_surrogates(k, where)
            _check_no_lone_surrogates(v, where)
    elif isinstance(x, float):
        raise DrawError("%s contains a non-integer number %r; canonical JSON has integers only" % (where, x))


def canonical(x):
    """Canonical JSON text (str) of §7."""
    _check_no_lone_surrogates(x)
    return json.dumps(x, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


def canonical_bytes(x):
    return canonical(x).encode("utf-8")


def sha256_hex(b):
    return hashlib.sha256(b).hexdigest()


# ---------------------------------------------------------------- §3 the stream

class Stream:
    """block_i = SHA-256(seed || uint64_be(i)); eight 32-bit big-endian words per block."""

    def __init__(self, seed):
        assert isinstance(seed, bytes) and len(seed) == 32
        self.seed = seed
        self.block_index = 0
        self.buffer = []          # words of the current block not yet consumed
        self.consumed = 0         # number of words taken from the stream

    def _next_block(self):
        block = hashlib.sha256(self.seed + self.block_index.to_bytes(8, "big")).digest()
        self.block_index += 1
        self.buffer = [int.from_bytes(block[4 * k:4 * k + 4], "big") for k in range(8)]

    def word(self):
        if not self.buffer:
            self._next_block()
        self.consumed += 1
        return self.buffer.pop(0)

    def int(self, n):
        """int(n) for 1 <= n <= 2^32, by rejection. int(1) still consumes a word."""
        if not (isinstance(n, int) and 1 <= n <= TWO32):
            raise DrawError("int(n) called with n = %r outside 1..2^32" % (n,))
        limit = TWO32 - (TWO32 % n)
        while True:
            w = self.word()
            if w < limit:
                return w % n


def first_words(seed, k=16):
    s = Stream(seed)
    return [s.word() for _ in range(k)]


# ---------------------------------------------------------------- §1 seed

def make_seed(algorithm, draw_id, pool_digest, nonce_hex, beacon):
    text = algorithm + "\n" + draw_id + "\n" + pool_digest + "\n" + nonce_hex + "\n" + beacon
    _check_no_lone_surrogates(text, "seed string")
    return hashlib.sha256(text.encode("utf-8")).digest()


def parse_nonce(nonce):
    if not isinstance(nonce, str) or len(nonce) != 64:
        raise DrawError("nonce must be a hex string of 32 bytes (64 hex digits)")
    try:
        raw = bytes.fromhex(nonce)
    except ValueError:
        raise DrawError("nonce is not valid hex")
    return raw, raw.hex()  # raw bytes, lowercase hex


# ---------------------------------------------------------------- validation helpers

def _is_int(x):
    return isinstance(x, int) and not isinstance(x, bool)


def _req(obj, key, where):
    if not isinstance(obj, dict) or key not in obj:
        raise DrawError("%s: missing field %r" % (where, key))
    return obj[key]


def _req_str(obj, key, where):
    v = _req(obj, key, where)
    if not isinstance(v, str):
        raise DrawError("%s: field %r must be a string" % (where, key))
    return v


def _req_int(obj, key, where):
    v = _req(obj, key, where)
    if not _is_int(v):
        raise DrawError("%s: field %r must be an integer" % (where, key))
    return v


def _req_list(obj, key, where):
    v = _req(obj, key, where)
    if not isinstance(v, list):
        raise DrawError("%s: field %r must be an array" % (where, key))
    return v


def _is_sorted(xs):
    return all(xs[i] <= xs[i + 1] for i in range(len(xs) - 1))


def validate_draw_snapshot(s, notes):
    if not isinstance(s, dict):
        raise DrawError("snapshot must be a JSON object")
    if _req_str(s, "algorithm", "snapshot") != "dsr-draw/1":
        raise DrawError("snapshot algorithm is not dsr-draw/1")
    _req_str(s, "drawId", "snapshot")
    _req_int(s, "ratioBp", "snapshot")
    team_size = _req_int(s, "teamSize", "snapshot")
    if team_size < 2:
        raise DrawError("teamSize = %d; the snapshot declares teamSize >= 2 (I3)" % team_size)
    departments = _req_list(s, "departments", "snapshot")
    for d in departments:
        if not isinstance(d, str):
            raise DrawError("snapshot: departments must be strings")
    targets = _req_list(s, "targets", "snapshot")
    stratum_total = {}
    for i, t in enumerate(targets):
        where = "targets[%d]" % i
        if not isinstance(t, dict):
            raise DrawError("%s must be an object" % where)
        _req_str(t, "id", where)
        stratum = _req_str(t, "stratum", where)
        w = _req(t, "weight", where)
        if not _is_int(w) or w < 1:
            raise DrawError("snapshot invalid: %s (%s) weight %r is not a positive integer"
                            % (where, t.get("id"), w))
        if not isinstance(_req(t, "inCycle", where), bool):
            raise DrawError("%s: inCycle must be a boolean" % where)
        ex = _req(t, "excluded", where)
        if ex is not None and not isinstance(ex, str):
            raise DrawError("%s: excluded must be a string or null" % where)
        stratum_total[stratum] = stratum_total.get(stratum, 0) + w
    for h, tot in sorted(stratum_total.items()):
        if tot > TWO32:
            raise DrawError("snapshot invalid: total weight of stratum %r is %d > 2^32" % (h, tot))
    inspectors = _req_list(s, "inspectors", "snapshot")
    for i, p in enumerate(inspectors):
        where = "inspectors[%d]" % i
        if not isinstance(p, dict):
            raise DrawError("%s must be an object" % where)
        _req_str(p, "id", where)
        _req_str(p, "department", where)
    conflicts = _req_list(s, "conflicts", "snapshot")
    for i, c in enumerate(conflicts):
        if not (isinstance(c, list) and len(c) == 2 and all(isinstance(v, str) for v in c)):
            raise DrawError("conflicts[%d] must be [inspectorId, targetId]" % i)

    tids = [t["id"] for t in targets]
    if len(set(tids)) != len(tids):
        raise DrawError("duplicate target ids: id order is ambiguous (I8)")
    pids = [p["id"] for p in inspectors]
    if len(set(pids)) != len(pids):
        raise DrawError("duplicate inspector ids: id order is ambiguous (I8)")
    if not _is_sorted(tids):
        notes.append("targets are not sorted by id (I8): draw proceeds in explicit id order")
    if not _is_sorted(pids):
        notes.append("inspectors are not sorted by id (I8): draw proceeds in explicit id order")
    if not _is_sorted(departments):
        notes.append("departments are not sorted (I8): used in the order given")
    if len(set(departments)) != len(departments):
        notes.append("departments has duplicate entries (I4): one inspector taken per entry")
    if not _is_sorted([tuple(c) for c in conflicts]):
        notes.append("conflicts are not sorted (I8): order does not affect the draw")
    if team_size < len(departments):
        notes.append("teamSize %d < %d departments (I4): teams will have one per department"
                     % (team_size, len(departments)))


# ---------------------------------------------------------------- §4.1

def stratified_weighted_draw(S, m, stream):
    """Draw m targets from the list S (target objects); returns them in the order taken."""
    if m == 0:
        return []
    size = len(S)
    if m > size:
        raise DrawError("cannot draw %d targets from a set of %d" % (m, size))
    strata = sorted(set(t["stratum"] for t in S))
    members = {h: sorted((t for t in S if t["stratum"] == h), key=lambda t: t["id"]) for h in strata}

    # allocation by largest remainder
    alloc = {}
    rem = {}
    for h in strata:
        q = m * len(members[h])
        alloc[h] = q // size
        rem[h] = q % size
    leftover = m - sum(alloc.values())
    # order: r_h descending, ties by stratum order (stable sort over strata, which are in order)
    order = sorted(strata, key=lambda h: -rem[h])
    for k in range(leftover):
        alloc[order[k]] += 1
    for h in strata:
        assert alloc[h] <= len(members[h])

    taken_all = []
    for h in strata:
        untaken = list(members[h])  # id order
        for _ in range(alloc[h]):
            W = sum(t["weight"] for t in untaken)
            r = stream.int(W)
            cum = 0
            pick = None
            for idx, t in enumerate(untaken):
                cum += t["weight"]
                if cum > r:
                    pick = idx
                    break
            assert pick is not None
            taken_all.append(untaken.pop(pick))
    return taken_all


# ---------------------------------------------------------------- §4, §5, §6 dsr-draw/1

def select_targets(snapshot, stream, notes):
    targets = sorted(snapshot["targets"], key=lambda t: t["id"])
    population = [t for t in targets if t["excluded"] is None]
    N = len(population)
    if N == 0:
        raise DrawError("N = 0: no target with excluded = null; the draw fails")
    ratio = snapshot["ratioBp"]
    num = ratio * N
    if abs(num) > (1 << 53):
        notes.append("ratioBp * N = %d exceeds 2^53 (I10)" % num)
    n = max(1, -((-num) // 10000))  # exact integer ceiling, valid for negatives too
    if ratio <= 0:
        notes.append("ratioBp = %d <= 0: n = max(1, ...) = 1 (I5)" % ratio)
    if n > N:
        raise DrawError("n = %d exceeds the population N = %d (ratioBp %d > 10000?) (I5)" % (n, N, ratio))

    E = [t for t in population if t["inCycle"] is False]
    selections = []  # (target, cycle)
    if len(E) <= n:
        cycle_closed = True
        for t in E:  # id order
            selections.append((t, "current"))
        rest = n - len(E)
        if rest > 0:
            chosen = set(t["id"] for t in E)
            E2 = [t for t in population if t["id"] not in chosen]
            for t in stratified_weighted_draw(E2, rest, stream):
                selections.append((t, "next"))
    else:
        cycle_closed = False
        for t in stratified_weighted_draw(E, n, stream):
            selections.append((t, "current"))
    return n, cycle_closed, selections


def build_teams(snapshot, selections, stream):
    inspectors = sorted(snapshot["inspectors"], key=lambda p: p["id"])
    conflicts = set((c[0], c[1]) for c in snapshot["conflicts"])
    team_size = snapshot["teamSize"]
    load = {p["id"]: 0 for p in inspectors}
    teams = []
    for target, _cycle in selections:
        tid = target["id"]
        eligible = [p for p in inspectors if (p["id"], tid) not in conflicts]  # id order
        team = []
        on_team = set()
        # step 1
        for dept in snapshot["departments"]:
            pool = [p for p in eligible if p["department"] == dept and p["id"] not in on_team]
            if not pool:
                raise DrawError("target %r: no eligible inspector of department %r; the draw fails"
                                % (tid, dept))
            mn = min(load[p["id"]] for p in pool)
            candidates = [p for p in pool if load[p["id"]] == mn]
            pick = candidates[stream.int(len(candidates))]
            team.append(pick["id"])
            on_team.add(pick["id"])
        # step 2
        while len(team) < team_size:
            pool = [p for p in eligible if p["id"] not in on_team]
            if not pool:
                raise DrawError("target %r: only %d eligible inspectors for a team of %d; the draw fails"
                                % (tid, len(team), team_size))
            mn = min(load[p["id"]] for p in pool)
            candidates = [p for p in pool if load[p["id"]] == mn]
            pick = candidates[stream.int(len(candidates))]
            team.append(pick["id"])
            on_team.add(pick["id"])
        # step 3
        for pid in team:
            load[pid] += 1
        teams.append(team)
    return teams


def run_draw(snapshot, nonce, beacon):
    """Full dsr-draw/1. Returns a dict of everything computed."""
    notes = []
    validate_draw_snapshot(snapshot, notes)
    nonce_raw, nonce_hex = parse_nonce(nonce)
    if not isinstance(beacon, str):
        raise DrawError("beacon must be a string (possibly empty) (I11)")
    pool_digest = sha256_hex(canonical_bytes(snapshot))
    commitment = sha256_hex(nonce_raw)
    seed = make_seed("dsr-draw/1", snapshot["drawId"], pool_digest, nonce_hex, beacon)
    stream = Stream(seed)
    n, cycle_closed, selections = select_targets(snapshot, stream, notes)
    teams = build_teams(snapshot, selections, stream)
    result = {
        "algorithm": "dsr-draw/1",
        "drawId": snapshot["drawId"],
        "poolDigest": pool_digest,
        "n": n,
        "cycleClosed": cycle_closed,
        "selections": [
            {"targetId": t["id"], "stratum": t["stratum"], "cycle": cyc, "inspectorIds": team}
            for (t, cyc), team in zip(selections, teams)
        ],
    }
    return {
        "algorithm": "dsr-draw/1",
        "seed": seed.hex(),
        "streamWords": first_words(seed),
        "commitment": commitment,
        "poolDigest": pool_digest,
        "result": result,
        "resultDigest": sha256_hex(canonical_bytes(result)),
        "wordsConsumed": stream.consumed,
        "notes": notes,
    }


# ---------------------------------------------------------------- §9 dsr-swap/1

def validate_swap_snapshot(s, notes):
    if not isinstance(s, dict):
        raise DrawError("snapshot must be a JSON object")
    if _req_str(s, "algorithm", "snapshot") != "dsr-swap/1":
        raise DrawError("snapshot algorithm is not dsr-swap/1")
    for k in ("drawId", "replaces", "targetId", "removed"):
        _req_str(s, k, "snapshot")
    team = _req_list(s, "team", "snapshot")
    if not all(isinstance(x, str) for x in team):
        raise DrawError("snapshot: team must be an array of strings")
    rd = _req(s, "requiredDepartment", "snapshot")
    if rd is not None and not isinstance(rd, str):
        raise DrawError("snapshot: requiredDepartment must be a string or null")
    cands = _req_list(s, "candidates", "snapshot")
    for i, c in enumerate(cands):
        where = "candidates[%d]" % i
        if not isinstance(c, dict):
            raise DrawError("%s must be an object" % where)
        _req_str(c, "id", where)
        _req_str(c, "department", where)
        _req_int(c, "load", where)
    ids = [c["id"] for c in cands]
    if len(set(ids)) != len(ids):
        raise DrawError("duplicate candidate ids: id order is ambiguous (I8)")
    if not _is_sorted(ids):
        notes.append("candidates are not sorted by id (I8/I14): used in explicit id order")
    if s["removed"] not in team:
        raise DrawError("removed inspector %r is not on the team (I14)" % s["removed"])
    if team.count(s["removed"]) > 1:
        raise DrawError("removed inspector appears more than once on the team (I14)")
    on_team = [c["id"] for c in cands if c["id"] in team]
    if on_team:
        notes.append("candidates %r are on the team although §9 excludes them (I14)" % on_team)


def run_swap(snapshot, nonce, beacon):
    notes = []
    validate_swap_snapshot(snapshot, notes)
    nonce_raw, nonce_hex = parse_nonce(nonce)
    if not isinstance(beacon, str):
        raise DrawError("beacon must be a string (possibly empty) (I11)")
    pool_digest = sha256_hex(canonical_bytes(snapshot))
    commitment = sha256_hex(nonce_raw)
    seed = make_seed("dsr-swap/1", snapshot["drawId"], pool_digest, nonce_hex, beacon)
    stream = Stream(seed)

    cands = sorted(snapshot["candidates"], key=lambda c: c["id"])
    rd = snapshot["requiredDepartment"]
    if rd is not None:
        cands = [c for c in cands if c["department"] == rd]
    if not cands:
        raise DrawError("no candidate left%s; the swap fails"
                        % ("" if rd is None else " of department %r" % rd))
    mn = min(c["load"] for c in cands)
    cands = [c for c in cands if c["load"] == mn]
    added = cands[stream.int(len(cands))]["id"]
    team = [added if x == snapshot["removed"] else x for x in snapshot["team"]]
    result = {
        "algorithm": "dsr-swap/1",
        "drawId": snapshot["drawId"],
        "replaces": snapshot["replaces"],
        "poolDigest": pool_digest,
        "targetId": snapshot["targetId"],
        "removed": snapshot["removed"],
        "added": added,
        "inspectorIds": team,
    }
    return {
        "algorithm": "dsr-swap/1",
        "seed": seed.hex(),
        "streamWords": first_words(seed),
        "commitment": commitment,
        "poolDigest": pool_digest,
        "result": result,
        "resultDigest": sha256_hex(canonical_bytes(result)),
        "wordsConsumed": stream.consumed,
        "notes": notes,
    }


# ---------------------------------------------------------------- replay

def replay_one(record):
    if not isinstance(record, dict):
        raise DrawError("record must be a JSON object")
    for k in ("snapshot", "nonce", "beacon"):
        if k not in record:
            raise DrawError("record: missing field %r" % k)
    snapshot = record["snapshot"]
    alg = snapshot.get("algorithm") if isinstance(snapshot, dict) else None
    if alg == "dsr-draw/1":
        out = run_draw(snapshot, record["nonce"], record["beacon"])
    elif alg == "dsr-swap/1":
        out = run_swap(snapshot, record["nonce"], record["beacon"])
    else:
        raise DrawError("unknown snapshot algorithm %r" % (alg,))

    checks = {}
    for key in ("commitment", "poolDigest", "resultDigest", "seed"):
        if key in record:
            stored = record[key]
            checks[key] = isinstance(stored, str) and stored.lower() == out[key]
    if "result" in record:
        try:
            checks["result"] = canonical(record["result"]) == canonical(out["result"])
        except DrawError:
            checks["result"] = False
    if "streamWords" in record:
        stored = record["streamWords"]
        checks["streamWords"] = isinstance(stored, list) and stored == out["streamWords"][:len(stored)]
    out["checks"] = checks
    out["ok"] = all(checks.values())
    return out



# ---------------------------------------------------------------- §9 validity of a record

BEACON_SOURCES = ("WITNESS", "LOTTERY", "NONE")
RECORD_FORMAT = "dsr-draw-record/1"


def _obj(x):
    return x if isinstance(x, dict) else {}


def record_id(r):
    return r["drawId"] if "drawId" in r else _obj(r.get("snapshot")).get("drawId")


def ids_agree(r):
    ids = ([r["drawId"]] if "drawId" in r else []) + [_obj(r.get("snapshot")).get("drawId"), _obj(r.get("result")).get("drawId")]
    return isinstance(ids[0], str) and all(i == ids[0] for i in ids)


def _instant(text):
    if not isinstance(text, str):
        return None
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None


def swap_checks(record, swaps, checks, notes):
    """I18-I21 over the swaps in record order; each swap is applied to its team afterwards."""
    teams = {}
    for sel in _obj(record.get("result")).get("selections") or []:
        if isinstance(sel, dict) and isinstance(sel.get("targetId"), str) and isinstance(sel.get("inspectorIds"), list):
            teams[sel["targetId"]] = list(sel["inspectorIds"])
    conflicts = set(tuple(c) for c in _obj(record.get("snapshot")).get("conflicts") or [])
    removed_from = {}
    previous = record_id(record)
    ids = [previous]
    for k, swap in enumerate(swaps):
        p = "swaps[%d]." % k
        swap = _obj(swap)
        try:
            sub = replay_one(swap)
            for key, ok in sub["checks"].items():
                checks[p + key] = ok
        except DrawError as e:
            checks[p + "replay"] = False
            notes.append("%sreplay refused: %s" % (p, e))
        checks[p + "drawId"] = ids_agree(swap)
        s = _obj(swap.get("snapshot"))
        res = _obj(swap.get("result"))
        target = s.get("targetId")
        team = teams.get(target) if isinstance(target, str) else None
        checks[p + "replaces"] = isinstance(previous, str) and s.get("replaces") == previous and res.get("replaces") == previous
        checks[p + "team"] = team is not None and s.get("team") == team
        checks[p + "removed"] = team is not None and isinstance(s.get("removed"), str) and s["removed"] in team
        recusals = set(tuple(x) for x in swap.get("recusals") or [] if isinstance(x, list) and len(x) == 2)
        gone = removed_from.get(target, set())
        declared = s.get("team") if isinstance(s.get("team"), list) else []
        bad = [c.get("id") for c in (s.get("candidates") or []) if not isinstance(c, dict) or not isinstance(c.get("id"), str) or (
            c.get("id") in (team or []) or c.get("id") in declared or (c.get("id"), target) in conflicts
            or (c.get("id"), target) in recusals or c.get("id") in gone)]
        checks[p + "candidates"] = team is not None and not bad
        if bad:
            notes.append("%scandidates may not hold %r (I20)" % (p, bad))
        if record.get("replacedBy") is None:
            checks[p + "replaced"] = True
        else:
            when = swap.get("approvedAt") if swap.get("approvedAt") is not None else swap.get("createdAt")
            took, at = _instant(when), _instant(record.get("replacedAt"))
            checks[p + "replaced"] = took is not None and at is not None and took <= at
        removed = s.get("removed")
        if isinstance(removed, str):
            removed_from.setdefault(target, set()).add(removed)
            if team is not None and removed in team and isinstance(res.get("added"), str):
                teams[target] = [res["added"] if x == removed else x for x in team]
        previous = record_id(swap)
        ids.append(previous)
    keys = [json.dumps(i, sort_keys=True) for i in ids]
    checks["drawIds"] = len(set(keys)) == len(keys)


def replay(record):
    """Replays the record (and its swaps) and checks what makes it valid (I16-I21)."""
    out = replay_one(record)
    checks = out["checks"]
    checks["drawId"] = ids_agree(record)
    if "beaconSource" in record or record.get("format") == RECORD_FORMAT:
        src, beacon = record.get("beaconSource"), record.get("beacon")
        checks["beaconSource"] = src in BEACON_SOURCES and isinstance(beacon, str) and (src == "NONE") == (beacon == "")
    swaps = record.get("swaps")
    if isinstance(swaps, list) and swaps:
        swap_checks(record, swaps, checks, out["notes"])
    out["ok"] = all(checks.values())
    return out


def main(argv):
    if len(argv) != 3 or argv[1] != "replay":
        sys.stderr.write("usage: python3 dsr_draw.py replay <record.json>\n")
        return 2
    try:
        with open(argv[2], "rb") as f:
            record = json.loads(f.read().decode("utf-8"))
    except (OSError, ValueError) as e:
        sys.stderr.write("cannot read record: %s\n" % e)
        return 2
    try:
        out = replay(record)
    except DrawError as e:
        sys.stdout.write(json.dumps({"ok": False, "error": str(e)}, ensure_ascii=False, indent=2) + "\n")
        sys.stderr.write("draw refused/failed: %s\n" % e)
        return 2
    sys.stdout.write(json.dumps(out, ensure_ascii=False, indent=2) + "\n")
    return 0 if out["ok"] else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
