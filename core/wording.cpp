#include "core/wording.h"

#include "core/check_reason.h"
#include "core/zone_set.h"

#include <QLocale>
#include <QStringList>
#include <QTranslator>

#include <mutex>

namespace pearlzone::core {

namespace {

constexpr const char* kContext = "pearlzone::core::Wording";

QString qs(const std::string& text) { return QString::fromStdString(text); }

// Loaded once; QTranslator::translate is const and safe to call from any thread afterwards.
const QTranslator& chineseTranslator()
{
    static QTranslator translator;
    static std::once_flag loaded;
    std::call_once(loaded, [] { Wording::loadChinese(translator); });
    return translator;
}

// GEOS's invalidity reasons (GEOSisValidReason_r), in a planner's words.
const char* const kGeosReasons[][2] = {
    {"Ring Self-intersection", QT_TRANSLATE_NOOP("pearlzone::core::Wording", "a ring of the outline touches itself")},
    {"Self-intersection", QT_TRANSLATE_NOOP("pearlzone::core::Wording", "the outline crosses itself")},
    {"Too few points", QT_TRANSLATE_NOOP("pearlzone::core::Wording", "the outline has too few corners")},
    {"Hole lies outside shell", QT_TRANSLATE_NOOP("pearlzone::core::Wording", "a hole lies outside the outline")},
    {"Nested holes", QT_TRANSLATE_NOOP("pearlzone::core::Wording", "a hole lies inside another hole")},
    {"Interior is disconnected", QT_TRANSLATE_NOOP("pearlzone::core::Wording", "holes cut the parcel in pieces")},
    {"Nested shells", QT_TRANSLATE_NOOP("pearlzone::core::Wording", "one part lies inside another")},
    {"Duplicate Rings", QT_TRANSLATE_NOOP("pearlzone::core::Wording", "a ring is repeated")},
    {"Ring is not closed", QT_TRANSLATE_NOOP("pearlzone::core::Wording", "the outline is not closed")},
    {"Invalid Coordinate", QT_TRANSLATE_NOOP("pearlzone::core::Wording", "a corner has no valid coordinates")},
};

}  // namespace

bool Wording::loadChinese(QTranslator& translator)
{
    // An installed translation (share/pearlzone/translations) may be newer than the built-in one.
    const QString installed = QCoreApplication::applicationDirPath() + QStringLiteral("/../share/pearlzone/translations");
    return translator.load(QStringLiteral("pearlzone_zh_CN"), installed) ||
           translator.load(QStringLiteral(":/i18n/pearlzone_zh_CN.qm"));
}

QString Wording::translate(const char* context, const char* source) const
{
    if (language_ == Language::Chinese) {
        const QString text = chineseTranslator().translate(context, source);
        if (!text.isEmpty())
            return text;
    }
    return QString::fromUtf8(source);
}

QString Wording::verdict(Verdict verdict) const
{
    switch (verdict) {
    case Verdict::Pass: return translate(kContext, QT_TRANSLATE_NOOP("pearlzone::core::Wording", "pass"));
    case Verdict::Review: return translate(kContext, QT_TRANSLATE_NOOP("pearlzone::core::Wording", "review"));
    case Verdict::Fail: return translate(kContext, QT_TRANSLATE_NOOP("pearlzone::core::Wording", "fail"));
    case Verdict::Error: break;
    }
    return translate(kContext, QT_TRANSLATE_NOOP("pearlzone::core::Wording", "error"));
}

QString Wording::location(Location location) const
{
    switch (location) {
    case Location::Inside: return translate(kContext, QT_TRANSLATE_NOOP("pearlzone::core::Wording", "inside"));
    case Location::Partial: return translate(kContext, QT_TRANSLATE_NOOP("pearlzone::core::Wording", "partly inside"));
    case Location::Outside: return translate(kContext, QT_TRANSLATE_NOOP("pearlzone::core::Wording", "outside"));
    case Location::Error: break;
    }
    return translate(kContext, QT_TRANSLATE_NOOP("pearlzone::core::Wording", "cannot be checked"));
}

QString Wording::industryStatus(IndustryStatus status) const
{
    switch (status) {
    case IndustryStatus::Designated: return translate(kContext, QT_TRANSLATE_NOOP("pearlzone::core::Wording", "designated"));
    case IndustryStatus::PartlyDesignated:
        return translate(kContext, QT_TRANSLATE_NOOP("pearlzone::core::Wording", "partly designated"));
    case IndustryStatus::NotDesignated: return translate(kContext, QT_TRANSLATE_NOOP("pearlzone::core::Wording", "not designated"));
    case IndustryStatus::Unknown: return translate(kContext, QT_TRANSLATE_NOOP("pearlzone::core::Wording", "not in the catalogue"));
    case IndustryStatus::Missing: return translate(kContext, QT_TRANSLATE_NOOP("pearlzone::core::Wording", "no industry given"));
    case IndustryStatus::NotApplicable: break;
    }
    return translate(kContext, QT_TRANSLATE_NOOP("pearlzone::core::Wording", "not applicable"));
}

QString Wording::constraintRule(ConstraintRule rule) const
{
    return rule == ConstraintRule::Restricted ? translate(kContext, QT_TRANSLATE_NOOP("pearlzone::core::Wording", "restricted"))
                                              : translate(kContext, QT_TRANSLATE_NOOP("pearlzone::core::Wording", "prohibited"));
}

QString Wording::landUseStatus(LandUseStatus status) const
{
    switch (status) {
    case LandUseStatus::Compatible: return translate(kContext, QT_TRANSLATE_NOOP("pearlzone::core::Wording", "compatible"));
    case LandUseStatus::Conditional:
        return translate(kContext, QT_TRANSLATE_NOOP("pearlzone::core::Wording", "compatible on condition"));
    case LandUseStatus::Incompatible: return translate(kContext, QT_TRANSLATE_NOOP("pearlzone::core::Wording", "incompatible"));
    case LandUseStatus::Unknown: return translate(kContext, QT_TRANSLATE_NOOP("pearlzone::core::Wording", "land use not recognised"));
    case LandUseStatus::Missing: return translate(kContext, QT_TRANSLATE_NOOP("pearlzone::core::Wording", "no land use given"));
    case LandUseStatus::NotApplicable: break;
    }
    return translate(kContext, QT_TRANSLATE_NOOP("pearlzone::core::Wording", "not applicable"));
}

QString Wording::constraintHits(const std::vector<ConstraintHit>& hits) const
{
    QStringList items;
    for (const auto& item : constraintHitWords(hits, language_))
        items << qs(item);
    return items.join(chinese() ? QStringLiteral("、") : QStringLiteral("; "));
}

QString Wording::zoneName(const ZoneSet& zones, const std::string& zoneId) const
{
    if (zoneId.empty())
        return translate(kContext, QT_TRANSLATE_NOOP("pearlzone::core::Wording", "outside every zone"));
    const Zone* zone = zones.zone(zoneId);
    if (!zone)
        return qs(zoneId);
    return qs(chinese() || zone->nameEn.empty() ? zone->nameZh : zone->nameEn);
}

QString Wording::subareaName(const ZoneSet& zones, const std::string& zoneId, const std::string& subareaId) const
{
    const Zone* zone = zones.zone(zoneId);
    const ZoneRegion* subarea = zone ? zone->subarea(subareaId) : nullptr;
    if (!subarea)
        return qs(subareaId);
    return qs(chinese() || subarea->nameEn.empty() ? subarea->nameZh : subarea->nameEn);
}

QString Wording::placeName(const ZoneSet& zones, const std::string& zoneId, const std::string& subareaId) const
{
    const QString zone = zoneName(zones, zoneId);
    if (subareaId.empty())
        return zone;
    return zone + (chinese() ? QStringLiteral("·") : QStringLiteral(" · ")) + subareaName(zones, zoneId, subareaId);
}

QString Wording::placeNames(const ZoneSet& zones, const std::string& places) const
{
    QStringList names;
    for (const QString& place : qs(places).split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QString trimmed = place.trimmed();
        const qsizetype slash = trimmed.indexOf(QLatin1Char('/'));
        names << (slash < 0 ? placeName(zones, trimmed.toStdString(), {})
                            : placeName(zones, trimmed.left(slash).toStdString(), trimmed.mid(slash + 1).toStdString()));
    }
    return names.join(chinese() ? QStringLiteral("、") : QStringLiteral(", "));
}

QString Wording::insideShare(double ratio, double insideM2, double areaM2) const
{
    const QLocale locale = chinese() ? QLocale(QLocale::Chinese, QLocale::China) : QLocale(QLocale::English);
    return translate(kContext, QT_TRANSLATE_NOOP("pearlzone::core::Wording", "%1% (%2 of %3 m²)"))
        .arg(locale.toString(ratio * 100.0, 'f', 1), locale.toString(insideM2, 'f', 0), locale.toString(areaM2, 'f', 0));
}

QString Wording::geometryNote(const std::string& note) const
{
    QStringList out;
    for (const QString& part : qs(note).split(QStringLiteral("; "), Qt::SkipEmptyParts)) {
        static const QString repaired = QStringLiteral("repaired with make-valid: ");
        if (part.startsWith(repaired)) {
            // GEOS says "Self-intersection[434734.369 2558720.12]": what, and where (EPSG:4547).
            QString why = part.mid(repaired.size());
            QString where;
            if (const qsizetype bracket = why.indexOf(QLatin1Char('[')); bracket >= 0) {
                const QStringList xy = why.mid(bracket + 1).chopped(why.endsWith(QLatin1Char(']')) ? 1 : 0).split(QLatin1Char(' '), Qt::SkipEmptyParts);
                if (xy.size() == 2)
                    where = translate(kContext, QT_TRANSLATE_NOOP("pearlzone::core::Wording", " near E %1, N %2"))
                                .arg(xy[0].toDouble(), 0, 'f', 0)
                                .arg(xy[1].toDouble(), 0, 'f', 0);
                why = why.left(bracket).trimmed();
            }
            QString words = why;
            for (const auto& reason : kGeosReasons) {
                if (why.compare(QLatin1String(reason[0]), Qt::CaseInsensitive) == 0) {
                    words = translate(kContext, reason[1]);
                    break;
                }
            }
            out << translate(kContext, QT_TRANSLATE_NOOP("pearlzone::core::Wording", "%1%2; checked as repaired"))
                       .arg(words, where);
        } else if (part.startsWith(QLatin1String("geometry unusable: "))) {
            out << translate(kContext, QT_TRANSLATE_NOOP("pearlzone::core::Wording", "the outline cannot be used: %1"))
                       .arg(libraryReason(part.mid(19).toStdString()));
        } else if (part == QLatin1String("closed line taken as a polygon")) {
            out << translate(kContext, QT_TRANSLATE_NOOP("pearlzone::core::Wording", "a closed line was taken as the parcel's outline"));
        } else if (part == QLatin1String("only the polygons of a geometry collection were used")) {
            out << translate(kContext, QT_TRANSLATE_NOOP("pearlzone::core::Wording", "only the areas of a mixed geometry were used"));
        } else {
            out << part;
        }
    }
    return out.join(chinese() ? QStringLiteral("；") : QStringLiteral("; "));
}

}  // namespace pearlzone::core
