#!/usr/bin/env bash
# `make corpus`: files from the wild through pearlzone-cli check, four ways each (plain,
# --crs EPSG:4547, and both with --industry-field industry): every file under tests/data/ and
# nasty ones made here (a short and a long .dbf, no .shx, a KML track without times, a .tcx,
# formula cells, a 400,000-character value, an unknown EPSG code, an undefined CRS, absurd
# coordinates, an empty first GPX layer, damaged files). Fails on
#   a crash (killed by a signal), a hang (over TIMEOUT seconds), a raw library message
#   (a source path and line, config-option advice, an exception class, a CRS dump), a leftover
#   .partial file, a formula reaching a CSV report, or "inf" in a report.
#   scripts/corpus.sh BUILD_DIR [TIMEOUT]
set -uo pipefail
build_dir=${1:-build}
limit=${2:-60}
cli="$build_dir/app/pearlzone-cli"
here=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/pearlzone-语料-XXXXXX")
trap 'rm -rf "$work"' EXIT
nasty="$work/nasty"
mkdir -p "$nasty" "$work/out"

# --- nasty files -------------------------------------------------------------------------
square='[[[430100,2550100],[430200,2550100],[430200,2550200],[430100,2550200],[430100,2550100]]]'
feature() {  # id industry [coordinates]
  printf '{"type":"Feature","properties":{"parcel_id":"%s","industry":"%s"},"geometry":{"type":"Polygon","coordinates":%s}}' \
    "$1" "$2" "${3:-$square}"
}
crs4547='"crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::4547"}},'
{ printf '{"type":"FeatureCollection",%s"features":[' "$crs4547"
  for i in 1 2 3 4 5; do [ $i = 1 ] || printf ','; feature "P$i" "人工智能"; done; printf ']}\n'; } > "$nasty/five.geojson"
ogr2ogr -q -lco ENCODING=UTF-8 "$nasty/short-dbf.shp" "$nasty/five.geojson"
ogr2ogr -q -lco ENCODING=UTF-8 -where "parcel_id IN ('P1','P2')" "$work/two.shp" "$nasty/five.geojson"
cp "$work/two.dbf" "$nasty/short-dbf.dbf"                 # 5 shapes, 2 records
ogr2ogr -q -lco ENCODING=UTF-8 "$nasty/long-dbf.shp" "$nasty/five.geojson"
ogr2ogr -q -lco ENCODING=UTF-8 -where "parcel_id IN ('P1','P2')" "$nasty/long-dbf-shapes.shp" "$nasty/five.geojson"
for ext in shp shx; do mv "$nasty/long-dbf-shapes.$ext" "$nasty/long-dbf.$ext"; done   # 2 shapes, 5 records
rm -f "$nasty"/long-dbf-shapes.*
ogr2ogr -q -lco ENCODING=UTF-8 "$nasty/no-shx.shp" "$nasty/five.geojson" && rm "$nasty/no-shx.shx"
{ printf '{"type":"FeatureCollection",%s"features":[' "$crs4547"
  feature '=cmd|\" /C calc\"!A0' '=HYPERLINK(\"http://x\")'; printf ','; feature '@SUM(A1)' '+人工智能'; printf ','
  feature '-2' '-人工智能'; printf ']}\n'; } > "$nasty/formulas.geojson"
{ printf '{"type":"FeatureCollection",%s"features":[' "$crs4547"
  feature "long" "$(head -c 400000 /dev/zero | tr '\0' 'x')"; printf ']}\n'; } > "$nasty/long-value.geojson"
{ printf '{"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::99999"}},"features":['
  feature "P1" "人工智能"; printf ']}\n'; } > "$nasty/unknown-epsg.geojson"
{ printf '{"type":"FeatureCollection",%s"features":[' "$crs4547"
  feature "huge" "人工智能" '[[[1e300,1e300],[1e308,1e300],[1e308,1e308],[1e300,1e308],[1e300,1e300]]]'; printf ']}\n'; } \
  > "$nasty/absurd.geojson"
ogr2ogr -q "$nasty/undefined-srs.gpkg" "$nasty/five.geojson"
sqlite3 "$nasty/undefined-srs.gpkg" "UPDATE gpkg_geometry_columns SET srs_id = 0; UPDATE gpkg_contents SET srs_id = 0;"
head -c 20000 "$nasty/undefined-srs.gpkg" > "$nasty/cut-short.gpkg"
cat > "$nasty/track.kml" <<'KML'
<?xml version="1.0" encoding="UTF-8"?>
<kml xmlns="http://www.opengis.net/kml/2.2" xmlns:gx="http://www.google.com/kml/ext/2.2"><Document><Placemark>
<name>track</name><gx:Track><gx:coord>113.36 23.10 0</gx:coord><gx:coord>113.37 23.11 0</gx:coord></gx:Track>
</Placemark></Document></kml>
KML
cat > "$nasty/waypoints-empty.gpx" <<'GPX'
<?xml version="1.0"?><gpx version="1.1" creator="x" xmlns="http://www.topografix.com/GPX/1/1">
<trk><name>t</name><trkseg><trkpt lat="23.10" lon="113.36"/><trkpt lat="23.11" lon="113.37"/></trkseg></trk></gpx>
GPX
printf '<?xml version="1.0"?><TrainingCenterDatabase xmlns="http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2"/>\n' > "$nasty/run.tcx"
printf '<OGRVRTDataSource><OGRVRTLayer name="x"><SrcDataSource>/etc/passwd</SrcDataSource></OGRVRTLayer></OGRVRTDataSource>\n' > "$nasty/points-elsewhere.vrt"
printf '0\nSECTION\n2\nENTITIES\n0\nLWPOLYLINE\n90\n999999999\n70\n1\n10\nabc\n' > "$nasty/broken.dxf"
head -c 3000 /dev/urandom > "$nasty/noise.shp"
printf '{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Polygon","coordinates":[[[1,2],[3' > "$nasty/cut.geojson"

# --- the runs ----------------------------------------------------------------------------
raw='\.(cpp|c|h), [0-9]+|config option|Exception|ENGCRS|PROJCRS\['
failures=0 runs=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
mapfile -t files < <(find "$here/tests/data" "$nasty" -type f ! -name '*.shx' ! -name '*.dbf' ! -name '*.prj' ! -name '*.cpg' | sort)
for file in "${files[@]}"; do
  for way in plain crs industry crs+industry; do
    args=()
    case $way in *crs*) args+=(--crs EPSG:4547) ;; esac
    case $way in *industry*) args+=(--industry-field industry) ;; esac
    rm -rf "$work/out" && mkdir -p "$work/out"
    timeout -s KILL "$limit" "$cli" check "$file" "${args[@]}" --out "$work/out/报告.csv" --quiet \
      >"$work/stdout" 2>"$work/stderr"
    status=$?
    runs=$((runs + 1))
    what="${file#"$here/"} ($way)"
    [ "$status" -ge 124 ] && { [ "$status" = 137 ] && fail "$what: hung (over ${limit}s)" || fail "$what: crashed (exit $status)"; }
    [ "$status" -le 3 ] || [ "$status" -ge 124 ] || fail "$what: exit $status"
    if grep -Eq "$raw" "$work/stderr"; then fail "$what: a raw library message: $(grep -E "$raw" "$work/stderr" | head -1)"; fi
    left=$(find "$work/out" -name '*.partial*' | head -1)
    [ -z "$left" ] || fail "$what: left $left"
    if [ -f "$work/out/报告.csv" ]; then
      if grep -Eq '(^|,)"?[=+@]' "$work/out/报告.csv"; then fail "$what: a formula reached the report"; fi
      if grep -Eq '(^|,)-?inf(,|$)' "$work/out/报告.csv"; then fail "$what: inf in the report"; fi
    fi
  done
done
echo "corpus: ${#files[@]} files, $runs runs, $failures failures"
[ "$failures" = 0 ]
