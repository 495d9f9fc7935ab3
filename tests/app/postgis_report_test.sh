#!/usr/bin/env bash
# pearlzone-cli check --out PG:... --out-layer TABLE against a throwaway PostGIS server: the
# table's contents, types, index and comments; an existing table kept (exit 3) unless
# --overwrite; a cancelled run leaves the database as it was; two runs at once into two tables
# both succeed; every run recorded in pearlzone_runs.
#   postgis_report_test.sh PEARLZONE_CLI PARCELS PG_BIN_DIR PEARLZONE_DATAGEN DATA_DIR
set -euo pipefail
cli=$1
parcels=$2
datagen=$4
data_dir=$5
. "$(dirname "$0")/postgis_server.sh"
start_postgis "$3" 报告库
cd "$work"
fail() { echo "FAILED: $*"; exit 1; }
expect() { [ "$2" = "$3" ] || fail "$1: expected '$3', got '$2'"; }

# The reference: the same check written as CSV.
"$cli" check "$parcels" --out reference.csv --quiet
"$cli" check "$parcels" --out "$pg" --out-layer 检查报告 --quiet

# Every row, as in the CSV (ratios and areas within their rounding), with an EPSG:4547 geometry.
sql "COPY (SELECT parcel_id, zone_id, subarea_id, inside_ratio, area_m2, location, industry_status, verdict, reason
           FROM \"检查报告\" ORDER BY fid) TO STDOUT WITH (FORMAT csv, HEADER)" > table.csv
python3 - reference.csv table.csv <<'PY'
import csv, sys
ref = list(csv.DictReader(open(sys.argv[1], encoding="utf-8-sig")))
got = list(csv.DictReader(open(sys.argv[2], encoding="utf-8")))
assert len(ref) == len(got) == 3000, (len(ref), len(got))
for r, g in zip(ref, got):
    for k in ("parcel_id", "zone_id", "subarea_id", "location", "industry_status", "verdict", "reason"):
        assert r[k] == g[k], (k, r[k], g[k])
    assert abs(float(r["inside_ratio"]) - float(g["inside_ratio"])) <= 5e-5, r["parcel_id"]
    assert abs(float(r["area_m2"]) - float(g["area_m2"])) <= 0.005, r["parcel_id"]
PY
expect "geometries in EPSG:4547" "$(sql "SELECT DISTINCT ST_SRID(geom) FROM \"检查报告\" WHERE geom IS NOT NULL")" 4547
expect "rows without a geometry are the error rows" \
  "$(sql "SELECT count(*) FROM \"检查报告\" WHERE geom IS NULL AND verdict <> 'error'")" 0
expect "ratio type" "$(sql "SELECT data_type FROM information_schema.columns WHERE table_name = '检查报告' AND column_name = 'inside_ratio'")" "double precision"
expect "GiST index" "$(sql "SELECT count(*) FROM pg_indexes WHERE tablename = '检查报告' AND indexdef LIKE '%USING gist (geom)%'")" 1
expect "column comment" "$(sql "SELECT col_description('\"检查报告\"'::regclass, attnum) FROM pg_attribute WHERE attrelid = '\"检查报告\"'::regclass AND attname = 'verdict'")" "结论"
expect "the index is used" "$(sql "SET enable_seqscan = off; EXPLAIN SELECT count(*) FROM \"检查报告\" WHERE geom && ST_MakeEnvelope(0, 0, 1, 1, 4547)" | grep -c 'geom_idx')" 1

# The run record, its counts from the CSV.
counts=$(python3 -c "
import csv, collections, sys
rows = list(csv.DictReader(open('reference.csv', encoding='utf-8-sig')))
c = collections.Counter(r['verdict'] for r in rows)
print(len(rows), c['pass'], c['review'], c['fail'], c['error'], sep='|')")
expect "run record" "$(sql "SELECT parcels, pass, review, fail, error FROM pearlzone_runs")" "$counts"
expect "run details" "$(sql "SELECT db_user, checksum, engine, report_table, finished_at >= started_at FROM pearlzone_runs")" \
  "postgres|$(sha256sum "$parcels" | cut -d' ' -f1)|local|检查报告|t"
expect "zone set" "$(sql "SELECT zone_set FROM pearlzone_runs")" "$("$cli" zones | head -n 1 | sed 's/^zone set: //')"
expect "zones counted" "$(sql "SELECT (by_zone->>'pazhou_core')::int FROM pearlzone_runs")" \
  "$(python3 -c "
import csv
print(sum(1 for r in csv.DictReader(open('reference.csv', encoding='utf-8-sig')) if r['zone_id'] == 'pazhou_core'))")"

# An existing table is kept, with exit 3, unless --overwrite.
set +e
"$cli" check "$parcels" --out "$pg" --out-layer 检查报告 --min-inside 0.5 --quiet 2> refused.txt
status=$?
set -e
expect "exit status without --overwrite" "$status" 3
grep -q -- "--overwrite" refused.txt || fail "the message does not name --overwrite: $(cat refused.txt)"
expect "runs after a refusal" "$(sql "SELECT count(*) FROM pearlzone_runs")" 1
"$cli" check "$parcels" --out "$pg" --out-layer 检查报告 --min-inside 0.5 --overwrite --quiet
expect "rules of the overwriting run" "$(sql "SELECT count(*) FROM pearlzone_runs WHERE rules LIKE 'min_inside=0.5;%'")" 1
expect "rows after --overwrite" "$(sql "SELECT count(*) FROM \"检查报告\"")" 3000
passes_before=$(sql "SELECT count(*) FROM \"检查报告\" WHERE verdict = 'pass'")

# A cancelled run that would overwrite leaves the table and the runs as they were.
"$datagen" parcels big.gpkg --count 60000 --data "$data_dir" >/dev/null
"$cli" check big.gpkg --out "$pg" --out-layer 检查报告 --overwrite --threads 1 --quiet 2>/dev/null &
runner=$!
# Interrupt only once rows are streaming into the new table (GDAL writes them with COPY).
for _ in $(seq 300); do
  [ "$(sql "SELECT count(*) FROM pg_stat_activity WHERE query LIKE 'COPY %检查报告%'")" -gt 0 ] && break
  sleep 0.1
done
[ "$(sql "SELECT count(*) FROM pg_stat_activity WHERE query LIKE 'COPY %检查报告%'")" -gt 0 ] || fail "the run never wrote rows"
kill -INT "$runner"
set +e
wait "$runner"
status=$?
set -e
expect "exit status of the interrupted run" "$status" 130
expect "rows after the cancelled run" "$(sql "SELECT count(*) FROM \"检查报告\"")" 3000
expect "passes after the cancelled run" "$(sql "SELECT count(*) FROM \"检查报告\" WHERE verdict = 'pass'")" "$passes_before"
expect "runs after the cancelled run" "$(sql "SELECT count(*) FROM pearlzone_runs")" 2

# Two runs at once into two tables (the first ever run of a fresh runs table included).
sql "DROP TABLE pearlzone_runs"
"$cli" check big.gpkg --out "$pg" --out-layer 并发一 --quiet & first=$!
"$cli" check "$parcels" --out "$pg" --out-layer 并发二 --quiet & second=$!
wait "$first" || fail "the first concurrent run failed"
wait "$second" || fail "the second concurrent run failed"
expect "concurrent tables" "$(sql "SELECT (SELECT count(*) FROM \"并发一\") || '|' || (SELECT count(*) FROM \"并发二\")")" "60000|3000"
expect "concurrent runs" "$(sql "SELECT string_agg(report_table, ',' ORDER BY report_table) FROM pearlzone_runs")" "并发一,并发二"

# A PG: source into a PG: report: the query is recorded instead of a checksum.
ogr2ogr -f PostgreSQL "$pg" "$parcels" -nln 地块 -lco GEOMETRY_NAME=geom -lco FID=fid >/dev/null
"$cli" check "$pg" --layer 地块 --out "$pg" --quiet
expect "database run" "$(sql "SELECT query, checksum IS NULL, parcels FROM pearlzone_runs WHERE report_table = 'pearlzone_report'")" "地块|t|3000"
# A database without PostGIS: exit 3, saying so.
as_postgres "$pg_bin/createdb" -h "$work" -U postgres plain
set +e
"$cli" check "$parcels" --out "PG:host=$work dbname=plain user=postgres" --quiet 2> plain.txt
status=$?
set -e
expect "exit status without PostGIS" "$status" 3
grep -q "no PostGIS" plain.txt || fail "no word of the missing PostGIS: $(cat plain.txt)"
echo "PostGIS reports: contents, index, comments, --overwrite, cancel, concurrency and runs all as expected"
