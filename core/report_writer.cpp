#include "core/report_writer.h"

#include <charconv>
#include <cmath>

namespace pearlzone::core {

namespace {

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

namespace {

// The zones the verdicts were made against: GeoPackage metadata and the GeoJSON description.
TableOutputOptions reportTableOptions(const ZoneSet* zones)
{
    TableOutputOptions options{"check_report", reportFields(), {}, {}, "report"};
    if (zones) {
        options.metadata = zoneSetMetadata(zones->info(), zones->source());
        options.description = "zone set: " + zones->info().label();
    }
    return options;
}

}  // namespace

ReportWriter::ReportWriter(const std::string& path, const ZoneSet* zones) : table_(path, reportTableOptions(zones))
{
}

void ReportWriter::write(const std::vector<CheckedParcel>& parcels)
{
    for (const auto& parcel : parcels) {
        if (table_.isCsv())
            table_.writeCells(reportCells(parcel.result));
        else
            table_.writeValues(reportValues(parcel.result), parcel.wkb);
    }
}

void ReportWriter::commit()
{
    table_.commit();
}

}  // namespace pearlzone::core
