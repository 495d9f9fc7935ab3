// pearlzone-cli compare PARCELS --from ZONES_A --to ZONES_B ...: which parcels change zone,
// sub-area, location or verdict when the boundaries change (SPEC section 5). One pass over the
// parcels; each worker prepares both zone sets once.
#include "app/cli/check_options.h"
#include "app/cli/cli_context.h"
#include "core/change_report_writer.h"
#include "core/check_errors.h"
#include "core/zone_set.h"
#include "app/cli/pdf_support.h"
#include "render/change_pdf_export.h"

#include <QDateTime>

#include <algorithm>
#include <cstdio>
#include <optional>

namespace pearlzone::cli {

namespace {

QString qs(const std::string& text) { return QString::fromStdString(text); }

QString zoneOrNone(const std::string& zoneId) { return zoneId.empty() ? QStringLiteral("(none)") : qs(zoneId); }

QString compareSummaryText(const core::CompareSummary& s, const core::PilotZoneData& from, const core::PilotZoneData& to,
                           const QString& report)
{
    QString text = QStringLiteral("compared %1 parcels: %2 changed\n  from: %3 (%4)\n  to:   %5 (%6)\n  changes:")
                       .arg(s.total)
                       .arg(s.changed)
                       .arg(qs(from.zones.info().label()), qs(from.zones.source()), qs(to.zones.info().label()),
                            qs(to.zones.source()));
    for (core::ChangeKind kind : core::kChangeKinds) {
        const auto it = s.byKind.find(kind);
        text += QStringLiteral("  %1 %2").arg(QString::fromLatin1(core::toString(kind))).arg(it == s.byKind.end() ? 0 : it->second);
    }
    text += QStringLiteral("\n");
    for (const auto& [move, count] : s.byZoneMove)
        text += QStringLiteral("  zone %1 → %2: %3\n").arg(zoneOrNone(move.first), zoneOrNone(move.second)).arg(count);
    for (const auto& [move, count] : s.byVerdictMove) {
        text += QStringLiteral("  verdict %1 → %2: %3\n")
                    .arg(QString::fromLatin1(core::toString(move.first)), QString::fromLatin1(core::toString(move.second)))
                    .arg(count);
    }
    return text + QStringLiteral("changes: ") + report + QStringLiteral("\n");
}

// --zone-field F names the field in whichever of the two layers has it; the other is read as
// it says (zone_id, or a detected name field).
std::optional<QString> zoneFieldFor(const QString& zones, const QString& zoneField)
{
    if (zoneField.isEmpty())
        return QString();
    const core::ZoneLayerFields layer = core::inspectZoneLayer(zones.toStdString());
    const bool has = std::find(layer.fields.begin(), layer.fields.end(), zoneField.toStdString()) != layer.fields.end();
    return has ? std::optional<QString>(zoneField) : std::nullopt;
}

}  // namespace

int runCompare(const QStringList& arguments)
{
    QCommandLineParser parser;
    auto option = [](const char* name, const char* help, const char* value) {
        return QCommandLineOption(QString::fromLatin1(name), QString::fromLatin1(help), QString::fromLatin1(value));
    };
    const CheckArguments shared;
    const auto from = option("from", "The old zones layer (the boundaries compared from).", "ZONES_A");
    const auto to = option("to", "The new zones layer (the boundaries compared to).", "ZONES_B");
    const auto zoneField = zoneFieldOption();
    const auto out = option("out", "Change report: .csv, .geojson or .gpkg (default <parcels>.compare.csv).", "CHANGES");
    const auto pdf = option("pdf", "Also write the changes as PDF: summary, map, table.", "CHANGES.pdf");
    shared.addTo(parser);
    parser.addOptions({from, to, zoneField, out, pdf});
    const QString usage = QStringLiteral(
        "usage: pearlzone-cli compare PARCELS --from ZONES_A --to ZONES_B [--zone-field F] [--layer NAME]\n"
        "                             [--id-field F] [--industry-field F] [--crs CRS] [--encoding ENC]\n"
        "                             [--min-inside R] [--lang zh|en] [--out CHANGES] [--pdf CHANGES.pdf]\n"
        "                             [--threads N] [--quiet]\n");
    auto usageError = [&](const QString& message) {
        printErr(QStringLiteral("pearlzone-cli compare: ") + message + QStringLiteral("\n") + usage);
        return kExitUsage;
    };
    core::BatchCheckOptions options;
    if (const auto problem = shared.parse(parser, arguments, options, pdf))
        return usageError(*problem);
    if (!parser.isSet(from) || !parser.isSet(to))
        return usageError(QStringLiteral("--from and --to name the two zones layers to compare"));
    const QString parcels = parser.positionalArguments().constFirst();
    QString report = parser.value(out);
    if (report.isEmpty())
        report = defaultOutputName(parcels, QStringLiteral("compare.csv"));
    const bool showProgress = shared.showProgress(parser);

    const auto dataDir = bundledDataDirectory();
    if (dataDir.empty())
        return kExitBadInput;
    try {
        const auto fromField = zoneFieldFor(parser.value(from), parser.value(zoneField));
        const auto toField = zoneFieldFor(parser.value(to), parser.value(zoneField));
        if (!fromField && !toField)
            return usageError(QStringLiteral("neither zones layer has the field '%1'").arg(parser.value(zoneField)));
        const auto fromData = loadDataWithZones(dataDir, parser.value(from), fromField.value_or(QString()));
        const auto toData = loadDataWithZones(dataDir, parser.value(to), toField.value_or(QString()));
        auto source = core::ParcelSource::open(shared.input(parser, parcels));
        core::ChangeReportWriter writer(report.toStdString(), *fromData, *toData, options.settings.language, parser.isSet(pdf));
        const QDateTime comparedAt = QDateTime::currentDateTime();
        options.compareWith = toData.get();

        const core::BatchSummary summary = runInterruptibleCheck(*fromData, source, options, writer, showProgress);
        if (summary.cancelled) {
            printErr(QStringLiteral("pearlzone-cli compare: interrupted; no report was written\n"));
            return kExitInterrupted;
        }
        if (parser.isSet(pdf)) {
            render::ChangesPdfContent content;
            content.source = parcels;
            content.layer = qs(source.layerName());
            content.crs = qs(source.crsLabel());
            content.minInside = options.settings.minInside;
            content.comparedAt = comparedAt;
            content.checksum = render::fileChecksum(parcels);
            content.summary = writer.summary();
            content.changed = &writer.changedParcels();
            requireWritten(render::exportChangesPdf(parser.value(pdf), *fromData, *toData, content, pdfPageFor(options.settings.language)), parser.value(pdf));
        }
        writer.commit();
        for (const auto& warning : summary.warnings)
            printErr(QStringLiteral("warning: ") + qs(warning) + QStringLiteral("\n"));
        if (!parser.isSet(shared.quiet))
            printErr(compareSummaryText(writer.summary(), *fromData, *toData, report));
        return kExitOk;
    } catch (const core::OutputError& error) {
        printErr(QStringLiteral("pearlzone-cli compare: ") + QString::fromUtf8(error.what()) + QStringLiteral("\n"));
        return kExitOutputFailed;
    } catch (const gis::Error& error) {
        printErr(QStringLiteral("pearlzone-cli compare: ") + QString::fromUtf8(error.what()) + QStringLiteral("\n"));
        return kExitBadInput;
    }
}

}  // namespace pearlzone::cli
