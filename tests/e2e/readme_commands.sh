#!/usr/bin/env bash
# Every "$ kronik ..." line in README.md runs and succeeds (exit 0 or 1), from the source tree,
# with the built binary and a scratch output folder.
source "$(dirname "$0")/lib.sh"
cd "$KRONIK_SOURCE_DIR"
n=0
while IFS= read -r line; do
  cmd=${line#\$ kronik }
  cmd=${cmd//-o out/-o $WORK/out}
  echo "+ kronik $cmd"
  set +e
  eval "\"$KRONIK\" $cmd" > "$WORK/stdout" 2> "$WORK/stderr"
  rc=$?
  set -e
  if [ $rc -gt 1 ]; then cat "$WORK/stderr"; fail "README command 'kronik $cmd' exited $rc"; fi
  n=$((n + 1))
done < <(grep -E '^\$ kronik ' README.md | grep -v '\.\./shared' || true)
[ $n -ge 3 ] || fail "only $n README commands found"
echo "$n README commands ran"
