#include "gis/vector_writer.h"

#include "gis/error.h"
#include "gis/gdal_handles.h"

#include <cpl_conv.h>
#include <cpl_string.h>

#include <algorithm>
#include <cctype>

namespace pearlzone::gis {

namespace {

constexpr std::int64_t kFeaturesPerTransaction = 20000;

std::string lowercase(std::string text)
{
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

OGRwkbGeometryType ogrTypeOf(WriterGeometry geometry)
{
    switch (geometry) {
    case WriterGeometry::None: return wkbNone;
    case WriterGeometry::Point: return wkbPoint;
    case WriterGeometry::Polygon: return wkbPolygon;
    case WriterGeometry::MultiPolygon: return wkbMultiPolygon;
    case WriterGeometry::Unknown: return wkbUnknown;
    }
    return wkbUnknown;
}

OGRFieldType ogrTypeOf(FieldType type)
{
    switch (type) {
    case FieldType::String: return OFTString;
    case FieldType::Integer: return OFTInteger64;
    case FieldType::Real: return OFTReal;
    }
    return OFTString;
}

}  // namespace

std::string vectorDriverForPath(const std::string& path)
{
    ensureGdalRegistered();
    const std::string extension = lowercase(CPLGetExtension(path.c_str()));
    // Preferred drivers for extensions that several drivers claim.
    if (extension == "gpkg") return "GPKG";
    if (extension == "geojson" || extension == "json") return "GeoJSON";
    if (extension == "csv") return "CSV";
    if (extension == "shp") return "ESRI Shapefile";
    if (extension == "fgb") return "FlatGeobuf";
    const int count = GDALGetDriverCount();
    for (int i = 0; i < count && !extension.empty(); ++i) {
        GDALDriverH driver = GDALGetDriver(i);
        if (!GDALGetMetadataItem(driver, GDAL_DCAP_VECTOR, nullptr) ||
            !GDALGetMetadataItem(driver, GDAL_DCAP_CREATE, nullptr))
            continue;
        const char* extensions = GDALGetMetadataItem(driver, GDAL_DMD_EXTENSIONS, nullptr);
        if (!extensions)
            continue;
        const CPLStringList list(CSLTokenizeString(extensions));
        for (int k = 0; k < list.size(); ++k) {
            if (lowercase(list[k]) == extension)
                return GDALGetDriverShortName(driver);
        }
    }
    throw Error(path + ": no vector format is known for the extension '." + extension + "'");
}

VectorWriter VectorWriter::create(const std::string& path, const VectorWriterOptions& options)
{
    ensureGdalRegistered();
    const std::string driverName = options.driver.empty() ? vectorDriverForPath(path) : options.driver;
    GDALDriverH driver = GDALGetDriverByName(driverName.c_str());
    if (!driver)
        throw Error(path + ": GDAL has no driver '" + driverName + "'");

    CPLErrorReset();
    GDALDatasetH dataset = GDALCreate(driver, path.c_str(), 0, 0, 0, GDT_Unknown, nullptr);
    if (!dataset)
        throw Error(path + ": cannot create the file (" + lastGdalError("unknown reason") + ")");
    VectorWriter writer;
    writer.path_ = path;
    writer.dataset_ = dataset;

    SpatialReferenceOwner srs;
    if (!options.crs.empty())
        srs = spatialReferenceFrom(options.crs);

    CPLStringList layerOptions;
    for (const auto& option : options.layerOptions)
        layerOptions.AddString(option.c_str());
    if (driverName == "CSV") {
        layerOptions.SetNameValue("WRITE_BOM", options.csvByteOrderMark ? "YES" : "NO");
        if (options.geometry != WriterGeometry::None)
            layerOptions.SetNameValue("GEOMETRY", "AS_WKT");
    }
    if (driverName == "GeoJSON") {
        layerOptions.SetNameValue("WRITE_NAME", "NO");
        if (options.coordinateDecimals >= 0)
            layerOptions.SetNameValue("COORDINATE_PRECISION", std::to_string(options.coordinateDecimals).c_str());
    }
    // GDAL's Shapefile default is ISO-8859-1, which cannot hold Chinese: write UTF-8 (and a
    // .cpg saying so) unless told otherwise.
    if (driverName == "ESRI Shapefile")
        layerOptions.SetNameValue("ENCODING", options.encoding.empty() ? "UTF-8" : options.encoding.c_str());

    OGRLayerH layer = GDALDatasetCreateLayer(dataset, options.layerName.c_str(), srs.get(),
                                             ogrTypeOf(options.geometry), layerOptions.List());
    if (!layer)
        throw Error(path + ": cannot create layer '" + options.layerName + "' (" +
                    lastGdalError("unknown reason") + ")");
    writer.layer_ = layer;
    for (const auto& [key, value] : options.metadata) {
        if (GDALSetMetadataItem(layer, key.c_str(), value.c_str(), nullptr) != CE_None)
            throw Error(path + ": cannot record '" + key + "' (" + lastGdalError("unknown reason") + ")");
    }
    for (const auto& field : options.fields) {
        OGRFieldDefnH definition = OGR_Fld_Create(field.name.c_str(), ogrTypeOf(field.type));
        if (field.width > 0)
            OGR_Fld_SetWidth(definition, field.width);
        if (field.precision > 0)
            OGR_Fld_SetPrecision(definition, field.precision);
        const OGRErr result = OGR_L_CreateField(layer, definition, TRUE);
        OGR_Fld_Destroy(definition);
        if (result != OGRERR_NONE)
            throw Error(path + ": cannot create field '" + field.name + "' (" + lastGdalError("unknown reason") + ")");
    }
    writer.fieldCount_ = options.fields.size();
    return writer;
}

VectorWriter::VectorWriter(VectorWriter&& other) noexcept
    : path_(std::move(other.path_)), dataset_(other.dataset_), layer_(other.layer_),
      fieldCount_(other.fieldCount_), inTransaction_(other.inTransaction_), written_(other.written_)
{
    other.dataset_ = nullptr;
    other.layer_ = nullptr;
}

VectorWriter& VectorWriter::operator=(VectorWriter&& other) noexcept
{
    if (this != &other) {
        closeQuietly();
        path_ = std::move(other.path_);
        dataset_ = other.dataset_;
        layer_ = other.layer_;
        fieldCount_ = other.fieldCount_;
        inTransaction_ = other.inTransaction_;
        written_ = other.written_;
        other.dataset_ = nullptr;
        other.layer_ = nullptr;
    }
    return *this;
}

VectorWriter::~VectorWriter()
{
    closeQuietly();
}

void VectorWriter::closeQuietly() noexcept
{
    if (!dataset_)
        return;
    if (inTransaction_)
        GDALDatasetCommitTransaction(static_cast<GDALDatasetH>(dataset_));
    GDALClose(static_cast<GDALDatasetH>(dataset_));
    dataset_ = nullptr;
    layer_ = nullptr;
    inTransaction_ = false;
}

void VectorWriter::write(const std::vector<FieldValue>& values, const std::vector<unsigned char>& wkb)
{
    if (!dataset_)
        throw Error(path_ + ": writing to a closed file");
    if (values.size() != fieldCount_)
        throw Error(path_ + ": " + std::to_string(values.size()) + " values for " + std::to_string(fieldCount_) +
                    " fields");
    auto dataset = static_cast<GDALDatasetH>(dataset_);
    auto layer = static_cast<OGRLayerH>(layer_);
    // Batching features into transactions makes GeoPackage writes fast; drivers without
    // transactions simply refuse them.
    if (!inTransaction_ && GDALDatasetTestCapability(dataset, ODsCTransactions))
        inTransaction_ = GDALDatasetStartTransaction(dataset, FALSE) == OGRERR_NONE;

    FeatureOwner feature(OGR_F_Create(OGR_L_GetLayerDefn(layer)));
    for (std::size_t i = 0; i < values.size(); ++i) {
        const int index = static_cast<int>(i);
        if (const auto* text = std::get_if<std::string>(&values[i]))
            OGR_F_SetFieldString(feature.get(), index, text->c_str());
        else if (const auto* integer = std::get_if<std::int64_t>(&values[i]))
            OGR_F_SetFieldInteger64(feature.get(), index, *integer);
        else if (const auto* real = std::get_if<double>(&values[i]))
            OGR_F_SetFieldDouble(feature.get(), index, *real);
        else
            OGR_F_SetFieldNull(feature.get(), index);
    }
    if (!wkb.empty()) {
        OGRGeometryH geometry = nullptr;
        if (OGR_G_CreateFromWkbEx(wkb.data(), nullptr, &geometry, wkb.size()) != OGRERR_NONE)
            throw Error(path_ + ": a geometry could not be decoded for writing");
        OGR_F_SetGeometryDirectly(feature.get(), geometry);
    }
    CPLErrorReset();
    if (OGR_L_CreateFeature(layer, feature.get()) != OGRERR_NONE)
        throw Error(path_ + ": cannot write a feature (" + lastGdalError("unknown reason") + ")");
    ++written_;
    if (inTransaction_ && written_ % kFeaturesPerTransaction == 0) {
        GDALDatasetCommitTransaction(dataset);
        inTransaction_ = false;
    }
}

void VectorWriter::close()
{
    if (!dataset_)
        return;
    auto dataset = static_cast<GDALDatasetH>(dataset_);
    CPLErrorReset();
    if (inTransaction_ && GDALDatasetCommitTransaction(dataset) != OGRERR_NONE) {
        const std::string reason = lastGdalError("unknown reason");
        closeQuietly();
        throw Error(path_ + ": cannot commit the written features (" + reason + ")");
    }
    inTransaction_ = false;
    CPLErrorReset();
    GDALClose(dataset);
    dataset_ = nullptr;
    layer_ = nullptr;
    if (CPLGetLastErrorType() >= CE_Failure)
        throw Error(path_ + ": cannot finish writing (" + lastGdalError("unknown reason") + ")");
}

}  // namespace pearlzone::gis
