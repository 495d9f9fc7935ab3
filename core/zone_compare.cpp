#include "core/zone_compare.h"

#include "core/pilot_zone_data.h"

#include <cstdio>
#include <vector>

namespace pearlzone::core {

namespace {

std::string ratio(double value)
{
    char text[16];
    std::snprintf(text, sizeof text, "%.2f", value);
    return text;
}

// The name of a zone, or of a sub-area when subareaId is given, in one zone set.
std::string placeName(const PilotZoneData& data, const std::string& zoneId, const std::string& subareaId, Language language)
{
    const Zone* zone = data.zones.zone(zoneId);
    const ZoneRegion* region = zone && !subareaId.empty() ? zone->subarea(subareaId) : zone;
    if (!region)
        return subareaId.empty() ? zoneId : subareaId;
    return language == Language::English ? region->nameEn : region->nameZh;
}

const char* locationWord(Location location, Language language)
{
    const bool en = language == Language::English;
    switch (location) {
    case Location::Inside: return en ? "inside" : "片区内";
    case Location::Partial: return en ? "partly inside" : "部分在片区内";
    case Location::Outside: return en ? "outside" : "片区外";
    case Location::Error: return en ? "not checkable" : "无法检查";
    }
    return "";
}

const char* verdictWord(Verdict verdict, Language language)
{
    const bool en = language == Language::English;
    switch (verdict) {
    case Verdict::Pass: return en ? "pass" : "通过";
    case Verdict::Review: return en ? "review" : "待复核";
    case Verdict::Fail: return en ? "fail" : "不通过";
    case Verdict::Error: return en ? "error" : "错误";
    }
    return "";
}

}  // namespace

ChangeSet changesBetween(const ParcelResult& from, const ParcelResult& to)
{
    ChangeSet changes = 0;
    if (from.zoneId != to.zoneId)
        changes |= bitOf(ChangeKind::Zone);
    else if (from.subareaId != to.subareaId)
        changes |= bitOf(ChangeKind::Subarea);
    if (from.location != to.location)
        changes |= bitOf(ChangeKind::Location);
    if (from.verdict != to.verdict)
        changes |= bitOf(ChangeKind::Verdict);
    // A new sub-area alone is no change to report (a zone-level file moves every parcel out
    // of its sub-area); it is said only beside a change of location or verdict.
    return changes == bitOf(ChangeKind::Subarea) ? 0 : changes;
}

const char* toString(ChangeKind kind)
{
    switch (kind) {
    case ChangeKind::Zone: return "zone";
    case ChangeKind::Subarea: return "subarea";
    case ChangeKind::Location: return "location";
    case ChangeKind::Verdict: return "verdict";
    }
    return "";
}

std::string changeCodes(ChangeSet changes)
{
    std::string codes;
    for (ChangeKind kind : kChangeKinds) {
        if (changes & bitOf(kind))
            codes += (codes.empty() ? "" : ";") + std::string(toString(kind));
    }
    return codes;
}

std::string describeChange(const ParcelResult& from, const ParcelResult& to, const PilotZoneData& fromData,
                           const PilotZoneData& toData, Language language)
{
    const bool en = language == Language::English;
    const ChangeSet changes = changesBetween(from, to);
    std::vector<std::string> parts;
    if (changes & bitOf(ChangeKind::Zone)) {
        const std::string was = placeName(fromData, from.zoneId, {}, language);
        const std::string now = placeName(toData, to.zoneId, {}, language);
        if (to.zoneId.empty())
            parts.push_back(en ? "no longer in " + was : "已不在" + was + "内");
        else if (from.zoneId.empty())
            parts.push_back(en ? "now in " + now : "新划入" + now);
        else
            parts.push_back(en ? "moved from " + was + " to " + now : "由" + was + "改属" + now);
    }
    if (changes & bitOf(ChangeKind::Subarea)) {
        const Zone* newZone = toData.zones.zone(to.zoneId);
        if (to.subareaId.empty() && newZone && newZone->subareas.empty()) {
            parts.push_back(en ? "the new zone has no sub-areas" : "新边界未划分子片区");
        } else {
            const std::string none = en ? "none" : "无";
            const std::string was = from.subareaId.empty() ? none : placeName(fromData, from.zoneId, from.subareaId, language);
            const std::string now = to.subareaId.empty() ? none : placeName(toData, to.zoneId, to.subareaId, language);
            parts.push_back(en ? "sub-area " + was + " → " + now : "子片区由" + was + "变为" + now);
        }
    }
    if (changes & bitOf(ChangeKind::Location)) {
        const std::string ratios = ratio(from.insideRatio) + " → " + ratio(to.insideRatio);
        parts.push_back(en ? std::string("location ") + locationWord(from.location, language) + " → " +
                                 locationWord(to.location, language) + " (inside ratio " + ratios + ")"
                           : std::string("位置由“") + locationWord(from.location, language) + "”变为“" +
                                 locationWord(to.location, language) + "”（在内比例 " + ratios + "）");
    }
    if (changes & bitOf(ChangeKind::Verdict)) {
        parts.push_back(en ? std::string("verdict ") + verdictWord(from.verdict, language) + " → " +
                                 verdictWord(to.verdict, language)
                           : std::string("结论由“") + verdictWord(from.verdict, language) + "”变为“" +
                                 verdictWord(to.verdict, language) + "”");
    }
    if (parts.empty())
        return en ? "No change." : "没有变化。";
    std::string sentence = en ? "With the new boundaries: " : "按新边界，";
    for (std::size_t i = 0; i < parts.size(); ++i)
        sentence += (i == 0 ? "" : en ? "; " : "；") + parts[i];
    return sentence + (en ? "." : "。");
}

void CompareSummary::add(const ParcelResult& from, const ParcelResult& to)
{
    ++total;
    const ChangeSet changes = changesBetween(from, to);
    if (changes == 0)
        return;
    ++changed;
    for (ChangeKind kind : kChangeKinds) {
        if (changes & bitOf(kind))
            ++byKind[kind];
    }
    if (changes & bitOf(ChangeKind::Zone))
        ++byZoneMove[{from.zoneId, to.zoneId}];
    if (changes & bitOf(ChangeKind::Verdict))
        ++byVerdictMove[{from.verdict, to.verdict}];
}

ChangeCollector::ChangeCollector(const PilotZoneData& fromData, const PilotZoneData& toData, Language language,
                                 bool keepChanged)
    : fromData_(fromData), toData_(toData), language_(language), keepChanged_(keepChanged)
{
}

void ChangeCollector::write(const std::vector<CheckedParcel>& parcels)
{
    for (const auto& parcel : parcels) {
        const ParcelResult& to = parcel.compared.value();
        summary_.add(parcel.result, to);
        const ChangeSet changes = changesBetween(parcel.result, to);
        if (changes == 0)
            continue;
        ChangedParcel change{parcel.result, to, changes, describeChange(parcel.result, to, fromData_, toData_, language_),
                             parcel.wkb};
        changed(change);
        if (keepChanged_)
            changed_.push_back(std::move(change));
    }
}

}  // namespace pearlzone::core
