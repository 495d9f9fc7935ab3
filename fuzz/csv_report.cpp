// The report's CSV writer, round trip: any cells (split at NUL bytes, three to a row) are
// written by core::CsvReportFile and read back by GDAL's CSV driver unchanged, row for row
// (except that GDAL's reader turns each line end inside a quoted cell, \r\n, \n\r or \r, into \n).
#include "core/csv_report_file.h"
#include "fuzz_support.h"

#include <ogr_api.h>
#include <gdal.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>
#include <unistd.h>

namespace {

constexpr int kColumns = 3;

std::vector<std::vector<std::string>> readBack(const std::string& path)
{
    std::vector<std::vector<std::string>> rows;
    // Named driver: left to guess, GDAL opens a CSV holding the text "<OGRVRTDataSource" as a
    // VRT (this fuzzer's first finding; tests/hostile/ keeps it).
    const char* const csvOnly[] = {"CSV", nullptr};
    GDALDatasetH dataset = GDALOpenEx(path.c_str(), GDAL_OF_VECTOR, csvOnly, nullptr, nullptr);
    if (!dataset)
        std::abort();
    OGRLayerH layer = GDALDatasetGetLayer(dataset, 0);
    if (OGR_FD_GetFieldCount(OGR_L_GetLayerDefn(layer)) != kColumns)
        std::abort();
    while (OGRFeatureH feature = OGR_L_GetNextFeature(layer)) {
        std::vector<std::string> row;
        for (int i = 0; i < kColumns; ++i)
            row.emplace_back(OGR_F_IsFieldSetAndNotNull(feature, i) ? OGR_F_GetFieldAsString(feature, i) : "");
        rows.push_back(std::move(row));
        OGR_F_Destroy(feature);
    }
    GDALClose(dataset);
    return rows;
}

// A cell as GDAL's CSV reader gives it back.
std::string asReadBack(std::string_view cell)
{
    std::string text;
    for (std::size_t i = 0; i < cell.size(); ++i) {
        if (cell[i] == '\r' || cell[i] == '\n') {
            text += '\n';
            // CPLReadLine takes \r\n and \n\r as one line end
            if (i + 1 < cell.size() && (cell[i + 1] == '\r' || cell[i + 1] == '\n') && cell[i + 1] != cell[i])
                ++i;
        } else {
            text += cell[i];
        }
    }
    return text;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace pearlzone;
    fuzz::quietLibraries();
    static const std::string path =
        (std::filesystem::temp_directory_path() / ("pearlzone-fuzz-" + std::to_string(getpid()) + ".csv")).string();
    fuzz::ByteReader input(data, size);
    std::vector<std::vector<std::string>> rows;
    std::vector<std::vector<std::string>> expected;
    while (!input.empty() && rows.size() < 64) {
        std::vector<std::string> row;
        std::vector<std::string> readBack;
        for (int i = 0; i < kColumns; ++i) {
            row.emplace_back(input.textUntil('\0'));
            readBack.push_back(asReadBack(row.back()));
        }
        rows.push_back(std::move(row));
        expected.push_back(std::move(readBack));
    }
    {
        core::CsvReportFile file(path, {"a", "b", "c"});
        for (const auto& row : rows)
            file.writeRow(row);
        file.close();
    }
    if (readBack(path) != expected)
        std::abort();
    std::remove(path.c_str());
    return 0;
}
