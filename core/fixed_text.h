#pragma once
// Figures as printf's "%.Nf" writes them (std::to_chars is specified so): every report row has
// a few, every reason on a boundary or outside has one.

#include <array>
#include <string_view>

namespace pearlzone::core {

// Room for the largest double with its 309 digits and a few decimals.
using FixedTextBuffer = std::array<char, 352>;

// The text lives in buffer until its next use. Up to 4 decimals of a non-negative value below
// about 10^15 are written by integer arithmetic on the double's exact binary value, rounded
// half to even as printf does (several times faster than std::to_chars; the same text, by
// tests/core/fixed_text_test.cpp); anything else by std::to_chars.
std::string_view fixedText(double value, int decimals, FixedTextBuffer& buffer);

}  // namespace pearlzone::core
