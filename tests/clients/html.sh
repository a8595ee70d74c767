#!/usr/bin/env bash
# timeline.html in a real browser: Debian's chromium, headless, opens the page from disk (no
# network: the page's Content-Security-Policy forbids any load) and must render every event
# (and the filtered subset for #family=..&actor=..) without a single console message.
source "$(dirname "$0")/lib.sh"
browser=$(command -v chromium || command -v chromium-browser || true)
[ -n "$browser" ] || skip "chromium missing (Debian chromium; scripts/install-deps.sh)"
build_examples "$WORK/out"
page="$WORK/out/timeline.html"
if grep -Eq '<(script|link|img|iframe)[^>]*(src|href)=' "$page"; then fail "timeline.html loads external resources"; fi

open_page() {  # URL-suffix -> the rendered DOM on stdout; console messages fail the test
  timeout 120 "$browser" --headless --no-sandbox --disable-gpu --disable-background-networking \
    --disable-extensions --disable-sync --no-first-run --no-default-browser-check \
    --user-data-dir="$WORK/profile" --enable-logging=stderr --v=0 \
    --dump-dom "file://$page$1" 2>"$WORK/console.txt" || fail "chromium failed on timeline.html$1"
  if grep -F "CONSOLE" "$WORK/console.txt"; then fail "console messages on timeline.html$1"; fi
}
open_page "" > "$WORK/all.html"
read -r family actor total expected < <(python3 - "$WORK/out/events.jsonl" <<'PY'
import collections, json, sys, urllib.parse
events = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
family = collections.Counter(e["cameo_root"] for e in events).most_common(1)[0][0]
actor = collections.Counter(p["entity"] for e in events if e["cameo_root"] == family
                            for p in e["participants"]).most_common(1)[0][0]
n = sum(1 for e in events if e["cameo_root"] == family and any(p["entity"] == actor for p in e["participants"]))
print(family, urllib.parse.quote(actor, safe=""), len(events), n)
PY
)
python3 - "$WORK/all.html" "$WORK/out/events.jsonl" "$total" <<'PY' || fail "timeline.html did not render every event"
import json, re, sys
dom = open(sys.argv[1], encoding="utf-8").read()
events = [json.loads(l) for l in open(sys.argv[2], encoding="utf-8")]
assert 'data-shown="%s"' % sys.argv[3] in dom, re.findall(r'data-shown="\d+"', dom)
for e in events:
    assert 'id="%s"' % e["id"] in dom, e["id"]
assert events[0]["headline"].split()[0] in dom
print("timeline.html: %d events rendered" % len(events))
PY
open_page "#family=$family&actor=$actor" > "$WORK/filtered.html"
grep -q "data-shown=\"$expected\"" "$WORK/filtered.html" || fail "filters family=$family actor=$actor do not show $expected events"
echo "timeline.html: filters family=$family actor=$actor show $expected of $total events; no console message"
