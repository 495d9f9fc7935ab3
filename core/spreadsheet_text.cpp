#include "core/spreadsheet_text.h"

namespace pearlzone::core {

std::string neutralisedCellText(const std::string& text)
{
    return startsLikeFormula(text) ? "'" + text : text;
}

}  // namespace pearlzone::core
