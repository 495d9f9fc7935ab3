// Report figures (core/fixed_text.h) against printf's "%.Nf" itself: random values of every
// magnitude the reports see and beyond, and the exact ties, where rounding half to even
// and half up part ways (0.125 -> "0.12", 0.375 -> "0.38").
#include "core/fixed_text.h"

#include "pearlzone_catch.h"

#include <cmath>
#include <cstdio>
#include <limits>
#include <random>
#include <string>

using namespace pearlzone;

namespace {

std::string printed(double value, int decimals)
{
    char text[512];
    std::snprintf(text, sizeof text, "%.*f", decimals, value);
    return text;
}

std::string fixed(double value, int decimals)
{
    core::FixedTextBuffer buffer;
    return std::string(core::fixedText(value, decimals, buffer));
}

}  // namespace

TEST_CASE("report figures are written as printf's %.Nf writes them")
{
    std::mt19937_64 random(20261128);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    std::uniform_int_distribution<int> decimals(0, 4);
    std::uniform_int_distribution<int> magnitude(-12, 17);
    for (int i = 0; i < 400000; ++i) {
        const double value = unit(random) * std::pow(10.0, magnitude(random));
        const int n = decimals(random);
        INFO(value << " to " << n << " decimals");
        REQUIRE(fixed(value, n) == printed(value, n));
    }
    // Exact ties at every decimal: k + 1/2 units of the last place, for values whose binary
    // form holds them exactly (halves, quarters, eighths, sixteenths).
    for (int n = 0; n <= 4; ++n) {
        for (long k = 0; k < 20000; ++k) {
            for (const double value : {(k + 0.5) / std::pow(10.0, n), k / 8.0, k / 16.0, k * 0.25 + 1e6}) {
                INFO(value << " to " << n << " decimals");
                REQUIRE(fixed(value, n) == printed(value, n));
            }
        }
    }
    // The edges: zero, the smallest numbers, the largest and what it hands to std::to_chars.
    for (const double value : {0.0, -0.0, 5e-324, 1e-300, 0.005, 0.00005, 0.49999999999999994, 0.5, 1.5, 2.5,
                               9.995, 99.995, 1e15, 9007199254740993.0, 1.8446744073709552e19, 1e300,
                               -1.25, -0.001, std::numeric_limits<double>::max()}) {
        for (int n = 0; n <= 4; ++n) {
            INFO(value << " to " << n << " decimals");
            CHECK(fixed(value, n) == printed(value, n));
        }
    }
    CHECK(fixed(0.125, 2) == "0.12");
    CHECK(fixed(0.375, 2) == "0.38");
    CHECK(fixed(0.0, 4) == "0.0000");
    CHECK(fixed(25016.325, 2) == printed(25016.325, 2));
}
