#include "core/report_writer.h"

#include "core/check_errors.h"

#include <QString>

#include <charconv>
#include <cmath>

namespace pearlzone::core {

namespace {

enum class ReportFormat { Csv, GeoJson, GeoPackage };

ReportFormat formatOf(const std::string& path)
{
    const QString lower = QString::fromStdString(path).toLower();
    if (lower.endsWith(QStringLiteral(".csv")))
        return ReportFormat::Csv;
    if (lower.endsWith(QStringLiteral(".geojson")) || lower.endsWith(QStringLiteral(".json")))
        return ReportFormat::GeoJson;
    if (lower.endsWith(QStringLiteral(".gpkg")))
        return ReportFormat::GeoPackage;
    throw OutputError(path + ": a report is .csv, .geojson or .gpkg");
}

double rounded(double value, double unit) { return std::round(value / unit) * unit; }

}  // namespace

std::vector<gis::FieldDefinition> reportFields()
{
    std::vector<gis::FieldDefinition> fields;
    for (const auto& column : reportColumns()) {
        gis::FieldDefinition field{column, gis::FieldType::String, 0, 0};
        if (column == "inside_ratio")
            field = {column, gis::FieldType::Real, 8, 4};
        else if (column == "area_m2" || column == "inside_m2" || column == "constraint_m2")
            field = {column, gis::FieldType::Real, 14, 2};
        fields.push_back(field);
    }
    return fields;
}

std::vector<gis::FieldValue> reportValues(const ParcelResult& r)
{
    return {r.parcelId,
            r.industry,
            r.industryCodes,
            r.zoneId,
            r.subareaId,
            rounded(r.insideRatio, 1e-4),
            rounded(r.areaM2, 0.01),
            rounded(r.insideM2, 0.01),
            std::string(toString(r.location)),
            std::string(toString(r.industryStatus)),
            std::string(toString(r.verdict)),
            r.reason,
            r.suggestedZones,
            r.geometryNote,
            r.landUse,
            std::string(toString(r.landUseStatus)),
            constraintsText(r.constraintHits),
            r.constraintsChecked ? gis::FieldValue(rounded(r.constraintM2, 0.01)) : gis::FieldValue()};
}

std::string fixed(double value, int decimals)
{
    char text[64];
    const auto end = std::to_chars(text, text + sizeof text, value, std::chars_format::fixed, decimals).ptr;
    return std::string(text, end);
}

std::vector<std::string> reportCells(const ParcelResult& r)
{
    return {r.parcelId, r.industry, r.industryCodes, r.zoneId, r.subareaId, fixed(r.insideRatio, 4), fixed(r.areaM2, 2),
            fixed(r.insideM2, 2), toString(r.location), toString(r.industryStatus), toString(r.verdict), r.reason,
            r.suggestedZones, r.geometryNote, r.landUse, toString(r.landUseStatus), constraintsText(r.constraintHits),
            r.constraintsChecked ? fixed(r.constraintM2, 2) : std::string()};
}

ReportWriter::ReportWriter(const std::string& path) : output_(path)
{
    const ReportFormat format = formatOf(path);
    withGeometry_ = format != ReportFormat::Csv;
    if (format == ReportFormat::Csv) {
        csv_ = std::make_unique<CsvReportFile>(output_.temporaryPath(), reportColumns());
        return;
    }
    gis::VectorWriterOptions options;
    options.layerName = "check_report";
    options.fields = reportFields();
    options.geometry = withGeometry_ ? gis::WriterGeometry::Unknown : gis::WriterGeometry::None;
    if (format == ReportFormat::GeoJson) {
        // RFC 7946: GDAL writes WGS84 longitude/latitude, as web tools expect.
        options.driver = "GeoJSON";
        options.crs = kPlanarCrs;
        options.layerOptions = {"RFC7946=YES"};
    } else {
        options.driver = "GPKG";
        options.crs = kPlanarCrs;
    }
    try {
        writer_ = std::make_unique<gis::VectorWriter>(gis::VectorWriter::create(output_.temporaryPath(), options));
    } catch (const gis::Error& error) {
        throw OutputError(path + ": cannot write the report (" + error.what() + ")");
    }
}

void ReportWriter::write(const std::vector<CheckedParcel>& parcels)
{
    try {
        for (const auto& parcel : parcels) {
            if (csv_)
                csv_->writeRow(reportCells(parcel.result));
            else
                writer_->write(reportValues(parcel.result), parcel.wkb);
        }
    } catch (const gis::Error& error) {
        throw OutputError(output_.destination() + ": writing the report failed (" + error.what() + ")");
    }
}

void ReportWriter::commit()
{
    try {
        if (csv_)
            csv_->close();
        else
            writer_->close();
    } catch (const gis::Error& error) {
        throw OutputError(output_.destination() + ": finishing the report failed (" + error.what() + ")");
    }
    output_.commit();
}

}  // namespace pearlzone::core
