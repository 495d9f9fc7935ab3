#include "core/data_table.h"

#include "gis/error.h"
#include "gis/vector_source.h"

namespace pearlzone::core {

DataTable DataTable::load(const std::string& source, const std::vector<std::string>& requiredColumns)
{
    auto layer = gis::VectorSource::open(source).layer();
    DataTable table;
    table.source_ = source;
    table.columns_ = layer.fieldNames();
    for (const auto& column : requiredColumns) {
        if (!table.hasColumn(column))
            throw gis::Error(source + ": the column '" + column + "' is missing");
    }
    layer.readGeometry(false);
    std::vector<gis::VectorFeature> batch;
    while (layer.readBatch(batch, 512)) {
        for (auto& feature : batch)
            table.rows_.push_back(std::move(feature.attributes));
    }
    return table;
}

int DataTable::columnIndex(const std::string& column) const
{
    for (std::size_t i = 0; i < columns_.size(); ++i) {
        if (columns_[i] == column)
            return static_cast<int>(i);
    }
    return -1;
}

const std::string& DataTable::value(std::size_t row, const std::string& column) const
{
    static const std::string kEmpty;
    const int index = columnIndex(column);
    return index < 0 ? kEmpty : rows_.at(row).at(static_cast<std::size_t>(index));
}

std::vector<std::string> splitList(const std::string& text, char separator)
{
    std::vector<std::string> parts;
    std::string current;
    for (char c : text) {
        if (c == separator) {
            if (!current.empty())
                parts.push_back(current);
            current.clear();
        } else {
            current.push_back(c);
        }
    }
    if (!current.empty())
        parts.push_back(current);
    return parts;
}

}  // namespace pearlzone::core
