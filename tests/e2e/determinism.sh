#!/usr/bin/env bash
# Same input, same bytes out, whatever the thread count; stdin works like a file.
source "$(dirname "$0")/lib.sh"
src="$KRONIK_SOURCE_DIR/examples"
"$KRONIK" build "$src" -o "$WORK/a" -q -j 1 --neo4j --kuzu --rdf --gdelt
"$KRONIK" build "$src" -o "$WORK/b" -q -j 4 --neo4j --kuzu --rdf --gdelt
for f in $(cd "$WORK/a" && ls); do
  cmp "$WORK/a/$f" "$WORK/b/$f" || fail "$f differs between runs"
done
f=$(ls "$src"/*.txt | head -n1)
"$KRONIK" build - -o "$WORK/c" -q < "$f"
python3 -c "import json,sys; t=json.load(open(sys.argv[1])); assert t['documents'][0]['id']=='-', t['documents'][0]['id']; assert t['summary']['documents_read']==1" "$WORK/c/timeline.json" \
  || fail "stdin document not read"
echo ok
