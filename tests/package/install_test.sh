#!/usr/bin/env bash
# cmake --install into a temporary prefix, then run the installed programs from another
# folder: they must find their data beside themselves, never through the source tree.
#   install_test.sh BUILD_DIR
set -euo pipefail
build=$(cd "$1" && pwd)
prefix=$(mktemp -d)
elsewhere=$(mktemp -d)
trap 'rm -rf "$prefix" "$elsewhere"' EXIT
cmake --install "$build" --prefix "$prefix/安装" >/dev/null
cd "$elsewhere"
zones=$("$prefix/安装/bin/pearlzone-cli" zones --json)
count=$(printf '%s' "$zones" | grep -c '"zone_id"')
[ "$count" -eq 3 ] || { echo "expected 3 zones, got $count"; exit 1; }
"$prefix/安装/bin/pearlzone-cli" check "$prefix/安装/share/pearlzone/data/sample-parcels.geojson" --out 报告.csv --quiet
rows=$(($(wc -l < 报告.csv) - 1))
[ "$rows" -eq 3000 ] || { echo "expected 3000 report rows, got $rows"; exit 1; }
[ -f "$prefix/安装/share/applications/io.github.pearlzone.Pearlzone.desktop" ]
[ -f "$prefix/安装/share/pearlzone/translations/pearlzone_zh_CN.qm" ]
echo "installed programs ran from $elsewhere: 3 zones, 3000 parcels checked"
