#!/usr/bin/env bash
# pearlzone-cli check PG:... --engine postgis gives the local engine's report: on every golden
# rules folder (against the test zones, with land use and constraint lines) and on 10,000 generated parcels in EPSG:4547 and in
# EPSG:4326; --near KM keeps the same parcels in both engines and says how many it left out.
#   postgis_engine_test.sh PEARLZONE_CLI RULES_DIR PG_BIN_DIR PEARLZONE_DATAGEN DATA_DIR
set -euo pipefail
cli=$1
rules=$2
datagen=$4
data_dir=$5
. "$(dirname "$0")/postgis_server.sh"
start_postgis "$3" 下推
cd "$work"
fail() { echo "FAILED: $*"; exit 1; }

# Same rows, whatever their order: every column equal, the 4-decimal ratio and the 2-decimal
# areas within one unit of their last digit (a rounding boundary).
same_report() {
  python3 - "$1" "$2" <<'PY' || fail "$1 and $2 differ"
import csv, sys
def rows(path):
    return sorted(csv.DictReader(open(path, encoding="utf-8-sig")), key=lambda r: (r["parcel_id"], r["reason"]))
a, b = rows(sys.argv[1]), rows(sys.argv[2])
assert len(a) == len(b) > 0, (len(a), len(b))
for x, y in zip(a, b):
    for k in x:
        if k in ("inside_ratio", "area_m2", "inside_m2"):
            unit = 1e-4 if k == "inside_ratio" else 0.01
            assert abs(float(x[k]) - float(y[k])) <= unit * 1.01, (k, x["parcel_id"], x[k], y[k])
        else:
            assert x[k] == y[k], (k, x["parcel_id"], x[k], y[k])
PY
}

for parcels in "$rules"/*/parcels.geojson; do
  case=$(basename "$(dirname "$parcels")")
  case=${case//-/_}  # a table name as ogr2ogr launders it
  ogr2ogr -f PostgreSQL "$pg" "$parcels" -nln "golden_$case" -lco GEOMETRY_NAME=geom -lco FID=fid >/dev/null
  # Constraint lines too (checked locally on the fetched geometries); land use where a field is.
  lines=(--constraints "$rules/constraints/constraints-red.geojson" --constraints "$rules/constraints/constraints-green.geojson")
  "$cli" check "$pg" --layer "golden_$case" --zones "$rules/zones.geojson" "${lines[@]}" --out "local-$case.csv" --quiet
  "$cli" check "$pg" --layer "golden_$case" --zones "$rules/zones.geojson" "${lines[@]}" --out "pushed-$case.csv" \
    --engine postgis --quiet
  cmp -s "local-$case.csv" "pushed-$case.csv" || same_report "local-$case.csv" "pushed-$case.csv"
done
# The land-use golden case has a constraint conflict and land-use verdicts: both survived.
grep -q ',M0,incompatible,"生态红线甲' "pushed-land_use.csv" || fail "push-down lost the constraint conflict"

ogr2ogr -f PostgreSQL "$pg" "$data_dir/zones.geojson" -nln zones -lco GEOMETRY_NAME=geom >/dev/null
for crs in EPSG:4547 EPSG:4326; do
  "$datagen" parcels generated.gpkg --count 10000 --crs "$crs" --seed 14 --data "$data_dir" >/dev/null
  ogr2ogr -f PostgreSQL "$pg" generated.gpkg -nln generated -lco GEOMETRY_NAME=geom -lco FID=fid -overwrite >/dev/null
  rm generated.gpkg
  "$cli" check "$pg" --layer generated --out local.csv --quiet
  "$cli" check "$pg" --layer generated --out pushed.csv --engine postgis --quiet
  same_report local.csv pushed.csv
  [ "$(($(wc -l < pushed.csv) - 1))" -eq 10000 ] || fail "$crs: not every parcel was checked"

  "$cli" check "$pg" --layer generated --near 1 --out local-near.csv 2> local-near.txt
  "$cli" check "$pg" --layer generated --near 1 --engine postgis --out pushed-near.csv 2> pushed-near.txt
  same_report local-near.csv pushed-near.csv
  kept=$(($(wc -l < local-near.csv) - 1))
  [ "$kept" -lt 10000 ] && [ "$kept" -gt 0 ] || fail "$crs: --near kept $kept of 10000"
  if [ "$crs" = EPSG:4547 ]; then
    # Independently, in SQL: parcels whose box meets the zones' extent widened by 1 km.
    expected=$(sql "SELECT count(*) FROM generated g,
                      (SELECT ST_Expand(ST_Extent(ST_Transform(geom, 4547))::geometry, 1000) AS box FROM zones) z
                    WHERE ST_Transform(g.geom, 4547) && ST_SetSRID(z.box, 4547)")
    [ "$kept" -eq "$expected" ] || fail "--near kept $kept parcels; SQL counts $expected"
  fi
  grep -q "$((10000 - kept)) parcels farther than 1 km from the zones were left out" local-near.txt ||
    fail "$crs: the summary does not count the parcels left out: $(cat local-near.txt)"
  grep -q "$((10000 - kept)) parcels farther than 1 km" pushed-near.txt || fail "$crs: push-down summary: $(cat pushed-near.txt)"
done

# A source the database cannot shift (GCJ-02) is refused with a usage-level message.
set +e
"$cli" check "$pg" --layer generated --crs GCJ02 --engine postgis --out x.csv --quiet 2> refused.txt
status=$?
set -e
[ "$status" -eq 2 ] || fail "GCJ02 push-down exit status $status"
grep -q "engine local" refused.txt || fail "the GCJ02 refusal does not name the way out: $(cat refused.txt)"
echo "push-down equal to the local engine on the golden cases and 2 x 10,000 generated parcels; --near agrees"
