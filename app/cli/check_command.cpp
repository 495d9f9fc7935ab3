// pearlzone-cli check PARCELS ...: the batch check of SPEC sections 4, 5 and 8.
#include "app/cli/cli_context.h"
#include "app/cli/basemap_option.h"
#include "app/cli/command_help.h"
#include "app/cli/pdf_support.h"
#include "app/cli/terminal.h"
#include "core/batch_check.h"
#include "core/check_errors.h"
#include "core/pilot_zone_data.h"
#include "core/report_writer.h"
#include "core/wording.h"
#include "gis/utf8_path.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QFileInfo>

#include <atomic>
#include <csignal>
#include <cstdio>

namespace pearlzone::cli {

namespace {

constexpr int kExitInterrupted = 130;

std::atomic<bool> interrupted{false};

extern "C" void onInterrupt(int)
{
    interrupted.store(true);
}

QString qs(const std::string& text) { return QString::fromStdString(text); }

void drawProgress(const core::BatchProgress& p)
{
    if (p.totalHint > 0) {
        const int width = 30;
        const double share = std::min(1.0, static_cast<double>(p.done) / static_cast<double>(p.totalHint));
        const int filled = static_cast<int>(share * width);
        std::fprintf(stderr, "\r[%s%s] %3d%%  %lld / %lld parcels", std::string(static_cast<std::size_t>(filled), '#').c_str(),
                     std::string(static_cast<std::size_t>(width - filled), '.').c_str(), static_cast<int>(share * 100),
                     static_cast<long long>(p.done), static_cast<long long>(p.totalHint));
    } else {
        std::fprintf(stderr, "\r%lld parcels checked", static_cast<long long>(p.done));
    }
    std::fflush(stderr);
}

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

}  // namespace

int runCheck(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOptions(commandOptions(QStringLiteral("check")));
    auto usageError = [](const QString& message) { return cli::usageError(QStringLiteral("check"), message); };
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.positionalArguments().size() != 1)
        return usageError(QStringLiteral("give exactly one parcel file"));
    // The options, by the names of app/cli/command_help.cpp.
    const QString layer = QStringLiteral("layer");
    const QString zones = QStringLiteral("zones");
    const QString idField = QStringLiteral("id-field");
    const QString industryField = QStringLiteral("industry-field");
    const QString landUseField = QStringLiteral("land-use-field");
    const QString constraints = QStringLiteral("constraints");
    const QString crs = QStringLiteral("crs");
    const QString encoding = QStringLiteral("encoding");
    const QString minInside = QStringLiteral("min-inside");
    const QString lang = QStringLiteral("lang");
    const QString out = QStringLiteral("out");
    const QString pdf = QStringLiteral("pdf");
    const QString threads = QStringLiteral("threads");
    const QString quiet = QStringLiteral("quiet");
    const QString basemap = QStringLiteral("basemap");
    const QString tileCache = QStringLiteral("tile-cache");

    core::BatchCheckOptions options;
    if (parser.isSet(minInside)) {
        bool ok = false;
        options.settings.minInside = parser.value(minInside).toDouble(&ok);
        if (!ok || options.settings.minInside <= 0.0 || options.settings.minInside > 1.0)
            return usageError(QStringLiteral("--min-inside takes a number above 0 and at most 1"));
    }
    if (parser.isSet(lang)) {
        const QString value = parser.value(lang);
        if (value != QStringLiteral("zh") && value != QStringLiteral("en"))
            return usageError(QStringLiteral("--lang takes zh or en"));
        options.settings.language = value == QStringLiteral("en") ? core::Language::English : core::Language::Chinese;
    }
    if (parser.isSet(threads)) {
        bool ok = false;
        options.threads = parser.value(threads).toInt(&ok);
        if (!ok || options.threads < 1 || options.threads > 256)
            return usageError(QStringLiteral("--threads takes a whole number from 1 to 256"));
    }
    if (parser.isSet(pdf) && !parser.value(pdf).endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive))
        return usageError(QStringLiteral("--pdf takes a file name ending in .pdf"));
    BasemapChoice basemapChoice;
    QString basemapError;
    if (!chooseBasemap(parser.value(basemap), parser.value(tileCache), basemapChoice, basemapError))
        return usageError(basemapError);

    const QString parcels = parser.positionalArguments().constFirst();
    QString report = parser.value(out);
    if (report.isEmpty()) {
        // SPEC: <parcels name>.check.csv in the current folder.
        const QString base = parcels.startsWith(QStringLiteral("PG:")) ? QStringLiteral("postgis") : QFileInfo(parcels).completeBaseName();
        report = base + QStringLiteral(".check.csv");
    }
    const bool showProgress = !parser.isSet(quiet) && stderrIsTerminal();

    const auto dataDir = bundledDataDirectory();
    if (dataDir.empty())
        return kExitBadInput;
    try {
        const auto data = core::PilotZoneData::load(dataDir, parser.value(zones).toStdString());
        core::ParcelInputOptions input;
        input.source = parcels.toStdString();
        input.layer = parser.value(layer).toStdString();
        input.idField = parser.value(idField).toStdString();
        input.industryField = parser.value(industryField).toStdString();
        input.landUseField = parser.value(landUseField).toStdString();
        input.crs = parser.value(crs).toStdString();
        input.encoding = parser.value(encoding).toStdString();
        auto source = core::ParcelSource::open(input);
        std::vector<core::ConstraintLayerOptions> constraintLayers;
        for (const QString& value : parser.values(constraints))
            constraintLayers.push_back({value.toStdString(), {}, std::nullopt, {}, input.encoding});
        const core::ConstraintSet constraintSet = core::ConstraintSet::load(constraintLayers);
        if (!constraintLayers.empty())
            options.constraints = &constraintSet;
        core::ReportWriter writer(report.toStdString());

        interrupted.store(false);
        const auto previous = std::signal(SIGINT, onInterrupt);
        KeepingSink keeping(writer);  // the PDF report needs every row; the CSV alone streams
        core::CheckSink& sink = parser.isSet(pdf) ? static_cast<core::CheckSink&>(keeping) : writer;
        const QDateTime checkedAt = QDateTime::currentDateTime();
        const core::BatchSummary summary = core::runBatchCheck(
            *data, source, options, sink,
            showProgress ? std::function<void(const core::BatchProgress&)>(drawProgress) : nullptr, &interrupted);
        std::signal(SIGINT, previous);
        if (showProgress)
            std::fputs("\n", stderr);
        if (summary.cancelled) {
            printErr(QStringLiteral("pearlzone-cli check: interrupted; no report was written\n"));
            return kExitInterrupted;  // the writer's destructor removes the partial file
        }
        if (parser.isSet(pdf)) {
            render::MapScene scene = render::sceneFromData(*data);
            scene.parcelLayers.push_back(render::parcelLayerOf(QFileInfo(parcels).completeBaseName(), keeping.kept()));
            const auto content = core::checkReportContents(parcels, qs(source.layerName()), qs(source.crsLabel()),
                                                           options.settings.minInside, checkedAt, summary, &keeping.kept(),
                                                           &data->zones);
            render::PdfPageSettings page;
            page.basemap = basemapChoice.basemap;
            page.language = options.settings.language;
            const render::ExportOutcome outcome = render::exportReportPdf(parser.value(pdf), scene, content, page);
            if (outcome.status != render::ExportStatus::Written)
                throw core::OutputError(parser.value(pdf).toStdString() + ": " + outcome.message.toStdString());
            reportBasemap(QStringLiteral("check"), parser.value(basemap), basemapChoice, outcome);
        }
        writer.commit();
        if (!parser.isSet(quiet))
            printErr(summaryText(summary, *data, source, constraintSet, report, options.settings.language));
        else
            for (const auto& warnings : {summary.warnings, constraintSet.warnings()})
                for (const auto& warning : warnings)
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
