#!/usr/bin/env python3
"""Independent reference implementation of `dsr-sample/1` (DRAW.md §10, with §1 and §7).

Written from /work/shared/docs/DRAW.md ALONE, as an outside auditor would: it shares no code
with packages/domain (no import, no translation of it) and uses the standard library only.
Where the page leaves a choice open, the reading is listed below; each S-number is the same
question the TypeScript engine answers in packages/domain/src/sample/sample-readings.ts, so a
disagreement between the two shows up as a failing vector, not as a silent difference.

Usage:
    python3 dsr_sample.py replay <record.json>        one record; exit 0 all stored values match,
                                                       1 some differ, 2 refused / bad usage
    python3 dsr_sample.py replay-many <records.json>  a JSON array of records; prints a JSON array
                                                       of outcomes (each with its "status"), exit 0

A record: "snapshot", "nonce" (64 hex), "beacon" (string, may be empty); optionally the stored
"commitment", "poolDigest", "itemsDigest", "result", "resultDigest", "drawId", "beaconSource",
and "extended": the whole record of the sample this one enlarges (when snapshot.extends is set).

What the page says, followed literally:
  poolDigest  = hex(SHA-256(canonical snapshot));  itemsDigest = hex(SHA-256(canonical items))
  seed        = SHA-256(UTF-8("dsr-sample/1\\n" + drawId + "\\n" + itemsDigest + "\\n" + hex(nonce)
                + "\\n" + beacon));  commitment = hex(SHA-256(nonce bytes))
  ticket(id)  = SHA-256(seed || UTF-8(id)) as a 256-bit big-endian integer
  n_h         = GB/T 2828.1 level II by N_h, or ceil(ratioBp * N_h / 10000); then
                min(N_h, max(n_h, minPerStratum)); in each stratum the n_h smallest tickets (ties by id)
  result      = {algorithm, drawId, poolDigest, itemsDigest, strata, selections}, strata in code-point
                order, selections by stratum then ticket ascending, ticket as 64 lowercase hex digits.

READINGS where the page is open (refuse = exit 2 with a message):
 S1  An empty items array: refuse (§4 refuses a draw with N = 0; a sample of nothing proves nothing).
 S2  RATIO: ratioBp an integer 1..10000; GB2828-II: ratioBp must be null.  Otherwise refuse.
 S3  minPerStratum: an integer >= 1 (the page's comment); no upper bound.
 S4  items must be strictly increasing by id in code-point order ("sorted by id"): an unsorted
     array or a repeated id is refused, not sorted here.
 S5  The snapshot has exactly the seven fields of the page, each item exactly id, stratum,
     resultDigest: any other field is refused (it would be hashed into poolDigest unseen).
 S6  resultDigest of an item and a non-null "extends": 64 lowercase hex digits ("hex" as the
     page writes it everywhere).
 S7  No lone surrogate in drawId, ids, strata or the beacon (UTF-8 of one is undefined).  With
     unique ids, two tickets can then be equal only by a SHA-256 collision: "ties by id" stays
     in the sort key but is never reached.
 S8  drawId must be a non-empty string; a stratum is any string.  JSON true/false are not integers.
 S9  An enlarged sample ("extends" not null) is checked against the record it names, which the
     record must carry in "extended" (otherwise the "extends" check fails): that record's own
     checks (named "extended.<check>"), its resultDigest == extends, and "extension": same drawId,
     same itemsDigest, same nonce and beacon, every stratum's sampleSize >= the enlarged one's,
     one strictly larger, and every item of the enlarged sample selected again.
 S10 "seed ||" means the 32 raw bytes of the seed (as in §3), then the UTF-8 bytes of the id.
 S11 "beaconSource", when the record has it (or format "dsr-sample-record/1"): one of WITNESS,
     LOTTERY, NONE, and NONE exactly when the beacon is empty (the rule §9 gives for draws).
"""

import hashlib
import json
import sys

ALGORITHM = "dsr-sample/1"
SNAPSHOT_FIELDS = {"algorithm", "drawId", "sizeRule", "ratioBp", "minPerStratum", "extends", "items"}
ITEM_FIELDS = {"id", "stratum", "resultDigest"}
HEX = set("0123456789abcdef")

# GB/T 2828.1 general inspection level II, as DRAW.md §10 lists it: (largest N_h of the row, n_h).
GB2828_II = [
    (1, 1), (8, 2), (15, 3), (25, 5), (50, 8), (90, 13), (150, 20), (280, 32), (500, 50),
    (1200, 80), (3200, 125), (10000, 200), (35000, 315), (150000, 500), (500000, 800),
]
GB2828_II_BEYOND = 1250


class Refused(Exception):
    """The snapshot is not one the page (with the readings above) can sample."""


def canonical(value):
    """§7: sorted keys, no whitespace, UTF-8 (json.dumps as the page itself names it)."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True).encode("utf-8")


def sha_hex(data):
    return hashlib.sha256(data).hexdigest()


def is_hex64(text):
    return isinstance(text, str) and len(text) == 64 and set(text) <= HEX


def is_int(value):
    return isinstance(value, int) and not isinstance(value, bool)


def well_formed(text):
    return not any(0xD800 <= ord(ch) <= 0xDFFF for ch in text)


def validate(snapshot):
    if not isinstance(snapshot, dict) or set(snapshot) != SNAPSHOT_FIELDS:
        raise Refused("S5: the snapshot must have exactly the fields of §10")
    if snapshot["algorithm"] != ALGORITHM:
        raise Refused("algorithm must be dsr-sample/1")
    draw_id = snapshot["drawId"]
    if not isinstance(draw_id, str) or draw_id == "" or not well_formed(draw_id):
        raise Refused("S7/S8: drawId")
    rule, ratio = snapshot["sizeRule"], snapshot["ratioBp"]
    if rule == "GB2828-II":
        if ratio is not None:
            raise Refused("S2: ratioBp must be null with GB2828-II")
    elif rule == "RATIO":
        if not is_int(ratio) or not 1 <= ratio <= 10000:
            raise Refused("S2: ratioBp must be 1..10000 with RATIO")
    else:
        raise Refused("sizeRule must be GB2828-II or RATIO")
    if not is_int(snapshot["minPerStratum"]) or snapshot["minPerStratum"] < 1:
        raise Refused("S3: minPerStratum >= 1")
    if snapshot["extends"] is not None and not is_hex64(snapshot["extends"]):
        raise Refused("S6: extends")
    items = snapshot["items"]
    if not isinstance(items, list) or not items:
        raise Refused("S1: no items")
    for k, item in enumerate(items):
        if not isinstance(item, dict) or set(item) != ITEM_FIELDS:
            raise Refused("S5: item %d fields" % k)
        if not isinstance(item["id"], str) or not isinstance(item["stratum"], str):
            raise Refused("item %d: id and stratum are strings" % k)
        if not well_formed(item["id"]) or not well_formed(item["stratum"]):
            raise Refused("S7: item %d has a lone surrogate" % k)
        if not is_hex64(item["resultDigest"]):
            raise Refused("S6: item %d resultDigest" % k)
        if k and not items[k - 1]["id"] < item["id"]:  # Python compares str by code point
            raise Refused("S4: items not strictly sorted by id at %d" % k)


def sample_size(snapshot, population):
    if snapshot["sizeRule"] == "GB2828-II":
        n = next((size for top, size in GB2828_II if population <= top), GB2828_II_BEYOND)
    else:
        n = -((-snapshot["ratioBp"] * population) // 10000)  # exact integer ceiling
    return min(population, max(n, snapshot["minPerStratum"]))


def run(snapshot, nonce, beacon):
    """The sample of §10; returns (seed bytes, result)."""
    validate(snapshot)
    if not is_hex64(nonce):
        raise Refused("nonce must be 64 lowercase hex digits (\"hex is lowercase\", §1)")
    if not isinstance(beacon, str) or not well_formed(beacon):
        raise Refused("S7: beacon must be a string")
    items_digest = sha_hex(canonical(snapshot["items"]))
    pool_digest = sha_hex(canonical(snapshot))
    text = "\n".join([ALGORITHM, snapshot["drawId"], items_digest, nonce, beacon])
    seed = hashlib.sha256(text.encode("utf-8")).digest()
    strata = {}
    for item in snapshot["items"]:
        ticket = int.from_bytes(hashlib.sha256(seed + item["id"].encode("utf-8")).digest(), "big")
        strata.setdefault(item["stratum"], []).append((ticket, item["id"]))
    result = {"algorithm": ALGORITHM, "drawId": snapshot["drawId"], "poolDigest": pool_digest,
              "itemsDigest": items_digest, "strata": [], "selections": []}
    for stratum in sorted(strata):
        members = sorted(strata[stratum])  # ticket, then id
        n = sample_size(snapshot, len(members))
        result["strata"].append({"stratum": stratum, "population": len(members), "sampleSize": n})
        for ticket, item_id in members[:n]:
            result["selections"].append({"itemId": item_id, "stratum": stratum,
                                         "ticket": "%064x" % ticket})
    return seed, result


def extension_ok(base, base_out, record, out):
    """S9: what an enlargement keeps, from the two replays (not from what the records claim)."""
    if base_out.get("result") is None or out.get("result") is None:
        return False
    first, second = base_out["result"], out["result"]
    sizes = {s["stratum"]: s["sampleSize"] for s in first["strata"]}
    grows = [s["sampleSize"] - sizes.get(s["stratum"], 0) for s in second["strata"]]
    chosen = {s["itemId"] for s in second["selections"]}
    return (first["drawId"] == second["drawId"] and first["itemsDigest"] == second["itemsDigest"]
            and base.get("nonce") == record.get("nonce")
            and base.get("beacon") == record.get("beacon")
            and all(g >= 0 for g in grows) and any(g > 0 for g in grows)
            and all(s["itemId"] in chosen for s in first["selections"]))


def replay(record, prefix=""):
    """Everything computed from one record, and each stored value compared ("checks")."""
    out = {"checks": {}, "notes": []}
    snapshot = record.get("snapshot")
    nonce = record.get("nonce", "")
    try:
        seed, result = run(snapshot, nonce, record.get("beacon"))
        out.update(seed=seed.hex(), result=result, resultDigest=sha_hex(canonical(result)),
                   poolDigest=result["poolDigest"], itemsDigest=result["itemsDigest"])
    except Refused as why:
        if not prefix:
            raise
        out["notes"].append("%srefused: %s" % (prefix, why))
        out["result"] = None
    checks = out["checks"]
    try:
        out["commitment"] = sha_hex(bytes.fromhex(nonce))
    except (TypeError, ValueError):
        out["commitment"] = None
    stored_items = record.get("itemsDigest", (record.get("result") or {}).get("itemsDigest"))
    for name, stored, computed in [("commitment", record.get("commitment"), out["commitment"]),
                                   ("poolDigest", record.get("poolDigest"), out.get("poolDigest")),
                                   ("itemsDigest", stored_items, out.get("itemsDigest"))]:
        if stored is not None:
            checks[prefix + name] = stored == computed
    if "result" in record:
        checks[prefix + "resultDigest"] = sha_hex(canonical(record["result"])) == record.get("resultDigest")
    if "resultDigest" in record:
        checks[prefix + "replay"] = out.get("resultDigest") == record["resultDigest"]
    ids = ([record["drawId"]] if "drawId" in record else []) + [
        (snapshot or {}).get("drawId"), (record.get("result") or {}).get("drawId")]
    checks[prefix + "drawId"] = isinstance(ids[0], str) and all(i == ids[0] for i in ids)
    if "beaconSource" in record or record.get("format") == "dsr-sample-record/1":
        source, beacon = record.get("beaconSource"), record.get("beacon")
        checks[prefix + "beaconSource"] = (source in ("WITNESS", "LOTTERY", "NONE") and isinstance(beacon, str)
                                           and (source == "NONE") == (beacon == ""))
    claimed, base = (snapshot or {}).get("extends"), record.get("extended")
    if claimed is not None or base is not None:
        checks[prefix + "extends"] = (isinstance(base, dict) and claimed is not None
                                      and claimed == base.get("resultDigest"))
        if isinstance(base, dict):
            inner = replay(base, prefix + "extended.")
            checks[prefix + "extension"] = extension_ok(base, inner, record, out)
            checks.update(inner["checks"])
            out["notes"].extend(inner["notes"])
    out["ok"] = all(checks.values())
    return out


def outcome(record):
    try:
        out = replay(record)
    except Refused as why:
        return {"status": 2, "error": str(why)}
    out["status"] = 0 if out["ok"] else 1
    return out


def main(argv):
    if len(argv) != 3 or argv[1] not in ("replay", "replay-many"):
        print("usage: dsr_sample.py replay|replay-many <file.json>", file=sys.stderr)
        return 2
    with open(argv[2], "rb") as f:
        data = json.loads(f.read().decode("utf-8"))
    if argv[1] == "replay-many":
        print(json.dumps([outcome(r) for r in data], ensure_ascii=False))
        return 0
    result = outcome(data)
    print(json.dumps(result, ensure_ascii=False))
    if result["status"] == 2:
        print(result["error"], file=sys.stderr)
    return result["status"]


if __name__ == "__main__":
    sys.exit(main(sys.argv))
