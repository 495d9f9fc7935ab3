#pragma once
// ParcelResults: the check's per-parcel results held compactly for the app — a million parcels
// in tens of megabytes rather than a gigabyte. Texts that repeat (industry, zone, reason, ...)
// are stored once each and referred to by number; parcel ids lie in one character array; a
// parcel's texts other than its reason and its codes (location, statuses, verdict) form a
// "profile" that few parcels do not share, stored once too, so a parcel's own row is 32 bytes:
// its profile, its reason and its three numbers; constraint hits (rare) aside.
// core::ParcelResult is the value form, made on demand.

#include "core/check_result.h"

#include <array>
#include <cstdint>
#include <deque>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace pearlzone::app {

// Each distinct text once; 0 is always "". The characters lie in blocks that never move (no
// string object or allocation per text, no copy as the pool grows). A copy of a pool shares
// the blocks (their written part never changes) and writes its own new texts elsewhere.
class TextPool {
public:
    TextPool();
    TextPool(const TextPool& other);
    TextPool& operator=(const TextPool& other);
    TextPool(TextPool&&) = default;
    TextPool& operator=(TextPool&&) = default;
    std::uint32_t intern(std::string_view text);
    // No more texts: the lookup table goes (intern() still works, more slowly, re-making it).
    void seal();
    std::string_view text(std::uint32_t id) const { return texts_[id]; }
    std::size_t size() const { return texts_.size(); }

private:
    std::string_view keep(std::string_view text);  // copied into the blocks

    std::vector<std::shared_ptr<char[]>> blocks_;
    std::size_t blockSize_ = 0;  // of the last block; each twice the one before, up to 1 MiB
    std::size_t blockUsed_ = 0;
    std::deque<std::string_view> texts_;
    std::unordered_map<std::string_view, std::uint32_t> ids_;
};

class ParcelResults {
public:
    // The texts of a result, one pool each (so that a column's distinct values are its pool).
    enum Text { Industry, IndustryCodes, Zone, Subarea, Reason, SuggestedZones, GeometryNote, LandUse, LandUseCodes, NearestZone, TextCount };

    void append(const core::ParcelResult& result);
    void shrinkToFit();  // and seals the pools and the profiles
    std::size_t size() const { return rows_.size(); }

    core::ParcelResult at(std::size_t parcel) const;  // the whole result, as the check gave it
    std::string_view parcelId(std::size_t parcel) const;
    std::uint32_t textId(std::size_t parcel, Text field) const
    {
        return field == Reason ? rows_[parcel].reason : profileOf(parcel)[field];
    }
    const TextPool& pool(Text field) const { return pools_[field]; }
    std::string_view text(std::size_t parcel, Text field) const { return pools_[field].text(textId(parcel, field)); }
    double insideRatio(std::size_t parcel) const { return rows_[parcel].insideRatio; }
    core::Location location(std::size_t parcel) const { return static_cast<core::Location>(code(parcel, kLocation)); }
    core::IndustryStatus industryStatus(std::size_t parcel) const { return static_cast<core::IndustryStatus>(code(parcel, kIndustryStatus)); }
    core::Verdict verdict(std::size_t parcel) const { return static_cast<core::Verdict>(code(parcel, kVerdict)); }
    core::LandUseStatus landUseStatus(std::size_t parcel) const { return static_cast<core::LandUseStatus>(code(parcel, kLandUseStatus)); }
    bool constraintsChecked(std::size_t parcel) const { return code(parcel, kConstraintsChecked) != 0; }
    std::size_t profileCount() const { return profiles_.size(); }
    // The parcel's constraint hits; empty for most.
    const std::vector<core::ConstraintHit>& constraintHits(std::size_t parcel) const;

private:
    // A profile: the pool ids of the texts (the Reason's slot unused, 0) and then the codes, one
    // word each, so that profiles compare and hash as plain arrays.
    enum Code { kLocation = TextCount, kIndustryStatus, kVerdict, kLandUseStatus, kConstraintsChecked, kProfileWords };
    using Profile = std::array<std::uint32_t, kProfileWords>;
    struct ProfileHash {
        std::size_t operator()(const Profile& profile) const;
    };
    struct Row {
        std::uint32_t profile;
        std::uint32_t reason;
        double insideRatio;
        double areaM2;
        double insideM2;
    };
    static_assert(sizeof(Row) == 32);
    const Profile& profileOf(std::size_t parcel) const { return profiles_[rows_[parcel].profile]; }
    std::uint32_t code(std::size_t parcel, Code which) const { return profileOf(parcel)[which]; }
    struct Conflicts {
        std::vector<core::ConstraintHit> hits;
        double m2 = 0.0;
    };

    std::deque<Row> rows_;  // a deque: growing never holds the rows twice
    std::vector<char> idChars_;
    std::deque<std::uint64_t> idEnd_;  // per parcel: one past its id's last character
    TextPool pools_[TextCount];
    std::vector<Profile> profiles_;
    std::unordered_map<Profile, std::uint32_t, ProfileHash> profileIds_;  // while building
    std::unordered_map<std::uint32_t, Conflicts> conflicts_;
};

}  // namespace pearlzone::app
