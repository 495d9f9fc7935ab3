#!/usr/bin/env bash
# pearlzone-cli check on a PostGIS table gives the same report as on the file it came from.
# Starts a throwaway PostgreSQL cluster on a Unix socket in a temporary folder, as the
# postgres user (PostgreSQL refuses to run as root), and removes it afterwards.
#   postgis_check_test.sh PEARLZONE_CLI PARCELS PG_BIN_DIR
set -euo pipefail
cli=$1
parcels=$2
pg_bin=$3

. "$(dirname "$0")/postgis_server.sh"
start_postgis "$pg_bin" parcels
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
