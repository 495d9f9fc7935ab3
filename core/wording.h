#pragma once
// Wording: the one place that turns what the check established (codes, ids, notes) into
// words a planner reads, in the chosen language: verdict, location and industry-status words,
// zone and sub-area names (never ids), "inside" shares and geometry notes. English is the
// source text; Chinese comes from the Qt Linguist translation (context pearlzone::core::Wording
// and those of other classes), loaded once from the program's resources or its installed
// translations folder. The app, the CLI and the PDFs all word through it; report files keep
// the codes (SPEC section 5).

#include "core/check_result.h"
#include "gis/error.h"

#include <QCoreApplication>
#include <QString>

#include <string>
#include <vector>

class QTranslator;

namespace pearlzone::core {

class ZoneSet;

class Wording {
    Q_DECLARE_TR_FUNCTIONS(pearlzone::core::Wording)
public:
    explicit Wording(Language language) : language_(language) {}
    Language language() const { return language_; }
    bool chinese() const { return language_ == Language::Chinese; }

    QString verdict(Verdict verdict) const;
    QString location(Location location) const;
    QString industryStatus(IndustryStatus status) const;
    // SPEC 4.1's assessment of the planned land use against the industries.
    QString landUseStatus(LandUseStatus status) const;
    // A constraint line's rule: "prohibited" (禁止建设) or "restricted" (限制建设).
    QString constraintRule(ConstraintRule rule) const;
    // SPEC 4.2's constraint lines hit, as the reason words each (core::constraintHitWords), listed.
    QString constraintHits(const std::vector<ConstraintHit>& hits) const;

    // "" (no zone) words as "outside every zone"; an id the zones do not know stays as it is.
    QString zoneName(const ZoneSet& zones, const std::string& zoneId) const;
    QString subareaName(const ZoneSet& zones, const std::string& zoneId, const std::string& subareaId) const;
    // "zone · sub-area" or the zone alone.
    QString placeName(const ZoneSet& zones, const std::string& zoneId, const std::string& subareaId) const;
    // A ";"-separated list of zone or zone/subarea ids (suggested_zones) as names.
    QString placeNames(const ZoneSet& zones, const std::string& places) const;
    // "12.5% (1,250 of 10,000 m²)".
    QString insideShare(double ratio, double insideM2, double areaM2) const;
    // The check's geometry note (make-valid repairs with GEOS's reason and point, closed
    // lines taken as polygons) in a planner's words.
    QString geometryNote(const std::string& note) const;

    // A library's reason (gis::Error::reason(), cleaned of internals) as a sentence in this
    // language where it is one we know (core/library_wording.cpp); else as it is.
    QString libraryReason(const std::string& reason) const;
    // An error's message with its library reason so worded.
    QString errorMessage(const gis::Error& error) const;

    // source (English, marked with QT_TRANSLATE_NOOP in context) in this language.
    QString translate(const char* context, const char* source) const;
    // The same Chinese translation, for a translator the app installs for its widgets' tr().
    static bool loadChinese(QTranslator& translator);

private:
    Language language_;
};

}  // namespace pearlzone::core
