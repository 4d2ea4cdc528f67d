#!/usr/bin/env bash
# The bash completion as bash runs it: COMP_WORDS/COMP_CWORD set, _wardreport called, COMPREPLY
# compared with what the engine itself lists (`wardreport reports`, `wardreport plugins`, each
# subcommand's --help).
# Usage: completion.sh COMPLETION_FILE WARDREPORT (a path, or a name looked up in PATH)
set -uo pipefail
completion=$1
exe=$2
source "$completion" || { echo "FAIL: cannot source $completion"; exit 1; }
failures=0

# complete WORD... : the completions of the last word, sorted, one line.
complete_words() {
    COMP_WORDS=("$exe" "$@")
    COMP_CWORD=$#
    COMPREPLY=()
    _wardreport
    printf '%s\n' "${COMPREPLY[@]}" | sort | tr '\n' ' ' | sed 's/ $//'
}

expect() {
    local want=$1 got
    shift
    got=$(complete_words "$@")
    if [ "$got" != "$want" ]; then
        echo "FAIL: wardreport $* <TAB>: got '$got', expected '$want'"
        failures=$((failures + 1))
    fi
}

sorted() { sort | tr '\n' ' ' | sed 's/ $//'; }

reports=$("$exe" reports | awk '{print $1}' | sorted)
formats=$("$exe" plugins | sed -n 's/^ *format: \([^ ]*\) .*/\1/p' | sorted)
case " $reports " in *" nghi-quyet "*) ;; *) echo "FAIL: '$exe reports' lists no nghi-quyet: '$reports'"; exit 1 ;; esac
case " $formats " in *" pdf "*) ;; *) echo "FAIL: '$exe plugins' lists no pdf: '$formats'"; exit 1 ;; esac

expect "--help --version batch import plugins render reports schema validate" ""
expect "batch" ba
expect "$reports" render --report ""
expect "$reports" batch in/ -o out --report ""
expect "nghi-quyet" render x.yaml --report = ng
expect "$formats" render --format ""
expect "$formats" batch --format ""
expect "--report --reports-dir" render --re
expect "json text" render --dump ""
# Each subcommand its own options: --jobs is batch's, --dump render's.
expect "--jobs" batch --jo
expect "" render --jo
expect "--dump" render --du
expect "--write" import --wr
# A number: nothing to offer.
expect "" batch --jobs ""

# Files and directories, from a scratch folder.
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
mkdir -p "$scratch/out dir" "$scratch/wards"
touch "$scratch/ky-son.yaml" "$scratch/ky-son.xlsx"
cd "$scratch" || exit 1
expect "ky-son.xlsx ky-son.yaml" render ky
expect "ky-son.xlsx ky-son.yaml" import ky-son.yaml ky
expect "out dir wards" render -o ""
expect "wards" batch --reports-dir w

if [ "$failures" -ne 0 ]; then
    echo "$failures completion(s) wrong"
    exit 1
fi
echo "bash completion: every case as expected ($exe)"
