#include "gis/vector_source_checks.h"

#include <cpl_conv.h>
#include <cpl_error.h>
#include <cpl_vsi.h>
#include <ogr_srs_api.h>

#include <memory>
#include <vector>

namespace pearlzone::gis::detail {

namespace {

bool fileExists(const char* path)
{
    VSIStatBufL status;
    return VSIStatL(path, &status) == 0;
}

}  // namespace

bool shapeIndexMissing(const std::string& shapefile)
{
    if (!fileExists(shapefile.c_str()))
        return false;
    // CPLResetExtension returns a rotating buffer: compare one at a time.
    if (fileExists(CPLResetExtension(shapefile.c_str(), "shx")))
        return false;
    return !fileExists(CPLResetExtension(shapefile.c_str(), "SHX"));
}

bool isUndefinedCrs(void* srs)
{
    const auto handle = static_cast<OGRSpatialReferenceH>(srs);
    if (!handle)
        return false;
    const char* name = OSRGetName(handle);
    const std::string text = name ? name : "";
    // GeoPackage's srs_id -1 and 0 ("Undefined Cartesian SRS", "Undefined geographic SRS"), and
    // the "Undefined SRS" engineering CRS other writers leave.
    return text.rfind("Undefined", 0) == 0 || (OSRIsLocal(handle) && (text.empty() || text == "unnamed"));
}

std::string unknownNamedCrs(const std::string& geojsonFile)
{
    // The "crs" member comes before the features in every writer we know of: the head suffices.
    VSILFILE* file = VSIFOpenL(geojsonFile.c_str(), "rb");
    if (!file)
        return {};
    std::vector<char> head(64 * 1024);
    head.resize(VSIFReadL(head.data(), 1, head.size(), file));
    VSIFCloseL(file);
    // "crs", then its "properties", then their "name": its string (std::regex would recurse
    // once per character of a long file).
    const std::string text(head.begin(), head.end());
    const std::size_t crs = text.find("\"crs\"");
    if (crs == std::string::npos)
        return {};
    const std::size_t properties = text.find("\"properties\"", crs);
    const std::size_t key = properties == std::string::npos ? properties : text.find("\"name\"", properties);
    if (key == std::string::npos || key - crs > 400)
        return {};
    const std::size_t open = text.find('"', text.find(':', key));
    const std::size_t close = open == std::string::npos ? open : text.find('"', open + 1);
    if (close == std::string::npos || close - open > 200)
        return {};
    const std::string name = text.substr(open + 1, close - open - 1);
    OGRSpatialReferenceH srs = OSRNewSpatialReference(nullptr);
    CPLPushErrorHandler(CPLQuietErrorHandler);
    const bool known = OSRSetFromUserInput(srs, name.c_str()) == OGRERR_NONE;
    CPLPopErrorHandler();
    OSRDestroySpatialReference(srs);
    return known ? std::string() : name;
}

bool kmlHasTracks(const std::string& kmlFile)
{
    static const std::string mark = "gx:Track";
    VSILFILE* file = VSIFOpenL(kmlFile.c_str(), "rb");
    if (!file)
        return false;
    std::string window;  // the piece read, after the end of the one before (a mark may straddle)
    std::vector<char> piece(1 << 20);
    bool found = false;
    while (!found) {
        const std::size_t count = VSIFReadL(piece.data(), 1, piece.size(), file);
        if (count == 0)
            break;
        window.erase(0, window.size() > mark.size() ? window.size() - mark.size() : 0);
        window.append(piece.data(), count);
        found = window.find(mark) != std::string::npos;
    }
    VSIFCloseL(file);
    return found;
}

}  // namespace pearlzone::gis::detail
