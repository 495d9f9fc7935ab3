#include "app/cli/check_options.h"

#include "app/cli/cli_context.h"

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

std::optional<QString> readCheckSettings(const QCommandLineParser& parser, const QCommandLineOption& minInside,
                                         const QCommandLineOption& lang, const QCommandLineOption& threads,
                                         core::BatchCheckOptions& options)
{
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

InterruptGuard::InterruptGuard()
{
    interrupted.store(false);
    previous_ = std::signal(SIGINT, onInterrupt);
}

InterruptGuard::~InterruptGuard()
{
    std::signal(SIGINT, previous_);
}

const std::atomic<bool>* InterruptGuard::flag()
{
    return &interrupted;
}

}  // namespace pearlzone::cli
