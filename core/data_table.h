#pragma once
// DataTable: a small attribute table (the catalogue, designations, targets) read through
// GDAL, so planners can keep them as CSV, or in a GeoPackage or spreadsheet GDAL reads.

#include <string>
#include <vector>

namespace pearlzone::core {

class DataTable {
public:
    // Throws gis::Error naming the file when it cannot be read or lacks a required column.
    static DataTable load(const std::string& source, const std::vector<std::string>& requiredColumns);

    const std::string& source() const { return source_; }
    std::size_t rowCount() const { return rows_.size(); }
    bool hasColumn(const std::string& column) const { return columnIndex(column) >= 0; }
    // "" for a column the table lacks.
    const std::string& value(std::size_t row, const std::string& column) const;
    // The file's 1-based line for a row (header on line 1), for error messages.
    std::size_t lineOf(std::size_t row) const { return row + 2; }

private:
    int columnIndex(const std::string& column) const;

    std::string source_;
    std::vector<std::string> columns_;
    std::vector<std::vector<std::string>> rows_;
};

// Splits "a|b|c" into its non-empty parts.
std::vector<std::string> splitList(const std::string& text, char separator = '|');

}  // namespace pearlzone::core
