// pearlzone-cli map --out MAP.pdf [--parcels PARCELS [--layer NAME] [--crs CRS] [--encoding ENC]]
//                   [--zones ZONES] [--zone-field F] [--title T] [--paper A4|A3] [--landscape] [--lang zh|en]
//                   [--basemap SOURCE] [--tile-cache DIR]
#include "app/cli/basemap_option.h"
#include "app/cli/check_options.h"
#include "app/cli/cli_context.h"
#include "app/cli/command_help.h"
#include "app/cli/pdf_support.h"
#include "core/check_errors.h"
#include "core/pilot_zone_data.h"

#include <QCommandLineParser>
#include <QFileInfo>

namespace pearlzone::cli {

int runMap(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOptions(commandOptions(QStringLiteral("map")));
    auto usageError = [](const QString& message) { return cli::usageError(QStringLiteral("map"), message); };
    // The options, by the names of app/cli/command_help.cpp.
    const QString out = QStringLiteral("out");
    const QString parcels = QStringLiteral("parcels");
    const QString zones = QStringLiteral("zones");
    const QString zoneField = QStringLiteral("zone-field");
    const QString title = QStringLiteral("title");
    const QString paper = QStringLiteral("paper");
    const QString landscape = QStringLiteral("landscape");
    const QString lang = QStringLiteral("lang");
    const QString layer = QStringLiteral("layer");
    const QString crs = QStringLiteral("crs");
    const QString encoding = QStringLiteral("encoding");
    const QString basemap = QStringLiteral("basemap");
    const QString tileCache = QStringLiteral("tile-cache");
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (!parser.positionalArguments().isEmpty() || !parser.isSet(out))
        return usageError(QStringLiteral("--out MAP.pdf is required, and nothing else"));
    const QString paperName = parser.value(paper).isEmpty() ? QStringLiteral("A4") : parser.value(paper).toUpper();
    if (paperName != QStringLiteral("A4") && paperName != QStringLiteral("A3"))
        return usageError(QStringLiteral("--paper takes A4 or A3"));
    const QString language = parser.value(lang).isEmpty() ? QStringLiteral("zh") : parser.value(lang);
    if (language != QStringLiteral("zh") && language != QStringLiteral("en"))
        return usageError(QStringLiteral("--lang takes zh or en"));
    BasemapChoice basemapChoice;
    QString basemapError;
    if (!chooseBasemap(parser.value(basemap), parser.value(tileCache), basemapChoice, basemapError))
        return usageError(basemapError);

    render::MapPdfSettings settings;
    settings.paper = paperName == QStringLiteral("A3") ? QPageSize::A3 : QPageSize::A4;
    settings.orientation = parser.isSet(landscape) ? QPageLayout::Landscape : QPageLayout::Portrait;
    settings.language = language == QStringLiteral("en") ? render::LabelLanguage::English : render::LabelLanguage::Chinese;
    settings.layers.language = settings.language;
    settings.title = parser.value(title);
    settings.basemap = basemapChoice.basemap;

    const auto dataDir = bundledDataDirectory();
    if (dataDir.empty())
        return kExitBadInput;
    try {
        const auto data = loadDataWithZones(dataDir, parser.value(zones), parser.value(zoneField));
        render::MapScene scene = render::sceneFromData(*data);
        if (parser.isSet(parcels)) {
            core::ParcelInputOptions input;
            input.source = parser.value(parcels).toStdString();
            input.layer = parser.value(layer).toStdString();
            input.crs = parser.value(crs).toStdString();
            input.encoding = parser.value(encoding).toStdString();
            auto source = core::ParcelSource::open(input);
            ShapeSink sink;  // the map needs shapes and verdicts, not reasons
            core::BatchCheckOptions options;
            options.settings.language = language == QStringLiteral("en") ? core::Language::English : core::Language::Chinese;
            core::runBatchCheck(*data, source, options, sink);
            scene.parcelLayers.push_back(std::make_shared<render::ParcelLayer>(QFileInfo(parser.value(parcels)).completeBaseName(),
                                                                               std::move(sink.shapes())));
            settings.extent = scene.extent();
        }
        const render::ExportOutcome outcome = render::exportMapPdf(parser.value(out), scene, settings);
        if (outcome.status != render::ExportStatus::Written) {
            printErr(QStringLiteral("pearlzone-cli map: ") + outcome.message + QStringLiteral("\n"));
            return kExitOutputFailed;
        }
        reportBasemap(QStringLiteral("map"), parser.value(basemap), basemapChoice, outcome);
        printErr(QStringLiteral("map: %1 (scale %2)\n").arg(parser.value(out)).arg(QStringLiteral("1:%L1").arg(std::llround(outcome.scaleDenominator))));
        return kExitOk;
    } catch (const core::OutputError& error) {
        printErr(QStringLiteral("pearlzone-cli map: ") + QString::fromUtf8(error.what()) + QStringLiteral("\n"));
        return kExitOutputFailed;
    } catch (const gis::Error& error) {
        printErr(QStringLiteral("pearlzone-cli map: ") + QString::fromUtf8(error.what()) + QStringLiteral("\n"));
        return kExitBadInput;
    }
}

}  // namespace pearlzone::cli
