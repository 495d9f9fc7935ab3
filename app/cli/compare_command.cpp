// pearlzone-cli compare PARCELS --from ZONES_A --to ZONES_B ...: which parcels change zone,
// sub-area, location or verdict when the boundaries change (SPEC section 5). One pass over the
// parcels; each worker prepares both zone sets once.
#include "app/cli/check_options.h"
#include "app/cli/cli_context.h"
#include "app/cli/command_help.h"
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
    parser.addOptions(commandOptions(QStringLiteral("compare")));
    auto usageError = [](const QString& message) { return cli::usageError(QStringLiteral("compare"), message); };
    core::BatchCheckOptions options;
    if (const auto problem = check_arguments::parse(parser, arguments, options))
        return usageError(*problem);
    // The options of compare's own, by the names of app/cli/command_help.cpp.
    const QString from = QStringLiteral("from");
    const QString to = QStringLiteral("to");
    const QString zoneField = QStringLiteral("zone-field");
    const QString out = QStringLiteral("out");
    const QString pdf = QStringLiteral("pdf");
    if (!parser.isSet(from) || !parser.isSet(to))
        return usageError(QStringLiteral("--from and --to name the two zones layers to compare"));
    const QString parcels = parser.positionalArguments().constFirst();
    QString report = parser.value(out);
    if (report.isEmpty())
        report = defaultOutputName(parcels, QStringLiteral("compare.csv"));
    const bool showProgress = check_arguments::showProgress(parser);

    const auto dataDir = bundledDataDirectory();
    if (dataDir.empty())
        return kExitBadInput;
    const bool verbose = parser.isSet(QStringLiteral("verbose"));
    gis::showLibraryMessages(verbose);
    try {
        const auto fromField = zoneFieldFor(parser.value(from), parser.value(zoneField));
        const auto toField = zoneFieldFor(parser.value(to), parser.value(zoneField));
        if (!fromField && !toField)
            return usageError(QStringLiteral("neither zones layer has the field '%1'").arg(parser.value(zoneField)));
        const auto fromData = loadDataWithZones(dataDir, parser.value(from), fromField.value_or(QString()));
        const auto toData = loadDataWithZones(dataDir, parser.value(to), toField.value_or(QString()));
        const core::ParcelInputOptions input = check_arguments::parcelInput(parser, parcels);
        auto source = core::ParcelSource::open(input);
        const core::ConstraintSet constraintSet = check_arguments::constraints(parser, input);
        if (!constraintSet.layers().empty())
            options.constraints = &constraintSet;  // both zone sets' checks see the same lines
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
        for (const auto& warning : constraintSet.warnings())
            printErr(QStringLiteral("warning: ") + qs(warning) + QStringLiteral("\n"));
        for (const auto& warning : summary.warnings)
            printErr(QStringLiteral("warning: ") + qs(warning) + QStringLiteral("\n"));
        if (!parser.isSet(QStringLiteral("quiet")))
            printErr(compareSummaryText(writer.summary(), *fromData, *toData, report));
        return kExitOk;
    } catch (const core::OutputError& error) {
        return reportFailure(QStringLiteral("compare"), error, options.settings.language, verbose, kExitOutputFailed);
    } catch (const gis::Error& error) {
        return reportFailure(QStringLiteral("compare"), error, options.settings.language, verbose, kExitBadInput);
    }
}

}  // namespace pearlzone::cli
