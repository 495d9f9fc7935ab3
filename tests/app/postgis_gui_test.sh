#!/usr/bin/env bash
# The app's PostGIS flows (File → Export results → PostGIS table…, a PG: table in the batch
# dialog checked inside PostGIS) against a throwaway PostGIS server: starts it, loads the
# sample parcels as the table 地块, and runs the GUI test program against it, offscreen, with
# its own settings file and no D-Bus session (so no secret service is reachable).
#   postgis_gui_test.sh POSTGIS_GUI_TESTS PARCELS PG_BIN_DIR [Catch2 arguments]
set -euo pipefail
tests=$1
parcels=$2
server_bin=$3
shift 3
. "$(dirname "$0")/postgis_server.sh"
start_postgis "$server_bin" 导出库
ogr2ogr -f PostgreSQL "$pg" "$parcels" -nln 地块 -lco GEOMETRY_NAME=geom -lco FID=fid >/dev/null
export PEARLZONE_TEST_PG_HOST="$work" PEARLZONE_TEST_PG_DATABASE=导出库
export XDG_CONFIG_HOME="$work/config" QT_QPA_PLATFORM=offscreen
unset DBUS_SESSION_BUS_ADDRESS DISPLAY WAYLAND_DISPLAY  # nor one reached through an X11 autolaunch
"$tests" "$@"
