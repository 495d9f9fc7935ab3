#include "core/spreadsheet_text.h"

namespace pearlzone::core {

bool startsLikeFormula(std::string_view text)
{
    if (text.empty())
        return false;
    const char first = text.front();
    return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
}

std::string neutralisedCellText(const std::string& text)
{
    return startsLikeFormula(text) ? "'" + text : text;
}

}  // namespace pearlzone::core
