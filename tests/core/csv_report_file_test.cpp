// The CSV report's cell encoding (core/csv_report_file.h), against RFC 4180 as written here:
// a cell is quoted when it holds a comma, a double quote, CR or LF, or begins or ends with a
// space; quotes inside are doubled; a text cell that would start a formula gets an apostrophe.
#include "core/csv_report_file.h"
#include "gis/utf8_path.h"

#include "pearlzone_catch.h"
#include "temp_dir.h"

#include <fstream>
#include <string>
#include <vector>

using namespace pearlzone;

namespace {

std::string expectedCell(const std::string& text, bool textColumn)
{
    std::string cell = text;
    if (textColumn && !cell.empty() && std::string("=+-@\t\r").find(cell.front()) != std::string::npos)
        cell = "'" + cell;
    bool quote = !cell.empty() && (cell.front() == ' ' || cell.back() == ' ');
    for (char c : cell)
        quote = quote || c == ',' || c == '"' || c == '\r' || c == '\n';
    if (!quote)
        return cell;
    std::string out = "\"";
    for (char c : cell)
        out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}

}  // namespace

TEST_CASE("CSV report cells are quoted exactly when RFC 4180 needs it, wherever the character lies",
          "[core][report]")
{
    const test::TempDir dir;
    core::CsvReportFile file(dir.file("报告.csv"), {"text", "number"}, {true, false});
    // Every special character at every position of cells long and short, in ASCII and in
    // Chinese (bytes over 0x7f must not pass for any of them).
    std::vector<std::string> cells = {"", " ", "a", "=1+2", "-3", "@x", "\tx", " lead", "trail ", "地块完全位于琶洲片区"};
    for (const std::string base : {std::string("abcdefghijklmnopqrstu"), std::string("地块仅位于琶洲，低于要求。")}) {
        for (const char special : {',', '"', '\r', '\n', ' ', '='}) {
            for (std::size_t at = 0; at <= base.size(); ++at)
                cells.push_back(base.substr(0, at) + special + base.substr(at));
        }
    }
    // And every length up to three blocks of sixteen bytes, the character at each position (the
    // scan reads blocks and words that end with the cell).
    for (std::size_t length = 1; length <= 48; ++length) {
        for (const char special : {',', '"', '\r', '\n'}) {
            for (std::size_t at = 0; at < length; ++at) {
                std::string cell(length, 'x');
                cell[at] = special;
                cells.push_back(cell);
            }
        }
        cells.push_back(std::string(length, 'y'));
    }
    for (const std::string& cell : cells) {
        for (const std::size_t column : {std::size_t(0), std::size_t(1)}) {
            std::string out;
            file.encodeCell(out, column, cell);
            const std::string expected = (column > 0 ? "," : "") + expectedCell(cell, column == 0);
            CHECK(out == expected);
        }
        std::string row;
        file.encodeRow(row, {cell, cell});
        CHECK(row == expectedCell(cell, true) + "," + expectedCell(cell, false) + "\r\n");
    }
    file.close();
}

TEST_CASE("a CSV report written over a file holds only the report, and a new one is made", "[core][report]")
{
    const test::TempDir dir;
    const std::string expected = "\xEF\xBB\xBFid,zone\r\n7,琶洲\r\n";
    // The file is opened without truncating when empty (ext4 flushes truncated files on
    // close): a longer file already there must still end up as the report alone.
    const std::string existing = dir.file("旧报告.csv");
    {
        std::ofstream out(gis::pathFromUtf8(existing), std::ios::binary);
        out << std::string(5000, 'x') << "\n";
    }
    for (const std::string& path : {existing, dir.file("新报告.csv")}) {
        core::CsvReportFile file(path, {"id", "zone"}, {true, true});
        file.writeRow({"7", "琶洲"});
        file.close();
        CHECK(test::fileText(path) == expected);
    }
}
