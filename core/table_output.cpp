#include "core/table_output.h"

#include "core/check_errors.h"
#include "core/zone_set.h"

#include <QString>

namespace pearlzone::core {

TableOutput::TableOutput(const std::string& path, const TableOutputOptions& options) : output_(path), what_(options.what)
{
    const QString lower = QString::fromStdString(path).toLower();
    if (lower.endsWith(QStringLiteral(".csv"))) {
        std::vector<std::string> columns;
        for (const auto& field : options.fields)
            columns.push_back(field.name);
        csv_ = std::make_unique<CsvReportFile>(output_.temporaryPath(), columns);
        return;
    }
    gis::VectorWriterOptions writerOptions;
    writerOptions.layerName = options.layerName;
    writerOptions.fields = options.fields;
    writerOptions.geometry = gis::WriterGeometry::Unknown;
    writerOptions.crs = kPlanarCrs;
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
        throw OutputError(path + ": a " + what_ + " is .csv, .geojson or .gpkg");
    }
    try {
        writer_ = std::make_unique<gis::VectorWriter>(gis::VectorWriter::create(output_.temporaryPath(), writerOptions));
    } catch (const gis::Error& error) {
        throw OutputError(path + ": cannot write the " + what_ + " (" + error.what() + ")");
    }
}

void TableOutput::writeCells(const std::vector<std::string>& cells)
{
    try {
        csv_->writeRow(cells);
    } catch (const gis::Error& error) {
        throw OutputError(destination() + ": writing the " + what_ + " failed (" + error.what() + ")");
    }
}

void TableOutput::writeValues(const std::vector<gis::FieldValue>& values, const std::vector<unsigned char>& wkb)
{
    try {
        writer_->write(values, wkb);
    } catch (const gis::Error& error) {
        throw OutputError(destination() + ": writing the " + what_ + " failed (" + error.what() + ")");
    }
}

void TableOutput::commit()
{
    try {
        if (csv_)
            csv_->close();
        else
            writer_->close();
    } catch (const gis::Error& error) {
        throw OutputError(destination() + ": finishing the " + what_ + " failed (" + error.what() + ")");
    }
    output_.commit();
}

}  // namespace pearlzone::core
