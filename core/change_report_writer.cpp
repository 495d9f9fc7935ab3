#include "core/change_report_writer.h"

#include "core/pilot_zone_data.h"

#include <charconv>
#include <cmath>

namespace pearlzone::core {

namespace {

std::string fixed4(double value)
{
    char text[64];
    const auto end = std::to_chars(text, text + sizeof text, value, std::chars_format::fixed, 4).ptr;
    return std::string(text, end);
}

std::vector<gis::FieldDefinition> changeFields()
{
    std::vector<gis::FieldDefinition> fields;
    for (const auto& column : changeColumns()) {
        const bool ratio = column.rfind("inside_ratio", 0) == 0;
        fields.push_back(ratio ? gis::FieldDefinition{column, gis::FieldType::Real, 8, 4}
                               : gis::FieldDefinition{column, gis::FieldType::String, 0, 0});
    }
    return fields;
}

std::vector<gis::FieldValue> changeValues(const ChangedParcel& parcel)
{
    const auto& columns = changeColumns();
    const std::vector<std::string> cells = changeCells(parcel);
    std::vector<gis::FieldValue> values(cells.begin(), cells.end());
    for (std::size_t i = 0; i < columns.size(); ++i) {
        if (columns[i] == "inside_ratio_from")
            values[i] = std::round(parcel.from.insideRatio * 1e4) / 1e4;
        else if (columns[i] == "inside_ratio_to")
            values[i] = std::round(parcel.to.insideRatio * 1e4) / 1e4;
    }
    return values;
}

// Both zone sets, in GeoPackage metadata (_FROM, _TO) and the GeoJSON description.
TableOutputOptions tableOptions(const PilotZoneData& fromData, const PilotZoneData& toData)
{
    TableOutputOptions options;
    options.layerName = "zone_set_changes";
    options.fields = changeFields();
    options.what = "change report";
    options.metadata = zoneSetMetadata(fromData.zones.info(), fromData.zones.source(), "_FROM");
    const auto to = zoneSetMetadata(toData.zones.info(), toData.zones.source(), "_TO");
    options.metadata.insert(options.metadata.end(), to.begin(), to.end());
    options.description = fromData.zones.info().label() + " → " + toData.zones.info().label();
    return options;
}

}  // namespace

const std::vector<std::string>& changeColumns()
{
    static const std::vector<std::string> columns = {
        "parcel_id",       "industry",    "changes",       "zone_from",    "zone_to",
        "subarea_from",    "subarea_to",  "inside_ratio_from", "inside_ratio_to", "location_from",
        "location_to",     "verdict_from", "verdict_to",   "what_changed", "reason_from",
        "reason_to"};
    return columns;
}

std::vector<std::string> changeCells(const ChangedParcel& p)
{
    return {p.from.parcelId,         p.from.industry,          changeCodes(p.changes),
            p.from.zoneId,           p.to.zoneId,              p.from.subareaId,
            p.to.subareaId,          fixed4(p.from.insideRatio), fixed4(p.to.insideRatio),
            toString(p.from.location), toString(p.to.location), toString(p.from.verdict),
            toString(p.to.verdict),  p.sentence,               p.from.reason,
            p.to.reason};
}

ChangeReportWriter::ChangeReportWriter(const std::string& path, const PilotZoneData& fromData, const PilotZoneData& toData,
                                       Language language, bool keepChanged)
    : ChangeCollector(fromData, toData, language, keepChanged), table_(path, tableOptions(fromData, toData))
{
}

void ChangeReportWriter::changed(const ChangedParcel& parcel)
{
    if (table_.isCsv())
        table_.writeCells(changeCells(parcel));
    else
        table_.writeValues(changeValues(parcel), parcel.wkb);
}

void ChangeReportWriter::commit()
{
    table_.commit();
}

}  // namespace pearlzone::core
