#include "gis/basemap_spec.h"

#include "gis/error.h"

#include <cpl_conv.h>
#include <cpl_string.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <memory>

namespace pearlzone::gis {

namespace {

// Web Mercator's square world, which every XYZ tile set covers.
constexpr const char* kWorldEdge = "20037508.342789244";

const char* const kOsmTiles = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";
// 天地图's web-Mercator ("_w") WMTS layers, fetched tile by tile; {tk} is the user's key.
std::string tiandituLayer(const char* layer)
{
    return std::string("https://t0.tianditu.gov.cn/") + layer + "_w/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=" +
           layer + "&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk={tk}";
}

std::string lower(std::string text)
{
    std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

bool startsWith(const std::string& text, const std::string& prefix) { return text.compare(0, prefix.size(), prefix) == 0; }
bool endsWith(const std::string& text, const std::string& suffix)
{
    return text.size() >= suffix.size() && text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
}

void replaceAll(std::string& text, const std::string& from, const std::string& to)
{
    for (std::size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
        text.replace(at, from.size(), to);
}

// AMap (高德) and Tencent (腾讯) serve their tiles in GCJ-02.
bool isGcj02Host(const std::string& host)
{
    static const std::array<const char*, 4> hosts = {"autonavi.com", "amap.com", "gtimg.com", "map.qq.com"};
    return std::any_of(hosts.begin(), hosts.end(), [&](const char* known) { return endsWith(host, known); });
}

BasemapSpec urlTemplate(const std::string& text, bool forceGcj02)
{
    const std::string url = lower(text);
    if (!startsWith(url, "http://") && !startsWith(url, "https://"))
        throw Error("basemap '" + text + "': a URL template must start with http:// or https://");
    const bool hasY = text.find("{y}") != std::string::npos || text.find("{-y}") != std::string::npos;
    if (text.find("{z}") == std::string::npos || text.find("{x}") == std::string::npos || !hasY)
        throw Error("basemap '" + text + "': a URL template needs {z}, {x} and {y} (or {-y} for TMS rows)");
    if (text.find("{s}") != std::string::npos)
        throw Error("basemap '" + text + "': {s} (rotating servers) is not supported; write one server's name instead");
    BasemapSpec spec;
    spec.kind = BasemapKind::UrlTemplate;
    spec.layers = {text};
    spec.gcj02 = forceGcj02 || isGcj02Host(lower(hostOf(text)));
    spec.attribution = hostOf(text);
    spec.maxZoom = 19;
    return spec;
}

// A WMTS service by its capabilities document; GDAL's WMTS driver reads the tile matrices,
// formats and tile URLs from it.
BasemapSpec wmtsService(const std::string& text)
{
    std::string url = text;
    std::string layer;
    const std::size_t option = lower(text).find(",layer=");
    if (option != std::string::npos) {
        url = text.substr(0, option);
        layer = text.substr(option + 7);
    }
    const std::string lowered = lower(url);
    if (!startsWith(lowered, "http://") && !startsWith(lowered, "https://"))
        throw Error("basemap 'wmts:" + text + "': a WMTS service is named by its capabilities URL (http:// or https://)");
    BasemapSpec spec;
    spec.kind = BasemapKind::WmtsService;
    spec.layers = {url};
    spec.wmtsLayer = layer;
    spec.attribution = hostOf(url);
    return spec;
}

bool asksForWmtsCapabilities(const std::string& lowered)
{
    return lowered.find("wmtscapabilities") != std::string::npos ||
           (lowered.find("request=getcapabilities") != std::string::npos && lowered.find("service=wmts") != std::string::npos);
}

}  // namespace

std::string hostOf(const std::string& url)
{
    const std::size_t scheme = url.find("://");
    if (scheme == std::string::npos)
        return url;
    const std::size_t start = scheme + 3;
    const std::size_t end = url.find_first_of("/?", start);
    return url.substr(start, end == std::string::npos ? std::string::npos : end - start);
}

BasemapSpec parseBasemapSpec(const std::string& text)
{
    const std::string name = lower(text);
    BasemapSpec spec;
    if (name.empty() || name == "none")
        return spec;
    if (name == "osm") {
        spec.kind = BasemapKind::OpenStreetMap;
        spec.layers = {kOsmTiles};
        spec.attribution = "© OpenStreetMap contributors";
        spec.maxZoom = 19;
        return spec;
    }
    if (name == "tianditu-vec" || name == "tianditu-img") {
        const bool vector = name == "tianditu-vec";
        spec.kind = vector ? BasemapKind::TiandituVector : BasemapKind::TiandituImagery;
        spec.layers = {tiandituLayer(vector ? "vec" : "img"), tiandituLayer(vector ? "cva" : "cia")};
        spec.attribution = "天地图 © 国家地理信息公共服务平台";
        spec.needsTiandituKey = true;
        return spec;
    }
    if (startsWith(name, "gcj02:"))
        return urlTemplate(text.substr(6), true);
    if (startsWith(name, "wmts:"))
        return wmtsService(text.substr(5));
    if ((startsWith(name, "http://") || startsWith(name, "https://")) && asksForWmtsCapabilities(name))
        return wmtsService(text);
    if (startsWith(name, "http://") || startsWith(name, "https://"))
        return urlTemplate(text, false);
    if (endsWith(name, ".mbtiles") || endsWith(name, ".gpkg")) {
        spec.kind = BasemapKind::TileFile;
        spec.layers = {text};
        return spec;
    }
    throw Error("basemap '" + text +
                "': not a source Pearlzone knows; use none, osm, tianditu-vec, tianditu-img, an http(s) URL template "
                "with {z}/{x}/{y}, wmts: and a WMTS capabilities URL, or a .mbtiles or .gpkg file");
}

std::string tileServiceXml(const std::string& urlTemplate, int zoom, const TileServiceOptions& options)
{
    std::string url = urlTemplate;
    const bool tmsRows = url.find("{-y}") != std::string::npos;
    replaceAll(url, "{z}", "${z}");
    replaceAll(url, "{x}", "${x}");
    replaceAll(url, "{-y}", "${y}");
    replaceAll(url, "{y}", "${y}");
    replaceAll(url, "{tk}", options.tiandituKey);
    const std::unique_ptr<char, decltype(&CPLFree)> escapedUrl(CPLEscapeString(url.c_str(), -1, CPLES_XML), &CPLFree);
    std::string xml = "<GDAL_WMS><Service name=\"TMS\"><ServerUrl>" + std::string(escapedUrl.get()) + "</ServerUrl></Service>";
    xml += std::string("<DataWindow><UpperLeftX>-") + kWorldEdge + "</UpperLeftX><UpperLeftY>" + kWorldEdge +
           "</UpperLeftY><LowerRightX>" + kWorldEdge + "</LowerRightX><LowerRightY>-" + kWorldEdge + "</LowerRightY>";
    xml += "<TileLevel>" + std::to_string(zoom) + "</TileLevel><TileCountX>1</TileCountX><TileCountY>1</TileCountY>";
    xml += std::string("<YOrigin>") + (tmsRows ? "bottom" : "top") + "</YOrigin></DataWindow>";
    xml += "<Projection>EPSG:3857</Projection><BlockSizeX>256</BlockSizeX><BlockSizeY>256</BlockSizeY><BandsCount>4</BandsCount>";
    // A tile the server does not have (outside its coverage) is blank, not a failure.
    xml += "<ZeroBlockHttpCodes>204,404</ZeroBlockHttpCodes><MaxConnections>2</MaxConnections>";
    xml += "<Timeout>" + std::to_string(options.timeoutSeconds) + "</Timeout>";
    xml += std::string("<UserAgent>") + kBasemapUserAgent + "</UserAgent>";
    if (options.offline)
        xml += "<OfflineMode>true</OfflineMode>";
    if (!options.cacheDirectory.empty()) {
        const std::unique_ptr<char, decltype(&CPLFree)> escapedPath(
            CPLEscapeString(options.cacheDirectory.c_str(), -1, CPLES_XML), &CPLFree);
        // Tiles stay 30 days; the folder's size is kept in bounds by trimTileCache (GDAL only
        // removes expired tiles).
        xml += "<Cache><Path>" + std::string(escapedPath.get()) + "</Path><Expires>2592000</Expires></Cache>";
    }
    xml += "</GDAL_WMS>";
    return xml;
}

}  // namespace pearlzone::gis
