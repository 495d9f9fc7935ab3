#pragma once
// What a basemap is drawn from, parsed from the text a planner gives (`--basemap`, the app's
// View → Basemap): OpenStreetMap, 天地图 vector or imagery, an XYZ/TMS URL template (a
// government intranet tile server), or a local MBTiles / GeoPackage raster for offline offices.
// Web tile sources become GDAL WMS descriptions (the TMS minidriver), so GDAL fetches, caches
// and decodes the tiles; nothing here talks to the network.

#include <string>
#include <vector>

namespace pearlzone::gis {

enum class BasemapKind { None, OpenStreetMap, TiandituVector, TiandituImagery, UrlTemplate, WmtsService, TileFile };

struct BasemapSpec {
    BasemapKind kind = BasemapKind::None;
    // Web sources: URL templates with {z} {x} {y} (or {-y}), drawn in order, later ones on top
    // (天地图's annotation layer over its base). WMTS: the capabilities URL. Tile files: the one path.
    std::vector<std::string> layers;
    bool gcj02 = false;       // tiles drawn in GCJ-02 (AMap, Tencent): shifted to true positions
    std::string attribution;  // what the source's terms ask the map to show
    int maxZoom = 18;         // web sources: the deepest tile level fetched
    bool needsTiandituKey = false;
    std::string wmtsLayer;    // WMTS: the layer identifier ("" for a service with one layer)

    bool isWeb() const { return kind != BasemapKind::None && kind != BasemapKind::TileFile; }
};

// Parses "none", "osm", "tianditu-vec", "tianditu-img", an http(s) URL template holding {z},
// {x} and {y} (prefixed "gcj02:" to shift a GCJ-02 tile set; AMap and Tencent hosts are
// recognised), a WMTS capabilities URL ("wmts:URL[,layer=ID]", or an http(s) URL asking for
// WMTSCapabilities / REQUEST=GetCapabilities), or a path ending in .mbtiles or .gpkg. Throws
// gis::Error saying what is accepted.
BasemapSpec parseBasemapSpec(const std::string& text);

// The GDAL WMS description (TMS minidriver, web Mercator) of one web layer at tile level
// zoom, caching tiles in cacheDirectory ("" for none). offline reads the cache only.
struct TileServiceOptions {
    std::string cacheDirectory;
    int timeoutSeconds = 8;
    bool offline = false;
    std::string tiandituKey;
};
std::string tileServiceXml(const std::string& urlTemplate, int zoom, const TileServiceOptions& options);

// How Pearlzone names itself to tile servers (some refuse anonymous clients).
inline constexpr const char* kBasemapUserAgent = "Pearlzone/0.1 (desktop planning tool; GDAL WMS driver)";

// The host of a URL ("tiles.example.gov.cn"), or the text itself when it has none.
std::string hostOf(const std::string& url);

}  // namespace pearlzone::gis
