#!/usr/bin/env bash
# `make bench-hostile`: the hostile inputs of SPEC section 8 at full size, with wall time and
# peak memory (GNU time). Inputs are generated into BUILD_DIR/bench-data (not committed).
#   scripts/bench-hostile.sh BUILD_DIR [PARCELS]      PARCELS defaults to 10,000,000
set -euo pipefail
build_dir=${1:-build}
count=${2:-10000000}
cli="$build_dir/app/pearlzone-cli"
data_dir="$build_dir/bench-data"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
mkdir -p "$data_dir"

# run LABEL EXPECTED_EXIT COMMAND...: one line of the table.
run() {
  local label=$1 expected=$2 status=0
  shift 2
  /usr/bin/time -f "%e %M" -o "$out/time" "$@" >"$out/log" 2>&1 || status=$?
  read -r wall peak < <(tail -1 "$out/time")  # GNU time puts "Command exited ..." first
  printf '| %-52s | %8s | %8d MB | exit %s%s |\n' "$label" "$wall" "$((peak / 1024))" "$status" \
    "$([ "$status" = "$expected" ] || echo " (expected $expected)")"
  [ "$status" = "$expected" ] || { tail -3 "$out/log"; return 0; }
}

parcels="$data_dir/parcels-$count.gpkg"
if [ ! -f "$parcels" ]; then
  echo "generating $count parcels (once; kept in $data_dir)..."
  "$build_dir/tools/datagen/pearlzone-datagen" parcels "$parcels" --count "$count" --plain --seed 7 2>/dev/null
fi
long_line="$data_dir/line-2GB.csv"
if [ ! -f "$long_line" ]; then
  { echo 'parcel_id,industry,WKT'; printf 'long,人工智能,"POLYGON ((437000 2553000,'
    head -c 2147483648 /dev/zero | tr '\0' '7'; echo ' 2553000))"'; } > "$long_line"
fi
circle="$data_dir/circle-1M-vertices.geojson"
if [ ! -f "$circle" ]; then
  awk 'BEGIN { n = 1000000; r = 40; pi = atan2(0, -1);
    printf "{\"type\":\"FeatureCollection\",\"crs\":{\"type\":\"name\",\"properties\":{\"name\":\"urn:ogc:def:crs:EPSG::4547\"}},";
    printf "\"features\":[{\"type\":\"Feature\",\"properties\":{\"parcel_id\":\"circle\",\"industry\":\"人工智能\"},";
    printf "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[";
    for (i = 0; i <= n; i++) printf "%s[%.4f,%.4f]", (i ? "," : ""), 436000 + r * cos(2 * pi * (i % n) / n), 2555000 + r * sin(2 * pi * (i % n) / n);
    printf "]]}}]}\n" }' > "$circle"
fi

printf '\n| %-52s | %8s | %11s | %s |\n' "input" "wall (s)" "peak memory" "result"
printf '| %-52s | %8s | %11s | %s |\n' "---" "---:" "---:" "---"
run "$count parcels streamed, report to CSV" 0 "$cli" check "$parcels" --out "$out/report.csv" --quiet
rm -f "$out/report.csv"
run "a 2 GB CSV line (refused at GDAL's 10 MB line limit)" 2 "$cli" check "$long_line" --crs EPSG:4547 --out "$out/long.csv" --quiet
run "one parcel of 1,000,000 vertices (GeoJSON)" 0 "$cli" check "$circle" --out "$out/circle.csv" --quiet
run "a zones layer of 50,000 pieces, loaded and checked" 0 env PEARLZONE_ZONE_PIECES=50000 \
  "$build_dir/tests/hostile/hostile_tests" "a zones layer of thousands of pieces*"
long_value="$data_dir/text-400k-characters.geojson"
if [ ! -f "$long_value" ]; then
  { printf '{"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::4547"}},'
    printf '"features":[{"type":"Feature","properties":{"parcel_id":"long","industry":"'
    head -c 400000 /dev/zero | tr '\0' 'x'
    printf '","land_use":"'
    head -c 400000 /dev/zero | tr '\0' 'y'
    printf '"},"geometry":{"type":"Polygon","coordinates":[[[430100,2550100],[430200,2550100],[430200,2550200],[430100,2550200],[430100,2550100]]]}}]}\n'
  } > "$long_value"
fi
run "an industry and a land-use value of 400,000 characters each (GeoJSON)" 0 "$cli" check "$long_value" --out "$out/long-value.csv" --quiet
