#!/usr/bin/env bash
# The DEB (what `make package` makes) holds the programs, data, translations, desktop entry
# and icon, and its programs run from wherever it is unpacked.
#   package_test.sh BUILD_DIR
set -euo pipefail
build=$(cd "$1" && pwd)
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
(cd "$build" && cpack -G DEB -B "$out" >/dev/null)
deb=$(ls "$out"/*.deb)
listing=$(dpkg-deb -c "$deb")
for path in ./usr/bin/pearlzone ./usr/bin/pearlzone-cli ./usr/share/pearlzone/data/zones.geojson \
            ./usr/share/pearlzone/data/industries.csv ./usr/share/pearlzone/translations/pearlzone_zh_CN.qm \
            ./usr/share/applications/io.github.pearlzone.Pearlzone.desktop \
            ./usr/share/metainfo/io.github.pearlzone.Pearlzone.metainfo.xml \
            ./usr/share/icons/hicolor/scalable/apps/io.github.pearlzone.Pearlzone.svg; do
  grep -q " $path\$" <<< "$listing" || { echo "missing from the package: $path"; exit 1; }
done
# Captured first and fed as here-strings: with pipefail, grep -q quitting early would
# otherwise fail a pipe through SIGPIPE.
control=$(dpkg-deb -I "$deb")
grep -q 'Depends:.*libgdal' <<< "$control" || { echo "no GDAL dependency recorded"; exit 1; }
dpkg-deb -x "$deb" "$out/root"
cd "$out"
zones=$("$out/root/usr/bin/pearlzone-cli" zones)
grep -q '鱼珠片区' <<< "$zones" || { echo "the unpacked CLI did not find its data"; exit 1; }
echo "package $(basename "$deb") holds everything and runs unpacked"
