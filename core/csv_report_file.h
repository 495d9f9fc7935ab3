#pragma once
// CsvReportFile: the report's CSV form, UTF-8 with a byte-order mark (so that Excel reads
// Chinese text), quoted as RFC 4180 says. The report is a plain table with fixed columns,
// not a GIS format, and GDAL's CSV writer costs about 15 µs a row (measured with callgrind:
// 66,000 instructions, mostly copying each feature and printf-ing each field) on the one
// thread that must write rows in order — on its own 10 times the whole check's budget for
// a million parcels. This writer costs about 1 µs a row; GDAL reads its files back.

#include "core/spreadsheet_text.h"

#include <cassert>
#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

namespace pearlzone::core {

class CsvReportFile {
public:
    // Opens path (UTF-8) for writing and writes the BOM and the header; throws OutputError.
    // Cells of the columns marked in textColumns that would start a spreadsheet formula are
    // neutralised (core/spreadsheet_text.h); the others (numbers) are written as given.
    CsvReportFile(const std::string& path, const std::vector<std::string>& columns,
                  std::vector<bool> textColumns = {});
    CsvReportFile(const CsvReportFile&) = delete;
    CsvReportFile& operator=(const CsvReportFile&) = delete;
    ~CsvReportFile();

    // One row; cells are already text.
    void writeRow(const std::vector<std::string>& cells);
    // A row as writeRow writes it, appended to out: workers encode rows in parallel
    // (CheckSink::prepare; const, so safe from several threads) and the ordered writer only
    // writes them (writeEncoded).
    void encodeRow(std::string& out, const std::vector<std::string>& cells) const;
    // The same a cell at a time (no vector of cell strings per row): the cell of the given
    // column, preceded by its comma, then endRow.
    void encodeCell(std::string& out, std::size_t column, std::string_view cell) const
    {
        if (column > 0)
            out += ',';
        const bool apostrophe = column < textColumns_.size() && textColumns_[column] != 0 && startsLikeFormula(cell);
        if (!apostrophe && plainCell(cell))
            out.append(cell.data(), cell.size());  // most cells: as they are
        else
            appendCell(out, cell, apostrophe);
    }
    // The same for a cell the caller knows needs nothing (a figure in a number column, a word
    // of its own without a comma, quote, space or formula sign): no scan.
    void encodePlainCell(std::string& out, std::size_t column, std::string_view cell) const
    {
        assert(!(column < textColumns_.size() && textColumns_[column] != 0 && startsLikeFormula(cell)) && plainCell(cell));
        if (column > 0)
            out += ',';
        out.append(cell.data(), cell.size());
    }
    static void endRow(std::string& out) { out += "\r\n"; }
    void writeEncoded(const std::string& rows);
    void close();  // flushes; throws OutputError when the disk refused anything

private:
    // apostrophe: the cell is written as "'" + cell (core/spreadsheet_text.h).
    static void appendCell(std::string& out, std::string_view cell, bool apostrophe);
    // Whether a cell is written as it is: nothing to quote, no space at either end.
    static bool plainCell(std::string_view cell);
    void flushWhenFull();

    std::vector<unsigned char> textColumns_;  // 1 for a text column (a byte each: read for every cell)
    std::string path_;
    std::FILE* file_ = nullptr;
    std::string buffer_;
};

}  // namespace pearlzone::core
