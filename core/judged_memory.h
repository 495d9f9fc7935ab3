#pragma once
// Internal to ParcelChecker (core/parcel_judgement.cpp): what judge() decides by industry,
// land use, place and location, remembered for the parcels after. With no constraint line
// hit, a parcel's statuses, verdict, suggested zones and the reason past where it lies
// (reasonRest; for a parcel wholly inside, the whole reason) follow from those alone, and
// parcel files repeat a few texts: a run of a million parcels judges a few thousand keys.

#include "core/check_result.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace pearlzone::core {

struct JudgedKey {
    std::uint64_t industry;  // the checker's numbers for the texts (never reused in a run)
    std::uint64_t landUse;   // 0: no land-use field
    std::uint32_t zone;      // indexes into the prepared zones; 0xffffffff: none
    std::uint32_t subarea;
    std::uint32_t location;  // Location, and 8 for a parcel wholly inside
    bool operator==(const JudgedKey& o) const
    {
        return industry == o.industry && landUse == o.landUse && zone == o.zone && subarea == o.subarea &&
               location == o.location;
    }
};

// A judgement as judge() computes it.
struct JudgedTexts {
    IndustryStatus industryStatus = IndustryStatus::NotApplicable;
    LandUseStatus landUseStatus = LandUseStatus::NotApplicable;
    Verdict verdict = Verdict::Error;
    std::string landUse;
    std::string landUseCodes;
    std::string suggestedZones;
    std::string reason;
};

// A judgement remembered: its texts live in the memory until the next find().
struct Judged {
    IndustryStatus industryStatus;
    LandUseStatus landUseStatus;
    Verdict verdict;
    std::string_view landUse;
    std::string_view landUseCodes;
    std::string_view suggestedZones;
    std::string_view reason;
};

// Open addressing over 8-byte slots (a check hash and where the entry starts), and each entry
// — its key, statuses and texts — in one piece of one arena: a lookup reads a slot from a
// table small enough for the core's cache, then one run of bytes the prefetcher follows
// (rather than a node, a value and each string's own block: a cache miss apiece, measured at
// a tenth of the whole check). Starts over when full, like the checker's text caches.
class JudgedMemory {
public:
    template <typename Compute>
    Judged find(const JudgedKey& key, Compute compute)
    {
        const std::uint64_t h = hash(key);
        const std::uint32_t at = lookup(key, h);
        return entry(at != kEmpty ? at : store(key, h, compute()));
    }

private:
    static constexpr std::uint32_t kEmpty = 0xffffffffu;
    struct Slot {
        std::uint32_t check = 0;       // the key's hash, high half
        std::uint32_t entry = kEmpty;  // where the entry starts in arena_, in words
    };
    static std::uint64_t hash(const JudgedKey& key);
    std::uint32_t lookup(const JudgedKey& key, std::uint64_t h) const;  // the entry, or kEmpty
    std::uint32_t store(const JudgedKey& key, std::uint64_t h, const JudgedTexts& texts);
    Slot& slotFor(const JudgedKey& key, std::uint64_t h);
    Judged entry(std::uint32_t at) const;

    std::vector<Slot> slots_;  // a power of two, at most half full
    std::vector<std::uint64_t> arena_;  // words, so that every entry's header is aligned
    std::size_t entries_ = 0;
};

}  // namespace pearlzone::core
