#pragma once
// The guideline's 2022 and 2025 targets for the whole pilot zone.

#include <string>
#include <vector>

namespace pearlzone::core {

struct Target {
    std::string id;
    std::string nameZh;
    std::string nameEn;
    std::string qualifierZh;  // e.g. 超过 ("more than"); may be empty
    std::string qualifierEn;
    std::string target2022;   // a number, or words where the guideline gives no number
    std::string target2025;
    std::string unitZh;
    std::string unitEn;
    std::string provenanceZh;
};

std::vector<Target> loadTargets(const std::string& source);

}  // namespace pearlzone::core
