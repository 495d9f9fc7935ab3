#include "core/check_reason.h"

#include <algorithm>
#include <charconv>

namespace pearlzone::core {

namespace {

std::string join(const std::vector<std::string>& items, const char* separator)
{
    std::string out;
    for (const auto& item : items)
        out += (out.empty() ? "" : separator) + item;
    return out;
}

// Figures as printf's "%.Nf" writes them (std::to_chars is specified so, and is many times
// faster: every parcel on a boundary or outside has one in its reason).
std::string fixedText(double value, int decimals)
{
    char text[64];
    char* end = std::to_chars(text, text + sizeof text, value, std::chars_format::fixed, decimals).ptr;
    return std::string(text, end);
}

std::string percent(double ratio) { return fixedText(ratio * 100.0, 1) + "%"; }

std::string kilometres(double metres) { return fixedText(metres / 1000.0, metres < 1000 ? 2 : 1); }

std::string squareMetres(double area) { return fixedText(area, 2); }

std::string landUseChinese(const ReasonFacts& f)
{
    const std::string intro = "；用地性质为" + f.landUse + "，";
    switch (f.landUseStatus) {
    case LandUseStatus::Compatible:
        return intro + "允许" + join(f.landUseAdmits, "、");
    case LandUseStatus::Conditional:
        return intro + (f.landUseAdmits.empty() ? "" : "允许" + join(f.landUseAdmits, "、") + "，") +
               join(f.landUseConditions, "、") + "有条件允许";
    case LandUseStatus::Incompatible:
        return intro + "不允许" + join(f.landUseRefuses, "、");
    case LandUseStatus::Unknown:
        return "；用地性质“" + join(f.landUseUnknown, "”“") + "”无法识别" +
               (f.landUseDidYouMean.empty() ? "" : "（是否想输入：" + join(f.landUseDidYouMean, "、") + "？）");
    case LandUseStatus::Missing:
        return "；未填写用地性质";
    case LandUseStatus::NotApplicable:
        break;
    }
    return {};
}

std::string constraintsChinese(const ReasonFacts& f)
{
    const std::vector<std::string> items = constraintHitWords(f.constraints, Language::Chinese);
    return items.empty() ? "" : "；涉及管控线：" + join(items, "、");
}

std::string landUseEnglish(const ReasonFacts& f)
{
    const std::string intro = "; the planned land use " + f.landUse;
    switch (f.landUseStatus) {
    case LandUseStatus::Compatible:
        return intro + " admits " + join(f.landUseAdmits, ", ");
    case LandUseStatus::Conditional:
        return intro + (f.landUseAdmits.empty() ? "" : " admits " + join(f.landUseAdmits, ", ") + ", and") +
               " admits " + join(f.landUseConditions, ", ") + " only on condition";
    case LandUseStatus::Incompatible:
        return intro + " does not admit " + join(f.landUseRefuses, ", ");
    case LandUseStatus::Unknown:
        return "; the land use \"" + join(f.landUseUnknown, "\", \"") + "\" is not a known class" +
               (f.landUseDidYouMean.empty() ? "" : " (did you mean " + join(f.landUseDidYouMean, ", ") + "?)");
    case LandUseStatus::Missing:
        return "; no land use is given";
    case LandUseStatus::NotApplicable:
        break;
    }
    return {};
}

std::string constraintsEnglish(const ReasonFacts& f)
{
    const std::vector<std::string> items = constraintHitWords(f.constraints, Language::English);
    const bool areal = std::any_of(f.constraints.begin(), f.constraints.end(), [](const ConstraintHit& hit) { return hit.areaM2 > 0.0; });
    return items.empty() ? "" : (areal ? "; it overlaps the constraint lines " : "; it lies within the constraint lines ") +
                                    join(items, ", ");
}

std::string chineseLocation(const ReasonFacts& f)
{
    std::string s;
    switch (f.location) {
    case Location::Error:
        return "无法检查该地块：" + f.geometryProblem + "。";
    case Location::Inside:
        s = f.insideRatio >= 1.0 ? "地块完全位于" + f.placeName : "地块" + percent(f.insideRatio) + "位于" + f.placeName;
        break;
    case Location::Partial:
        s = "地块仅" + percent(f.insideRatio) + "位于" + f.placeName + "，低于" + percent(f.minInside) + "的要求";
        break;
    case Location::Outside:
        s = "地块不在试验区任何片区内";
        if (f.nearestDistanceM >= 0)
            s += "（距最近的" + f.nearestPlaceName + "约" + kilometres(f.nearestDistanceM) + "公里）";
        break;
    }
    return s;
}

std::string chineseRest(const ReasonFacts& f)
{
    if (f.location == Location::Error)
        return {};
    std::string s;
    const std::string quotes = f.provenance.empty() ? "" : "（导则：“" + join(f.provenance, "”；“") + "”）";
    const std::string others = f.elsewhere.empty() ? "试验区内没有片区指定" : "指定片区为" + join(f.elsewhere, "、");
    switch (f.status) {
    case IndustryStatus::Designated:
        s += "，" + join(f.designated, "、") + "为该片区指定产业" + quotes;
        break;
    case IndustryStatus::PartlyDesignated:
        s += "，" + join(f.designated, "、") + "为该片区指定产业" + quotes + "，但" + join(f.notDesignated, "、") + "不是，其" + others;
        break;
    case IndustryStatus::NotDesignated:
        s += "，但" + join(f.notDesignated, "、") + "不是该片区的指定产业，其" + others;
        break;
    case IndustryStatus::Unknown:
        s += "，但“" + join(f.unknown, "”“") + "”不在产业目录中";
        if (!f.didYouMean.empty())
            s += "（是否想输入：" + join(f.didYouMean, "、") + "？）";
        break;
    case IndustryStatus::Missing:
        s += "，但未填写产业";
        break;
    case IndustryStatus::NotApplicable:
        if (!f.notDesignated.empty())
            s += "；" + join(f.notDesignated, "、") + "的" + others;
        break;
    }
    return s + landUseChinese(f) + constraintsChinese(f) + "。";
}

std::string englishLocation(const ReasonFacts& f)
{
    std::string s;
    switch (f.location) {
    case Location::Error:
        return "The parcel cannot be checked: " + f.geometryProblem + ".";
    case Location::Inside:
        s = f.insideRatio >= 1.0 ? "The parcel lies wholly in " + f.placeName
                                 : percent(f.insideRatio) + " of the parcel lies in " + f.placeName;
        break;
    case Location::Partial:
        s = "Only " + percent(f.insideRatio) + " of the parcel lies in " + f.placeName + ", below the " +
            percent(f.minInside) + " required";
        break;
    case Location::Outside:
        s = "The parcel lies outside every zone of the pilot zone";
        if (f.nearestDistanceM >= 0)
            s += " (the nearest, " + f.nearestPlaceName + ", is about " + kilometres(f.nearestDistanceM) + " km away)";
        break;
    }
    return s;
}

std::string englishRest(const ReasonFacts& f)
{
    if (f.location == Location::Error)
        return {};
    std::string s;
    const std::string quotes = f.provenance.empty() ? "" : " (guideline: \"" + join(f.provenance, "\"; \"") + "\")";
    const std::string others =
        f.elsewhere.empty() ? "no zone of the pilot zone designates it" : "it is designated in " + join(f.elsewhere, ", ");
    switch (f.status) {
    case IndustryStatus::Designated:
        s += ", and " + join(f.designated, ", ") + (f.designated.size() > 1 ? " are" : " is") + " designated there" + quotes;
        break;
    case IndustryStatus::PartlyDesignated:
        s += "; " + join(f.designated, ", ") + (f.designated.size() > 1 ? " are" : " is") + " designated there" + quotes +
             " but " + join(f.notDesignated, ", ") + (f.notDesignated.size() > 1 ? " are" : " is") + " not: " + others;
        break;
    case IndustryStatus::NotDesignated:
        s += ", but " + join(f.notDesignated, ", ") + (f.notDesignated.size() > 1 ? " are" : " is") +
             " not designated there: " + others;
        break;
    case IndustryStatus::Unknown:
        s += ", but \"" + join(f.unknown, "\", \"") + "\" is not in the industry catalogue";
        if (!f.didYouMean.empty())
            s += " (did you mean " + join(f.didYouMean, ", ") + "?)";
        break;
    case IndustryStatus::Missing:
        s += ", but no industry is given";
        break;
    case IndustryStatus::NotApplicable:
        if (!f.notDesignated.empty())
            s += "; for " + join(f.notDesignated, ", ") + ", " + others;
        break;
    }
    return s + landUseEnglish(f) + constraintsEnglish(f) + ".";
}

}  // namespace

std::vector<std::string> constraintHitWords(const std::vector<ConstraintHit>& hits, Language language)
{
    std::vector<std::string> items;
    for (const auto& hit : hits) {
        if (language == Language::Chinese) {
            const std::string rule = hit.rule == ConstraintRule::Prohibited ? "禁止建设" : "限制建设";
            items.push_back(hit.name + "（" + (hit.kind.empty() ? "" : hit.kind + "，") + rule + "）" +
                            (hit.areaM2 > 0.0 ? "重叠" + squareMetres(hit.areaM2) + "平方米" : ""));
        } else {
            items.push_back(hit.name + " (" + (hit.kind.empty() ? "" : hit.kind + ", ") + toString(hit.rule) + ")" +
                            (hit.areaM2 > 0.0 ? " by " + squareMetres(hit.areaM2) + " m²" : ""));
        }
    }
    return items;
}

std::string reasonLocation(const ReasonFacts& facts, Language language)
{
    return language == Language::Chinese ? chineseLocation(facts) : englishLocation(facts);
}

std::string reasonRest(const ReasonFacts& facts, Language language)
{
    return language == Language::Chinese ? chineseRest(facts) : englishRest(facts);
}

std::string reasonSentence(const ReasonFacts& facts, Language language)
{
    return reasonLocation(facts, language) + reasonRest(facts, language);
}

}  // namespace pearlzone::core
