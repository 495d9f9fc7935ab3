#pragma once
// ParcelResults: the check's per-parcel results held compactly for the app — a million parcels
// in tens of megabytes rather than a gigabyte. Texts that repeat (industry, zone, reason, ...)
// are stored once each and referred to by number; parcel ids lie in one character array;
// numbers and codes in one fixed-size row per parcel; constraint hits (rare) aside.
// core::ParcelResult is the value form, made on demand.

#include "core/check_result.h"

#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace pearlzone::app {

// Each distinct text once; 0 is always "".
class TextPool {
public:
    TextPool();
    std::uint32_t intern(const std::string& text);
    // No more texts: the lookup table goes (intern() still works, more slowly, re-making it).
    void seal();
    const std::string& text(std::uint32_t id) const { return texts_[id]; }
    std::size_t size() const { return texts_.size(); }

private:
    std::deque<std::string> texts_;  // a deque: the map's views stay valid as it grows
    std::unordered_map<std::string_view, std::uint32_t> ids_;
};

class ParcelResults {
public:
    // The texts of a result, one pool each (so that a column's distinct values are its pool).
    enum Text { Industry, IndustryCodes, Zone, Subarea, Reason, SuggestedZones, GeometryNote, LandUse, LandUseCodes, TextCount };

    void append(const core::ParcelResult& result);
    void shrinkToFit();  // and seals the pools
    std::size_t size() const { return rows_.size(); }

    core::ParcelResult at(std::size_t parcel) const;  // the whole result, as the check gave it
    std::string_view parcelId(std::size_t parcel) const;
    std::uint32_t textId(std::size_t parcel, Text field) const { return rows_[parcel].texts[field]; }
    const TextPool& pool(Text field) const { return pools_[field]; }
    const std::string& text(std::size_t parcel, Text field) const { return pools_[field].text(rows_[parcel].texts[field]); }
    double insideRatio(std::size_t parcel) const { return rows_[parcel].insideRatio; }
    core::Location location(std::size_t parcel) const { return static_cast<core::Location>(rows_[parcel].location); }
    core::IndustryStatus industryStatus(std::size_t parcel) const { return static_cast<core::IndustryStatus>(rows_[parcel].industryStatus); }
    core::Verdict verdict(std::size_t parcel) const { return static_cast<core::Verdict>(rows_[parcel].verdict); }
    core::LandUseStatus landUseStatus(std::size_t parcel) const { return static_cast<core::LandUseStatus>(rows_[parcel].landUseStatus); }
    bool constraintsChecked(std::size_t parcel) const { return rows_[parcel].constraintsChecked; }
    // The parcel's constraint hits; empty for most.
    const std::vector<core::ConstraintHit>& constraintHits(std::size_t parcel) const;

private:
    struct Row {
        std::uint32_t texts[TextCount];
        double insideRatio;
        double areaM2;
        double insideM2;
        std::uint8_t location;
        std::uint8_t industryStatus;
        std::uint8_t verdict;
        std::uint8_t landUseStatus;
        bool constraintsChecked;
    };
    struct Conflicts {
        std::vector<core::ConstraintHit> hits;
        double m2 = 0.0;
    };

    std::deque<Row> rows_;  // a deque: growing never holds the rows twice
    std::vector<char> idChars_;
    std::deque<std::uint64_t> idEnd_;  // per parcel: one past its id's last character
    TextPool pools_[TextCount];
    std::unordered_map<std::uint32_t, Conflicts> conflicts_;
};

}  // namespace pearlzone::app
