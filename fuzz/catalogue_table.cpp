// Any bytes as the industry catalogue (data/industries.csv): a catalogue or a gis::Error; a
// loaded catalogue's lineages end (no cycles got through) and resolve its own codes.
#include "core/industry_catalogue.h"
#include "fuzz_support.h"
#include "gis/error.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace pearlzone;
    fuzz::quietLibraries();
    const fuzz::MemoryFile file("industries.csv", data, size);
    try {
        const auto catalogue = core::IndustryCatalogue::load(file.path());
        for (const auto& industry : catalogue.industries()) {
            const auto lineage = catalogue.lineage(industry.code);
            if (lineage.empty() || lineage.front() != industry.code || lineage.size() > catalogue.industries().size())
                std::abort();
            catalogue.resolve(industry.nameZh + ";" + industry.nameEn);
        }
    } catch (const gis::Error&) {
    }
    return 0;
}
