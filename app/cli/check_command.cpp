// pearlzone-cli check PARCELS ...: the batch check of SPEC sections 4, 5 and 8.
#include "app/cli/check_options.h"
#include "app/cli/cli_context.h"
#include "app/cli/pdf_support.h"
#include "app/cli/terminal.h"
#include "core/batch_check.h"
#include "core/check_errors.h"
#include "core/pilot_zone_data.h"
#include "core/report_writer.h"
#include "gis/utf8_path.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QFileInfo>

#include <cstdio>

namespace pearlzone::cli {

namespace {

QString qs(const std::string& text) { return QString::fromStdString(text); }

QString summaryText(const core::BatchSummary& s, const core::PilotZoneData& data, const core::ParcelSource& source,
                    const QString& report)
{
    QString text = QStringLiteral("checked %1 parcels from %2 (layer %3, %4) in %5 s with %6 threads\n")
                       .arg(s.total)
                       .arg(qs(source.source()), qs(source.layerName()), qs(source.crsLabel()))
                       .arg(s.seconds, 0, 'f', 2)
                       .arg(s.threads);
    text += QStringLiteral("  zone set: %1 (%2)\n").arg(qs(data.zones.info().label()), qs(data.zones.source()));
    text += QStringLiteral("  verdicts:");
    for (core::Verdict v : {core::Verdict::Pass, core::Verdict::Review, core::Verdict::Fail, core::Verdict::Error}) {
        const auto it = s.byVerdict.find(v);
        text += QStringLiteral("  %1 %2").arg(QString::fromLatin1(core::toString(v))).arg(it == s.byVerdict.end() ? 0 : it->second);
    }
    text += QStringLiteral("\n  zones:");
    for (const auto& zone : data.zones.zones()) {
        const auto it = s.byZone.find(zone.id);
        text += QStringLiteral("  %1 %2").arg(qs(zone.id)).arg(it == s.byZone.end() ? 0 : it->second);
    }
    const auto outside = s.byZone.find(std::string());
    text += QStringLiteral("  (in no zone %1)\n").arg(outside == s.byZone.end() ? 0 : outside->second);
    for (const auto& warning : s.warnings)
        text += QStringLiteral("warning: ") + qs(warning) + QStringLiteral("\n");
    text += QStringLiteral("report: ") + report + QStringLiteral("\n");
    return text;
}

}  // namespace

int runCheck(const QStringList& arguments)
{
    QCommandLineParser parser;
    auto option = [](const char* name, const char* help, const char* value) {
        return QCommandLineOption(QString::fromLatin1(name), QString::fromLatin1(help), QString::fromLatin1(value));
    };
    const CheckArguments shared;
    const auto zones = option("zones", "Zones layer to use instead of the bundled one.", "ZONES");
    const auto zoneField = zoneFieldOption();
    const auto out = option("out", "Report file: .csv, .geojson or .gpkg.", "REPORT");
    const auto pdf = option("pdf", "Also write the report as PDF.", "REPORT.pdf");
    shared.addTo(parser);
    parser.addOptions({zones, zoneField, out, pdf});
    const QString usage = QStringLiteral(
        "usage: pearlzone-cli check PARCELS [--layer NAME] [--zones ZONES] [--zone-field F] [--id-field F] [--industry-field F]\n"
        "                           [--crs CRS] [--encoding ENC] [--min-inside R] [--lang zh|en]\n"
        "                           [--out REPORT] [--pdf REPORT.pdf] [--threads N] [--quiet]\n");
    auto usageError = [&](const QString& message) {
        printErr(QStringLiteral("pearlzone-cli check: ") + message + QStringLiteral("\n") + usage);
        return kExitUsage;
    };
    core::BatchCheckOptions options;
    if (const auto problem = shared.parse(parser, arguments, options, pdf))
        return usageError(*problem);

    const QString parcels = parser.positionalArguments().constFirst();
    QString report = parser.value(out);
    if (report.isEmpty())
        report = defaultOutputName(parcels, QStringLiteral("check.csv"));  // SPEC: in the current folder
    const bool showProgress = shared.showProgress(parser);

    const auto dataDir = bundledDataDirectory();
    if (dataDir.empty())
        return kExitBadInput;
    try {
        const auto data = loadDataWithZones(dataDir, parser.value(zones), parser.value(zoneField));
        auto source = core::ParcelSource::open(shared.input(parser, parcels));
        core::ReportWriter writer(report.toStdString(), &data->zones);

        KeepingSink keeping(writer);  // the PDF report needs every row; the CSV alone streams
        core::CheckSink& sink = parser.isSet(pdf) ? static_cast<core::CheckSink&>(keeping) : writer;
        const QDateTime checkedAt = QDateTime::currentDateTime();
        const core::BatchSummary summary = runInterruptibleCheck(*data, source, options, sink, showProgress);
        if (summary.cancelled) {
            printErr(QStringLiteral("pearlzone-cli check: interrupted; no report was written\n"));
            return kExitInterrupted;  // the writer's destructor removes the partial file
        }
        if (parser.isSet(pdf)) {
            render::MapScene scene = render::sceneFromData(*data);
            scene.parcelLayers.push_back(render::parcelLayerOf(QFileInfo(parcels).completeBaseName(), keeping.kept()));
            render::ReportPdfContent content;
            content.source = parcels;
            content.layer = qs(source.layerName());
            content.crs = qs(source.crsLabel());
            content.minInside = options.settings.minInside;
            content.checkedAt = checkedAt;
            content.checksum = render::fileChecksum(parcels);
            content.zoneSet = qs(data->zones.info().label());
            content.summary = summary;
            content.parcels = &keeping.kept();
            requireWritten(render::exportReportPdf(parser.value(pdf), scene, content, pdfPageFor(options.settings.language)), parser.value(pdf));
        }
        writer.commit();
        if (!parser.isSet(shared.quiet))
            printErr(summaryText(summary, *data, source, report));
        else
            for (const auto& warning : summary.warnings)
                printErr(QStringLiteral("warning: ") + qs(warning) + QStringLiteral("\n"));
        return kExitOk;
    } catch (const core::OutputError& error) {
        printErr(QStringLiteral("pearlzone-cli check: ") + QString::fromUtf8(error.what()) + QStringLiteral("\n"));
        return kExitOutputFailed;
    } catch (const gis::Error& error) {
        printErr(QStringLiteral("pearlzone-cli check: ") + QString::fromUtf8(error.what()) + QStringLiteral("\n"));
        return kExitBadInput;
    }
}

}  // namespace pearlzone::cli
