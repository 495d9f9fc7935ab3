#pragma once
// TableWorkbook: an Excel workbook (.xlsx, through libxlsxwriter) of one or more tables, for
// any command that reports rows (check, compare). A table sheet has its header row frozen and
// filterable, numbers stored as numbers, percentages formatted, chosen cells coloured by
// value and long text wrapped; a list sheet holds label/value rows (a summary). Rows stream
// to disk (libxlsxwriter's constant-memory mode), so a big table does not fill memory. It
// writes exactly the path given: atomic replacement is the caller's (core/atomic_output.h).

#include "gis/vector_writer.h"

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace pearlzone::core {

enum class WorkbookCellStyle { Text, WrappedText, Number, Percent };

struct WorkbookColumn {
    std::string heading;  // in the report's language
    WorkbookCellStyle style = WorkbookCellStyle::Text;
    double width = 12.0;  // in characters
    int decimals = 2;     // Number and Percent
    std::map<std::string, std::uint32_t> fills;  // a text value -> its cell's background, 0xRRGGBB
};

// Excel holds at most this many rows of data below a header.
constexpr std::int64_t kWorkbookMaxDataRows = 1048575;

class TableWorkbook {
public:
    // Throws OutputError when the file cannot be created.
    explicit TableWorkbook(const std::string& path);
    TableWorkbook(const TableWorkbook&) = delete;
    TableWorkbook& operator=(const TableWorkbook&) = delete;
    ~TableWorkbook();  // closes quietly when close() was not called

    // Starts a new table sheet; its rows follow with addRow().
    void beginTable(const std::string& sheetName, std::vector<WorkbookColumn> columns);
    // One value per column: strings as text, numbers as numbers, monostate as an empty cell.
    // Throws OutputError past Excel's row limit.
    void addRow(const std::vector<gis::FieldValue>& values);
    // A sheet of label/value rows; a row with one value is a bold section heading.
    void addListSheet(const std::string& sheetName, const std::vector<std::vector<gis::FieldValue>>& rows);
    // Writes the file; throws OutputError when that fails.
    void close();

private:
    struct State;
    std::unique_ptr<State> state_;
    std::string path_;
};

}  // namespace pearlzone::core
