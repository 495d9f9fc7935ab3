#!/usr/bin/env bash
# The check of N parcels held in a throwaway PostGIS: the local engine (every geometry comes to
# the desktop), --engine postgis (the location part in SQL, only facts come back) and plain
# PostGIS SQL (the best zone of each parcel, nothing fetched). Wall time, and the bytes of the
# rows each engine fetched: its logged statements replayed with the big SELECT through COPY.
#   bench-postgis.sh BUILD_DIR [N]
set -euo pipefail
build_dir=$(cd "${1:-build}" && pwd)
count=${2:-1000000}
cli="$build_dir/app/pearlzone-cli"
parcels="$build_dir/bench-data/parcels-$count.gpkg"
mkdir -p "$build_dir/bench-data"
if [ ! -f "$parcels" ]; then
  "$build_dir/tools/datagen/pearlzone-datagen" parcels "$parcels" --count "$count" --seed 1 >/dev/null
fi
pg_bin=$(dirname "$(ls /usr/lib/postgresql/*/bin/pg_ctl | tail -1)")
postgis_log_statements=1
. "$(dirname "$0")/../tests/app/postgis_server.sh"
start_postgis "$pg_bin" bench
ogr2ogr -f PostgreSQL "$pg" "$parcels" -nln parcels -lco GEOMETRY_NAME=geom -lco FID=fid >/dev/null
ogr2ogr -f PostgreSQL "$pg" "$build_dir/data/zones.geojson" -nln zones -lco GEOMETRY_NAME=geom >/dev/null
sql "ANALYZE parcels" >/dev/null
cd "$work"

# Bytes of the rows a run fetched: the run's statements from the server log (from offset on),
# the temporary tables made again, and its largest SELECT on the parcels through COPY.
fetched_bytes() {
  python3 - "$work/server.log" "$1" > replay.sql <<'PY'
import re, sys
log = open(sys.argv[1], encoding="utf-8", errors="replace").read()[int(sys.argv[2]):]
statements = [s.strip() for s in re.findall(r"(?:statement|execute [^:]*): (.*?)(?=\n\S|\Z)", log, re.S)]
setup = [s for s in statements if re.match(r"(CREATE TEMP TABLE|INSERT INTO pz_|CREATE INDEX ON pz_)", s)]
# The rows came through a cursor: the largest cursor's query on the parcels.
selects = [re.sub(r"^DECLARE \S+ CURSOR FOR\s+", "", s, flags=re.I) for s in statements
           if "parcels" in s and re.match(r"DECLARE \S+ CURSOR FOR\s+SELECT", s, re.I)]
print(";\n".join(["SET client_min_messages = warning"] + setup + ["COPY (" + max(selects, key=len).rstrip(";") + ") TO STDOUT"]) + ";")
PY
  as_postgres "$pg_bin/psql" -h "$work" -U postgres -d bench -qAt -v ON_ERROR_STOP=1 -f replay.sql | wc -c
}

timed() {  # label command...: wall time and peak memory of one run, then the bytes it fetched
  local label=$1 offset
  shift
  offset=$(stat -c %s "$work/server.log")
  /usr/bin/time -f "$label %e s wall, peak memory %M KB" "$@"
  echo "    fetched $(fetched_bytes "$offset") bytes"
}

echo "$count parcels in PostGIS"
timed "local engine:    " "$cli" check "$pg" --layer parcels --out local.csv --quiet
timed "--engine postgis:" "$cli" check "$pg" --layer parcels --out pushed.csv --engine postgis --quiet
start=$(date +%s%N)
sql "SET client_min_messages = warning; CREATE TABLE pieces AS SELECT zone_id, ST_Subdivide(ST_MakeValid(ST_Transform(geom, 4547)), 256) AS geom FROM zones;
     CREATE INDEX ON pieces USING gist (geom);
     ANALYZE pieces;
     CREATE TABLE best AS SELECT DISTINCT ON (fid) fid, zone_id, inside FROM (
       SELECT p.fid, z.zone_id, sum(ST_Area(ST_Intersection(z.geom, ST_Transform(p.geom, 4547)))) AS inside
       FROM parcels p JOIN pieces z ON z.geom && ST_Transform(p.geom, 4547)
       WHERE ST_IsValid(p.geom) GROUP BY p.fid, z.zone_id) o
       ORDER BY fid, inside DESC" >/dev/null
end=$(date +%s%N)
echo "plain PostGIS SQL: $(((end - start) / 1000000)) ms wall (the best zone of each parcel only, nothing fetched)"
# The two reports compared as the engine test does: every column equal, except that ratios may
# differ by 1e-6 and areas by 1e-6 of their size (PostGIS and GEOS round differently).
python3 - local.csv pushed.csv <<'PY'
import csv, sys
def rows(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        return {r["parcel_id"]: r for r in csv.DictReader(f)}
local, pushed = rows(sys.argv[1]), rows(sys.argv[2])
numeric = {"inside_ratio": lambda a, b: abs(a - b) <= 1e-6,
           "area_m2": lambda a, b: abs(a - b) <= 1e-6 * max(1.0, abs(a)),
           "inside_m2": lambda a, b: abs(a - b) <= 1e-6 * max(1.0, abs(a)),
           "constraint_m2": lambda a, b: abs(a - b) <= 1e-6 * max(1.0, abs(a))}
differences, shown = {}, 0
for key in local.keys() | pushed.keys():
    a, b = local.get(key), pushed.get(key)
    if a is None or b is None:
        differences["missing"] = differences.get("missing", 0) + 1
        continue
    for column, value in a.items():
        other = b.get(column)
        same = value == other
        if not same and column in numeric and value and other:
            same = numeric[column](float(value), float(other))
        if not same:
            differences[column] = differences.get(column, 0) + 1
            if shown < 5:
                print(f"  {key} {column}: local {value!r}, push-down {other!r}")
                shown += 1
if differences:
    print(f"the reports DIFFER ({len(local)} / {len(pushed)} rows); differing values per column: {differences}")
else:
    print(f"the two engines' reports agree on all {len(local)} rows (ratios within 1e-6, areas within 1e-6 relative)")
PY
