#include "core/parcel_source.h"

#include "core/check_errors.h"
#include "core/zone_set.h"
#include "gis/crs_transform.h"

#include <QString>

#include <algorithm>
#include <cmath>

namespace pearlzone::core {

namespace {

const std::vector<std::string> kIdCandidates = {"parcel_id", "id", "地块编号", "DKBH"};
const std::vector<std::string> kIndustryCandidates = {"industry", "产业", "行业", "产业类型"};
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

std::string listOf(const std::vector<std::string>& fields)
{
    std::string out;
    for (const auto& f : fields)
        out += (out.empty() ? "" : ", ") + f;
    return out.empty() ? "none" : out;
}

bool endsWithCsv(const std::string& path)
{
    return path.size() > 4 && QString::fromStdString(path.substr(path.size() - 4)).compare(QStringLiteral(".csv"), Qt::CaseInsensitive) == 0;
}

}  // namespace

std::string detectField(const std::vector<std::string>& fields, const std::vector<std::string>& candidates)
{
    for (const auto& candidate : candidates) {
        const std::string found = findField(fields, candidate);
        if (!found.empty())
            return found;
    }
    return {};
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
    if (endsWithCsv(source)) {
        options.driverOptions = {"GEOM_POSSIBLE_NAMES=wkt,geometry,geom,the_geom,shape,几何",
                                 "X_POSSIBLE_NAMES=lon,longitude,lng,long,经度", "Y_POSSIBLE_NAMES=lat,latitude,纬度",
                                 "KEEP_GEOM_COLUMNS=NO"};
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

        // A field the user named must exist; otherwise the usual names are looked for.
        auto chooseField = [&](const std::string& named, const char* what, std::string (*detect)(const std::vector<std::string>&)) {
            if (named.empty())
                return detect(source.fields_);
            const std::string found = findField(source.fields_, named);
            if (found.empty())
                throw InputError(options.source + ": there is no " + what + " field '" + named + "' (fields: " +
                                 listOf(source.fields_) + ")");
            return found;
        };
        source.idField_ = chooseField(options.idField, "id", detectIdField);
        source.industryField_ = chooseField(options.industryField, "industry", detectIndustryField);
        source.landUseField_ = chooseField(options.landUseField, "land-use", detectLandUseField);
        if (source.industryField_.empty())
            throw InputError(options.source + ": no industry field found (looked for industry, 产业, 行业, 产业类型; "
                             "fields: " + listOf(source.fields_) + "); name it with --industry-field");

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

        std::vector<std::string> selected;
        selected.push_back(source.idField_.empty() ? source.industryField_ : source.idField_);
        selected.push_back(source.industryField_);
        if (!source.landUseField_.empty())
            selected.push_back(source.landUseField_);
        source.reader_.selectFields(selected);
        return source;
    } catch (const InputError&) {
        throw;
    } catch (const gis::Error& error) {
        throw InputError(error.what());
    }
}

bool ParcelSource::isPlanarTarget() const
{
    return crsLabel_ == kPlanarCrs;
}

std::size_t ParcelSource::readBatch(std::vector<gis::VectorFeature>& batch, std::size_t maxCount)
{
    std::size_t n = 0;
    try {
        n = reader_.readBatch(batch, maxCount);
    } catch (const gis::Error& error) {
        throw InputError(error.what());
    }
    if (idField_.empty()) {
        for (std::size_t i = 0; i < n; ++i)
            batch[i].attributes[0] = std::to_string(batch[i].fid);
    }
    return n;
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
