#include "gis/gdal_handles.h"

#include "gis/error.h"

#include <cpl_error.h>

#include <cstdio>
#include <mutex>

namespace pearlzone::gis {

void ensureGdalRegistered()
{
    static std::once_flag once;
    std::call_once(once, [] {
        GDALAllRegister();
        // GDAL's own words reach a person only when asked for (--verbose); they are otherwise
        // kept as the last error for our messages, cleaned (plainLibraryText).
        CPLSetErrorHandler([](CPLErr level, CPLErrorNum, const char* message) {
            if (libraryMessagesShown() && level >= CE_Warning)
                std::fprintf(stderr, "GDAL: %s\n", message ? message : "");
        });
    });
}

std::string lastGdalError(const std::string& fallback)
{
    const std::string plain = plainLibraryText(lastGdalErrorDetail());
    return plain.empty() ? fallback : plain;
}

std::string lastGdalErrorDetail()
{
    const char* message = CPLGetLastErrorMsg();
    return message ? message : "";
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
