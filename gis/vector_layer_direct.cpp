// VectorLayerReader, continued: GeoPackage tables read through SQLite itself (issue 16),
// with OGR for every row and table that is not certainly read the same way.
#include "gis/vector_source.h"

#include "gis/error.h"
#include "gis/gdal_handles.h"
#include "gis/geopackage_rows.h"
#include "gis/utf8_path.h"

#include <filesystem>

namespace pearlzone::gis {

void VectorLayerReader::openDirect()
{
    directTried_ = true;
    const auto layer = static_cast<OGRLayerH>(layer_);
    GDALDatasetH dataset = static_cast<GDALDatasetH>(dataset_.get());
    GDALDriverH driver = GDALGetDatasetDriver(dataset);
    if (!driver || std::string(GDALGetDriverShortName(driver)) != "GPKG" || filtered_ || wktField_ >= 0 || xField_ >= 0 ||
        !explicitEncoding_.empty() || shapesWithoutRecordFrom_ >= 0 || source_.rfind("file:", 0) == 0)
        return;
    std::error_code error;
    if (!std::filesystem::is_regular_file(pathFromUtf8(source_), error))
        return;
    // Only text fields: OGR formats numbers and dates its own way.
    OGRFeatureDefnH definition = OGR_L_GetLayerDefn(layer);
    std::vector<std::string> columns;
    for (const int field : selectedFields_) {
        if (OGR_Fld_GetType(OGR_FD_GetFieldDefn(definition, field)) != OFTString)
            return;
        columns.push_back(rawFieldNames_[static_cast<std::size_t>(field)]);
    }
    const std::string geometry = readGeometry_ ? OGR_L_GetGeometryColumn(layer) : "";
    if (readGeometry_ && geometry.empty())
        return;
    direct_ = GeoPackageRows::open(source_, OGR_L_GetName(layer), OGR_L_GetFIDColumn(layer), geometry, columns);
}

bool VectorLayerReader::readDirect(VectorFeature& feature)
{
    std::int64_t fid = -1;
    switch (direct_->next(fid, feature.wkb, feature.attributes)) {
    case GeoPackageRows::Row::End:
        return false;
    case GeoPackageRows::Row::Read:
        feature.fid = fid;
        feature.textRepaired = false;
        feature.note.clear();
        for (auto& value : feature.attributes) {
            if (!value.empty())
                decodeText(value, feature.textRepaired);
        }
        return true;
    case GeoPackageRows::Row::ForOgr:
        break;
    }
    CPLErrorReset();
    FeatureOwner owner(OGR_L_GetFeature(static_cast<OGRLayerH>(layer_), fid));
    if (!owner) {
        const std::string reason = lastGdalError("unknown error");
        throw Error(source_ + ": reading layer '" + name_ + "' failed: " + reason, reason, lastGdalErrorDetail());
    }
    return fill(owner.get(), feature);
}

}  // namespace pearlzone::gis
