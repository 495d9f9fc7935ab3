#include "app/cli/check_options.h"

#include "app/cli/cli_context.h"
#include "app/cli/stop_signals.h"
#include "app/cli/terminal.h"

#include <QFileInfo>

#include <algorithm>
#include <cstdio>
#include <string>

namespace pearlzone::cli {

std::unique_ptr<core::PilotZoneData> loadDataWithZones(const std::filesystem::path& dataDir, const QString& zones,
                                                       const QString& zoneField)
{
    core::ZoneLoadOptions options;
    options.zoneField = zoneField.toStdString();
    auto data = core::PilotZoneData::load(dataDir, zones.toStdString(), options);
    for (const auto& warning : data->warnings())
        printErr(QStringLiteral("warning: ") + QString::fromStdString(warning) + QStringLiteral("\n"));
    return data;
}

namespace check_arguments {

bool constraintRuleNamed(const QString& name, std::optional<core::ConstraintRule>& rule)
{
    rule.reset();
    if (name == QStringLiteral("prohibited"))
        rule = core::ConstraintRule::Prohibited;
    else if (name == QStringLiteral("restricted"))
        rule = core::ConstraintRule::Restricted;
    return rule || name == QStringLiteral("field");
}

std::optional<QString> parse(QCommandLineParser& parser, const QStringList& arguments, core::BatchCheckOptions& options)
{
    if (!parser.parse(arguments))
        return parser.errorText();
    if (parser.positionalArguments().size() != 1)
        return QStringLiteral("give exactly one parcel file");
    const QString pdf = QStringLiteral("pdf");
    if (parser.isSet(pdf) && !parser.value(pdf).endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive))
        return QStringLiteral("--pdf takes a file name ending in .pdf");
    const QString minInside = QStringLiteral("min-inside");
    if (parser.isSet(minInside)) {
        bool ok = false;
        options.settings.minInside = parser.value(minInside).toDouble(&ok);
        if (!ok || options.settings.minInside <= 0.0 || options.settings.minInside > 1.0)
            return QStringLiteral("--min-inside takes a number above 0 and at most 1");
    }
    const QString lang = QStringLiteral("lang");
    if (parser.isSet(lang)) {
        const QString value = parser.value(lang);
        if (value != QStringLiteral("zh") && value != QStringLiteral("en"))
            return QStringLiteral("--lang takes zh or en");
        options.settings.language = value == QStringLiteral("en") ? core::Language::English : core::Language::Chinese;
    }
    // --constraint-layer and --constraint-rule pair with --constraints by position.
    const qsizetype constraintCount = parser.values(QStringLiteral("constraints")).size();
    for (const QString& name : {QStringLiteral("constraint-layer"), QStringLiteral("constraint-rule")}) {
        const qsizetype given = parser.values(name).size();
        if (given != 0 && given != constraintCount)
            return QStringLiteral("give --%1 once for each --constraints (%2 given for %3)").arg(name).arg(given).arg(constraintCount);
    }
    std::optional<core::ConstraintRule> rule;
    for (const QString& name : parser.values(QStringLiteral("constraint-rule")))
        if (!constraintRuleNamed(name, rule))
            return QStringLiteral("--constraint-rule takes prohibited, restricted or field");
    const QString threads = QStringLiteral("threads");
    if (parser.isSet(threads)) {
        bool ok = false;
        options.threads = parser.value(threads).toInt(&ok);
        if (!ok || options.threads < 1 || options.threads > 256)
            return QStringLiteral("--threads takes a whole number from 1 to 256");
    }
    return std::nullopt;
}

core::ParcelInputOptions parcelInput(const QCommandLineParser& parser, const QString& source)
{
    core::ParcelInputOptions input;
    input.source = source.toStdString();
    input.layer = parser.value(QStringLiteral("layer")).toStdString();
    input.idField = parser.value(QStringLiteral("id-field")).toStdString();
    input.industryField = parser.value(QStringLiteral("industry-field")).toStdString();
    input.landUseField = parser.value(QStringLiteral("land-use-field")).toStdString();
    input.checkLandUse = !parser.isSet(QStringLiteral("no-land-use"));
    input.crs = parser.value(QStringLiteral("crs")).toStdString();
    input.encoding = parser.value(QStringLiteral("encoding")).toStdString();
    return input;
}

core::ConstraintSet constraints(const QCommandLineParser& parser, const core::ParcelInputOptions& input)
{
    std::vector<core::ConstraintLayerOptions> layers;
    const QStringList sources = parser.values(QStringLiteral("constraints"));
    const QStringList layerNames = parser.values(QStringLiteral("constraint-layer"));
    const QStringList rules = parser.values(QStringLiteral("constraint-rule"));
    for (qsizetype i = 0; i < sources.size(); ++i) {
        core::ConstraintLayerOptions layer{sources[i].toStdString(), {}, std::nullopt, {}, input.encoding};
        if (i < layerNames.size())
            layer.layer = layerNames[i].toStdString();
        if (i < rules.size())
            constraintRuleNamed(rules[i], layer.rule);
        layers.push_back(std::move(layer));
    }
    return core::ConstraintSet::load(layers);
}

bool showProgress(const QCommandLineParser& parser)
{
    return !parser.isSet(QStringLiteral("quiet")) && stderrIsTerminal();
}

}  // namespace check_arguments

QString defaultOutputName(const QString& parcels, const QString& suffix)
{
    const QString base = parcels.startsWith(QStringLiteral("PG:")) ? QStringLiteral("postgis") : QFileInfo(parcels).completeBaseName();
    return base + QStringLiteral(".") + suffix;
}

namespace {

std::string progressBar(double share)
{
    const int width = 30;
    const int filled = static_cast<int>(share * width);
    return "[" + std::string(static_cast<std::size_t>(filled), '#') + std::string(static_cast<std::size_t>(width - filled), '.') + "]";
}

void drawProgress(const core::BatchProgress& p)
{
    if (p.totalHint > 0) {
        const double share = std::min(1.0, static_cast<double>(p.done) / static_cast<double>(p.totalHint));
        std::fprintf(stderr, "\r%s %3d%%  %lld / %lld parcels", progressBar(share).c_str(), static_cast<int>(share * 100),
                     static_cast<long long>(p.done), static_cast<long long>(p.totalHint));
    } else {
        std::fprintf(stderr, "\r%lld parcels checked", static_cast<long long>(p.done));
    }
    std::fflush(stderr);
}

}  // namespace

void drawPdfProgress(int percent)
{
    static int shown = -1;  // a report of 50,000 pages reports each percent once
    if (percent == shown)
        return;
    shown = percent;
    const int clamped = std::clamp(percent, 0, 100);
    std::fprintf(stderr, "\r%s %3d%%  PDF pages              ", progressBar(clamped / 100.0).c_str(), clamped);
    std::fflush(stderr);
}

core::BatchSummary runInterruptibleCheck(const core::PilotZoneData& data, core::ParcelSource& source,
                                         const core::BatchCheckOptions& options, core::CheckSink& sink, bool showProgress)
{
    return runInterruptible(
        [&](const ProgressFunction& progress, const std::atomic<bool>* cancel) {
            return core::runBatchCheck(data, source, options, sink, progress, cancel);
        },
        showProgress);
}

core::BatchSummary runInterruptible(const std::function<core::BatchSummary(const ProgressFunction&, const std::atomic<bool>*)>& run,
                                    bool showProgress)
{
    const StopListening stop;
    const core::BatchSummary summary = run(showProgress ? ProgressFunction(drawProgress) : nullptr, stop.flag());
    if (showProgress)
        std::fputs("\n", stderr);
    return summary;
}

}  // namespace pearlzone::cli
