#pragma once
// Where the app and the CLI keep what a basemap needs: the tile cache folder (shared, so tiles
// the app fetched serve the CLI offline and the other way round) and the user's 天地图 key.

#include <QString>

namespace pearlzone::app {

// <the user's cache folder>/pearlzone/tiles (~/.cache on Linux, %LOCALAPPDATA% on Windows).
QString defaultTileCacheFolder();

// PEARLZONE_TIANDITU_KEY when set, else the key saved in the app's settings.
QString tiandituKey();
void saveTiandituKey(const QString& key);

}  // namespace pearlzone::app
