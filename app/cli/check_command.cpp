// pearlzone-cli check PARCELS ...: the batch check of SPEC sections 4, 5 and 8.
#include "app/cli/app_worker.h"
#include "app/cli/check_options.h"
#include "app/cli/cli_context.h"
#include "app/cli/basemap_option.h"
#include "app/cli/command_help.h"
#include "app/cli/pdf_support.h"
#include "render/report_pdf.h"
#include "render/report_table.h"
#include "app/cli/terminal.h"
#include "core/batch_check.h"
#include "core/check_errors.h"
#include "core/near_filter.h"
#include "core/pilot_zone_data.h"
#include "core/postgis_engine.h"
#include "core/report_writer.h"
#include "core/table_reasons.h"
#include "core/wording.h"
#include "gis/utf8_path.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QFileInfo>

#include <cstdio>
#include <future>
#include <optional>

namespace pearlzone::cli {

namespace {

QString qs(const std::string& text) { return QString::fromStdString(text); }

QString summaryText(const core::BatchSummary& s, const core::PilotZoneData& data, const core::ParcelSource& source,
                    const core::ConstraintSet& constraints, const QString& report, core::Language language)
{
    // Where positions came from, when a table has no geometry column (spreadsheets).
    const QString positions = source.positionColumns().empty()
                                  ? QString()
                                  : QStringLiteral(", positions from ") + qs(source.positionColumns());
    QString text = QStringLiteral("checked %1 parcels from %2 (layer %3, %4%5) in %6 s with %7 threads\n")
                       .arg(s.total)
                       .arg(qs(source.source()), qs(source.layerName()), qs(source.crsLabel()), positions)
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
        text += QStringLiteral("  %1 %2").arg(core::Wording(language).zoneName(data.zones, zone.id)).arg(it == s.byZone.end() ? 0 : it->second);
    }
    const auto outside = s.byZone.find(std::string());
    text += QStringLiteral("  (in no zone %1)\n").arg(outside == s.byZone.end() ? 0 : outside->second);
    if (!source.landUseField().empty()) {
        text += QStringLiteral("  land use (%1):").arg(qs(source.landUseField()));
        for (auto status : {core::LandUseStatus::Compatible, core::LandUseStatus::Conditional, core::LandUseStatus::Incompatible,
                            core::LandUseStatus::Unknown, core::LandUseStatus::Missing, core::LandUseStatus::NotApplicable}) {
            const auto it = s.byLandUseStatus.find(status);
            text += QStringLiteral("  %1 %2").arg(QString::fromLatin1(core::toString(status))).arg(it == s.byLandUseStatus.end() ? 0 : it->second);
        }
        text += QStringLiteral("\n");
    }
    if (!constraints.empty())
        text += QStringLiteral("  constraint lines: %1 layers, %2 polygons; %3 parcels in conflict (%4 conflicts)\n")
                    .arg(constraints.layers().size())
                    .arg(constraints.features().size())
                    .arg(s.parcelsWithConflicts)
                    .arg(s.conflicts);
    for (const auto& warning : constraints.warnings())
        text += QStringLiteral("warning: ") + qs(warning) + QStringLiteral("\n");
    for (const auto& warning : s.warnings)
        text += QStringLiteral("warning: ") + qs(warning) + QStringLiteral("\n");
    text += QStringLiteral("report: ") + report + QStringLiteral("\n");
    return text;
}

core::ReportOptions reportOptions(const QCommandLineParser& parser, const QString& outLayer, bool overwrite,
                                  bool withChecksum, const core::ParcelSource& source, const core::CheckSettings& settings)
{
    core::ReportOptions options;
    if (!outLayer.isEmpty())
        options.outLayer = outLayer.toStdString();
    options.overwrite = overwrite;
    const QString input = parser.positionalArguments().constFirst();
    options.run.input = core::withoutPassword(input.toStdString());
    options.run.layer = source.layerName();
    if (input.startsWith(QStringLiteral("PG:")))
        options.run.query = source.layerName();
    else if (withChecksum)  // only the workbook and the runs table show it: reading big files costs
        options.run.checksum = render::fileChecksum(input).toStdString();
    options.run.minInside = settings.minInside;
    options.run.language = settings.language;
    return options;
}

}  // namespace

int runCheck(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOptions(commandOptions(QStringLiteral("check")));
    auto usageError = [](const QString& message) { return cli::usageError(QStringLiteral("check"), message); };
    core::BatchCheckOptions options;
    if (const auto problem = check_arguments::parse(parser, arguments, options))
        return usageError(*problem);
    // The options of check's own, by the names of app/cli/command_help.cpp.
    const QString zones = QStringLiteral("zones");
    const QString zoneField = QStringLiteral("zone-field");
    const QString out = QStringLiteral("out");
    const QString pdf = QStringLiteral("pdf");
    const QString quiet = QStringLiteral("quiet");
    const bool verbose = parser.isSet(QStringLiteral("verbose"));
    const QString appResults = QStringLiteral("app-results");  // the app's worker process (app_worker.h)
    const bool forApp = parser.isSet(appResults);
    gis::showLibraryMessages(verbose);
    const QString basemap = QStringLiteral("basemap");
    const QString tileCache = QStringLiteral("tile-cache");
    BasemapChoice basemapChoice;
    QString basemapError;
    if (!chooseBasemap(parser.value(basemap), parser.value(tileCache), basemapChoice, basemapError))
        return usageError(basemapError);
    const QString outLayer = QStringLiteral("out-layer");
    const QString overwrite = QStringLiteral("overwrite");
    const QString near = QStringLiteral("near");
    const QString engine = QStringLiteral("engine");
    const QString pdfRows = QStringLiteral("pdf-rows");
    const auto rows = render::pdfRowsNamed(parser.isSet(pdfRows) ? parser.value(pdfRows) : QStringLiteral("attention"));
    if (!rows)
        return usageError(QStringLiteral("--pdf-rows takes attention, all or none"));
    if (parser.isSet(pdfRows) && !parser.isSet(pdf))
        return usageError(QStringLiteral("--pdf-rows is for the PDF report (--pdf REPORT.pdf)"));
    double nearKm = 0.0;
    if (parser.isSet(near)) {
        bool ok = false;
        nearKm = parser.value(near).toDouble(&ok);
        if (!ok || nearKm < 0.0 || nearKm > 1000.0)
            return usageError(QStringLiteral("--near takes a distance in km from 0 to 1000"));
    }
    if ((parser.isSet(outLayer) || parser.isSet(overwrite)) && !parser.value(out).startsWith(QStringLiteral("PG:")))
        return usageError(QStringLiteral("--out-layer and --overwrite are for a PG: report (--out PG:...)"));
    const QString engineName = parser.isSet(engine) ? parser.value(engine) : QStringLiteral("local");
    if (engineName != QStringLiteral("local") && engineName != QStringLiteral("postgis"))
        return usageError(QStringLiteral("--engine takes local or postgis"));
    if (engineName == QStringLiteral("postgis") && !parser.positionalArguments().constFirst().startsWith(QStringLiteral("PG:")))
        return usageError(QStringLiteral("--engine postgis needs a PG: source"));

    const QString parcels = parser.positionalArguments().constFirst();
    QString report = parser.value(out);
    if (report.isEmpty())
        report = defaultOutputName(parcels, QStringLiteral("check.csv"));  // SPEC: in the current folder
    const bool showProgress = check_arguments::showProgress(parser);

    const auto dataDir = bundledDataDirectory();
    if (dataDir.empty())
        return kExitBadInput;
    try {
        const auto data = loadDataWithZones(dataDir, parser.value(zones), parser.value(zoneField));
        const core::ParcelInputOptions input = check_arguments::parcelInput(parser, parcels);
        auto source = core::ParcelSource::open(input);
        const core::ConstraintSet constraintSet = check_arguments::constraints(parser, input);
        if (!constraintSet.layers().empty())
            options.constraints = &constraintSet;
        if (forApp)
            return app_worker::run(*data, source, options, parser.value(appResults));
        const std::int64_t countBeforeNear = parser.isSet(near) ? source.featureCountHint() : -1;
        std::optional<gis::Envelope> nearBox;
        if (parser.isSet(near)) {
            nearBox = core::nearZonesBox(*data, source.crs(), nearKm);
            source.keepWithin(*nearBox);
        }
        core::ReportOptions written = reportOptions(parser, parser.isSet(outLayer) ? parser.value(outLayer) : QString(),
                                                    parser.isSet(overwrite), !report.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive),
                                                    source, options.settings);
        written.run.engine = engineName.toStdString();
        core::ReportWriter writer(report.toStdString(), &data->zones, written);

        // The PDF report lays its rows out as they arrive and keeps a page of them in memory.
        // (Its map and its table's words are made only for it: a CSV run starts sooner.)
        std::optional<render::MapScene> background;
        std::optional<core::TableReasons> tableReasons;  // the table's reasons, from the check's words
        std::optional<render::ReportPdfStream> pdfStream;
        std::optional<TeeSink> tee;
        if (parser.isSet(pdf)) {
            background = render::sceneFromData(*data);
            background->constraintLayers = render::constraintLayersOf(constraintSet);
            render::PdfPageSettings page = pdfPageFor(options.settings.language);
            page.basemap = basemapChoice.basemap;
            page.rows = *rows;
            tableReasons.emplace(*data, options.settings);
            pdfStream.emplace(*background, &data->zones, page, &*tableReasons);
            tee.emplace(writer, *pdfStream);
        }
        core::CheckSink& sink = tee ? static_cast<core::CheckSink&>(*tee) : writer;
        const QDateTime checkedAt = QDateTime::currentDateTime();
        // The cover's checksum reads the whole input again: on a core of its own during the check.
        std::future<QString> checksum;
        if (pdfStream)
            checksum = std::async(std::launch::async, [parcels] { return core::fileChecksum(parcels); });
        core::BatchSummary summary =
            engineName == QStringLiteral("postgis")
                ? runInterruptible(
                      [&](const ProgressFunction& progress, const std::atomic<bool>* cancel) {
                          return core::runPostgisCheck(*data, input, options, sink, progress, cancel, nearBox);
                      },
                      showProgress)
                : runInterruptibleCheck(*data, source, options, sink, showProgress);
        if (countBeforeNear >= 0 && !summary.cancelled)
            summary.warnings.push_back(std::to_string(countBeforeNear - summary.total) + " parcels farther than " +
                                       parser.value(near).toStdString() + " km from the zones were left out (--near)");
        if (summary.cancelled) {
            printErr(QStringLiteral("pearlzone-cli check: interrupted; no report was written\n"));
            return kExitInterrupted;  // the writer's destructor removes the partial file
        }
        if (pdfStream) {
            const auto content = core::checkReportContents(parcels, qs(source.layerName()), qs(source.crsLabel()),
                                                           options.settings.minInside, checkedAt, summary, nullptr, &data->zones,
                                                           checksum.get());
            // Writing the pages of a large report takes a while: Ctrl+C then leaves no file either.
            render::ExportOutcome outcome;
            runInterruptible(
                [&](const ProgressFunction& progress, const std::atomic<bool>* cancel) {
                    outcome = pdfStream->finish(parser.value(pdf), content, progress ? drawPdfProgress : render::ExportProgress(), cancel);
                    return core::BatchSummary{};
                },
                showProgress);
            if (outcome.status == render::ExportStatus::Cancelled) {
                printErr(QStringLiteral("pearlzone-cli check: interrupted; no report was written\n"));
                return kExitInterrupted;
            }
            requireWritten(outcome, parser.value(pdf));
            reportBasemap(QStringLiteral("check"), parser.value(basemap), basemapChoice, outcome);
        }
        writer.setSummary(summary);
        writer.commit();
        if (!parser.isSet(quiet))
            printErr(summaryText(summary, *data, source, constraintSet, qs(core::withoutPassword(report.toStdString())),
                                 options.settings.language));
        else
            for (const auto& warnings : {summary.warnings, constraintSet.warnings()})
                for (const auto& warning : warnings)
                    printErr(QStringLiteral("warning: ") + qs(warning) + QStringLiteral("\n"));
        return kExitOk;
    } catch (const core::OutputError& error) {
        if (forApp)
            app_worker::printFailure(error, options.settings.language);
        return reportFailure(QStringLiteral("check"), error, options.settings.language, verbose, kExitOutputFailed);
    } catch (const gis::Error& error) {
        if (forApp)
            app_worker::printFailure(error, options.settings.language);
        return reportFailure(QStringLiteral("check"), error, options.settings.language, verbose, kExitBadInput);
    }
}

}  // namespace pearlzone::cli
