#!/usr/bin/env bash
# The one table `make bench` ends with (issue 16): every headline figure against its target,
# read from the logs scripts/bench.sh kept:
#   scripts/bench-summary.sh LOG_DIR N    (check.log, render.log, app.log)
set -euo pipefail
logs=$1
count=$2
# cell LOG LABEL COLUMN: the COLUMN-th cell (1-based) of the first table row of LOG starting with LABEL.
cell() {
  [ -f "$1" ] || return 0
  awk -F'|' -v label="$2" -v column="$3" 'index($2, label) == 2 { v = $(column + 1); gsub(/[^0-9.]/, "", v); print v; exit }' "$1"
}
field() { [ -f "$1" ] || return 0; sed -n "s/.*[ ]$2=\\([0-9.]*\\).*/\\1/p" "$1" | head -n 1; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == "" || b == "" || b == 0) print "—"; else printf "%.2f×", a / b }'; }
verdict() { awk -v a="$1" -v t="$2" 'BEGIN { if (a == "") print "not measured"; else if (a <= t) print "met"; else print "MISSED" }'; }

floor_wall=$(cell "$logs/check.log" "(a) GDAL read" 2)
floor_cpu=$(cell "$logs/check.log" "(a) GDAL read" 3)
row() {  # label figure unit target (a number, or empty for none)
  local label=$1 figure=$2 unit=$3 target=$4
  local against="—" met="—"
  if [ -n "$target" ]; then against=$(ratio "$figure" "$target"); met=$(verdict "$figure" "$target"); fi
  printf '| %-52s | %10s %-3s | %-10s | %-22s | %-12s |\n' "$label" "${figure:-—}" "$unit" "${target:-—}" "$against" "$met"
}

printf '== summary: %s parcels, %s cores, load average %s\n\n' "$count" "$(nproc)" "$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?')"
printf '| %-52s | %14s | %-10s | %-22s | %-12s |\n' "figure" "measured" "target" "vs target" "target met"
printf '| %-52s | %14s | %-10s | %-22s | %-12s |\n' "---" "---:" "---" "---" "---"
row "GDAL read floor (wall)" "$floor_wall" s ""
check_wall=$(cell "$logs/check.log" "(b) pearlzone-cli check" 2)
check1_wall=$(cell "$logs/check.log" "(b) the same, 1 thread" 2)
floor2=$(awk -v f="$floor_wall" 'BEGIN { if (f != "") printf "%.2f", 2 * f }')
row "check -> CSV, 2 threads (wall; target 2× floor)" "$check_wall" s "$floor2"
row "check -> CSV, 1 thread (wall; target 2× floor)" "$check1_wall" s "$floor2"
floor_cpu2=$(awk -v f="$floor_cpu" 'BEGIN { if (f != "") printf "%.2f", 2 * f }')
row "check -> CSV, 2 threads (CPU; target 2× floor's CPU)" "$(cell "$logs/check.log" "(b) pearlzone-cli check" 3)" s "$floor_cpu2"
row "check -> CSV, 2 threads, peak memory" "$(cell "$logs/check.log" "(b) pearlzone-cli check" 4)" MB 400
peer=$(cell "$logs/check.log" "(c) ogr2ogr" 2)
row "SpatiaLite peer (wall; it takes $(ratio "$peer" "$check_wall") ours)" "$peer" s ""
row "render, full extent, 1920 x 1080" "$(cell "$logs/render.log" "full extent (" 2)" ms 500
row "render, zoomed 8x" "$(cell "$logs/render.log" "zoomed" 2)" ms 200
row "render, showing a pan from the cached image" "$(cell "$logs/render.log" "showing a pan" 2)" ms ""
row "app holding the checked layer (resident)" "$(field "$logs/app.log" holding_mb)" MB 400
row "app peak while the table is sorted and filtered" "$(field "$logs/app.log" table_peak_mb)" MB 400
row "app peak (check, table sorted and filtered)" "$(field "$logs/app.log" peak_mb)" MB 400
row "longest GUI stall sorting / filtering the table" "$(field "$logs/app.log" longest_stall_ms)" ms 100
echo
echo "CPU seconds are steadier than wall seconds on a shared machine: floor ${floor_cpu:-?} s CPU; see the check table above."
