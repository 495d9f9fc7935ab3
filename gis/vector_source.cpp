#include "gis/vector_source.h"

#include "gis/cell_geometry.h"
#include "gis/error.h"
#include "gis/gdal_handles.h"
#include "gis/text_encoding.h"

#include <cpl_conv.h>
#include <cpl_string.h>

#include <algorithm>
#include <cctype>

namespace pearlzone::gis {

namespace {

std::string lowercase(std::string text)
{
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

class ScopedThreadConfig {
public:
    ScopedThreadConfig(const char* key, const std::string& value) : key_(key)
    {
        if (const char* old = CPLGetThreadLocalConfigOption(key, nullptr)) {
            hadOld_ = true;
            old_ = old;
        }
        CPLSetThreadLocalConfigOption(key_, value.empty() ? nullptr : value.c_str());
    }
    ~ScopedThreadConfig() { CPLSetThreadLocalConfigOption(key_, hadOld_ ? old_.c_str() : nullptr); }
    ScopedThreadConfig(const ScopedThreadConfig&) = delete;
    ScopedThreadConfig& operator=(const ScopedThreadConfig&) = delete;

private:
    const char* key_;
    bool hadOld_ = false;
    std::string old_;
};

// Several configuration options at once, for as long as the object lives.
class ScopedThreadConfigs {
public:
    explicit ScopedThreadConfigs(const std::vector<std::pair<std::string, std::string>>& options)
    {
        for (const auto& [key, value] : options)
            scopes_.push_back(std::make_unique<ScopedThreadConfig>(key.c_str(), value));
    }

private:
    std::vector<std::unique_ptr<ScopedThreadConfig>> scopes_;
};

GDALDatasetH datasetOf(const std::shared_ptr<void>& dataset) { return static_cast<GDALDatasetH>(dataset.get()); }

// The configuration options that make GDAL's spreadsheet drivers take the first row for the
// header. XLSX reads them only when a sheet is first used, so they stay with the source.
std::vector<std::pair<std::string, std::string>> headerRowConfig(const std::string& extension)
{
    if (extension == "xlsx" || extension == "xlsm")
        return {{"OGR_XLSX_HEADERS", "FORCE"}};
    if (extension == "xls")
        return {{"OGR_XLS_HEADERS", "FORCE"}};
    if (extension == "ods")
        return {{"OGR_ODS_HEADERS", "FORCE"}};
    return {};
}

void exportWkb(OGRGeometryH geometry, std::vector<unsigned char>& wkb)
{
    OgrGeometryOwner linear;
    if (!OGR_G_IsEmpty(geometry)) {
        if (OGR_G_HasCurveGeometry(geometry, TRUE)) {
            linear.reset(OGR_G_GetLinearGeometry(geometry, 0.0, nullptr));
            geometry = linear.get();
        }
        if (OGR_G_Is3D(geometry) || OGR_G_IsMeasured(geometry))
            OGR_G_FlattenTo2D(geometry);  // the feature is ours to change
    }
    // An empty geometry still goes through as WKB so callers can tell "empty" from "none".
    wkb.resize(static_cast<std::size_t>(OGR_G_WkbSize(geometry)));
    if (OGR_G_ExportToIsoWkb(geometry, wkbNDR, wkb.data()) != OGRERR_NONE)
        wkb.clear();
}

}  // namespace

VectorSource VectorSource::open(const std::string& source, const VectorOpenOptions& options)
{
    ensureGdalRegistered();
    VectorSource result;
    result.source_ = source;
    std::vector<std::string> optionStrings = options.driverOptions;
    const bool isConnection = source.rfind("PG:", 0) == 0;
    const std::string extension = isConnection ? std::string() : lowercase(CPLGetExtension(source.c_str()));
    const bool isShapefile = extension == "shp" || extension == "dbf";
    // What the file does not say about its text, guessed from its bytes (gis/text_encoding.h).
    std::string dxfEncoding = options.encoding;
    if (options.encoding.empty() && isShapefile) {
        result.guessedEncoding_ = undeclaredDbfEncoding(source);
    } else if (options.encoding.empty() && extension == "dxf") {
        dxfEncoding = dxfEncodingOverride(source);
        if (dxfEncoding == kChineseEncoding)
            result.guessedEncoding_ = dxfEncoding;
    } else if (options.encoding.empty() && (extension == "csv" || extension == "txt")) {
        result.guessedEncoding_ = undeclaredTextFileEncoding(source);
    }
    const std::string encoding = options.encoding.empty() ? result.guessedEncoding_ : options.encoding;
    if (!encoding.empty() && isShapefile)
        optionStrings.push_back("ENCODING=" + encoding);
    std::vector<const char*> openOptions;
    for (const auto& option : optionStrings)
        openOptions.push_back(option.c_str());
    openOptions.push_back(nullptr);

    if (options.firstRowIsHeader)
        result.driverConfig_ = headerRowConfig(extension);
    // The DXF driver reads its code page at open time from this option.
    result.driverConfig_.emplace_back("DXF_ENCODING", extension == "dxf" ? dxfEncoding : std::string());
    const ScopedThreadConfigs config(result.driverConfig_);
    CPLErrorReset();
    GDALDatasetH handle = GDALOpenEx(source.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr,
                                     openOptions.data(), nullptr);
    if (!handle) {
        const std::string reason = lastGdalError("");
        if (!isConnection && !CPLCheckForFile(const_cast<char*>(source.c_str()), nullptr))
            throw Error(source + ": file not found");
        throw Error(source + ": not a vector file GDAL can read" + (reason.empty() ? "" : " (" + reason + ")"));
    }
    result.dataset_ = std::shared_ptr<void>(handle, DatasetCloser());
    const std::string driver = result.driverName();
    if (!encoding.empty() && driver != "ESRI Shapefile" && driver != "DXF")
        result.explicitEncoding_ = encoding;
    return result;
}

std::string VectorSource::driverName() const
{
    GDALDriverH driver = GDALGetDatasetDriver(datasetOf(dataset_));
    return driver ? GDALGetDriverShortName(driver) : std::string();
}

std::vector<std::string> VectorSource::layerNames() const
{
    std::vector<std::string> names;
    const int count = GDALDatasetGetLayerCount(datasetOf(dataset_));
    for (int i = 0; i < count; ++i)
        names.emplace_back(OGR_L_GetName(GDALDatasetGetLayer(datasetOf(dataset_), i)));
    return names;
}

VectorLayerReader VectorSource::layer(const std::string& name) const
{
    const ScopedThreadConfigs config(driverConfig_);
    GDALDatasetH dataset = datasetOf(dataset_);
    OGRLayerH layer = nullptr;
    if (name.empty()) {
        if (GDALDatasetGetLayerCount(dataset) == 0)
            throw Error(source_ + ": contains no layers");
        layer = GDALDatasetGetLayer(dataset, 0);
    } else {
        layer = GDALDatasetGetLayerByName(dataset, name.c_str());
        if (!layer) {
            std::string available;
            for (const auto& candidate : layerNames())
                available += (available.empty() ? "" : ", ") + candidate;
            throw Error(source_ + ": no layer named '" + name + "' (layers: " + available + ")");
        }
    }

    VectorLayerReader reader;
    reader.source_ = source_;
    reader.name_ = OGR_L_GetName(layer);
    reader.explicitEncoding_ = explicitEncoding_;
    reader.guessedEncoding_ = guessedEncoding_;
    reader.dataset_ = dataset_;
    reader.layer_ = layer;
    OGRFeatureDefnH definition = OGR_L_GetLayerDefn(layer);
    const int fieldCount = OGR_FD_GetFieldCount(definition);
    for (int i = 0; i < fieldCount; ++i) {
        reader.rawFieldNames_.emplace_back(OGR_Fld_GetNameRef(OGR_FD_GetFieldDefn(definition, i)));
        std::string fieldName = reader.rawFieldNames_.back();
        bool repaired = false;
        reader.decodeText(fieldName, repaired);
        reader.fieldNames_.push_back(fieldName);
        reader.selectedFields_.push_back(i);
    }
    if (OGRSpatialReferenceH srs = OGR_L_GetSpatialRef(layer)) {
        char* wkt = nullptr;
        const char* wktOptions[] = {"FORMAT=WKT2_2019", nullptr};
        if (OSRExportToWktEx(srs, &wkt, wktOptions) == OGRERR_NONE && wkt)
            reader.crsWkt_ = wkt;
        CPLFree(wkt);
        const char* authority = OSRGetAuthorityName(srs, nullptr);
        const char* code = OSRGetAuthorityCode(srs, nullptr);
        if (authority && code)
            reader.crsAuthority_ = std::string(authority) + ":" + code;
    }
    OGR_L_ResetReading(layer);
    return reader;
}

int VectorLayerReader::fieldIndex(const std::string& name) const
{
    for (std::size_t i = 0; i < fieldNames_.size(); ++i) {
        if (fieldNames_[i] == name)
            return static_cast<int>(i);
    }
    return -1;
}

bool VectorLayerReader::hasGeometryColumn() const
{
    return OGR_FD_GetGeomFieldCount(OGR_L_GetLayerDefn(static_cast<OGRLayerH>(layer_))) > 0;
}

std::int64_t VectorLayerReader::featureCountHint() const
{
    return OGR_L_GetFeatureCount(static_cast<OGRLayerH>(layer_), FALSE);
}

void VectorLayerReader::selectFields(const std::vector<std::string>& names)
{
    std::vector<int> selected;
    for (const auto& name : names) {
        const int index = fieldIndex(name);
        if (index < 0)
            throw Error(source_ + ": layer '" + name_ + "' has no field '" + name + "'");
        selected.push_back(index);
    }
    selectedFields_ = selected;
    applyIgnoredFields();
}

void VectorLayerReader::setColumnGeometry(const ColumnGeometry& columns)
{
    auto indexOf = [&](const std::string& name) {
        if (name.empty())
            return -1;
        const int index = fieldIndex(name);
        if (index < 0)
            throw Error(source_ + ": layer '" + name_ + "' has no field '" + name + "'");
        return index;
    };
    wktField_ = indexOf(columns.wktField);
    xField_ = wktField_ >= 0 ? -1 : indexOf(columns.xField);
    yField_ = wktField_ >= 0 ? -1 : indexOf(columns.yField);
    if ((xField_ < 0) != (yField_ < 0))
        throw Error(source_ + ": positions need both an x and a y column");
    applyIgnoredFields();
}

void VectorLayerReader::applyIgnoredFields()
{
    // Tell GDAL which fields it may skip decoding.
    std::vector<const char*> ignored;
    for (std::size_t i = 0; i < rawFieldNames_.size(); ++i) {
        const int field = static_cast<int>(i);
        if (std::find(selectedFields_.begin(), selectedFields_.end(), field) == selectedFields_.end() &&
            field != wktField_ && field != xField_ && field != yField_)
            ignored.push_back(rawFieldNames_[i].c_str());
    }
    if (!readGeometry_)
        ignored.push_back("OGR_GEOMETRY");
    ignored.push_back(nullptr);
    OGR_L_SetIgnoredFields(static_cast<OGRLayerH>(layer_), ignored.data());
}

void VectorLayerReader::rewind()
{
    OGR_L_ResetReading(static_cast<OGRLayerH>(layer_));
}

bool VectorLayerReader::readInto(VectorFeature& feature)
{
    // Only an error raised by the call that ends the layer means reading failed; GDAL reports
    // recoverable trouble with single features too, and those must not sink the file.
    CPLErrorReset();
    FeatureOwner owner(OGR_L_GetNextFeature(static_cast<OGRLayerH>(layer_)));
    if (!owner) {
        if (CPLGetLastErrorType() >= CE_Failure)
            throw Error(source_ + ": reading layer '" + name_ + "' failed: " + lastGdalError("unknown error"));
        return false;
    }
    OGRFeatureH handle = owner.get();
    feature.fid = OGR_F_GetFID(handle);
    feature.textRepaired = false;
    feature.attributes.resize(selectedFields_.size());
    for (std::size_t i = 0; i < selectedFields_.size(); ++i) {
        const int field = selectedFields_[i];
        std::string& value = feature.attributes[i];
        if (!OGR_F_IsFieldSetAndNotNull(handle, field)) {
            value.clear();
            continue;
        }
        value = OGR_F_GetFieldAsString(handle, field);
        decodeText(value, feature.textRepaired);
    }

    feature.wkb.clear();
    feature.note.clear();
    if (!readGeometry_)
        return true;
    if (wktField_ >= 0 || xField_ >= 0) {
        if (OgrGeometryOwner geometry = geometryFromCells(handle, wktField_, xField_, yField_, feature.note))
            exportWkb(geometry.get(), feature.wkb);
        decodeText(feature.note, feature.textRepaired);
    } else if (OGRGeometryH geometry = OGR_F_GetGeometryRef(handle)) {
        exportWkb(geometry, feature.wkb);
    }
    return true;
}

void VectorLayerReader::decodeText(std::string& value, bool& repaired)
{
    if (!explicitEncoding_.empty()) {
        value = recodeToUtf8(value, explicitEncoding_);
    } else if (isValidUtf8(value)) {
        return;
    } else if (looksLikeChineseGb18030(value)) {
        // The file did not say, and the sample read at opening was all UTF-8 (or ASCII).
        value = recodeToUtf8(value, kChineseEncoding);
        guessedEncoding_ = kChineseEncoding;
    }
    if (!isValidUtf8(value)) {
        value = repairUtf8(value);
        repaired = true;
    }
}

std::size_t VectorLayerReader::readBatch(std::vector<VectorFeature>& batch, std::size_t maxCount)
{
    if (batch.size() < maxCount)
        batch.resize(maxCount);
    std::size_t count = 0;
    while (count < maxCount && readInto(batch[count]))
        ++count;
    batch.resize(count);
    return count;
}

}  // namespace pearlzone::gis
