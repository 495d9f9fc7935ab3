#pragma once
// RAII owners for GDAL/OGR C handles, and GDAL's one-time registration.

#include <cpl_conv.h>
#include <gdal.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>

#include <memory>
#include <string>

namespace pearlzone::gis {

// Registers GDAL's drivers once per process and keeps GDAL quiet on stderr: its errors are
// read with CPLGetLastErrorMsg and reported through gis::Error instead.
void ensureGdalRegistered();

struct DatasetCloser {
    void operator()(void* dataset) const { GDALClose(static_cast<GDALDatasetH>(dataset)); }
};
struct FeatureDestroyer {
    void operator()(void* feature) const { OGR_F_Destroy(static_cast<OGRFeatureH>(feature)); }
};
struct GeometryDestroyer {
    void operator()(void* geometry) const { OGR_G_DestroyGeometry(static_cast<OGRGeometryH>(geometry)); }
};
struct SpatialReferenceReleaser {
    void operator()(void* srs) const { OSRRelease(static_cast<OGRSpatialReferenceH>(srs)); }
};
struct CplFree {
    void operator()(void* p) const { CPLFree(p); }
};

using FeatureOwner = std::unique_ptr<std::remove_pointer_t<OGRFeatureH>, FeatureDestroyer>;
using OgrGeometryOwner = std::unique_ptr<std::remove_pointer_t<OGRGeometryH>, GeometryDestroyer>;
using SpatialReferenceOwner = std::unique_ptr<std::remove_pointer_t<OGRSpatialReferenceH>, SpatialReferenceReleaser>;
using CplString = std::unique_ptr<char, CplFree>;

// GDAL's last error message on this thread, or fallback when it has none.
std::string lastGdalError(const std::string& fallback);
// GDAL's last error message as GDAL wrote it ("" when none), for Error::detail().
std::string lastGdalErrorDetail();

// A spatial reference from any text GDAL accepts, with x = longitude/easting.
SpatialReferenceOwner spatialReferenceFrom(const std::string& crsText);

}  // namespace pearlzone::gis
