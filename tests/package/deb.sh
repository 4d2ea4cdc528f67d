#!/usr/bin/env bash
# The Debian packages as a user gets them: cpack builds wardreport and wardreport-dev from this
# build tree (nothing is rebuilt), dpkg installs both into a throwaway root (the libraries they
# depend on come from this machine, checked with apt-get's simulation), and from that root:
# `wardreport plugins` and `reports` use the packaged plugins and definitions, the packaged sample
# renders in every format, the man page renders, the completion completes report ids, and the
# sample plugin builds against wardreport-dev there, installs where another package would put it
# (lib/<multiarch>/wardreport/plugins) and is loaded by the packaged engine. The packaged
# binaries carry Debian's hardening (relro, now, stack protector, _FORTIFY_SOURCE).
# Usage: deb.sh BUILD_DIR SOURCE_DIR. Exit 77 (skipped) where dpkg-deb, dpkg-shlibdeps or cpack
# is missing.
# No `cmd | grep -q` under pipefail: grep stops at the first match and cmd's SIGPIPE fails the test.
set -euo pipefail
build=$(cd "$1" && pwd)
src=$(cd "$2" && pwd)

for tool in dpkg dpkg-deb dpkg-shlibdeps cpack man; do
    command -v "$tool" >/dev/null || { echo "SKIP: $tool is not installed (apt-get install dpkg-dev man-db)"; exit 77; }
done
fail() { echo "FAIL: $*"; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# Nothing of the build tree or the environment may stand in for the packaged files.
unset WARDREPORT_PLUGIN_PATH WARDREPORT_PDF_FONT_DIR
export LC_ALL=C.UTF-8

echo "== cpack"
cpack --config "$build/CPackConfig.cmake" -B "$work/packages" >"$work/cpack.log" 2>&1 || { cat "$work/cpack.log"; fail "cpack"; }
runtime=$(ls "$work"/packages/wardreport_*.deb)
dev=$(ls "$work"/packages/wardreport-dev_*.deb)
for deb in "$runtime" "$dev"; do
    echo "-- $(basename "$deb")"
    dpkg-deb --info "$deb" | sed -n 's/^ \(Package\|Version\|Architecture\|Section\|Depends\|Recommends\): /  \1: /p'
done
depends=$(dpkg-deb -f "$runtime" Depends)
for lib in libhpdf libxlsxwriter libzip libyaml-cpp libstdc++6 libc6; do
    [[ $depends == *"$lib"* ]] || fail "the wardreport package's Depends lacks $lib: $depends"
done
[[ $(dpkg-deb -f "$runtime" Version) == "$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt")-"* ]] ||
    fail "package version is not the project's"
if command -v apt-get >/dev/null; then
    # Every dependency is satisfiable here: apt would install the packages, nothing missing.
    apt-get install -s "$runtime" "$dev" >"$work/apt.log" 2>&1 || { cat "$work/apt.log"; fail "apt-get -s install"; }
    grep -q '^Inst wardreport ' "$work/apt.log" || { cat "$work/apt.log"; fail "apt would not install wardreport"; }
fi

echo "== dpkg --root"
root=$work/root
mkdir -p "$root/var/lib/dpkg/info" "$root/var/lib/dpkg/updates" "$root/var/log"
touch "$root/var/lib/dpkg/status"
# --path-include: a slim image's dpkg.cfg.d may exclude man pages and docs, which are under test.
dpkg --root="$root" --force-not-root --force-depends --log=/dev/null \
    --path-include="/usr/share/man/*" --path-include="/usr/share/doc/*" -i "$runtime" "$dev" >"$work/dpkg.log" 2>&1 ||
    { cat "$work/dpkg.log"; fail "dpkg -i"; }
grep -qx /usr/bin/wardreport <<<"$(dpkg --root="$root" -L wardreport)" || fail "dpkg -L wardreport: no /usr/bin/wardreport"
engine=$root/usr/bin/wardreport
grep -qx "wardreport [0-9][0-9.]*" <<<"$("$engine" --version)" || fail "--version: $("$engine" --version)"

echo "== licence"
# The project under Expat (LICENSE), the fonts under the OFL, in Debian's copyright format.
for pkg in wardreport wardreport-dev; do
    copyright=$root/usr/share/doc/$pkg/copyright
    [ -s "$copyright" ] || fail "no $copyright"
    for line in "Files: *" "Copyright: 2026 wardreport contributors" "License: Expat" "License: SIL-OFL-1.1"; do
        grep -qxF "$line" "$copyright" || fail "$copyright lacks the line '$line'"
    done
done
grep -qF "$(sed -n 5p "$src/LICENSE")" "$root/usr/share/doc/wardreport/copyright" || fail "the copyright file's Expat text is not LICENSE's"
[[ $(dpkg-deb -f "$runtime" Maintainer) == "$(sed -n 's/^WARDREPORT_PACKAGE_MAINTAINER:STRING=//p' "$build/CMakeCache.txt")" ]] ||
    fail "the Maintainer field is not WARDREPORT_PACKAGE_MAINTAINER: $(dpkg-deb -f "$runtime" Maintainer)"

echo "== hardening (Debian's flags: WARDREPORT_HARDENING)"
# What hardening-check (devscripts) looks for, read with binutils' readelf: -z relro and -z now,
# the stack protector's and _FORTIFY_SOURCE's checked functions among the dynamic symbols.
for bin in "$engine" "$root"/usr/lib/*wardreport/plugins/wardreport-{pdf,xlsx,docx}.so; do
    [ -f "$bin" ] || fail "no $bin"
    readelf -l -W "$bin" >"$work/segments.txt"
    readelf -d -W "$bin" >"$work/dynamic.txt"
    readelf --dyn-syms -W "$bin" >"$work/symbols.txt"
    grep -q GNU_RELRO "$work/segments.txt" || fail "$bin: no RELRO segment (-z relro)"
    grep -q -E 'BIND_NOW|FLAGS_1.*NOW' "$work/dynamic.txt" || fail "$bin: not bound at load (-z now)"
    grep -q __stack_chk_fail "$work/symbols.txt" || fail "$bin: no stack protector (-fstack-protector-strong)"
    grep -v __stack_chk_fail "$work/symbols.txt" >"$work/other-symbols.txt" || true
    grep -q -E ' __[a-z0-9_]+_chk(@|$)' "$work/other-symbols.txt" || fail "$bin: no checked function (-D_FORTIFY_SOURCE=2)"
done
echo "relro, now, stack protector and _FORTIFY_SOURCE in the engine and the plugins"
if command -v hardening-check >/dev/null; then
    hardening-check "$engine" "$root"/usr/lib/*wardreport/plugins/wardreport-*.so || fail "hardening-check"
fi

echo "== the packaged plugins and definitions"
"$engine" plugins >"$work/plugins.txt" || { cat "$work/plugins.txt"; fail "wardreport plugins"; }
cat "$work/plugins.txt"
for format in pdf xlsx docx; do
    grep -q "^    path:   $root/usr/lib/.*wardreport/plugins/wardreport-$format.so \[built-in\]$" "$work/plugins.txt" ||
        fail "the $format plugin is not loaded from the installed root"
done
! grep "path:" "$work/plugins.txt" | grep -v "$root/" || fail "a plugin outside the installed root was loaded"
"$engine" reports >"$work/reports.txt"
grep -q "^nghi-quyet " "$work/reports.txt" || fail "wardreport reports: no nghi-quyet"
# The definitions are the root's: without them, the packaged engine has none.
definitions=$root/usr/share/wardreport/reports
mv "$definitions" "$definitions.away"
if "$engine" reports >/dev/null 2>&1 && [ -n "$("$engine" reports 2>/dev/null)" ]; then
    fail "wardreport reports still lists definitions with the root's moved away"
fi
mv "$definitions.away" "$definitions"

echo "== render the packaged sample"
sample=$root/usr/share/doc/wardreport/examples/ky-son.yaml
"$engine" validate "$sample"
"$engine" render "$sample" -o "$work/out" >"$work/render.log" || { cat "$work/render.log"; fail "render"; }
for report in nghi-quyet bao-cao-thong-ke theo-doi-chi-tieu; do
    for ext in pdf xlsx docx; do
        [ -s "$work/out/ky-son-$report.$ext" ] || fail "render wrote no ky-son-$report.$ext"
    done
done
if command -v pdftotext >/dev/null; then
    grep -q "NGHỊ QUYẾT" <<<"$(pdftotext "$work/out/ky-son-nghi-quyet.pdf" -)" || fail "the packaged pdf plugin's PDF lacks NGHỊ QUYẾT"
    grep -q "WardreportSerif" <<<"$(pdffonts "$work/out/ky-son-nghi-quyet.pdf")" || fail "the PDF does not embed the packaged fonts"
fi

echo "== man page"
page=$root/usr/share/man/man1/wardreport.1.gz
[ -s "$page" ] || fail "no man page in the package (help2man missing at build time?)"
MANWIDTH=100 man -l "$page" 2>"$work/man.err" | col -b >"$work/man.txt" || true
[ ! -s "$work/man.err" ] || { cat "$work/man.err"; fail "man -l warns"; }
grep -q "^NAME" "$work/man.txt" || fail "man -l renders no NAME section"
for word in validate schema reports plugins render batch import --report --format --dump --jobs --shard --write; do
    grep -q -- "$word" "$work/man.txt" || fail "the man page does not mention $word"
done

echo "== bash completion"
PATH=$root/usr/bin:$PATH bash "$src/tests/package/completion.sh" \
    "$root/usr/share/bash-completion/completions/wardreport" wardreport

echo "== a plugin built against wardreport-dev"
cmake -S "$root/usr/share/doc/wardreport-dev/examples/custom-plugin" -B "$work/plugin" \
    -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX=/usr -DCMAKE_PREFIX_PATH="$root/usr" \
    -DCMAKE_FIND_USE_PACKAGE_REGISTRY=OFF >"$work/plugin.log" 2>&1 || { cat "$work/plugin.log"; fail "cmake of the plugin"; }
grep -qx "wardreport_DIR:PATH=$root/usr/lib/cmake/wardreport" "$work/plugin/CMakeCache.txt" ||
    fail "find_package(wardreport) did not find the root's package: $(grep '^wardreport_DIR' "$work/plugin/CMakeCache.txt")"
cmake --build "$work/plugin" >>"$work/plugin.log" 2>&1 || { cat "$work/plugin.log"; fail "build of the plugin"; }
DESTDIR=$root cmake --install "$work/plugin" >>"$work/plugin.log" 2>&1 || { cat "$work/plugin.log"; fail "install of the plugin"; }
multiarch=$(dpkg-architecture -qDEB_HOST_MULTIARCH 2>/dev/null || gcc -print-multiarch)
markdown=$root/usr/lib/$multiarch/wardreport/plugins/wardreport-markdown.so
[ -f "$markdown" ] || fail "the plugin was not installed as $markdown"
grep -qx "    path:   $markdown \[built-in\]" <<<"$("$engine" plugins)" || fail "the packaged engine does not load $markdown"
"$engine" render "$sample" --format md --report nghi-quyet -o "$work/out" >/dev/null || fail "render --format md"
[ -s "$work/out/ky-son-nghi-quyet.md" ] || fail "no ky-son-nghi-quyet.md"

echo "the packages install and work: $(basename "$runtime") $(basename "$dev")"
