#include "core/check_reason.h"

#include "core/fixed_text.h"

#include <algorithm>
#include <optional>

namespace pearlzone::core {

namespace {

std::string join(const std::vector<std::string>& items, const char* separator)
{
    std::string out;
    for (const auto& item : items)
        out += (out.empty() ? "" : separator) + item;
    return out;
}

std::string fixedText(double value, int decimals)
{
    FixedTextBuffer buffer;
    return std::string(core::fixedText(value, decimals, buffer));
}

std::string percent(double ratio) { return fixedText(ratio * 100.0, 1) + "%"; }

std::string squareMetres(double area) { return fixedText(area, 2); }

std::string landUseChinese(const ReasonFacts& f)
{
    const std::string intro = "用地性质为" + f.landUse + "，";
    switch (f.landUseStatus) {
    case LandUseStatus::Compatible:
        return intro + "允许" + join(f.landUseAdmits, "、");
    case LandUseStatus::Conditional:
        return intro + (f.landUseAdmits.empty() ? "" : "允许" + join(f.landUseAdmits, "、") + "，") +
               join(f.landUseConditions, "、") + "有条件允许";
    case LandUseStatus::Incompatible:
        return intro + "不允许" + join(f.landUseRefuses, "、");
    case LandUseStatus::Unknown:
        return "用地性质“" + join(f.landUseUnknown, "”“") + "”无法识别" +
               (f.landUseDidYouMean.empty() ? "" : "（是否想输入：" + join(f.landUseDidYouMean, "、") + "？）");
    case LandUseStatus::Missing:
        return "未填写用地性质";
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
    const std::string intro = "the planned land use " + f.landUse;
    switch (f.landUseStatus) {
    case LandUseStatus::Compatible:
        return intro + " admits " + join(f.landUseAdmits, ", ");
    case LandUseStatus::Conditional:
        return intro + (f.landUseAdmits.empty() ? "" : " admits " + join(f.landUseAdmits, ", ") + ", and") +
               " admits " + join(f.landUseConditions, ", ") + " only on condition";
    case LandUseStatus::Incompatible:
        return intro + " does not admit " + join(f.landUseRefuses, ", ");
    case LandUseStatus::Unknown:
        return "the land use \"" + join(f.landUseUnknown, "\", \"") + "\" is not a known class" +
               (f.landUseDidYouMean.empty() ? "" : " (did you mean " + join(f.landUseDidYouMean, ", ") + "?)");
    case LandUseStatus::Missing:
        return "no land use is given";
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

// Figures appended where they go, not through a string of their own: the location half is
// built for every parcel on the fast path (issue 16).
void appendFixed(std::string& out, double value, int decimals)
{
    FixedTextBuffer buffer;
    out += core::fixedText(value, decimals, buffer);
}

void appendPercent(std::string& out, double ratio)
{
    appendFixed(out, ratio * 100.0, 1);
    out += '%';
}

void appendKilometres(std::string& out, double metres) { appendFixed(out, metres / 1000.0, metres < 1000 ? 2 : 1); }

void appendChineseLocation(const ReasonFacts& f, std::string& s)
{
    switch (f.location) {
    case Location::Error:
        s += "无法检查该地块：";
        s += f.geometryProblem;
        s += "。";
        return;
    case Location::Inside:
        if (f.insideRatio >= 1.0) {
            s += "地块完全位于";
        } else {
            s += "地块";
            appendPercent(s, f.insideRatio);
            s += "位于";
        }
        s += f.placeName;
        return;
    case Location::Partial:
        s += "地块仅";
        appendPercent(s, f.insideRatio);
        s += "位于";
        s += f.placeName;
        s += "，低于";
        appendPercent(s, f.minInside);
        s += "的要求";
        return;
    case Location::Outside:
        s += "地块不在试验区任何片区内";
        if (f.nearestDistanceM >= 0) {
            s += "（距最近的";
            s += f.nearestPlaceName;
            s += "约";
            appendKilometres(s, f.nearestDistanceM);
            s += "公里）";
        }
        return;
    }
}

// The industry half without its connective: "X为该片区指定产业（导则：…）", "未填写产业".
std::string chineseIndustry(const ReasonFacts& f, bool quotes)
{
    const std::string quoted = !quotes || f.provenance.empty() ? "" : "（导则：“" + join(f.provenance, "”；“") + "”）";
    const std::string others = f.elsewhere.empty() ? "试验区内没有片区指定" : "指定片区为" + join(f.elsewhere, "、");
    switch (f.status) {
    case IndustryStatus::Designated:
        return join(f.designated, "、") + "为该片区指定产业" + quoted;
    case IndustryStatus::PartlyDesignated:
        return join(f.designated, "、") + "为该片区指定产业" + quoted + "，但" + join(f.notDesignated, "、") + "不是，其" + others;
    case IndustryStatus::NotDesignated:
        return join(f.notDesignated, "、") + "不是该片区的指定产业，其" + others;
    case IndustryStatus::Unknown:
        return "“" + join(f.unknown, "”“") + "”不在产业目录中" +
               (f.didYouMean.empty() ? "" : "（是否想输入：" + join(f.didYouMean, "、") + "？）");
    case IndustryStatus::Missing:
        return "未填写产业";
    case IndustryStatus::NotApplicable:
        return f.notDesignated.empty() ? "" : join(f.notDesignated, "、") + "的" + others;
    }
    return {};
}

std::string chineseRest(const ReasonFacts& f)
{
    if (f.location == Location::Error)
        return {};
    const std::string industry = chineseIndustry(f, true);
    std::string connective = "，";
    if (f.status == IndustryStatus::NotDesignated || f.status == IndustryStatus::Unknown || f.status == IndustryStatus::Missing)
        connective = "，但";
    else if (f.status == IndustryStatus::NotApplicable)
        connective = "；";
    const std::string landUse = landUseChinese(f);
    return (industry.empty() ? "" : connective + industry) + (landUse.empty() ? "" : "；" + landUse) + constraintsChinese(f) + "。";
}

void appendEnglishLocation(const ReasonFacts& f, std::string& s)
{
    switch (f.location) {
    case Location::Error:
        s += "The parcel cannot be checked: ";
        s += f.geometryProblem;
        s += ".";
        return;
    case Location::Inside:
        if (f.insideRatio >= 1.0) {
            s += "The parcel lies wholly in ";
        } else {
            appendPercent(s, f.insideRatio);
            s += " of the parcel lies in ";
        }
        s += f.placeName;
        return;
    case Location::Partial:
        s += "Only ";
        appendPercent(s, f.insideRatio);
        s += " of the parcel lies in ";
        s += f.placeName;
        s += ", below the ";
        appendPercent(s, f.minInside);
        s += " required";
        return;
    case Location::Outside:
        s += "The parcel lies outside every zone of the pilot zone";
        if (f.nearestDistanceM >= 0) {
            s += " (the nearest, ";
            s += f.nearestPlaceName;
            s += ", is about ";
            appendKilometres(s, f.nearestDistanceM);
            s += " km away)";
        }
        return;
    }
}

std::string are(const std::vector<std::string>& names) { return names.size() > 1 ? " are" : " is"; }

// The industry half without its connective: "X is designated there (guideline: …)".
std::string englishIndustry(const ReasonFacts& f, bool quotes)
{
    const std::string quoted = !quotes || f.provenance.empty() ? "" : " (guideline: \"" + join(f.provenance, "\"; \"") + "\")";
    const std::string others =
        f.elsewhere.empty() ? "no zone of the pilot zone designates it" : "it is designated in " + join(f.elsewhere, ", ");
    switch (f.status) {
    case IndustryStatus::Designated:
        return join(f.designated, ", ") + are(f.designated) + " designated there" + quoted;
    case IndustryStatus::PartlyDesignated:
        return join(f.designated, ", ") + are(f.designated) + " designated there" + quoted + " but " + join(f.notDesignated, ", ") +
               are(f.notDesignated) + " not: " + others;
    case IndustryStatus::NotDesignated:
        return join(f.notDesignated, ", ") + are(f.notDesignated) + " not designated there: " + others;
    case IndustryStatus::Unknown:
        return "\"" + join(f.unknown, "\", \"") + "\" is not in the industry catalogue" +
               (f.didYouMean.empty() ? "" : " (did you mean " + join(f.didYouMean, ", ") + "?)");
    case IndustryStatus::Missing:
        return "no industry is given";
    case IndustryStatus::NotApplicable:
        return f.notDesignated.empty() ? "" : "for " + join(f.notDesignated, ", ") + ", " + others;
    }
    return {};
}

std::string englishRest(const ReasonFacts& f)
{
    if (f.location == Location::Error)
        return {};
    const std::string industry = englishIndustry(f, true);
    std::string connective = ", but ";
    if (f.status == IndustryStatus::Designated)
        connective = ", and ";
    else if (f.status == IndustryStatus::PartlyDesignated || f.status == IndustryStatus::NotApplicable)
        connective = "; ";
    const std::string landUse = landUseEnglish(f);
    return (industry.empty() ? "" : connective + industry) + (landUse.empty() ? "" : "; " + landUse) + constraintsEnglish(f) + ".";
}

// The table's halves (reasonInTable). A parcel of one known industry has its name in the
// industry column: the clause leaves it out. Land use: the column has the class and status,
// so only a condition, a refusal or an unrecognised class is said.
bool oneKnownIndustry(const ReasonFacts& f) { return f.unknown.empty() && f.designated.size() + f.notDesignated.size() == 1; }

std::string tableIndustryChinese(const ReasonFacts& f)
{
    if (!oneKnownIndustry(f))
        return chineseIndustry(f, false);
    if (f.status == IndustryStatus::Designated)
        return "属本片区指定产业";
    if (f.status == IndustryStatus::NotDesignated)
        return "非本片区指定产业，" + (f.elsewhere.empty() ? "试验区内没有片区指定" : "指定片区为" + join(f.elsewhere, "、"));
    return chineseIndustry(f, false);
}

std::string tableIndustryEnglish(const ReasonFacts& f)
{
    if (!oneKnownIndustry(f))
        return englishIndustry(f, false);
    if (f.status == IndustryStatus::Designated)
        return "designated here";
    if (f.status == IndustryStatus::NotDesignated)
        return "not designated here: " +
               (f.elsewhere.empty() ? "no zone of the pilot zone designates it" : "designated in " + join(f.elsewhere, ", "));
    return englishIndustry(f, false);
}

// The land use's clause in the table: a condition or refusal as a short fact (its note says
// which industries and why); an unrecognised class in full.
std::string tableLandUse(const ReasonFacts& f, bool zh)
{
    switch (f.landUseStatus) {
    case LandUseStatus::Conditional: return zh ? "用地有条件允许" : "the land use admits it only on condition";
    case LandUseStatus::Incompatible: return zh ? "用地不允许" : "the land use does not admit it";
    case LandUseStatus::Unknown: return zh ? landUseChinese(f) : landUseEnglish(f);
    case LandUseStatus::Compatible:
    case LandUseStatus::Missing:
    case LandUseStatus::NotApplicable: break;
    }
    return {};
}

std::string capitalised(std::string sentence)
{
    if (!sentence.empty() && sentence.front() >= 'a' && sentence.front() <= 'z')
        sentence.front() = static_cast<char>(sentence.front() - 'a' + 'A');
    return sentence;
}

// The note of a land-use condition or refusal, when rows can share it: a row of one known
// industry names it in its industry cell, so the note says the land use and why alone and the
// rows of many industries on one class share it ("用地性质为M1 一类工业用地，有条件允许：…。").
// A row of several industries has a clause of its own: it stays in the row, not in a note.
std::optional<std::string> sharedLandUseNote(const ReasonFacts& f, bool zh)
{
    const bool conditional = f.landUseStatus == LandUseStatus::Conditional;
    const std::vector<std::string>& items = conditional ? f.landUseConditions : f.landUseRefuses;
    if (!oneKnownIndustry(f) || !f.landUseAdmits.empty() || items.size() != 1)
        return std::nullopt;
    const std::string& name = f.designated.empty() ? f.notDesignated.front() : f.designated.front();
    const std::string open = zh ? name + "（" : name + " (";
    const std::string close = zh ? "）" : ")";
    const std::string& item = items.front();
    if (item.size() <= open.size() + close.size() || item.compare(0, open.size(), open) != 0 ||
        item.compare(item.size() - close.size(), close.size(), close) != 0)
        return std::nullopt;
    const std::string why = item.substr(open.size(), item.size() - open.size() - close.size());
    if (zh)
        return "用地性质为" + f.landUse + "，" + (conditional ? "有条件允许：" : "不允许：") + why + "。";
    return "The planned land use " + f.landUse + (conditional ? " admits it only on condition: " : " does not admit it: ") + why + ".";
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

void appendReasonLocation(const ReasonFacts& facts, Language language, std::string& out)
{
    if (language == Language::Chinese)
        appendChineseLocation(facts, out);
    else
        appendEnglishLocation(facts, out);
}

std::string reasonLocation(const ReasonFacts& facts, Language language)
{
    std::string out;
    appendReasonLocation(facts, language, out);
    return out;
}

std::string reasonRest(const ReasonFacts& facts, Language language)
{
    return language == Language::Chinese ? chineseRest(facts) : englishRest(facts);
}

TableReason reasonInTable(const ReasonFacts& facts, Language language)
{
    if (facts.location != Location::Inside && facts.location != Location::Partial)
        return {reasonSentence(facts, language), {}};
    const bool zh = language == Language::Chinese;
    std::vector<std::string> clauses;
    if (facts.location == Location::Partial)
        clauses.push_back(zh ? "低于要求的" + percent(facts.minInside) : "below the " + percent(facts.minInside) + " required");
    TableReason reason;
    std::string landUse = tableLandUse(facts, zh);
    if (facts.landUseStatus == LandUseStatus::Conditional || facts.landUseStatus == LandUseStatus::Incompatible) {
        if (auto note = sharedLandUseNote(facts, zh))
            reason.note = std::move(*note);
        else
            landUse = zh ? landUseChinese(facts) : landUseEnglish(facts);
    }
    for (const std::string& clause : {zh ? tableIndustryChinese(facts) : tableIndustryEnglish(facts), landUse}) {
        if (!clause.empty())
            clauses.push_back(clause);
    }
    const std::string sentence = join(clauses, zh ? "；" : "; ");
    if (!sentence.empty())
        reason.text = capitalised(sentence) + (zh ? "。" : ".");
    return reason;
}

std::string tableReasonText(const TableReason& reason, int noteNumber, Language language)
{
    if (reason.note.empty())
        return reason.text;
    const bool zh = language == Language::Chinese;
    const std::string stop = zh ? "。" : ".";
    // The land use's clause is the sentence's last: the mark goes before the full stop.
    const std::size_t at = reason.text.size() >= stop.size() ? reason.text.size() - stop.size() : reason.text.size();
    return reason.text.substr(0, at) + (zh ? "（注" + std::to_string(noteNumber) + "）" : " (note " + std::to_string(noteNumber) + ")") +
           reason.text.substr(at);
}

std::string tableNoteLine(const std::string& note, int noteNumber, Language language)
{
    return (language == Language::Chinese ? "注" + std::to_string(noteNumber) + "：" : "Note " + std::to_string(noteNumber) + ": ") + note;
}

std::string reasonSentence(const ReasonFacts& facts, Language language)
{
    return reasonLocation(facts, language) + reasonRest(facts, language);
}

}  // namespace pearlzone::core
