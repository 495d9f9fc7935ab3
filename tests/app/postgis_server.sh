# Sourced by the PostGIS tests: starts a throwaway PostgreSQL cluster with PostGIS on a Unix
# socket in a temporary folder, as the postgres user (PostgreSQL refuses to run as root), and
# removes it when the test exits. Sets $work, $pg (a GDAL PG: connection) and as_postgres/sql.
# With postgis_log_statements=1 every statement is logged to $work/server.log (benchmarks).
#   start_postgis PG_BIN_DIR DBNAME
start_postgis() {
  pg_bin=$1
  work=$(mktemp -d)
  chmod 755 "$work"
  if [ "$(id -u)" -eq 0 ]; then chown postgres "$work"; fi
  trap stop_postgis EXIT
  as_postgres "$pg_bin/initdb" -D "$work/db" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
  local logging=""
  if [ "${postgis_log_statements:-0}" = 1 ]; then logging="-c log_min_duration_statement=0"; fi
  as_postgres "$pg_bin/pg_ctl" -D "$work/db" -l "$work/server.log" -o "-k $work -c listen_addresses='' $logging" -w start >/dev/null
  as_postgres "$pg_bin/createdb" -h "$work" -U postgres "$2"
  database=$2
  sql "CREATE EXTENSION postgis" >/dev/null
  pg="PG:host=$work dbname=$2 user=postgres"
}
as_postgres() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
stop_postgis() {
  as_postgres "$pg_bin/pg_ctl" -D "$work/db" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$work"
}
# One query's rows, unaligned, fields separated by |.
sql() { as_postgres "$pg_bin/psql" -h "$work" -U postgres -d "${database:-postgres}" -qAt -v ON_ERROR_STOP=1 -c "$1"; }
