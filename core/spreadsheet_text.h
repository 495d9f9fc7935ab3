#pragma once
// Text cells safe to open in a spreadsheet: the one rule both report writers (CSV and XLSX)
// apply, so that text from a parcel file never runs as a formula (CSV/formula injection).

#include <string>
#include <string_view>

namespace pearlzone::core {

// Text Excel would take for a formula (=, +, -, @, tab, carriage return first) gets a
// leading apostrophe, the usual mark of "this is text". Only text cells go through it:
// number columns are written as numbers, untouched.
std::string neutralisedCellText(const std::string& text);

// Whether neutralisedCellText would change text (no copy; inline: asked of every report cell).
inline bool startsLikeFormula(std::string_view text)
{
    if (text.empty())
        return false;
    const char first = text.front();
    return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
}

}  // namespace pearlzone::core
