// Any bytes as a data table file (CSV through GDAL): a table or a gis::Error, nothing else,
// and every cell of every row can be read.
#include "core/data_table.h"
#include "fuzz_support.h"
#include "gis/error.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace pearlzone;
    fuzz::quietLibraries();
    const fuzz::MemoryFile file("table.csv", data, size);
    try {
        const auto table = core::DataTable::load(file.path(), {"code"});
        for (std::size_t row = 0; row < table.rowCount(); ++row) {
            core::splitList(table.value(row, "code"));
            table.value(row, "no such column");
        }
    } catch (const gis::Error&) {
    }
    return 0;
}
