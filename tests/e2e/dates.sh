#!/usr/bin/env bash
# `kronik dates`: every publication-date signal with its verdict, the winner first, then the time
# expressions; a header wins over the URL and the text, a disagreement is a warning; usage errors.
source "$(dirname "$0")/lib.sh"

# A header line, a later bare weekday (which must not push the date a week late) and a URL
# that agrees.
printf '%s\n' '{"id": "harbour.json", "url": "https://example.com/news/2025/03/07/harbour", "text": "Harbour reopens after the storm\nPublished: 7 Mar. 2025, 09:12\nThe harbour reopened on Thursday after a week of repairs, and on Monday the ferries will return."}' \
  > "$WORK/harbour.jsonl"
"$KRONIK" dates "$WORK/harbour.jsonl" > "$WORK/harbour.txt" || fail "dates on JSON Lines failed"
grep -q "^# harbour.json .*published 2025-03-07T09:12" "$WORK/harbour.txt" || fail "header stamp not the publication: $(head -1 "$WORK/harbour.txt")"
grep -qP "^signal\theader\t2025-03-07T09:12\twon" "$WORK/harbour.txt" || fail "no winning header signal line"
grep -qP "^signal\turl\t2025-03-07\tagrees" "$WORK/harbour.txt" || fail "no agreeing URL signal line"
grep -qP "^signal\ttext\t" "$WORK/harbour.txt" || fail "no text signal line"
grep -qP "^\d+\t\d+\t\d+\tThursday\t2025-03-06\t" "$WORK/harbour.txt" || fail "Thursday not resolved against the header"

# Indonesian: a header contradicted by the text keeps the header, with a warning naming both.
printf 'Pelabuhan Dibuka Kembali\nDiterbitkan 2 Maret 2025\nPelabuhan dibuka kembali pada Kamis (20/3/2025) setelah perbaikan.\n' > "$WORK/pelabuhan.txt"
"$KRONIK" dates "$WORK/pelabuhan.txt" > "$WORK/pelabuhan.out" || fail "dates on text failed"
grep -q "published 2025-03-02" "$WORK/pelabuhan.out" || fail "the header date was not kept"
grep -qP "^signal\ttext\t2025-03-20\tdisagrees" "$WORK/pelabuhan.out" || fail "the text's day is not shown as disagreeing"
grep -qP "^warning\tpublication-disagreement\t.*header.*2025-03-20" "$WORK/pelabuhan.out" || fail "no disagreement warning"

# --published acts as metadata and wins over everything else.
"$KRONIK" dates "$WORK/pelabuhan.txt" --published 2025-03-03 > "$WORK/meta.out" || fail "dates --published failed"
grep -qP "^signal\tmetadata\t2025-03-03\twon" "$WORK/meta.out" || fail "metadata did not win"

# stdin and usage errors
"$KRONIK" dates - --format text < "$WORK/pelabuhan.txt" | grep -q "published 2025-03-02" || fail "dates on stdin failed"
set +e
"$KRONIK" dates "$WORK/pelabuhan.txt" --published someday > /dev/null 2>&1; rc=$?
[ $rc -eq 2 ] || fail "a bad --published must be a usage error (2), got $rc"
"$KRONIK" dates "$WORK/missing.txt" > /dev/null 2>&1; rc=$?
[ $rc -eq 3 ] || fail "a missing input must exit 3, got $rc"
set -e
echo "dates: ok"
