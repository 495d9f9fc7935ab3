#pragma once
// Texts held as UTF-8 put in the order QString gives them (by UTF-16 code units, as the results
// table has always sorted its text columns) without making a QString per text: the bytes are
// compared up to the first difference and only the character there is decoded. Text that is not
// strictly valid UTF-8 is compared as the QStrings made from it, so the order stays QString's.

#include <algorithm>
#include <cstdint>
#include <numeric>
#include <string_view>
#include <vector>

namespace pearlzone::app {

// Strictly valid UTF-8 (no overlong forms, no surrogates, nothing past U+10FFFF) that does not
// start with a byte-order mark: the texts utf16Less may compare by their bytes.
bool plainUtf8(std::string_view text);

// a before b as QString::fromUtf8(a) < QString::fromUtf8(b); both must be plainUtf8.
bool utf16Less(std::string_view a, std::string_view b);

// a before b as QString::fromUtf8(a) < QString::fromUtf8(b), for any bytes.
bool utf16LessAnyBytes(std::string_view a, std::string_view b);

// The rank of each of n items in the order `less(i, j)` gives (0 first); items neither before
// the other share a rank. Holds two numbers per item while it works, nothing per text.
template <typename Less>
std::vector<std::uint32_t> ranksOf(std::size_t n, Less less)
{
    std::vector<std::uint32_t> order(n);
    std::iota(order.begin(), order.end(), 0u);
    std::sort(order.begin(), order.end(), less);
    std::vector<std::uint32_t> rank(n);
    for (std::size_t k = 0; k < n; ++k)
        rank[order[k]] = k > 0 && !less(order[k - 1], order[k]) ? rank[order[k - 1]] : static_cast<std::uint32_t>(k);
    return rank;
}

}  // namespace pearlzone::app
