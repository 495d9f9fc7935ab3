#!/usr/bin/env bash
# The constraint-line benchmark (issue #11): the same N generated parcels (default 1,000,000)
# checked plain and with 5,000 constraint polygons (irregular 16-gons of 10–100 m radius, about a tenth of the area, a
# mix of red, blue, green lines, prohibited and restricted) spread over the parcels' extent:
#   scripts/bench-constraints.sh BUILD_DIR [N]
# Prints wall time, peak memory and the cost the constraint lines add.
set -euo pipefail
build_dir=${1:-build}
count=${2:-${BENCH_PARCELS:-1000000}}
constraints="$build_dir/bench-data/constraints-5000.gpkg"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
. "$(dirname "$0")/bench-common.sh"
if [ ! -f "$constraints" ]; then
  # The parcels are in EPSG:4547; the polygons go where they are.
  read -r minx miny maxx maxy < <(ogrinfo -so -al "$parcels" |
    sed -n 's/^Extent: (\([-0-9.]*\), \([-0-9.]*\)) - (\([-0-9.]*\), \([-0-9.]*\))$/\1 \2 \3 \4/p')
  awk -v minx="$minx" -v miny="$miny" -v maxx="$maxx" -v maxy="$maxy" 'BEGIN {
    srand(7)
    split("生态保护红线 河道蓝线 绿线 紫线 黄线 道路红线", kinds, " ")
    print "WKT,name,kind,rule"
    for (i = 0; i < 5000; i++) {
      cx = minx + rand() * (maxx - minx); cy = miny + rand() * (maxy - miny); r = 10 + rand() * 90
      wkt = "POLYGON (("
      for (k = 0; k < 16; k++) {
        radius[k] = r * (0.7 + 0.6 * rand()); a = 2 * 3.14159265358979 * k / 16
        wkt = wkt sprintf("%.2f %.2f, ", cx + radius[k] * cos(a), cy + radius[k] * sin(a))
      }
      wkt = wkt sprintf("%.2f %.2f))", cx + radius[0], cy)
      kind = kinds[1 + i % 6]
      printf "\"%s\",%s-%d,%s,%s\n", wkt, kind, i, kind, (i % 3 == 0 ? "restricted" : "prohibited")
    }
  }' > "$out/constraints.csv"
  ogr2ogr -f GPKG -a_srs EPSG:4547 -nln constraints "$constraints" "$out/constraints.csv" \
    -oo GEOM_POSSIBLE_NAMES=WKT -oo KEEP_GEOM_COLUMNS=NO
fi

measure plain "$build_dir/app/pearlzone-cli" check "$parcels" --out "$out/plain.csv"
measure constraints "$build_dir/app/pearlzone-cli" check "$parcels" --constraints "$constraints" --out "$out/constraints.csv"

printf '\n%s parcels (with a 用地性质 field), %s cores (%s)\n\n' "$count" "$(nproc)" "$(uname -m)"
printf '| %-44s | %9s | %9s | %14s |\n' "run" "wall (s)" "CPU (s)" "peak memory"
printf '| %-44s | %9s | %9s | %14s |\n' "---" "---:" "---:" "---:"
printf '| %-44s | %9s | %9s | %11d MB |\n' "pearlzone-cli check -> CSV" "${wall[plain]}" "${cpu[plain]}" "$((memory[plain] / 1024))"
printf '| %-44s | %9s | %9s | %11d MB |\n' "the same with 5,000 constraint polygons" "${wall[constraints]}" "${cpu[constraints]}" \
  "$((memory[constraints] / 1024))"
grep -h "constraint lines" "$out/constraints.log" || true
awk -v a="${wall[constraints]}" -v b="${wall[plain]}" -v c="${cpu[constraints]}" -v d="${cpu[plain]}" \
  'BEGIN { printf "constraint lines add %.1f%% to the wall time, %.1f%% to the CPU time\n", (a / b - 1) * 100, (c / d - 1) * 100 }'
