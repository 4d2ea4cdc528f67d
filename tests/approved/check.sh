#!/usr/bin/env bash
# Approved baselines: every document each sample builds, as `render --dump json` prints it,
# kept under tests/approved/. Any difference fails, with the diff and the command that approves
# the new output once it has been read and found right.
#
#   tests/approved/check.sh WARDREPORT_BIN            # compare (ctest runs this)
#   tests/approved/check.sh WARDREPORT_BIN --approve  # write the current output as approved
set -euo pipefail
bin=$1
mode=${2:-check}
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
build=$(cd "$(dirname "$bin")/.." && pwd)  # any build tree: its path is no part of a baseline
reports=$("$bin" reports | awk '{print $1}')
status=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
shopt -s nullglob
for sample in "$top"/samples/*.yaml "$top"/samples/real/*.yaml; do
  stem=$(basename "$sample" .yaml)
  for report in $reports; do
    approved="$here/$stem--$report.json"
    got="$tmp/$stem--$report.json"
    # A report the sample cannot make (its data missing) is approved as the error it gives.
    if ! "$bin" render "$sample" --report "$report" --dump json >"$got" 2>"$tmp/err"; then
      sed "s|$build/|<build>/|g; s|$top/||g" "$tmp/err" >"$got"
    fi
    if [ "$mode" = --approve ]; then
      cp "$got" "$approved"
    elif [ ! -f "$approved" ]; then
      echo "no approved baseline for $stem, report $report: $approved"
      status=1
    elif ! diff -u "$approved" "$got" >"$tmp/diff"; then
      echo "the document $stem / $report differs from its approved baseline:"
      head -n 80 "$tmp/diff"
      status=1
    fi
  done
done
if [ "$mode" != --approve ]; then
  for approved in "$here"/*.json; do
    name=$(basename "$approved" .json)
    stem=${name%%--*}
    [ -f "$top/samples/$stem.yaml" ] || [ -f "$top/samples/real/$stem.yaml" ] || {
      echo "approved baseline $name has no sample any more: delete $approved"; status=1; }
  done
fi
if [ "$status" -ne 0 ]; then
  echo
  echo "If every difference above is intended, approve the new output and commit it with the change:"
  echo "  tests/approved/check.sh $bin --approve"
fi
exit "$status"
