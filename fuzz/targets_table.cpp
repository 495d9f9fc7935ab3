// Any bytes as the guideline targets table (data/targets.csv): targets or a gis::Error.
#include "core/targets.h"
#include "fuzz_support.h"
#include "gis/error.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace pearlzone;
    fuzz::quietLibraries();
    const fuzz::MemoryFile file("targets.csv", data, size);
    try {
        core::loadTargets(file.path());
    } catch (const gis::Error&) {
    }
    return 0;
}
