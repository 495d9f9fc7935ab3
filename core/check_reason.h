#pragma once
// The one-sentence reason behind a verdict, in Chinese or English, built from the facts the
// check established.

#include "core/check_result.h"

#include <string>
#include <vector>

namespace pearlzone::core {

struct ReasonFacts {
    Location location = Location::Error;
    double insideRatio = 0.0;
    double minInside = 0.99;
    std::string placeName;         // "zone" or "zone·subarea", in the report language
    std::string nearestPlaceName;  // for parcels outside every zone
    double nearestDistanceM = -1.0;
    std::string geometryProblem;   // for location errors

    IndustryStatus status = IndustryStatus::NotApplicable;
    std::vector<std::string> designated;     // industry names designated at the place
    std::vector<std::string> notDesignated;  // industry names not designated there
    std::vector<std::string> unknown;        // texts not in the catalogue
    std::vector<std::string> didYouMean;     // catalogue names close to the unknown texts
    std::vector<std::string> provenance;     // quotes for the designated industries
    std::vector<std::string> elsewhere;      // place names where the others are designated

    // SPEC 4.1, in the report language; nothing is said for NotApplicable.
    LandUseStatus landUseStatus = LandUseStatus::NotApplicable;
    std::string landUse;                          // "0902 商务金融用地/0901 商业用地"
    std::vector<std::string> landUseAdmits;       // industries it admits
    std::vector<std::string> landUseConditions;   // "industry (condition)" for conditional ones
    std::vector<std::string> landUseRefuses;      // "industry (why not)" for those it does not admit
    std::vector<std::string> landUseUnknown;      // parts not recognised
    std::vector<std::string> landUseDidYouMean;   // "code name" of the closest classes

    // SPEC 4.2: every constraint line hit; nothing is said when there is none.
    std::vector<ConstraintHit> constraints;
};

std::string reasonSentence(const ReasonFacts& facts, Language language);
// The sentence's two halves: where the parcel lies (its shares, the distance), and the rest
// (industry, land use, constraint lines), which depends on the place but not on the shape.
// For a location error the first half is the whole sentence.
std::string reasonLocation(const ReasonFacts& facts, Language language);
void appendReasonLocation(const ReasonFacts& facts, Language language, std::string& out);  // the same, onto out
std::string reasonRest(const ReasonFacts& facts, Language language);

// The reason as the PDF report's table gives it, beside the row's other cells (industry,
// share, land use and its status, constraint lines) and under its group's header (zone and
// sub-area): for a parcel in or partly in a zone only what those do not say: that its share
// is below the one required (when partial), whether its industry is designated there (and
// where else it is), that the land use sets a condition or refuses it; never the guideline's
// quotes (given once per group). The condition or refusal of a row of one industry, long and
// the same on many rows, is the reason's note: the row says the short fact with a note mark
// (tableReasonText), its group lists each note once; a row of several industries keeps its own
// clause. Errors and parcels outside every zone get the whole sentence.
struct TableReason {
    std::string text;  // the row's sentence without the note mark
    std::string note;  // the land use's condition or refusal in full; empty: no note
};
TableReason reasonInTable(const ReasonFacts& facts, Language language);
// The row's sentence with the mark of its note (numbered in its group): "…用地有条件允许（注2）。".
std::string tableReasonText(const TableReason& reason, int noteNumber, Language language);
// A note as its group lists it: "注2：用地性质为…" / "Note 2: The planned land use …".
std::string tableNoteLine(const std::string& note, int noteNumber, Language language);

// Each constraint hit as the reason sentence words it, for tables a person reads (the PDF
// report, the app): "name（kind，禁止建设）重叠 x 平方米" / "name (kind, prohibited) by x m²".
// The land-use status's words are core::Wording::landUseStatus.
std::vector<std::string> constraintHitWords(const std::vector<ConstraintHit>& hits, Language language);

}  // namespace pearlzone::core
