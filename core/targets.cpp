#include "core/targets.h"

#include "core/data_table.h"

namespace pearlzone::core {

std::vector<Target> loadTargets(const std::string& source)
{
    const DataTable table = DataTable::load(source, {"indicator_id", "name_zh", "name_en", "target_2022", "target_2025"});
    std::vector<Target> targets;
    for (std::size_t row = 0; row < table.rowCount(); ++row) {
        targets.push_back({table.value(row, "indicator_id"), table.value(row, "name_zh"), table.value(row, "name_en"),
                           table.value(row, "qualifier_zh"), table.value(row, "qualifier_en"),
                           table.value(row, "target_2022"), table.value(row, "target_2025"), table.value(row, "unit_zh"),
                           table.value(row, "unit_en"), table.value(row, "provenance_zh")});
    }
    return targets;
}

}  // namespace pearlzone::core
