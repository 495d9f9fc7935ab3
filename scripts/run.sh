#!/usr/bin/env bash
# `make run`: the desktop app where there is a display; otherwise say so and run headless.
set -euo pipefail
build_dir=${1:-build}

if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
  exec "$build_dir/app/pearlzone"
fi

echo "make run: no display found (DISPLAY and WAYLAND_DISPLAY are unset); running headless."
mkdir -p out
"$build_dir/app/pearlzone-cli" --version
