#!/bin/sh
# What help2man reads as `wardreport --help`: the top-level help, then each subcommand's own
# --help under a heading of its usage line, so that the man page has every option of every
# subcommand from the same text as --help. `--version` is passed through.
# Usage: help-all.sh WARDREPORT [--help|--version]
set -eu
exe=$1
shift
if [ "${1:-}" = --version ]; then exec "$exe" --version; fi
"$exe" --help
# CLI11 lists the subcommands indented by two spaces, lower case, unlike options and positionals.
for sub in $("$exe" --help | sed -n 's/^  \([a-z][a-z0-9-]*\)\( .*\)\{0,1\}$/\1/p'); do
    # CLI11 starts with the description and the usage line: help2man makes "usage:" followed by
    # an indented line a subsection, its title the usage and its first paragraph the description.
    "$exe" "$sub" --help | awk '
        NR == 1 { description = $0; next }
        NR == 2 { sub(/^Usage: /, ""); printf "\n%s:\n  %s\n", $0, description; next }
        { print }'
done
