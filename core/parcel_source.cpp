#include "core/parcel_source.h"

#include "core/cad_drawing.h"
#include "core/check_errors.h"
#include "core/position_columns.h"
#include "core/zone_set.h"
#include "gis/crs_transform.h"
#include "gis/text_encoding.h"

#include <QString>

#include <algorithm>
#include <cmath>

namespace pearlzone::core {

namespace {

// SPEC section 5's names first, then those of project lists (项目清单) as 招商 staff keep them.
const std::vector<std::string> kIdCandidates = {"parcel_id", "id", "地块编号", "DKBH", "编号", "项目编号", "项目名称"};
const std::vector<std::string> kIndustryCandidates = {"industry", "产业", "行业", "产业类型",
                                                      "产业类别", "行业类别", "所属产业", "所属行业"};
const std::vector<std::string> kLandUseCandidates = {"land_use", "用地性质", "用地类型", "用地代码", "YDXZ", "YDDM", "DLBM", "地类编码"};

bool sameFieldName(const std::string& a, const std::string& b)
{
    return QString::fromStdString(a).compare(QString::fromStdString(b), Qt::CaseInsensitive) == 0;
}

std::string findField(const std::vector<std::string>& fields, const std::string& wanted)
{
    for (const auto& field : fields) {
        if (sameFieldName(field, wanted))
            return field;
    }
    return {};
}

std::string listOf(const std::vector<std::string>& items, const char* none = "none")
{
    std::string out;
    for (const auto& item : items)
        out += (out.empty() ? "" : ", ") + item;
    return out.empty() ? none : out;
}

// Up to five labels, quoted, and how many more.
std::string someOf(const std::vector<std::string>& labels)
{
    std::string out;
    for (std::size_t i = 0; i < labels.size() && i < 5; ++i)
        out += (i ? ", '" : "'") + labels[i] + "'";
    return labels.size() > 5 ? out + " and " + std::to_string(labels.size() - 5) + " more" : out;
}

std::string lowercaseExtension(const std::string& path)
{
    const auto dot = path.find_last_of('.');
    const auto slash = path.find_last_of("/\\");
    if (dot == std::string::npos || (slash != std::string::npos && dot < slash))
        return {};
    return QString::fromStdString(path.substr(dot + 1)).toLower().toStdString();
}

std::string csvNames(const std::vector<std::string>& names)
{
    std::string out;
    for (const auto& name : names)
        out += (out.empty() ? "" : ",") + name;
    return out;
}

}  // namespace

std::string detectField(const std::vector<std::string>& fields, const std::vector<std::string>& candidates)
{
    return detectColumn(fields, candidates);
}

std::string detectLandUseField(const std::vector<std::string>& fields)
{
    return detectField(fields, kLandUseCandidates);
}

std::string detectIdField(const std::vector<std::string>& fields)
{
    return detectField(fields, kIdCandidates);
}

std::string detectIndustryField(const std::vector<std::string>& fields)
{
    return detectField(fields, kIndustryCandidates);
}

gis::VectorOpenOptions parcelOpenOptions(const std::string& source, const std::string& encoding)
{
    gis::VectorOpenOptions options;
    options.encoding = encoding;
    options.firstRowIsHeader = true;
    if (lowercaseExtension(source) == "csv") {
        options.driverOptions = {"GEOM_POSSIBLE_NAMES=" + csvNames(wktColumnNames()),
                                 "X_POSSIBLE_NAMES=" + csvNames(xColumnNames()),
                                 "Y_POSSIBLE_NAMES=" + csvNames(yColumnNames()), "KEEP_GEOM_COLUMNS=NO"};
    }
    return options;
}

ParcelSource ParcelSource::open(const ParcelInputOptions& options)
{
    try {
        const auto vectorSource = gis::VectorSource::open(options.source, parcelOpenOptions(options.source, options.encoding));
        ParcelSource source(vectorSource.layer(options.layer));
        source.source_ = options.source;
        source.driver_ = vectorSource.driverName();
        source.fields_ = source.reader_.fieldNames();
        if (source.driver_ == "DXF") {
            // A drawing's attributes are its labels: read it whole, outlines and labels.
            source.drawing_ = std::make_shared<const CadDrawing>(readCadDrawing(source.reader_));
            source.fields_ = cadColumns();
        } else if (!source.reader_.hasGeometryColumn()) {
            const gis::ColumnGeometry columns = detectPositionColumns(source.fields_);
            if (columns.empty())
                throw InputError(options.source + ": the table has no positions: name a column WKT (or geometry), or "
                                 "give longitude / latitude columns named lon / lat, 经度 / 纬度 or x / y (columns: " +
                                 listOf(source.fields_) + ")");
            source.reader_.setColumnGeometry(columns);
            source.positionColumns_ = columns.wktField.empty() ? columns.xField + " / " + columns.yField : columns.wktField;
        }
        source.chooseFields(options);

        if (!options.crs.empty()) {
            std::string why;
            if (!gis::isKnownCrs(options.crs, &why))
                throw InputError(why);
            source.crs_ = options.crs;
            source.crsLabel_ = options.crs;
        } else if (!source.reader_.crsWkt().empty()) {
            source.crs_ = source.reader_.crsWkt();
            source.crsLabel_ = source.reader_.crsAuthority().empty() ? "the layer's CRS" : source.reader_.crsAuthority();
        } else {
            throw InputError(options.source + ": the parcels have no coordinate reference system; say which with --crs "
                             "(e.g. --crs EPSG:4547, EPSG:4326, or GCJ02 for coordinates from AMap)");
        }
        return source;
    } catch (const InputError&) {
        throw;
    } catch (const gis::Error& error) {
        throw InputError(error.what(), error.reason(), error.detail());
    }
}

void ParcelSource::chooseFields(const ParcelInputOptions& options)
{
    // A field the user named must exist; otherwise the usual names are looked for.
    auto chooseField = [&](const std::string& named, const char* what, std::string (*detect)(const std::vector<std::string>&)) {
        if (named.empty())
            return detect(fields_);
        const std::string found = findField(fields_, named);
        if (found.empty())
            throw InputError(options.source + ": there is no " + what + " field '" + named + "' (fields: " +
                             listOf(fields_) + ")");
        return found;
    };
    idField_ = chooseField(options.idField, "id", detectIdField);
    industryField_ = chooseField(options.industryField, "industry", detectIndustryField);
    // A drawing's land_use column is judged by the catalogue, in useCatalogues().
    checkLandUse_ = options.checkLandUse;
    landUseField_ = !options.checkLandUse || (drawing_ && options.landUseField.empty())
                        ? std::string()
                        : chooseField(options.landUseField, "land-use", detectLandUseField);
    if (!drawing_)
        reader_.selectFields(selectedFields());
}

std::vector<std::string> ParcelSource::selectedFields() const
{
    std::vector<std::string> selected;
    for (const auto* field : {&idField_, &industryField_, &landUseField_}) {
        if (!field->empty() && std::find(selected.begin(), selected.end(), *field) == selected.end())
            selected.push_back(*field);
    }
    return selected;
}

void ParcelSource::useCatalogues(const IndustryCatalogue& industries, const LandUseCatalogue& landUses)
{
    catalogue_ = &industries;
    landUses_ = &landUses;
    if (drawing_ && landUseField_.empty() && checkLandUse_ &&
        std::any_of(drawing_->outlines.begin(), drawing_->outlines.end(), [&](const CadOutline& outline) {
            return !cadAttributes(outline, industries, landUses).landUse.empty();
        }))
        landUseField_ = "land_use";
}

bool ParcelSource::isPlanarTarget() const
{
    return crsLabel_ == kPlanarCrs;
}

std::int64_t ParcelSource::featureCountHint() const
{
    return drawing_ ? static_cast<std::int64_t>(drawing_->outlines.size()) : reader_.featureCountHint();
}

std::size_t ParcelSource::readBatch(std::vector<gis::VectorFeature>& batch, std::size_t maxCount)
{
    if (drawing_)
        return readOutlines(batch, maxCount);
    std::size_t n = 0;
    try {
        n = reader_.readBatch(batch, maxCount);
    } catch (const gis::Error& error) {
        throw InputError(error.what(), error.reason(), error.detail());
    }
    // The reader gives selectedFields(): id, industry and
    // land use, any of them missing; they come back as {id, industry[, land use]}.
    const std::vector<std::string> selected = selectedFields();
    auto positionOf = [&](const std::string& field) {
        return static_cast<std::size_t>(std::find(selected.begin(), selected.end(), field) - selected.begin());
    };
    const std::size_t industryAt = positionOf(industryField_);
    const std::size_t landUseAt = positionOf(landUseField_);
    const bool hasLandUse = !landUseField_.empty();
    // Usually the fields come in that order already: nothing to move or copy.
    if (!idField_.empty() && industryAt == 1 && (hasLandUse ? landUseAt == 2 : true) &&
        selected.size() == (hasLandUse ? 3u : 2u))
        return n;
    for (std::size_t i = 0; i < n; ++i) {
        auto& attributes = batch[i].attributes;
        std::string landUse = hasLandUse ? attributes[landUseAt] : std::string();
        std::string industry = industryField_.empty() ? std::string() : attributes[industryAt];
        std::string id = idField_.empty() ? std::to_string(batch[i].fid) : attributes[0];
        attributes.resize(hasLandUse ? 3 : 2);
        attributes[0] = std::move(id);
        attributes[1] = std::move(industry);
        if (hasLandUse)
            attributes[2] = std::move(landUse);
    }
    return n;
}

std::size_t ParcelSource::readOutlines(std::vector<gis::VectorFeature>& batch, std::size_t maxCount)
{
    if (!catalogue_)
        throw std::logic_error("ParcelSource: a CAD drawing is read only after useCatalogues()");
    const std::size_t n = std::min(maxCount, drawing_->outlines.size() - nextOutline_);
    batch.resize(n);
    for (std::size_t i = 0; i < n; ++i) {
        const CadOutline& outline = drawing_->outlines[nextOutline_ + i];
        const CadAttributes attributes = cadAttributes(outline, *catalogue_, *landUses_);
        gis::VectorFeature& feature = batch[i];
        feature.fid = outline.fid;
        feature.attributes = {idField_.empty() ? std::to_string(outline.fid) : cadColumnValue(outline, attributes, idField_),
                              industryField_.empty() ? std::string() : cadColumnValue(outline, attributes, industryField_)};
        if (!landUseField_.empty())
            feature.attributes.push_back(cadColumnValue(outline, attributes, landUseField_));
        feature.wkb = outline.wkb;
        feature.textRepaired = false;
        std::vector<std::string> notes = outline.notes;
        if (!attributes.unused.empty())
            notes.push_back("labels not used: " + listOf(attributes.unused));
        feature.note.clear();
        for (const auto& note : notes)
            feature.note += (feature.note.empty() ? "" : "; ") + note;
    }
    nextOutline_ += n;
    return n;
}

std::vector<std::string> ParcelSource::notices() const
{
    std::vector<std::string> notices;
    if (industryField_.empty()) {
        notices.push_back("no industry field (looked for " + listOf(kIndustryCandidates) + "; fields: " + listOf(fields_) +
                          "): every parcel's industry is missing; name the field with --industry-field");
    } else if (drawing_ && catalogue_ && industryField_ == "industry" && !drawing_->outlines.empty() &&
               std::none_of(drawing_->outlines.begin(), drawing_->outlines.end(), [&](const CadOutline& outline) {
                   return !cadAttributes(outline, *catalogue_, *landUses_).industry.empty();
               })) {
        notices.push_back("no label or layer name in the drawing names an industry of the catalogue: every parcel's "
                          "industry is missing");
    }
    if (reader_.shapeCount() >= 0)
        notices.push_back("the Shapefile's .shp holds " + std::to_string(reader_.shapeCount()) + " shapes but its .dbf only " +
                          std::to_string(reader_.attributeRecordCount()) + " records: the " +
                          std::to_string(reader_.shapeCount() - reader_.attributeRecordCount()) +
                          " shapes without attributes are rows with a note; the .dbf is probably truncated or from "
                          "another export");
    notices.insert(notices.end(), reader_.notes().begin(), reader_.notes().end());
    if (!reader_.guessedEncoding().empty())
        notices.push_back("the file does not say how its text is encoded; it was read as " + reader_.guessedEncoding() +
                          " (Chinese). If names look wrong, give the encoding with --encoding");
    if (!drawing_)
        return notices;
    if (!drawing_->strayLabels.empty())
        notices.push_back(std::to_string(drawing_->strayLabels.size()) + " label(s) lie in no outline and were not used: " +
                          someOf(drawing_->strayLabels));
    if (!drawing_->sharedLabels.empty())
        notices.push_back(std::to_string(drawing_->sharedLabels.size()) +
                          " label(s) lie in overlapping outlines and were not used (see those parcels' notes): " +
                          someOf(drawing_->sharedLabels));
    if (drawing_->otherEntities > 0)
        notices.push_back(std::to_string(drawing_->otherEntities) +
                          " drawing entities are not closed outlines (open lines, points, symbols) and are not parcels");
    if (drawing_->duplicateOutlines > 0)
        notices.push_back(std::to_string(drawing_->duplicateOutlines) +
                          " hatch(es) filling an outline were not counted as parcels of their own");
    return notices;
}

std::string guessCrsFromCoordinates(double x, double y, bool declaredGeographic)
{
    if (x > 20 && x < 27 && y > 110 && y < 117)
        return "latitude and longitude look swapped (x about " + std::to_string(static_cast<int>(x)) + ", y about " +
               std::to_string(static_cast<int>(y)) + ")";
    if (x > 38.3e6 && x < 38.7e6 && y > 2.4e6 && y < 2.7e6)
        return "the eastings carry the zone number 38: the data are probably in EPSG:4526 (CGCS2000 3-degree GK zone 38)";
    if (y > 38.3e6 && y < 38.7e6 && x > 2.4e6 && x < 2.7e6)
        return "x and y look swapped and the eastings carry the zone number 38: probably EPSG:4526 with northing first";
    if (x > 3.5e5 && x < 6.5e5 && y > 2.4e6 && y < 2.7e6)
        return declaredGeographic ? "the coordinates look like metres in EPSG:4547 (CGCS2000 3-degree GK CM 114E), not degrees"
                                  : "";
    if (y > 3.5e5 && y < 6.5e5 && x > 2.4e6 && x < 2.7e6)
        return "x and y look swapped: northings first, as survey files often write them (EPSG:4547 with axes swapped)";
    if (std::fabs(x - 1.262e7) < 1e5 && std::fabs(y - 2.645e6) < 1e5)
        return "the coordinates look like web Mercator (EPSG:3857)";
    return {};
}

}  // namespace pearlzone::core
