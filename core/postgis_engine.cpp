#include "core/postgis_engine.h"

#include "core/check_errors.h"
#include "core/parcel_checker.h"
#include "core/postgis_report.h"
#include "gis/crs_transform.h"
#include "gis/geometry_transform.h"
#include "gis/sql_database.h"

#include <QString>
#include <QStringList>

#include <chrono>
#include <cstdio>

namespace pearlzone::core {

namespace {

// Pieces of at most this many vertices keep each overlap computation small.
constexpr int kSubdivideVertices = 256;

// The query's columns, in order.
namespace column {
enum : std::size_t { Id, Industry, Measured, Area, MinX, MinY, MaxX, MaxY, Overlaps, LandUse };
}

std::string hexOf(const std::vector<unsigned char>& bytes)
{
    static const char digits[] = "0123456789abcdef";
    std::string hex;
    hex.reserve(bytes.size() * 2);
    for (unsigned char b : bytes) {
        hex += digits[b >> 4];
        hex += digits[b & 15];
    }
    return hex;
}

std::string number(double value)
{
    char text[40];
    std::snprintf(text, sizeof text, "%.17g", value);
    return text;
}

// Every zone and sub-area as a row of pz_regions (its key: the index into regions), then cut
// into indexed pieces.
void loadRegions(gis::SqlDatabase& db, const PilotZoneData& data, std::vector<const ZoneRegion*>& regions)
{
    db.execute("SET client_min_messages = warning");  // ST_IsValid's notices on invalid parcels
    db.execute("CREATE TEMP TABLE pz_regions (region_key integer, geom geometry)");
    for (const Zone& zone : data.zones.zones()) {
        regions.push_back(&zone);
        for (const ZoneRegion& subarea : zone.subareas)
            regions.push_back(&subarea);
    }
    for (std::size_t k = 0; k < regions.size(); ++k)
        db.execute("INSERT INTO pz_regions VALUES (" + std::to_string(k) + ", ST_MakeValid(ST_GeomFromWKB(decode('" +
                   hexOf(regions[k]->wkb) + "', 'hex'), 4547)))");
    db.execute("CREATE TEMP TABLE pz_pieces AS SELECT region_key, ST_Subdivide(geom, " +
               std::to_string(kSubdivideVertices) + ") AS geom FROM pz_regions");
    db.execute("CREATE INDEX ON pz_pieces USING gist (geom)");
    db.execute("ANALYZE pz_pieces");
}

std::string srcidOf(const std::string& crs)
{
    const QString text = QString::fromStdString(crs).trimmed();
    if (text.startsWith(QStringLiteral("EPSG:"), Qt::CaseInsensitive)) {
        bool ok = false;
        const int code = text.mid(5).toInt(&ok);
        if (ok)
            return std::to_string(code);
    }
    throw InputError("--engine postgis takes --crs as EPSG:code (not " + crs + ")");
}

// A text column of the parcel table, NULL when the input has no such field.
std::string textColumn(const std::string& field)
{
    return field.empty() ? std::string("NULL::text") : "t." + sqlIdentifier(field) + "::text";
}

// The query that measures every parcel against pz_pieces: its id, industry, whether it is a
// valid polygon measured here, area, box and overlaps ("key:m2;..."), its land use, and its raw
// geometry when it must be checked locally (or the report or the constraint lines want it).
std::string locationQuery(gis::SqlDatabase& db, const ParcelSource& source, const std::string& crsOverride,
                          const std::string& geometryColumn, const std::string& keyColumn,
                          const std::optional<gis::Envelope>& nearBox, bool wantsGeometry)
{
    const std::string raw = "t." + sqlIdentifier(geometryColumn);
    std::string planar = raw;  // the parcel in EPSG:4547
    if (!crsOverride.empty())
        planar = "ST_Transform(ST_SetSRID(" + raw + ", " + srcidOf(crsOverride) + "), 4547)";
    else if (!source.isPlanarTarget())
        planar = "ST_Transform(" + raw + ", 4547)";
    else
        planar = "ST_SetSRID(" + raw + ", 4547)";

    const std::string id = source.idField().empty() ? "t." + sqlIdentifier(keyColumn)
                                                     : "t." + sqlIdentifier(source.idField());
    std::string where;
    if (nearBox) {
        // A constant SRID, so that the GiST index serves the filter.
        std::vector<gis::VectorFeature> first;
        auto srid = db.query("SELECT ST_SRID(" + raw + ")::text FROM " + sqlTableName(source.layerName()) + " t WHERE " +
                             raw + " IS NOT NULL LIMIT 1");
        const std::string code = srid.readBatch(first, 1) == 1 ? first[0].attributes[0] : "0";
        where = " WHERE " + raw + " && ST_MakeEnvelope(" + number(nearBox->minX) + ", " + number(nearBox->minY) +
                ", " + number(nearBox->maxX) + ", " + number(nearBox->maxY) + ", " + code + ")";
    }
    const std::string measured =
        "(g IS NOT NULL AND NOT ST_IsEmpty(g) AND ST_GeometryType(g) IN ('ST_Polygon', 'ST_MultiPolygon')"
        " AND ST_IsValid(g) AND ST_Area(g) > 0)";
    const std::string select =
        "SELECT pz_id, pz_industry, m AS pz_measured, CASE WHEN m THEN ST_Area(g) END AS pz_area,"
        " CASE WHEN m THEN ST_XMin(g) END AS pz_xmin, CASE WHEN m THEN ST_YMin(g) END AS pz_ymin,"
        " CASE WHEN m THEN ST_XMax(g) END AS pz_xmax, CASE WHEN m THEN ST_YMax(g) END AS pz_ymax,"
        " CASE WHEN m THEN (SELECT string_agg(region_key || ':' || a::text, ';') FROM (SELECT pc.region_key,"
        " sum(CASE WHEN ST_CoveredBy(g, pc.geom) THEN ST_Area(g) ELSE ST_Area(ST_Intersection(pc.geom, g)) END) AS a"
        " FROM pz_pieces pc WHERE pc.geom && g AND"
        " ST_Intersects(pc.geom, g) GROUP BY pc.region_key) s) END AS pz_overlaps,"
        " pz_land_use, CASE WHEN NOT m" + std::string(wantsGeometry ? " OR TRUE" : "") + " THEN raw END AS pz_raw"
        " FROM (SELECT p.*, " + measured + " AS m FROM (SELECT " + id + "::text AS pz_id, " +
        textColumn(source.industryField()) + " AS pz_industry, " + textColumn(source.landUseField()) +
        " AS pz_land_use, " + planar + " AS g, " + raw +
        " AS raw" + (keyColumn.empty() ? "" : ", t." + sqlIdentifier(keyColumn) + " AS pz_key") + " FROM " +
        sqlTableName(source.layerName()) + " t" + where + ") p) q" + (keyColumn.empty() ? "" : " ORDER BY pz_key");
    return select;
}

}  // namespace

BatchSummary runPostgisCheck(const PilotZoneData& data, const ParcelInputOptions& input, const BatchCheckOptions& options,
                             CheckSink& sink, const std::function<void(const BatchProgress&)>& progress,
                             const std::atomic<bool>* cancel, const std::optional<gis::Envelope>& nearBox)
{
    const auto started = std::chrono::steady_clock::now();
    if (input.source.rfind("PG:", 0) != 0)
        throw InputError(input.source + ": --engine postgis needs a PG: source");
    ParcelSource source = ParcelSource::open(input);
    if (source.crsLabel() == "GCJ02" || source.crsLabel() == "BD09")
        throw InputError(input.source + ": --engine postgis cannot shift " + source.crsLabel() +
                         " coordinates in the database; use --engine local");
    BatchSummary summary;
    summary.threads = 1;
    BatchProgress state;
    state.totalHint = source.featureCountHint();
    try {
        gis::SqlDatabase db = gis::SqlDatabase::open(input.source);
        const auto [geometryColumn, keyColumn] = db.geometryAndKeyColumns(source.layerName());
        if (geometryColumn.empty())
            throw InputError(input.source + ": the table '" + source.layerName() + "' has no geometry column");
        std::vector<const ZoneRegion*> regions;
        loadRegions(db, data, regions);
        // Constraint lines are checked here, on each parcel's geometry (they stay local).
        const bool wantsGeometry = sink.wantsGeometry() || options.constraints;
        gis::SqlRows rows = db.query(locationQuery(db, source, input.crs, geometryColumn, keyColumn, nearBox, wantsGeometry));

        const ParcelChecker checker(data, options.settings, options.constraints);
        const bool hasLandUse = !source.landUseField().empty();
        std::optional<gis::CrsTransform> toPlanar;
        if (!source.isPlanarTarget())
            toPlanar = gis::CrsTransform::create(source.crs(), kPlanarCrs);
        std::vector<gis::VectorFeature> batch;
        std::vector<CheckedParcel> checked;
        const std::size_t batchSize = std::max<std::size_t>(1, options.batchSize);
        while (const std::size_t n = rows.readBatch(batch, batchSize)) {
            if (cancel && cancel->load()) {
                summary.cancelled = true;
                break;
            }
            checked.assign(n, {});
            for (std::size_t i = 0; i < n; ++i) {
                const auto& row = batch[i].attributes;
                gis::Geometry geometry;
                std::string note;
                if (!batch[i].wkb.empty()) {
                    try {
                        geometry = gis::Geometry::fromWkb(batch[i].wkb);
                        if (toPlanar && !geometry.isEmpty())
                            geometry = gis::transformGeometry(geometry, *toPlanar);
                    } catch (const gis::Error& error) {
                        geometry = gis::Geometry();
                        note = std::string("geometry unusable: ") + error.what();
                    }
                }
                const std::optional<std::string> landUse =
                    hasLandUse ? std::optional<std::string>(row[column::LandUse]) : std::nullopt;
                const bool isMeasured = row[column::Measured] == "1" || row[column::Measured] == "t" || row[column::Measured] == "true";
                if (isMeasured) {
                    MeasuredParcel parcel;
                    parcel.areaM2 = std::stod(row[column::Area]);
                    parcel.box = {std::stod(row[column::MinX]), std::stod(row[column::MinY]), std::stod(row[column::MaxX]), std::stod(row[column::MaxY])};
                    for (const QString& item : QString::fromStdString(row[column::Overlaps]).split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
                        const auto key = static_cast<std::size_t>(item.section(QLatin1Char(':'), 0, 0).toInt());
                        if (key < regions.size())
                            parcel.overlapM2[regions[key]] = item.section(QLatin1Char(':'), 1).toDouble();
                    }
                    parcel.geometry = &geometry;
                    checked[i].result = checker.checkMeasured(row[column::Id], parcel, row[column::Industry], landUse);
                } else {
                    checked[i].result = checker.check(row[column::Id], geometry, row[column::Industry], note, landUse);
                }
                if (sink.wantsGeometry() && !geometry.isNull() && !geometry.isEmpty() &&
                    checked[i].result.location != Location::Error)
                    checked[i].wkb = geometry.toWkb();
                summary.count(checked[i].result);
            }
            sink.write(checked);
            summary.total += static_cast<std::int64_t>(n);
            state.done = summary.total;
            if (progress)
                progress(state);
        }
    } catch (const InputError&) {
        throw;
    } catch (const OutputError&) {
        throw;
    } catch (const gis::Error& error) {
        throw InputError(error.what());
    }
    summary.cancelled = summary.cancelled || (cancel && cancel->load());
    if (summary.total == 0 && !summary.cancelled && !nearBox)
        throw InputError(source.source() + ": the layer '" + source.layerName() + "' has no parcels");
    summary.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    return summary;
}

}  // namespace pearlzone::core
