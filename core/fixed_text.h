#pragma once
// Figures as printf's "%.Nf" writes them: std::to_chars is specified so, and is many times
// faster (every report row has a few; every reason on a boundary or outside has one).

#include <array>
#include <charconv>
#include <string_view>

namespace pearlzone::core {

using FixedTextBuffer = std::array<char, 64>;

// The text lives in buffer until its next use.
inline std::string_view fixedText(double value, int decimals, FixedTextBuffer& buffer)
{
    const char* end = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value, std::chars_format::fixed, decimals).ptr;
    return std::string_view(buffer.data(), static_cast<std::size_t>(end - buffer.data()));
}

}  // namespace pearlzone::core
