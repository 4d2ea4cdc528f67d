#!/bin/sh
# Runs the real CLI on every file of a bad-input corpus, under memory and CPU-time limits, and
# checks what a clerk is promised on bad input (docs/guarantees-input.md): exit 1, not a signal;
# an error at the expected FILE:LINE:COLUMN whose line holds the expected words; no output file.
#
#   check_bad_inputs.sh ward        WARDREPORT CORPUS_DIR   validate FILE and render FILE -o DIR
#   check_bad_inputs.sh definitions WARDREPORT CORPUS_DIR SAMPLE
#                                   reports --reports-dir D and render SAMPLE --reports-dir D -o DIR
#
# Each CORPUS_DIR/NAME.yaml carries its expectation on its first line, "# expect: LINE:COLUMN:
# words", or, when its bytes cannot hold a comment (empty, binary, UTF-16), in NAME.expect.
# LINE:COLUMN 0:0 means an error about the whole file ("FILE: error: ..."). Memory is capped with
# ulimit -v (WARDREPORT_BAD_INPUT_VMEM_KB, default 1 GiB; 0 for none, as AddressSanitizer needs),
# CPU time with ulimit -t: a hang or a runaway allocation fails the run instead of the machine.
set -u
kind=$1 cli=$2 dir=$3 sample=${4:-}
vmem=${WARDREPORT_BAD_INPUT_VMEM_KB:-1048576}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0 count=0

# run LABEL ARGS...: the CLI under the limits; its exit status in $rc, its stderr in $work/err.
run() {
    (
        [ "$vmem" = 0 ] || ulimit -v "$vmem"
        ulimit -t 20
        exec "$cli" "$@"
    ) >"$work/out.txt" 2>"$work/err"
    rc=$?
}

fail() {
    echo "FAIL $1: $2"
    sed 's/^/    | /' "$work/err" | head -n 8
    failures=$((failures + 1))
}

# check FILE-LABEL LOCATION-PREFIX WORDS COMMAND...
check() {
    label=$1 where=$2 words=$3
    shift 3
    rm -rf "$work/output"
    run "$@"
    if [ "$rc" -gt 128 ]; then fail "$label" "killed by signal $((rc - 128)) (crash, or over the time or memory limit)"; return; fi
    if [ "$rc" -ne 1 ]; then fail "$label" "exit status $rc; expected 1"; return; fi
    if ! grep -F -- "$where" "$work/err" | grep -q -F -- "$words"; then
        fail "$label" "no line '$where' with '$words' on stderr"
        return
    fi
    if [ -d "$work/output" ] && [ -n "$(ls -A "$work/output")" ]; then
        fail "$label" "output written: $(ls -A "$work/output" | tr '\n' ' ')"
    fi
}

for file in "$dir"/*.yaml; do
    name=$(basename "$file" .yaml)
    if [ -f "$dir/$name.expect" ]; then
        expect=$(head -n 1 "$dir/$name.expect")
    else
        expect=$(head -n 1 "$file" | sed -n 's/^# expect: //p')
    fi
    if [ -z "$expect" ]; then
        echo "FAIL $name: no '# expect: LINE:COLUMN: words' first line and no $name.expect"
        failures=$((failures + 1))
        continue
    fi
    position=${expect%%: *} words=${expect#*: }
    count=$((count + 1))
    case $kind in
        ward) target=$file ;;
        definitions)
            rm -rf "$work/defs" && mkdir "$work/defs" && cp "$file" "$work/defs/"
            target=$work/defs/$name.yaml ;;
        *) echo "unknown corpus kind '$kind'"; exit 2 ;;
    esac
    if [ "$position" = "0:0" ]; then where="$target: error: "; else where="$target:$position: error: "; fi
    case $kind in
        ward)
            check "$name (validate)" "$where" "$words" validate "$file"
            check "$name (render)" "$where" "$words" render "$file" -o "$work/output" ;;
        definitions)
            check "$name (reports)" "$where" "$words" reports --reports-dir "$work/defs"
            check "$name (render)" "$where" "$words" render "$sample" --reports-dir "$work/defs" -o "$work/output" ;;
    esac
done

echo "$count files, $failures failures"
[ "$count" -gt 0 ] && [ "$failures" -eq 0 ]
