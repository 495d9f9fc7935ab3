#!/usr/bin/env bash
# pearlzone-cli check on a PostGIS table gives the same report as on the file it came from.
# Starts a throwaway PostgreSQL cluster on a Unix socket in a temporary folder, as the
# postgres user (PostgreSQL refuses to run as root), and removes it afterwards.
#   postgis_check_test.sh PEARLZONE_CLI PARCELS PG_BIN_DIR
set -euo pipefail
cli=$1
parcels=$2
pg_bin=$3

work=$(mktemp -d)
chmod 755 "$work"
as_postgres() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
cleanup() {
  as_postgres "$pg_bin/pg_ctl" -D "$work/db" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT
if [ "$(id -u)" -eq 0 ]; then chown postgres "$work"; fi

as_postgres "$pg_bin/initdb" -D "$work/db" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
as_postgres "$pg_bin/pg_ctl" -D "$work/db" -o "-k $work -c listen_addresses=''" -w start >/dev/null
as_postgres "$pg_bin/createdb" -h "$work" -U postgres parcels
as_postgres "$pg_bin/psql" -h "$work" -U postgres -d parcels -qc "CREATE EXTENSION postgis" >/dev/null

pg="PG:host=$work dbname=parcels user=postgres"
ogr2ogr -f PostgreSQL "$pg" "$parcels" -nln 地块 -lco GEOMETRY_NAME=geom -lco FID=fid >/dev/null

cd "$work"
"$cli" check "$parcels" --out from-file.csv --quiet
"$cli" check "$pg" --layer 地块 --out from-postgis.csv --quiet
if ! cmp -s from-file.csv from-postgis.csv; then
  echo "the PostGIS report differs from the file's:"
  diff <(head -5 from-file.csv) <(head -5 from-postgis.csv) || true
  exit 1
fi
echo "PostGIS report identical to the file's ($(($(wc -l < from-file.csv) - 1)) parcels)"
