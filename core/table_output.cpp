#include "core/table_output.h"

#include "core/check_errors.h"
#include "core/report_run.h"
#include "core/zone_set.h"

#include <QString>

namespace pearlzone::core {

namespace {

// A PG: table: names exactly as given, doubles as double precision, geometry "geom" with a
// GiST index, all in one transaction.
gis::VectorWriterOptions databaseOptions(const TableOutputOptions& options)
{
    gis::VectorWriterOptions writer;
    writer.driver = "PostgreSQL";
    writer.intoExistingDatabase = true;
    writer.layerOptions = {"GEOMETRY_NAME=geom", "FID=fid", "SPATIAL_INDEX=GIST", "PRECISION=NO", "LAUNDER=NO"};
    if (options.overwrite)
        writer.layerOptions.push_back("OVERWRITE=YES");
    return writer;
}

std::vector<WorkbookColumn> plainColumns(const std::vector<gis::FieldDefinition>& fields)
{
    std::vector<WorkbookColumn> columns;
    for (const auto& field : fields) {
        WorkbookColumn column;
        column.heading = field.name;
        if (field.type == gis::FieldType::Real || field.type == gis::FieldType::Integer)
            column.style = WorkbookCellStyle::Number;
        columns.push_back(column);
    }
    return columns;
}

}  // namespace

bool isDatabaseReport(const std::string& destination) { return destination.rfind("PG:", 0) == 0; }

TableOutput::TableOutput(const std::string& path, const TableOutputOptions& options)
    : destination_(isDatabaseReport(path) ? withoutPassword(path) : path), what_(options.what)
{
    const QString lower = QString::fromStdString(path).toLower();
    gis::VectorWriterOptions writerOptions;
    if (isDatabaseReport(path)) {
        writerOptions = databaseOptions(options);
    } else {
        // CSV and XLSX are written front to back, which lets the file stay unnamed until commit.
        const bool stream = lower.endsWith(QStringLiteral(".csv")) || lower.endsWith(QStringLiteral(".xlsx"));
        output_.emplace(path, stream ? AtomicOutput::Writing::Stream : AtomicOutput::Writing::Named);
        if (lower.endsWith(QStringLiteral(".csv"))) {
            std::vector<std::string> columns;
            std::vector<bool> textColumns;
            for (const auto& field : options.fields) {
                columns.push_back(field.name);
                textColumns.push_back(field.type == gis::FieldType::String);
            }
            csv_ = std::make_unique<CsvReportFile>(output_->temporaryPath(), columns, std::move(textColumns));
            return;
        }
        if (lower.endsWith(QStringLiteral(".xlsx"))) {
            workbook_ = std::make_unique<TableWorkbook>(output_->temporaryPath());
            workbook_->beginTable(options.sheetName.empty() ? options.layerName : options.sheetName,
                                  options.workbookColumns.empty() ? plainColumns(options.fields) : options.workbookColumns);
            return;
        }
        if (lower.endsWith(QStringLiteral(".geojson")) || lower.endsWith(QStringLiteral(".json"))) {
            // RFC 7946: GDAL writes WGS84 longitude/latitude, as web tools expect.
            writerOptions.driver = "GeoJSON";
            writerOptions.layerOptions = {"RFC7946=YES"};
            if (!options.description.empty())
                writerOptions.layerOptions.push_back("DESCRIPTION=" + options.description);
        } else if (lower.endsWith(QStringLiteral(".gpkg"))) {
            writerOptions.driver = "GPKG";
            writerOptions.metadata = options.metadata;
        } else {
            throw OutputError(path + ": a " + what_ + " is .csv, .geojson, .gpkg, .xlsx or a PG: connection");
        }
    }
    writerOptions.layerName = options.layerName;
    writerOptions.fields = options.fields;
    writerOptions.geometry = gis::WriterGeometry::Unknown;
    writerOptions.crs = kPlanarCrs;
    try {
        writer_ = std::make_unique<gis::VectorWriter>(
            gis::VectorWriter::create(output_ ? output_->temporaryPath() : path, writerOptions));
    } catch (const gis::Error& error) {
        std::string message = withoutPassword(error.what());
        if (message.find("exists already") != std::string::npos)
            throw TableExistsError(message + "; --overwrite replaces it");
        throw OutputError(destination_ + ": cannot write the " + what_ + " (" + message + ")");
    }
}

TableOutput::~TableOutput() = default;

void TableOutput::writeCells(const std::vector<std::string>& cells)
{
    try {
        csv_->writeRow(cells);
    } catch (const gis::Error& error) {
        throw OutputError(destination() + ": writing the " + what_ + " failed (" + error.what() + ")");
    }
}

void TableOutput::writeEncodedRows(const std::string& rows)
{
    try {
        csv_->writeEncoded(rows);
    } catch (const gis::Error& error) {
        throw OutputError(destination() + ": writing the " + what_ + " failed (" + error.what() + ")");
    }
}

void TableOutput::writeValues(const std::vector<gis::FieldValue>& values, const std::vector<unsigned char>& wkb)
{
    try {
        if (workbook_)
            workbook_->addRow(values);
        else
            writer_->write(values, wkb);
    } catch (const gis::Error& error) {
        throw OutputError(destination() + ": writing the " + what_ + " failed (" + withoutPassword(error.what()) + ")");
    }
}

void TableOutput::addListSheet(const std::string& sheetName, const std::vector<std::vector<gis::FieldValue>>& rows)
{
    if (workbook_)
        workbook_->addListSheet(sheetName, rows);
}

void TableOutput::execute(const std::string& statement)
{
    try {
        writer_->execute(statement);
    } catch (const gis::Error& error) {
        throw OutputError(destination() + ": writing the " + what_ + " failed (" + withoutPassword(error.what()) + ")");
    }
}

void TableOutput::commit()
{
    try {
        if (csv_)
            csv_->close();
        else if (workbook_)
            workbook_->close();
        else
            writer_->close();
    } catch (const gis::Error& error) {
        throw OutputError(destination() + ": finishing the " + what_ + " failed (" + withoutPassword(error.what()) + ")");
    }
    if (output_)
        output_->commit();
}

}  // namespace pearlzone::core
