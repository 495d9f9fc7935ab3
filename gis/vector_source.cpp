#include "gis/vector_source.h"

#include "gis/error.h"
#include "gis/gdal_handles.h"

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

// Replaces every byte that does not start a valid UTF-8 sequence with U+FFFD, so that a
// wrongly encoded file yields readable (if imperfect) text rather than garbage downstream.
std::string repairUtf8(const std::string& text)
{
    std::string out;
    out.reserve(text.size());
    const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
    const std::size_t n = text.size();
    std::size_t i = 0;
    while (i < n) {
        const unsigned char lead = bytes[i];
        std::size_t length = lead < 0x80 ? 1 : (lead >> 5) == 0x6 ? 2 : (lead >> 4) == 0xE ? 3 : (lead >> 3) == 0x1E ? 4 : 0;
        bool ok = length > 0 && i + length <= n;
        for (std::size_t k = 1; ok && k < length; ++k)
            ok = (bytes[i + k] & 0xC0) == 0x80;
        if (ok) {
            out.append(text, i, length);
            i += length;
        } else {
            out.append("\xEF\xBF\xBD");
            ++i;
        }
    }
    return out;
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

GDALDatasetH datasetOf(const std::shared_ptr<void>& dataset) { return static_cast<GDALDatasetH>(dataset.get()); }

}  // namespace

VectorSource VectorSource::open(const std::string& source, const VectorOpenOptions& options)
{
    ensureGdalRegistered();
    std::vector<std::string> optionStrings = options.driverOptions;
    const std::string extension = lowercase(CPLGetExtension(source.c_str()));
    const bool isShapefile = extension == "shp" || extension == "dbf";
    if (!options.encoding.empty() && isShapefile)
        optionStrings.push_back("ENCODING=" + options.encoding);
    std::vector<const char*> openOptions;
    for (const auto& option : optionStrings)
        openOptions.push_back(option.c_str());
    openOptions.push_back(nullptr);

    // The DXF driver reads its code page at open time from this option.
    ScopedThreadConfig dxfEncoding("DXF_ENCODING", extension == "dxf" ? options.encoding : std::string());
    CPLErrorReset();
    GDALDatasetH handle = GDALOpenEx(source.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr,
                                     openOptions.data(), nullptr);
    if (!handle) {
        const std::string reason = lastGdalError("");
        if (source.rfind("PG:", 0) != 0 && !CPLCheckForFile(const_cast<char*>(source.c_str()), nullptr))
            throw Error(source + ": file not found");
        throw Error(source + ": not a vector file GDAL can read" + (reason.empty() ? "" : " (" + reason + ")"));
    }
    VectorSource result;
    result.source_ = source;
    result.dataset_ = std::shared_ptr<void>(handle, DatasetCloser());
    const std::string driver = result.driverName();
    if (!options.encoding.empty() && driver != "ESRI Shapefile" && driver != "DXF")
        result.explicitEncoding_ = options.encoding;
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
    reader.dataset_ = dataset_;
    reader.layer_ = layer;
    OGRFeatureDefnH definition = OGR_L_GetLayerDefn(layer);
    const int fieldCount = OGR_FD_GetFieldCount(definition);
    for (int i = 0; i < fieldCount; ++i) {
        reader.fieldNames_.emplace_back(OGR_Fld_GetNameRef(OGR_FD_GetFieldDefn(definition, i)));
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
    // Tell GDAL which fields it may skip decoding.
    std::vector<const char*> ignored;
    for (std::size_t i = 0; i < fieldNames_.size(); ++i) {
        if (std::find(selected.begin(), selected.end(), static_cast<int>(i)) == selected.end())
            ignored.push_back(fieldNames_[i].c_str());
    }
    if (!readGeometry_)
        ignored.push_back("OGR_GEOMETRY");
    ignored.push_back(nullptr);
    OGR_L_SetIgnoredFields(static_cast<OGRLayerH>(layer_), ignored.data());
}

void VectorLayerReader::setSpatialFilter(const Envelope& box)
{
    OGR_L_SetSpatialFilterRect(static_cast<OGRLayerH>(layer_), box.minX, box.minY, box.maxX, box.maxY);
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
        if (!explicitEncoding_.empty()) {
            CplString recoded(CPLRecode(value.c_str(), explicitEncoding_.c_str(), CPL_ENC_UTF8));
            value = recoded ? recoded.get() : value;
        }
        if (!CPLIsUTF8(value.c_str(), static_cast<int>(value.size()))) {
            value = repairUtf8(value);
            feature.textRepaired = true;
        }
    }

    feature.wkb.clear();
    OGRGeometryH geometry = readGeometry_ ? OGR_F_GetGeometryRef(handle) : nullptr;
    if (geometry && !OGR_G_IsEmpty(geometry)) {
        OgrGeometryOwner linear;
        if (OGR_G_HasCurveGeometry(geometry, TRUE)) {
            linear.reset(OGR_G_GetLinearGeometry(geometry, 0.0, nullptr));
            geometry = linear.get();
        }
        if (OGR_G_Is3D(geometry) || OGR_G_IsMeasured(geometry))
            OGR_G_FlattenTo2D(geometry);  // the feature is ours to change
        const int size = OGR_G_WkbSize(geometry);
        feature.wkb.resize(static_cast<std::size_t>(size));
        if (OGR_G_ExportToIsoWkb(geometry, wkbNDR, feature.wkb.data()) != OGRERR_NONE)
            feature.wkb.clear();
    } else if (geometry) {
        // An empty geometry still goes through as WKB so callers can tell "empty" from "none".
        const int size = OGR_G_WkbSize(geometry);
        feature.wkb.resize(static_cast<std::size_t>(size));
        if (OGR_G_ExportToIsoWkb(geometry, wkbNDR, feature.wkb.data()) != OGRERR_NONE)
            feature.wkb.clear();
    }
    return true;
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
