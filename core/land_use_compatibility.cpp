#include "core/land_use_compatibility.h"

#include "core/data_table.h"
#include "gis/error.h"

#include <algorithm>

namespace pearlzone::core {

namespace {

// The better of two standings: compatible before conditional before incompatible.
bool better(Compatibility a, Compatibility b) { return static_cast<int>(a) < static_cast<int>(b); }

}  // namespace

const char* toString(Compatibility compatibility)
{
    switch (compatibility) {
    case Compatibility::Compatible: return "compatible";
    case Compatibility::Conditional: return "conditional";
    case Compatibility::Incompatible: return "incompatible";
    }
    return "incompatible";
}

CompatibilityTable CompatibilityTable::load(const std::string& source, const IndustryCatalogue& industries,
                                            const LandUseCatalogue& landUses)
{
    const DataTable table = DataTable::load(source, {"industry_code", "land_use_code", "status", "note_zh", "note_en", "source"});
    CompatibilityTable result;
    result.industries_ = &industries;
    result.landUses_ = &landUses;
    for (std::size_t row = 0; row < table.rowCount(); ++row) {
        const std::string where = source + " line " + std::to_string(table.lineOf(row));
        CompatibilityRule rule;
        rule.industryCode = table.value(row, "industry_code");
        rule.landUseCode = table.value(row, "land_use_code");
        rule.noteZh = table.value(row, "note_zh");
        rule.noteEn = table.value(row, "note_en");
        rule.source = table.value(row, "source");
        const std::string& status = table.value(row, "status");
        if (status == "compatible")
            rule.compatibility = Compatibility::Compatible;
        else if (status == "conditional")
            rule.compatibility = Compatibility::Conditional;
        else if (status == "incompatible")
            rule.compatibility = Compatibility::Incompatible;
        else
            throw gis::Error(where + ": the status '" + status + "' is not compatible, conditional or incompatible");
        if (rule.industryCode != kEveryIndustry && !industries.find(rule.industryCode))
            throw gis::Error(where + ": the industry '" + rule.industryCode + "' is not in the catalogue");
        if (!landUses.find(rule.landUseCode))
            throw gis::Error(where + ": the land use '" + rule.landUseCode + "' is not a known class");
        if (rule.compatibility != Compatibility::Compatible && (rule.noteZh.empty() || rule.noteEn.empty()))
            throw gis::Error(where + ": a " + status + " row needs its condition or reason in note_zh and note_en");
        if (rule.source.empty())
            throw gis::Error(where + ": every row needs its source or reasoning");
        if (!result.byKey_.emplace(std::make_pair(rule.industryCode, rule.landUseCode), result.rules_.size()).second)
            throw gis::Error(where + ": '" + rule.industryCode + "' on '" + rule.landUseCode + "' appears twice");
        result.rules_.push_back(std::move(rule));
    }
    return result;
}

const CompatibilityRule* CompatibilityTable::find(const std::string& industryCode, const std::string& landUseCode) const
{
    std::vector<std::string> industryChain;
    if (industryCode != kEveryIndustry)
        industryChain = industries_->lineage(industryCode);
    industryChain.emplace_back(kEveryIndustry);
    for (const auto& landUse : landUses_->lineage(landUseCode)) {
        for (const auto& industry : industryChain) {
            if (const auto it = byKey_.find({industry, landUse}); it != byKey_.end())
                return &rules_[it->second];
        }
    }
    return nullptr;
}

LandUseAssessment CompatibilityTable::assess(const std::vector<LandUseMatch>& parts,
                                             const std::vector<std::vector<std::string>>& industryCodes) const
{
    LandUseAssessment assessment;
    for (const auto& part : parts) {
        if (part.code.empty())
            assessment.unrecognised.push_back(part);
        else if (std::find(assessment.codes.begin(), assessment.codes.end(), part.code) == assessment.codes.end())
            assessment.codes.push_back(part.code);
    }
    if (parts.empty()) {
        assessment.status = LandUseStatus::Missing;
        return assessment;
    }
    if (!assessment.unrecognised.empty()) {
        assessment.status = LandUseStatus::Unknown;
        return assessment;
    }
    // Each industry stands as well as its best code does on the best part of a mixed use.
    std::vector<std::vector<std::string>> judged;
    for (const auto& codes : industryCodes) {
        if (!codes.empty())
            judged.push_back(codes);
    }
    if (judged.empty())
        judged.push_back({kEveryIndustry});
    Compatibility worst = Compatibility::Compatible;
    for (const auto& codes : judged) {
        IndustryOnLandUse best;
        best.compatibility = Compatibility::Incompatible;
        bool first = true;
        for (const auto& industry : codes) {
            for (const auto& landUse : assessment.codes) {
                const CompatibilityRule* rule = find(industry, landUse);
                const Compatibility standing = rule ? rule->compatibility : Compatibility::Conditional;
                if (first || better(standing, best.compatibility)) {
                    best = {industry, landUse, rule, standing};
                    first = false;
                }
            }
        }
        if (better(worst, best.compatibility))
            worst = best.compatibility;
        assessment.industries.push_back(best);
    }
    assessment.status = worst == Compatibility::Compatible    ? LandUseStatus::Compatible
                        : worst == Compatibility::Conditional ? LandUseStatus::Conditional
                                                              : LandUseStatus::Incompatible;
    return assessment;
}

}  // namespace pearlzone::core
