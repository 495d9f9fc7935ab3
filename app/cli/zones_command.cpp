// pearlzone-cli zones [--zones ZONES] [--zone-field F] [--json]: the zone set, the zones, their
// areas (computed from the geometry in EPSG:4547), sub-areas and designated industries.
#include "app/cli/check_options.h"
#include "app/cli/cli_context.h"
#include "app/cli/command_help.h"
#include "core/designation_scope.h"
#include "core/pilot_zone_data.h"
#include "gis/error.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <utility>

namespace pearlzone::cli {

namespace {

QString qs(const std::string& text) { return QString::fromStdString(text); }

double squareKilometres(double squareMetres) { return std::round(squareMetres / 1e4) / 100.0; }

using core::DesignationScope;

// Codes designated in a zone within the scope, in table order without repeats.
QJsonArray industriesOf(const core::PilotZoneData& data, const std::string& zoneId, DesignationScope scope,
                        const std::string& subareaId = {})
{
    QJsonArray codes;
    for (const std::string& code : core::designatedCodesIn(data.designations, zoneId, scope, subareaId))
        codes.append(qs(code));
    return codes;
}

QJsonArray zonesJson(const core::PilotZoneData& data)
{
    QJsonArray zones;
    for (const auto& zone : data.zones.zones()) {
        QJsonArray subareas;
        for (const auto& subarea : zone.subareas) {
            subareas.append(QJsonObject{{QStringLiteral("subarea_id"), qs(subarea.id)},
                                        {QStringLiteral("name_zh"), qs(subarea.nameZh)},
                                        {QStringLiteral("name_en"), qs(subarea.nameEn)},
                                        {QStringLiteral("area_km2"), squareKilometres(subarea.areaM2)},
                                        {QStringLiteral("industries"), industriesOf(data, zone.id, DesignationScope::ZoneWideAndSubarea, subarea.id)}});
        }
        zones.append(QJsonObject{{QStringLiteral("zone_id"), qs(zone.id)},
                                 {QStringLiteral("name_zh"), qs(zone.nameZh)},
                                 {QStringLiteral("name_en"), qs(zone.nameEn)},
                                 {QStringLiteral("bank"), qs(zone.bank)},
                                 {QStringLiteral("area_km2"), squareKilometres(zone.areaM2)},
                                 {QStringLiteral("subareas"), subareas},
                                 {QStringLiteral("industries"), industriesOf(data, zone.id, DesignationScope::WholeZone)},
                                 {QStringLiteral("zone_set"), qs(data.zones.info().label())}});
    }
    return zones;
}

QString industryNames(const core::PilotZoneData& data, const QJsonArray& codes)
{
    QStringList names;
    for (const auto& code : codes) {
        const core::Industry* industry = data.catalogue.find(code.toString().toStdString());
        names << (industry ? qs(industry->nameZh) : code.toString());
    }
    return names.join(QStringLiteral("、"));
}

// Where the zones come from, and how a name field was read.
QString zoneSetText(const core::ZoneSet& zones)
{
    const core::ZoneSetInfo& info = zones.info();
    QString out = QStringLiteral("zone set: %1\n  file: %2\n").arg(qs(info.label()), qs(zones.source()));
    for (const auto& [label, value] : {std::pair{"date", &info.date}, std::pair{"source document", &info.sourceDocument},
                                       std::pair{"issuer", &info.issuer}, std::pair{"note", &info.note}}) {
        if (!value->empty())
            out += QStringLiteral("  %1: %2\n").arg(QString::fromLatin1(label), qs(*value));
    }
    if (!zones.matches().empty()) {
        out += QStringLiteral("  zones named in the field '%1':\n").arg(qs(zones.zoneField()));
        for (const auto& match : zones.matches()) {
            out += QStringLiteral("    %1 → %2 (%3 features)\n")
                       .arg(qs(match.value), qs(match.subareaId.empty() ? match.zoneId : match.zoneId + "/" + match.subareaId))
                       .arg(match.features);
        }
    }
    return out + QStringLiteral("\n");
}

QString zonesText(const core::PilotZoneData& data)
{
    QString out = zoneSetText(data.zones);
    double total = 0.0;
    for (const auto& zone : data.zones.zones()) {
        total += zone.areaM2;
        out += QStringLiteral("%1  %2 (%3)\n    %4 km², %5\n")
                   .arg(qs(zone.id), qs(zone.nameZh), qs(zone.nameEn))
                   .arg(squareKilometres(zone.areaM2), 0, 'f', 2)
                   .arg(zone.bank.empty() ? QStringLiteral("-") : qs(zone.bank) + QStringLiteral(" bank"));
        out += QStringLiteral("    designated zone-wide: %1\n")
                   .arg(industryNames(data, industriesOf(data, zone.id, DesignationScope::ZoneWideOnly)));
        for (const auto& subarea : zone.subareas) {
            out += QStringLiteral("    %1  %2 (%3)  %4 km²\n        designated here too: %5\n")
                       .arg(qs(subarea.id), qs(subarea.nameZh), qs(subarea.nameEn))
                       .arg(squareKilometres(subarea.areaM2), 0, 'f', 2)
                       .arg(industryNames(data, industriesOf(data, zone.id, DesignationScope::SubareaOnly, subarea.id)));
        }
        out += QStringLiteral("\n");
    }
    out += QStringLiteral("total %1 km²\n").arg(squareKilometres(total), 0, 'f', 2);
    return out;
}

}  // namespace

int runZones(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOptions(commandOptions(QStringLiteral("zones")));
    if (!parser.parse(arguments))
        return usageError(QStringLiteral("zones"), parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return usageError(QStringLiteral("zones"), QStringLiteral("takes no file arguments"));
    const QString zonesOption = QStringLiteral("zones");
    const QString jsonOption = QStringLiteral("json");
    const QString zoneField = QStringLiteral("zone-field");
    const auto dataDir = bundledDataDirectory();
    if (dataDir.empty())
        return kExitBadInput;
    try {
        const auto data = loadDataWithZones(dataDir, parser.value(zonesOption), parser.value(zoneField));
        if (parser.isSet(jsonOption))
            printOut(QString::fromUtf8(QJsonDocument(zonesJson(*data)).toJson(QJsonDocument::Indented)));
        else
            printOut(zonesText(*data));
        return kExitOk;
    } catch (const gis::Error& error) {
        printErr(QStringLiteral("pearlzone-cli zones: ") + QString::fromUtf8(error.what()) + QStringLiteral("\n"));
        return kExitBadInput;
    }
}

}  // namespace pearlzone::cli
