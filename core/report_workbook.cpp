#include "core/report_workbook.h"

#include "core/report_words.h"
#include "core/report_writer.h"

namespace pearlzone::core {

namespace {

double widthOf(const std::string& column)
{
    if (column == "reason")
        return 60.0;
    if (column == "constraints")
        return 40.0;
    if (column == "industry" || column == "suggested_zones" || column == "geometry_note")
        return 24.0;
    return 16.0;
}

bool isWrapped(const std::string& column) { return column == "reason" || column == "constraints"; }

bool isRatio(const std::string& column)
{
    return column.size() > 6 && column.compare(column.size() - 6, 6, "_ratio") == 0;
}

}  // namespace

std::uint32_t verdictFill(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Pass: return 0xC6EFCE;
    case Verdict::Review: return 0xFFEB9C;
    case Verdict::Fail: return 0xFFC7CE;
    case Verdict::Error: return 0xD9D9D9;
    }
    return 0xFFFFFF;
}

std::vector<WorkbookColumn> reportWorkbookColumns(Language language)
{
    std::vector<WorkbookColumn> columns;
    for (const gis::FieldDefinition& field : reportFields()) {
        WorkbookColumn column;
        column.heading = columnHeading(field.name, language);
        column.width = widthOf(field.name);
        if (field.type != gis::FieldType::String) {
            const bool ratio = isRatio(field.name);
            column.style = ratio ? WorkbookCellStyle::Percent : WorkbookCellStyle::Number;
            column.decimals = ratio ? 2 : (field.type == gis::FieldType::Integer ? 0 : 2);
        } else if (isWrapped(field.name)) {
            column.style = WorkbookCellStyle::WrappedText;
        }
        if (field.name == "verdict")
            for (Verdict v : {Verdict::Pass, Verdict::Review, Verdict::Fail, Verdict::Error})
                column.fills[toString(v)] = verdictFill(v);
        columns.push_back(std::move(column));
    }
    return columns;
}

std::vector<std::vector<gis::FieldValue>> reportSummaryRows(const ReportRun& run, const BatchSummary& summary)
{
    const Language lang = run.language;
    auto label = [lang](ReportLabel l) { return gis::FieldValue(reportLabel(l, lang)); };
    std::vector<std::vector<gis::FieldValue>> rows = {
        {label(ReportLabel::Input), withoutPassword(run.input)},
        {label(ReportLabel::Layer), run.layer},
        run.checksum.empty() ? std::vector<gis::FieldValue>{label(ReportLabel::Query), run.query}
                             : std::vector<gis::FieldValue>{label(ReportLabel::Checksum), run.checksum},
        {label(ReportLabel::ZoneSet), run.zoneSet},
        {label(ReportLabel::CheckedAt), run.checkedAt},
        {label(ReportLabel::Seconds), summary.seconds},
        {label(ReportLabel::Engine), run.engine},
        {},
        {label(ReportLabel::Rules)},
        {label(ReportLabel::MinInside), run.minInside},
        {label(ReportLabel::Language), std::string(lang == Language::Chinese ? "zh" : "en")},
        {},
        {label(ReportLabel::Verdicts)},
        {label(ReportLabel::Parcels), static_cast<std::int64_t>(summary.total)},
    };
    for (Verdict v : {Verdict::Pass, Verdict::Review, Verdict::Fail, Verdict::Error}) {
        const auto it = summary.byVerdict.find(v);
        rows.push_back({std::string(toString(v)), static_cast<std::int64_t>(it == summary.byVerdict.end() ? 0 : it->second)});
    }
    rows.push_back({});
    rows.push_back({label(ReportLabel::Zones)});
    for (const auto& [zone, count] : summary.byZone)
        if (!zone.empty())
            rows.push_back({zone, static_cast<std::int64_t>(count)});
    const auto outside = summary.byZone.find(std::string());
    rows.push_back({label(ReportLabel::NoZone),
                    static_cast<std::int64_t>(outside == summary.byZone.end() ? 0 : outside->second)});
    return rows;
}

}  // namespace pearlzone::core
