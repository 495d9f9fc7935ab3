// Industry text as planners write it ("人工智能；区块链、AI") resolved against the bundled
// catalogue: never a crash, and every code it resolves to is one the catalogue has.
#include "fuzz_support.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace pearlzone;
    const auto& catalogue = fuzz::bundledData().catalogue;
    const std::string field(reinterpret_cast<const char*>(data), size);
    for (const auto& match : catalogue.resolve(field)) {
        if (match.text.empty())
            std::abort();  // blank parts are dropped
        for (const auto& code : match.codes) {
            if (!catalogue.find(code))
                std::abort();
        }
    }
    core::normaliseName(field);
    return 0;
}
