#!/usr/bin/env bash
# The check report PDF against N (issue 18): for each N (default 10,000 100,000 1,000,000;
# BENCH_PDF_COUNTS="10000 100000" to change) it times
#   pearlzone-cli check -> CSV, the same with --pdf (default --pdf-rows attention) and with
#   --pdf --pdf-rows all;
# and prints wall time, peak memory, CPU time, pages, PDF size and how long pdftoppm takes to
# render the first page (a viewer opening it). BENCH_PDF_RUNS="csv attention" runs fewer; "none"
# (--pdf-rows none: the cover and maps alone) shows the report's fixed cost.
#   scripts/bench-pdf.sh BUILD_DIR
set -euo pipefail
build_dir=${1:-build}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
printf '| %9s | %-32s | %9s | %11s | %8s | %7s | %10s | %12s |\n' "parcels" "run" "wall (s)" "peak memory" "CPU (s)" "pages" "PDF size" "first page"
printf '| %9s | %-32s | %9s | %11s | %8s | %7s | %10s | %12s |\n' "---:" "---" "---:" "---:" "---:" "---:" "---:" "---:"
for count in ${BENCH_PDF_COUNTS:-10000 100000 1000000}; do
  . "$(dirname "$0")/bench-common.sh"
  for run in ${BENCH_PDF_RUNS:-csv attention all}; do
    case $run in
      csv) options=(); label="check -> CSV" ;;
      attention) options=(--pdf "$out/report.pdf"); label="check -> CSV + --pdf (attention)" ;;
      all) options=(--pdf "$out/report.pdf" --pdf-rows all); label="check -> CSV + --pdf-rows all" ;;
      none) options=(--pdf "$out/report.pdf" --pdf-rows none); label="check -> CSV + --pdf-rows none" ;;
    esac
    rm -f "$out/report.pdf"
    measure "$run" "$build_dir/app/pearlzone-cli" check "$parcels" --out "$out/report.csv" --quiet "${options[@]}"
    pages="-"; size="-"; first="-"
    if [ -f "$out/report.pdf" ]; then
      pages=$(pdfinfo "$out/report.pdf" | awk '/^Pages:/ { print $2 }')
      size="$(( $(stat -c %s "$out/report.pdf") / 1048576 )) MB"
      first="$(/usr/bin/time -f %e pdftoppm -r 72 -f 1 -l 1 -png "$out/report.pdf" "$out/page" 2>&1 >/dev/null | tail -1) s"
    fi
    printf '| %9s | %-32s | %9s | %8d MB | %8s | %7s | %10s | %12s |\n' "$count" "$label" "${wall[$run]}" "$((memory[$run] / 1024))" \
      "${cpu[$run]}" "$pages" "$size" "$first"
  done
done
