#include "gis/sql_database.h"

#include "gis/error.h"
#include "gis/gdal_handles.h"

namespace pearlzone::gis {

SqlDatabase SqlDatabase::open(const std::string& connection)
{
    ensureGdalRegistered();
    CPLErrorReset();
    GDALDatasetH dataset = GDALOpenEx(connection.c_str(), GDAL_OF_VECTOR | GDAL_OF_UPDATE, nullptr, nullptr, nullptr);
    const std::string label = connection.substr(0, connection.find("password"));
    if (!dataset)
        throw Error(label + ": cannot open the database (" + lastGdalError("unknown reason") + ")");
    SqlDatabase database;
    database.label_ = label;
    database.dataset_ = std::shared_ptr<void>(dataset, DatasetCloser());
    return database;
}

void SqlDatabase::execute(const std::string& statement)
{
    auto dataset = static_cast<GDALDatasetH>(dataset_.get());
    CPLErrorReset();
    OGRLayerH result = GDALDatasetExecuteSQL(dataset, statement.c_str(), nullptr, nullptr);
    if (result)
        GDALDatasetReleaseResultSet(dataset, result);
    if (CPLGetLastErrorType() >= CE_Failure)
        throw Error(label_ + ": a statement failed (" + lastGdalError("unknown reason") + ")");
}

SqlRows SqlDatabase::query(const std::string& select)
{
    auto dataset = static_cast<GDALDatasetH>(dataset_.get());
    CPLErrorReset();
    OGRLayerH result = GDALDatasetExecuteSQL(dataset, select.c_str(), nullptr, nullptr);
    if (!result || CPLGetLastErrorType() >= CE_Failure) {
        if (result)
            GDALDatasetReleaseResultSet(dataset, result);
        throw Error(label_ + ": a query failed (" + lastGdalError("no result") + ")");
    }
    SqlRows rows;
    rows.dataset_ = dataset_;
    rows.layer_ = result;
    return rows;
}

std::pair<std::string, std::string> SqlDatabase::geometryAndKeyColumns(const std::string& table) const
{
    OGRLayerH layer = GDALDatasetGetLayerByName(static_cast<GDALDatasetH>(dataset_.get()), table.c_str());
    if (!layer)
        throw Error(label_ + ": no table '" + table + "'");
    return {OGR_L_GetGeometryColumn(layer), OGR_L_GetFIDColumn(layer)};
}

SqlRows::SqlRows(SqlRows&& other) noexcept : dataset_(std::move(other.dataset_)), layer_(other.layer_)
{
    other.layer_ = nullptr;
}

SqlRows& SqlRows::operator=(SqlRows&& other) noexcept
{
    if (this != &other) {
        this->~SqlRows();
        dataset_ = std::move(other.dataset_);
        layer_ = other.layer_;
        other.layer_ = nullptr;
    }
    return *this;
}

SqlRows::~SqlRows()
{
    if (layer_ && dataset_)
        GDALDatasetReleaseResultSet(static_cast<GDALDatasetH>(dataset_.get()), static_cast<OGRLayerH>(layer_));
    layer_ = nullptr;
}

std::size_t SqlRows::readBatch(std::vector<VectorFeature>& batch, std::size_t maxCount)
{
    auto layer = static_cast<OGRLayerH>(layer_);
    if (batch.size() < maxCount)
        batch.resize(maxCount);
    std::size_t n = 0;
    CPLErrorReset();
    while (n < maxCount) {
        FeatureOwner feature(OGR_L_GetNextFeature(layer));
        if (!feature)
            break;
        VectorFeature& out = batch[n++];
        out.fid = OGR_F_GetFID(feature.get());
        const int count = OGR_F_GetFieldCount(feature.get());
        out.attributes.resize(static_cast<std::size_t>(count));
        for (int i = 0; i < count; ++i)
            out.attributes[static_cast<std::size_t>(i)] =
                OGR_F_IsFieldSetAndNotNull(feature.get(), i) ? OGR_F_GetFieldAsString(feature.get(), i) : "";
        out.wkb.clear();
        if (OGRGeometryH geometry = OGR_F_GetGeometryRef(feature.get())) {
            out.wkb.resize(static_cast<std::size_t>(OGR_G_WkbSize(geometry)));
            OGR_G_ExportToIsoWkb(geometry, wkbNDR, out.wkb.data());
        }
    }
    if (CPLGetLastErrorType() >= CE_Failure)
        throw Error("reading query rows failed (" + lastGdalError("unknown reason") + ")");
    return n;
}

}  // namespace pearlzone::gis
