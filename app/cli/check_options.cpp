#include "app/cli/check_options.h"

#include "app/cli/cli_context.h"
#include "app/cli/terminal.h"

#include <QFileInfo>

#include <algorithm>
#include <csignal>
#include <cstdio>
#include <string>

namespace pearlzone::cli {

namespace {

std::atomic<bool> interrupted{false};

extern "C" void onInterrupt(int)
{
    interrupted.store(true);
}

}  // namespace

QCommandLineOption zoneFieldOption()
{
    return QCommandLineOption(QStringLiteral("zone-field"),
                              QStringLiteral("Field of the zones layer that names the zones (ids, Chinese or English names, "
                                             "short names such as 琶洲); default zone_id, else detected."),
                              QStringLiteral("F"));
}

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

namespace {

QCommandLineOption option(const char* name, const char* help, const char* value = nullptr)
{
    return value ? QCommandLineOption(QString::fromLatin1(name), QString::fromUtf8(help), QString::fromLatin1(value))
                 : QCommandLineOption(QString::fromLatin1(name), QString::fromUtf8(help));
}

}  // namespace

CheckArguments::CheckArguments()
    : layer(option("layer", "Layer of a multi-layer source.", "NAME")),
      idField(option("id-field", "Field holding the parcel id.", "F")),
      industryField(option("industry-field", "Field holding the industries.", "F")),
      crs(option("crs", "CRS of the parcels (EPSG:4547, EPSG:4326, GCJ02, BD09, ...).", "CRS")),
      encoding(option("encoding", "Text encoding of files that do not say (e.g. GBK).", "ENC")),
      minInside(option("min-inside", "Inside ratio needed to count as inside (default 0.99).", "R")),
      lang(option("lang", "Language of the reasons: zh or en (default zh).", "zh|en")),
      threads(option("threads", "Worker threads (default: all cores).", "N")),
      quiet(option("quiet", "No progress bar or summary."))
{
}

void CheckArguments::addTo(QCommandLineParser& parser) const
{
    parser.addOptions({layer, idField, industryField, crs, encoding, minInside, lang, threads, quiet});
}

core::ParcelInputOptions CheckArguments::input(const QCommandLineParser& parser, const QString& source) const
{
    core::ParcelInputOptions input;
    input.source = source.toStdString();
    input.layer = parser.value(layer).toStdString();
    input.idField = parser.value(idField).toStdString();
    input.industryField = parser.value(industryField).toStdString();
    input.crs = parser.value(crs).toStdString();
    input.encoding = parser.value(encoding).toStdString();
    return input;
}

std::optional<QString> CheckArguments::parse(QCommandLineParser& parser, const QStringList& arguments,
                                             core::BatchCheckOptions& options, const QCommandLineOption& pdf) const
{
    if (!parser.parse(arguments))
        return parser.errorText();
    if (parser.positionalArguments().size() != 1)
        return QStringLiteral("give exactly one parcel file");
    if (parser.isSet(pdf) && !parser.value(pdf).endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive))
        return QStringLiteral("--pdf takes a file name ending in .pdf");
    if (parser.isSet(minInside)) {
        bool ok = false;
        options.settings.minInside = parser.value(minInside).toDouble(&ok);
        if (!ok || options.settings.minInside <= 0.0 || options.settings.minInside > 1.0)
            return QStringLiteral("--min-inside takes a number above 0 and at most 1");
    }
    if (parser.isSet(lang)) {
        const QString value = parser.value(lang);
        if (value != QStringLiteral("zh") && value != QStringLiteral("en"))
            return QStringLiteral("--lang takes zh or en");
        options.settings.language = value == QStringLiteral("en") ? core::Language::English : core::Language::Chinese;
    }
    if (parser.isSet(threads)) {
        bool ok = false;
        options.threads = parser.value(threads).toInt(&ok);
        if (!ok || options.threads < 1 || options.threads > 256)
            return QStringLiteral("--threads takes a whole number from 1 to 256");
    }
    return std::nullopt;
}

bool CheckArguments::showProgress(const QCommandLineParser& parser) const
{
    return !parser.isSet(quiet) && stderrIsTerminal();
}

QString defaultOutputName(const QString& parcels, const QString& suffix)
{
    const QString base = parcels.startsWith(QStringLiteral("PG:")) ? QStringLiteral("postgis") : QFileInfo(parcels).completeBaseName();
    return base + QStringLiteral(".") + suffix;
}

namespace {

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

}  // namespace

core::BatchSummary runInterruptibleCheck(const core::PilotZoneData& data, core::ParcelSource& source,
                                         const core::BatchCheckOptions& options, core::CheckSink& sink, bool showProgress)
{
    interrupted.store(false);
    const auto previous = std::signal(SIGINT, onInterrupt);
    try {
        const core::BatchSummary summary = core::runBatchCheck(
            data, source, options, sink, showProgress ? std::function<void(const core::BatchProgress&)>(drawProgress) : nullptr,
            &interrupted);
        std::signal(SIGINT, previous);
        if (showProgress)
            std::fputs("\n", stderr);
        return summary;
    } catch (...) {
        std::signal(SIGINT, previous);
        throw;
    }
}

}  // namespace pearlzone::cli
