#include "app/parcel_results.h"

#include <algorithm>
#include <array>

namespace pearlzone::app {

namespace {

// A result's pooled text fields in ParcelResults::Text order, for storing and restoring alike.
template <typename Result>
auto textFieldsOf(Result& r)
{
    return std::array{&r.industry,       &r.industryCodes, &r.zoneId,  &r.subareaId,   &r.reason,
                      &r.suggestedZones, &r.geometryNote,  &r.landUse, &r.landUseCodes, &r.nearestZoneId};
}

}  // namespace

TextPool::TextPool()
{
    texts_.emplace_back();
}

TextPool::TextPool(const TextPool& other)
    : blocks_(other.blocks_), blockSize_(other.blockSize_), blockUsed_(other.blockSize_), texts_(other.texts_)
{
}

TextPool& TextPool::operator=(const TextPool& other)
{
    if (this != &other)
        *this = TextPool(other);
    return *this;
}

void TextPool::seal()
{
    ids_ = {};
}

std::string_view TextPool::keep(std::string_view text)
{
    if (text.empty())
        return {};
    constexpr std::size_t kLargestBlock = std::size_t(1) << 20;
    if (blocks_.empty() || blockSize_ - blockUsed_ < text.size()) {
        blockSize_ = std::max(std::min(blockSize_ == 0 ? std::size_t(4096) : blockSize_ * 2, kLargestBlock), text.size());
        blocks_.push_back(std::shared_ptr<char[]>(new char[blockSize_]));
        blockUsed_ = 0;
    }
    char* at = blocks_.back().get() + blockUsed_;
    std::copy(text.begin(), text.end(), at);
    blockUsed_ += text.size();
    return {at, text.size()};
}

std::uint32_t TextPool::intern(std::string_view text)
{
    if (ids_.empty()) {
        for (std::uint32_t id = 0; id < texts_.size(); ++id)
            ids_.emplace(texts_[id], id);
    }
    const auto found = ids_.find(text);
    if (found != ids_.end())
        return found->second;
    const auto id = static_cast<std::uint32_t>(texts_.size());
    texts_.push_back(keep(text));
    ids_.emplace(texts_.back(), id);
    return id;
}

std::size_t ParcelResults::ProfileHash::operator()(const Profile& profile) const
{
    std::uint64_t hash = 1469598103934665603ull;  // FNV-1a over the words
    for (const std::uint32_t word : profile)
        hash = (hash ^ word) * 1099511628211ull;
    return static_cast<std::size_t>(hash);
}

void ParcelResults::append(const core::ParcelResult& r)
{
    const auto texts = textFieldsOf(r);
    static_assert(std::tuple_size_v<decltype(texts)> == TextCount);
    Profile profile{};
    for (int field = 0; field < TextCount; ++field) {
        if (field != Reason)
            profile[field] = pools_[field].intern(*texts[field]);
    }
    profile[kLocation] = static_cast<std::uint32_t>(r.location);
    profile[kIndustryStatus] = static_cast<std::uint32_t>(r.industryStatus);
    profile[kVerdict] = static_cast<std::uint32_t>(r.verdict);
    profile[kLandUseStatus] = static_cast<std::uint32_t>(r.landUseStatus);
    profile[kConstraintsChecked] = r.constraintsChecked ? 1 : 0;
    if (profileIds_.empty()) {  // sealed (or new): the lookup made again
        for (std::uint32_t id = 0; id < profiles_.size(); ++id)
            profileIds_.emplace(profiles_[id], id);
    }
    const auto [found, added] = profileIds_.emplace(profile, static_cast<std::uint32_t>(profiles_.size()));
    if (added)
        profiles_.push_back(profile);
    Row row{};
    row.profile = found->second;
    row.reason = pools_[Reason].intern(r.reason);
    row.insideRatio = r.insideRatio;
    row.areaM2 = r.areaM2;
    row.insideM2 = r.insideM2;
    if (!r.constraintHits.empty() || r.constraintM2 != 0.0)
        conflicts_[static_cast<std::uint32_t>(rows_.size())] = {r.constraintHits, r.constraintM2};
    rows_.push_back(row);
    idChars_.insert(idChars_.end(), r.parcelId.begin(), r.parcelId.end());
    idEnd_.push_back(idChars_.size());
}

void ParcelResults::shrinkToFit()
{
    idChars_.shrink_to_fit();
    profiles_.shrink_to_fit();
    profileIds_ = {};
    for (TextPool& pool : pools_)
        pool.seal();
}

std::string_view ParcelResults::parcelId(std::size_t parcel) const
{
    const std::uint64_t begin = parcel == 0 ? 0 : idEnd_[parcel - 1];
    return {idChars_.data() + begin, static_cast<std::size_t>(idEnd_[parcel] - begin)};
}

const std::vector<core::ConstraintHit>& ParcelResults::constraintHits(std::size_t parcel) const
{
    static const std::vector<core::ConstraintHit> none;
    const auto found = conflicts_.find(static_cast<std::uint32_t>(parcel));
    return found == conflicts_.end() ? none : found->second.hits;
}

core::ParcelResult ParcelResults::at(std::size_t parcel) const
{
    const Row& row = rows_[parcel];
    core::ParcelResult r;
    r.parcelId = std::string(parcelId(parcel));
    const auto texts = textFieldsOf(r);
    for (int field = 0; field < TextCount; ++field)
        *texts[field] = text(parcel, static_cast<Text>(field));
    r.insideRatio = row.insideRatio;
    r.areaM2 = row.areaM2;
    r.insideM2 = row.insideM2;
    r.location = location(parcel);
    r.industryStatus = industryStatus(parcel);
    r.verdict = verdict(parcel);
    r.landUseStatus = landUseStatus(parcel);
    r.constraintsChecked = constraintsChecked(parcel);
    const auto found = conflicts_.find(static_cast<std::uint32_t>(parcel));
    if (found != conflicts_.end()) {
        r.constraintHits = found->second.hits;
        r.constraintM2 = found->second.m2;
    }
    return r;
}

}  // namespace pearlzone::app
