#include "gis/gdal_handles.h"

#include "gis/error.h"

#include <cpl_error.h>

#include <mutex>

namespace pearlzone::gis {

void ensureGdalRegistered()
{
    static std::once_flag once;
    std::call_once(once, [] {
        GDALAllRegister();
        CPLSetErrorHandler(CPLQuietErrorHandler);
    });
}

std::string lastGdalError(const std::string& fallback)
{
    const char* message = CPLGetLastErrorMsg();
    if (message && *message)
        return message;
    return fallback;
}

SpatialReferenceOwner spatialReferenceFrom(const std::string& crsText)
{
    SpatialReferenceOwner srs(OSRNewSpatialReference(nullptr));
    CPLErrorReset();
    if (OSRSetFromUserInput(srs.get(), crsText.c_str()) != OGRERR_NONE)
        throw Error("unknown coordinate reference system '" + crsText + "': " + lastGdalError("not recognised"));
    OSRSetAxisMappingStrategy(srs.get(), OAMS_TRADITIONAL_GIS_ORDER);
    return srs;
}

}  // namespace pearlzone::gis
