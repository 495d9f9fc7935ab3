#include "core/report_writer.h"

#include "core/check_errors.h"
#include "core/fixed_text.h"
#include "core/postgis_report.h"
#include "core/report_words.h"
#include "core/report_workbook.h"
#include "core/zone_set.h"

#include <QDateTime>

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

namespace {

// Each report cell of a result as text, in column order, handed to cell(std::string_view,
// bool plain): the one place that says what the CSV report writes (reportCells, and the rows
// encoded on the workers without a string per cell). plain: the cell is certainly written as
// it is — a figure in a number column, or one of the report's own words (core/check_result.h:
// no comma, quote, space or formula sign) — so its row needs no scan of it.
template <typename Cell>
void forEachReportCell(const ParcelResult& r, Cell&& cell)
{
    FixedTextBuffer text;
    auto fixed = [&text](double value, int decimals) { return fixedText(value, decimals, text); };
    cell(r.parcelId, false);
    cell(r.industry, false);
    cell(r.industryCodes, false);
    cell(r.zoneId, false);
    cell(r.subareaId, false);
    cell(fixed(r.insideRatio, 4), true);
    cell(fixed(r.areaM2, 2), true);
    cell(fixed(r.insideM2, 2), true);
    cell(toString(r.location), true);
    cell(toString(r.industryStatus), true);
    cell(toString(r.verdict), true);
    cell(r.reason, false);
    cell(r.suggestedZones, false);
    cell(r.geometryNote, false);
    cell(r.landUse, false);
    cell(toString(r.landUseStatus), true);
    cell(r.constraintHits.empty() ? std::string() : constraintsText(r.constraintHits), false);
    cell(r.constraintsChecked ? fixed(r.constraintM2, 2) : std::string_view(), true);
}

}  // namespace

std::vector<std::string> reportCells(const ParcelResult& r)
{
    std::vector<std::string> cells;
    cells.reserve(reportColumns().size());
    forEachReportCell(r, [&cells](std::string_view cell, bool) { cells.emplace_back(cell); });
    return cells;
}

namespace {

// The run's facts a report records: when, and against which zones.
ReportOptions withRunFacts(ReportOptions options, const ZoneSet* zones)
{
    if (options.run.checkedAt.empty())
        options.run.checkedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toStdString();
    if (options.run.zoneSet.empty() && zones)
        options.run.zoneSet = zones->info().label();
    return options;
}

// The zones the verdicts were made against: GeoPackage metadata and the GeoJSON description;
// a workbook's headings in the report's language; a database's table and whether to replace it.
TableOutputOptions reportTableOptions(const std::string& path, const ZoneSet* zones, const ReportOptions& report)
{
    TableOutputOptions options{isDatabaseReport(path) ? report.outLayer : "check_report", reportFields(), {}, {}, "report"};
    if (zones) {
        options.metadata = zoneSetMetadata(zones->info(), zones->source());
        options.description = "zone set: " + zones->info().label();
    }
    options.sheetName = reportLabel(ReportLabel::ResultsSheet, report.run.language);
    options.workbookColumns = reportWorkbookColumns(report.run.language);
    options.overwrite = report.overwrite;
    return options;
}

}  // namespace

ReportWriter::ReportWriter(const std::string& path, const ZoneSet* zones, const ReportOptions& options)
    : options_(withRunFacts(options, zones)),
      table_(path, reportTableOptions(path, zones, options_))
{
    if (table_.isDatabase())
        requirePostgis(table_);
}

void ReportWriter::prepare(CheckedParcel& parcel) const
{
    if (table_.isCsv()) {
        parcel.row.clear();  // a recycled parcel's row keeps its capacity
        parcel.row.reserve(parcel.result.reason.size() + 512);  // one allocation, not one per doubling
        appendRow(parcel.result, parcel.row);
    }
}

void ReportWriter::appendRow(const ParcelResult& result, std::string& rows) const
{
    const CsvReportFile& csv = table_.csvFile();
    std::size_t column = 0;
    forEachReportCell(result, [&](std::string_view cell, bool plain) {
        if (plain)
            csv.encodePlainCell(rows, column++, cell);
        else
            csv.encodeCell(rows, column++, cell);
    });
    CsvReportFile::endRow(rows);
}

void ReportWriter::write(const std::vector<CheckedParcel>& parcels)
{
    for (const auto& parcel : parcels) {
        if (table_.isCsv() && !parcel.row.empty())
            table_.writeEncodedRows(parcel.row);
        else if (table_.isCsv())
            table_.writeCells(reportCells(parcel.result));
        else
            table_.writeValues(reportValues(parcel.result), parcel.wkb);
    }
}

void ReportWriter::commit()
{
    table_.addListSheet(reportLabel(ReportLabel::SummarySheet, options_.run.language),
                        reportSummaryRows(options_.run, summary_));
    if (table_.isDatabase())
        recordPostgisRun(table_, options_, summary_);
    table_.commit();
}

}  // namespace pearlzone::core
