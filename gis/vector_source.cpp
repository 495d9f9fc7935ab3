#include "gis/vector_source.h"

#include "gis/cell_geometry.h"
#include "gis/error.h"
#include "gis/gdal_handles.h"
#include "gis/text_encoding.h"
#include "gis/utf8_path.h"
#include "gis/vector_source_checks.h"

#include <cpl_conv.h>
#include <cpl_string.h>
#include <cpl_vsi.h>

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <functional>
#include <array>
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

// The GDAL drivers user data is opened with: the formats SPEC section 5 names and their close
// kin. Left out on purpose: VRT (points GDAL at other files, programs and URLs), GPSBabel
// (starts a program), and every network or web-service driver (WFS, OAPIF, HTTP, ...).
const char* const kReaderDrivers[] = {
    "GPKG", "ESRI Shapefile", "GeoJSON", "GeoJSONSeq", "ESRIJSON", "TopoJSON", "FlatGeobuf", "KML", "LIBKML",
    "DXF", "CSV", "XLSX", "XLS", "ODS", "SQLite", "MapInfo File", "GPX", "GML", "OpenFileGDB", "FileGDB",
    nullptr};
const char* const kConnectionDrivers[] = {"PostgreSQL", nullptr};

// GDAL virtual file systems that fetch over the network, and URL schemes GDAL would fetch.
const std::array<const char*, 9> kNetworkFileSystems = {"/vsicurl", "/vsis3", "/vsigs", "/vsiaz", "/vsiadls",
                                                         "/vsioss", "/vsiswift", "/vsiwebhdfs", "/vsihdfs"};
const std::array<const char*, 4> kNetworkSchemes = {"http://", "https://", "ftp://", "ftps://"};

bool namesNetworkData(const std::string& source)
{
    const std::string name = lowercase(source);
    for (const char* scheme : kNetworkSchemes) {
        if (name.rfind(scheme, 0) == 0)
            return true;
    }
    // Anywhere in the name: /vsizip//vsicurl/... chains them.
    for (const char* fileSystem : kNetworkFileSystems) {
        if (name.find(fileSystem) != std::string::npos)
            return true;
    }
    return false;
}

// Why a file of this kind is not opened, for kinds GDAL knows but Pearlzone refuses.
std::string refusedKindReason(const std::string& extension)
{
    if (extension == "vrt")
        return "a GDAL virtual file (VRT) can make GDAL read other files or the network; Pearlzone does not open "
               "it: open the data it points to instead";
    if (extension == "tcx" || extension == "gpsbabel")
        return "GDAL reads this GPS format only by starting another program (GPSBabel), which Pearlzone never "
               "does: convert it to GPX first";
    return {};
}

// A Shapefile's .dbf record count from its header, -1 when there is no readable .dbf.
std::int64_t dbfRecordCount(const std::string& shapefile)
{
    for (const char* extension : {"dbf", "DBF"}) {
        VSILFILE* file = VSIFOpenL(CPLResetExtension(shapefile.c_str(), extension), "rb");
        if (!file)
            continue;
        unsigned char header[8] = {};
        const bool complete = VSIFReadL(header, 1, sizeof header, file) == sizeof header;
        VSIFCloseL(file);
        if (complete)  // bytes 4..7: the record count, little-endian
            return static_cast<std::int64_t>(header[4] | (header[5] << 8) | (header[6] << 16)) +
                   (static_cast<std::int64_t>(header[7]) << 24);
    }
    return -1;
}

// The shapes of a Shapefile without its .dbf: copies of its .shp and .shx in a folder of
// their own (GDAL would pair the originals with the short .dbf), removed when closed. Null
// when they cannot be copied or opened.
std::shared_ptr<void> shapesOnly(const std::string& shapefile)
{
    static std::atomic<unsigned> counter{0};
    const std::filesystem::path folder = std::filesystem::temp_directory_path() /
                                         ("pearlzone-shapes-" + std::to_string(std::hash<std::string>{}(shapefile)) +
                                          "-" + std::to_string(counter++));
    std::error_code error;
    std::filesystem::remove_all(folder, error);
    if (!std::filesystem::create_directories(folder, error))
        return nullptr;
    // CPLResetExtension returns one buffer per thread: each result is copied at once.
    const std::string copy = pathToUtf8(folder / "shapes.shp");
    const std::string copyIndex = CPLResetExtension(copy.c_str(), "shx");
    const std::string shapes = lowercase(CPLGetExtension(shapefile.c_str())) == "shp"
                                   ? shapefile
                                   : std::string(CPLResetExtension(shapefile.c_str(), "shp"));
    const std::string index = CPLResetExtension(shapes.c_str(), "shx");
    const std::string upperIndex = CPLResetExtension(shapes.c_str(), "SHX");
    const bool copied = CPLCopyFile(copy.c_str(), shapes.c_str()) == 0 &&
                        (CPLCopyFile(copyIndex.c_str(), index.c_str()) == 0 ||
                         CPLCopyFile(copyIndex.c_str(), upperIndex.c_str()) == 0);
    const char* const drivers[] = {"ESRI Shapefile", nullptr};
    GDALDatasetH handle =
        copied ? GDALOpenEx(copy.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, drivers, nullptr, nullptr) : nullptr;
    if (!handle) {
        std::filesystem::remove_all(folder, error);
        return nullptr;
    }
    return std::shared_ptr<void>(handle, [folder](void* dataset) {
        DatasetCloser()(static_cast<GDALDatasetH>(dataset));
        std::error_code ignored;
        std::filesystem::remove_all(folder, ignored);
    });
}

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
    // Opening data never reaches the network (SPEC section 8): only a PostgreSQL connection may.
    if (!isConnection && namesNetworkData(source))
        throw Error(source + ": Pearlzone reads files and PostgreSQL connections only, never data over the network; "
                             "download the file and open the copy");
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
    // A GML file's schema may name a web service to ask for its fields: never ask.
    result.driverConfig_.emplace_back("GML_DOWNLOAD_WFS_SCHEMA", "NO");
    // A Shapefile without its .shx index: GDAL rebuilds it from the .shp (beside it) when told.
    const bool rebuildIndex = extension == "shp" && detail::shapeIndexMissing(source);
    if (rebuildIndex) {
        result.driverConfig_.emplace_back("SHAPE_RESTORE_SHX", "YES");
        result.notes_.push_back("the Shapefile's .shx index was missing; it was rebuilt from the .shp beside it");
    }
    const ScopedThreadConfigs config(result.driverConfig_);
    CPLErrorReset();
    // GDAL 3.6's LIBKML driver, which GDAL tries first, crashes on a gx:Track without times
    // (fixed in 3.8); GDAL's own KML reader skips tracks: a .kml with tracks goes to it. (It
    // reads fewer attributes, so other KML stays with LIBKML; a .kmz needs LIBKML.)
    const char* const kmlOnly[] = {"KML", nullptr};
    const bool plainKml = extension == "kml" && GDALGetDriverByName("KML") && detail::kmlHasTracks(source);
    GDALDatasetH handle = GDALOpenEx(source.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY,
                                     isConnection ? kConnectionDrivers : plainKml ? kmlOnly : kReaderDrivers,
                                     openOptions.data(), nullptr);
    if (!handle) {
        const std::string detail = lastGdalErrorDetail();
        const std::string reason = plainLibraryText(detail);
        if (!isConnection && !CPLCheckForFile(const_cast<char*>(source.c_str()), nullptr))
            throw Error(source + ": file not found");
        if (const std::string refused = refusedKindReason(extension); !refused.empty())
            throw Error(source + ": not a vector file Pearlzone reads (" + refused + ")");
        if (rebuildIndex)
            throw Error(source + ": the Shapefile's .shx index is missing and could not be rebuilt from the .shp (the "
                                 ".shp may be damaged, or the folder read-only: then copy the .shp and .dbf to a "
                                 "folder you can write to)");
        throw Error(source + ": not a vector file GDAL can read" + (reason.empty() ? "" : " (" + reason + ")"), reason,
                    detail);
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

void* VectorSource::firstLayerWithFeatures(std::vector<std::string>& notes) const
{
    GDALDatasetH dataset = datasetOf(dataset_);
    OGRLayerH first = GDALDatasetGetLayer(dataset, 0);
    const int count = GDALDatasetGetLayerCount(dataset);
    if (count == 1 || OGR_L_GetFeatureCount(first, TRUE) != 0)
        return first;
    // An empty first layer (a GPX file's waypoints, say): the one layer with features, if one.
    std::vector<std::pair<OGRLayerH, GIntBig>> withFeatures;
    for (int i = 1; i < count; ++i) {
        OGRLayerH candidate = GDALDatasetGetLayer(dataset, i);
        if (const GIntBig features = OGR_L_GetFeatureCount(candidate, TRUE); features != 0)
            withFeatures.emplace_back(candidate, features);
    }
    if (withFeatures.empty())
        return first;  // every layer is empty: said as for one empty layer
    const std::string firstName = OGR_L_GetName(first);
    if (withFeatures.size() == 1) {
        notes.push_back("the first layer '" + firstName + "' has no features; the layer '" +
                        OGR_L_GetName(withFeatures[0].first) + "', the only one with features, was read");
        return withFeatures[0].first;
    }
    std::string list;
    for (const auto& [candidate, features] : withFeatures)
        list += (list.empty() ? "" : ", ") + std::string(OGR_L_GetName(candidate)) +
                (features > 0 ? " (" + std::to_string(features) + " features)" : "");
    throw Error(source_ + ": the first layer '" + firstName + "' has no features; choose one of the layers with " +
                "features with --layer: " + list);
}

VectorLayerReader VectorSource::layer(const std::string& name) const
{
    const ScopedThreadConfigs config(driverConfig_);
    GDALDatasetH dataset = datasetOf(dataset_);
    OGRLayerH layer = nullptr;
    std::vector<std::string> notes = notes_;
    if (name.empty()) {
        if (GDALDatasetGetLayerCount(dataset) == 0)
            throw Error(source_ + ": contains no layers");
        layer = firstLayerWithFeatures(notes);
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
    reader.notes_ = std::move(notes);
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
    OGRSpatialReferenceH srs = OGR_L_GetSpatialRef(layer);
    if (detail::isUndefinedCrs(srs))
        srs = nullptr;  // "Undefined SRS" says nothing: as if there were none (the caller asks for --crs)
    if (driverName() == "GeoJSON" && srs) {
        if (const std::string unknown = detail::unknownNamedCrs(source_); !unknown.empty()) {
            srs = nullptr;  // GDAL would take it for WGS84
            reader.notes_.push_back("the file names its coordinate reference system '" + unknown +
                                    "', which is not a known one; it is read as having none");
        }
    }
    if (srs) {
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
    if (driverName() == "ESRI Shapefile") {
        const std::int64_t records = dbfRecordCount(source_);
        const std::int64_t shapes = OGR_L_GetFeatureCount(layer, FALSE);
        if (records >= 0 && records < shapes) {
            reader.shapesWithoutRecordFrom_ = records;
            reader.shapeCount_ = shapes;
            reader.nextShapeWithoutRecord_ = records;
            reader.shapesOnly_ = shapesOnly(source_);
        } else if (shapes >= 0 && records > shapes) {
            reader.notes_.push_back("the Shapefile's .dbf holds " + std::to_string(records) + " records but its .shp only " +
                                    std::to_string(shapes) + " shapes: the " + std::to_string(records - shapes) +
                                    " records without a shape are not parcels; the .shp is probably truncated or "
                                    "from another export");
        }
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

void VectorLayerReader::setSpatialFilter(const Envelope& box)
{
    filtered_ = true;
    OGR_L_SetSpatialFilterRect(static_cast<OGRLayerH>(layer_), box.minX, box.minY, box.maxX, box.maxY);
}

void VectorLayerReader::rewind()
{
    OGR_L_ResetReading(static_cast<OGRLayerH>(layer_));
    direct_.reset();
    directTried_ = false;
    nextShapeWithoutRecord_ = shapesWithoutRecordFrom_;
}

bool VectorLayerReader::readShapeWithoutRecord(VectorFeature& feature)
{
    if (shapesWithoutRecordFrom_ < 0 || nextShapeWithoutRecord_ >= shapeCount_)
        return false;
    feature.fid = nextShapeWithoutRecord_++;
    feature.textRepaired = false;
    feature.attributes.assign(selectedFields_.size(), std::string());
    feature.wkb.clear();
    // Shapes are numbered from 1 for people; feature ids count from 0.
    feature.note = "shape " + std::to_string(feature.fid + 1) + " of " + std::to_string(shapeCount_) +
                   " has no attributes in the .dbf (it holds " + std::to_string(shapesWithoutRecordFrom_) + " records)";
    FeatureOwner shape;
    if (readGeometry_ && shapesOnly_) {
        CPLErrorReset();
        shape.reset(OGR_L_GetFeature(GDALDatasetGetLayer(datasetOf(shapesOnly_), 0), feature.fid));
    }
    if (OGRGeometryH geometry = shape ? OGR_F_GetGeometryRef(shape.get()) : nullptr)
        exportWkb(geometry, feature.wkb);
    else if (readGeometry_)
        feature.note += "; its outline could not be read either";
    return true;
}

bool VectorLayerReader::readInto(VectorFeature& feature)
{
    if (!directTried_)
        openDirect();
    if (direct_)
        return readDirect(feature);
    // Only an error raised by the call that ends the layer means reading failed; GDAL reports
    // recoverable trouble with single features too, and those must not sink the file.
    CPLErrorReset();
    FeatureOwner owner(OGR_L_GetNextFeature(static_cast<OGRLayerH>(layer_)));
    if (!owner) {
        if (CPLGetLastErrorType() >= CE_Failure) {
            const std::string detail = lastGdalErrorDetail();
            const std::string reason = lastGdalError("unknown error");
            throw Error(source_ + ": reading layer '" + name_ + "' failed: " + reason, reason, detail);
        }
        return readShapeWithoutRecord(feature);
    }
    return fill(owner.get(), feature);
}

bool VectorLayerReader::fill(void* feature_, VectorFeature& feature)
{
    const auto handle = static_cast<OGRFeatureH>(feature_);
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
