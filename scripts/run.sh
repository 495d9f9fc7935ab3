#!/usr/bin/env bash
# `make run`: the desktop app where there is a display; otherwise say so and run headless.
set -euo pipefail
build_dir=${1:-build}

sample="$build_dir/data/sample-parcels.geojson"

if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
  # The app on the bundled zones, with the sample parcels checked.
  exec "$build_dir/app/pearlzone" "$sample"
fi

echo "make run: no display found (DISPLAY and WAYLAND_DISPLAY are unset), so the desktop app cannot open."
echo "Running the same batch check headless instead; the report goes to out/."
mkdir -p out
"$build_dir/app/pearlzone-cli" check "$sample" --out out/sample-parcels.check.csv --pdf out/sample-parcels.check.pdf
"$build_dir/app/pearlzone-cli" map --out out/sample-parcels.map.pdf --parcels "$sample" --landscape
echo "wrote out/sample-parcels.check.csv, out/sample-parcels.check.pdf (report) and out/sample-parcels.map.pdf"
