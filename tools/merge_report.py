#!/usr/bin/env python3
"""Why one happening became several events: duplicates and split sources, against a gold file.

    python3 tools/merge_report.py GOLD OUT_DIR/timeline.json [--score ../shared/eval/score.py]
                                  [--explain build/src/cli/kronik]

Runs the evaluation kit's scorer (its matching decides what a duplicate is), then lists
  - each duplicate: a system event the scorer could match to a gold event another system event
    already took, next to the taken one;
  - each found gold event whose sources are split: the gold sources the matched event lacks and
    the system events that cite them with a compatible root;
with their parties, codes, dates, places, sources, and a guessed cause (the first merge test the
two events fail, docs/merge.md). With --explain, `kronik explain` is run on each pair.
Standard library only; reads the texts only through the timeline.
"""
import argparse
import copy
import importlib.util
import io
import contextlib
import json
import subprocess
import sys
from collections import Counter


class Scorer:
    """score.py loaded as a module: its own matching decides duplicates and compatibility."""

    def __init__(self, score_py, gold_raw, timeline):
        spec = importlib.util.spec_from_file_location("kronik_score", score_py)
        self.sc = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(self.sc)
        self.gold_raw, self.timeline = gold_raw, timeline

    def events_report(self, gold_events, events):
        g = self.sc.Gold(dict(self.gold_raw, events=gold_events))
        with contextlib.redirect_stdout(io.StringIO()):
            return self.sc.score(g, copy.deepcopy(dict(self.timeline, events=events)))["events"]

    def duplicates(self, taken):
        """What score.py counts: events not taken that fit some gold event, with those gold events."""
        out = []
        for e in self.timeline["events"]:
            if e["id"] in taken:
                continue
            fit = [g for g in self.gold_raw["events"] if self.fits(g, e)]
            if fit:
                out.append((e, fit))
        return out

    def fits(self, gold_event, event):
        return bool(self.events_report([gold_event], [event])["matched"])


def describe(ev, names):
    parts = ", ".join(f"{p.get('role', '?')}:{names.get(p['entity'], p['entity'])}" for p in ev.get("participants") or [])
    date = (ev.get("date") or {}).get("value")
    loc = names.get(ev.get("location"), ev.get("location"))
    srcs = sorted({s["document"] if isinstance(s, dict) else s for s in ev.get("sources") or []})
    return f"{ev['id']} {ev.get('cameo')} [{parts}] date={date} place={loc} sources={srcs}"


def sources_of(ev):
    return {s["document"] if isinstance(s, dict) else s for s in ev.get("sources") or []}


def party_keys(ev):
    return {p["entity"] for p in ev.get("participants") or [] if p.get("role") != "speaker"}


def cause(a, b):
    """The first merge test two system events fail (a guess from the output, not the merge's own)."""
    if a.get("cameo", "")[:2] != b.get("cameo", "")[:2]:
        return f"codes {a.get('cameo')} vs {b.get('cameo')}"
    pa, pb = party_keys(a), party_keys(b)
    if not pa & pb:
        return "no shared party (entity split or affiliation missing)"
    if pa != pb:
        return f"parties differ: {sorted(pa - pb)} vs {sorted(pb - pa)}"
    da, db = (a.get("date") or {}).get("value"), (b.get("date") or {}).get("value")
    if da and db and da != db:
        return f"dates {da} vs {db}"
    if a.get("location") != b.get("location"):
        return f"places {a.get('location')} vs {b.get('location')}"
    return "same parties, code root and date (code group or same-document rule)"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("gold")
    ap.add_argument("timeline")
    ap.add_argument("--score", default="../shared/eval/score.py")
    ap.add_argument("--explain", help="kronik binary: run `kronik explain` on each pair")
    args = ap.parse_args()
    gold_raw = json.load(open(args.gold))
    timeline = json.load(open(args.timeline))
    events = timeline["events"]
    by_id = {e["id"]: e for e in events}
    names = {e["id"]: e["name"] for e in timeline["entities"]}
    out = subprocess.run([sys.executable, args.score, args.gold, args.timeline, "--json", "--verbose"],
                         capture_output=True, text=True).stdout
    report = json.loads(out)
    ev = report["events"]
    matched = ev["matched"]  # gold id -> system id
    gold = {g["id"]: g for g in gold_raw["events"]}
    ent_split = report["entities"]["split_entities"]
    print(f"core F1 {ev['core_f1']}  duplicates {ev['duplicates']}  source recall {ev['source_recall']}  "
          f"entity splits {len(ent_split)}: {ent_split}")
    causes = Counter()
    taken = set(matched.values())
    # duplicates as the scorer counts them, next to the event that took each gold event they fit
    scorer = Scorer(args.score, gold_raw, timeline)
    for e, fit in scorer.duplicates(set(matched.values())):
        print(f"\n[duplicate] {describe(e, names)}")
        for g in fit:
            gid = g["id"]
            vid = matched.get(gid)
            if vid is None:
                continue
            c = cause(by_id[vid], e)
            causes[c.split(":")[0]] += 1
            print(f"  fits gold {gid} {g.get('kind')} cameo={g['cameo']} date={g.get('date')} sources={g.get('sources')}")
            print("  taken by:", describe(by_id[vid], names))
            print("  cause   :", c)
        explain(args.explain, e["id"], args.timeline)
    # split sources: a missing source is a merge miss when some event citing it fits the gold
    # event on its own (the merge kept it apart), an extraction miss when none does
    split_causes = Counter()
    for gid, vid in matched.items():
        g = gold[gid]
        gsrc = set(g.get("sources") or [])
        missing = gsrc - sources_of(by_id[vid])
        if not gsrc or not missing:
            continue
        print(f"\n[split] gold {gid} {g.get('kind')} cameo={g['cameo']} date={g.get('date')} missing sources {sorted(missing)}")
        print("  kept :", describe(by_id[vid], names))
        for doc in sorted(missing):
            fitting = [e for e in events if doc in sources_of(e) and e["id"] != vid and scorer.fits(g, e)]
            for e in fitting:
                c = cause(by_id[vid], e)
                print("  apart:", describe(e, names), "|", c)
            split_causes["merge: " + cause(by_id[vid], fitting[0]).split(":")[0] if fitting else "extraction: no event of " + "the document fits"] += 1
    print("\ncauses of split sources:", dict(split_causes))
    print("\ncauses of duplicates:", dict(causes))


def explain(binary, event_id, timeline):
    if not binary:
        return
    out_dir = timeline.rsplit("/", 1)[0]
    r = subprocess.run([binary, "explain", event_id, out_dir], capture_output=True, text=True)
    print("  " + "\n  ".join(r.stdout.splitlines()[:12]))


if __name__ == "__main__":
    main()
