#include "app/cli/cli_context.h"

#include "app/cli/command_help.h"

#include "core/data_location.h"
#include "core/pilot_zone_data.h"
#include "core/wording.h"
#include "gis/error.h"
#include "gis/utf8_path.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

namespace pearlzone::cli {

void printOut(const QString& text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<std::size_t>(bytes.size()), stdout);
    std::fflush(stdout);
}

void printErr(const QString& text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<std::size_t>(bytes.size()), stderr);
    std::fflush(stderr);
}

int reportFailure(const QString& command, const gis::Error& error, core::Language language, bool verbose, int exitCode)
{
    printErr(QStringLiteral("pearlzone-cli %1: ").arg(command) + core::Wording(language).errorMessage(error) +
             QStringLiteral("\n"));
    if (verbose && !error.detail().empty())
        printErr(QStringLiteral("details: ") + QString::fromStdString(error.detail()) + QStringLiteral("\n"));
    return exitCode;
}

int usageError(const QString& command, const QString& message)
{
    printErr(QStringLiteral("pearlzone-cli %1: %2\nusage: %3\n(pearlzone-cli %1 --help explains every option)\n")
                 .arg(command, message, commandSynopsis(command).replace(QStringLiteral("\n"), QStringLiteral("\n       "))));
    return kExitUsage;
}

std::filesystem::path bundledDataDirectory()
{
    const auto exeDir = gis::pathFromUtf8(QCoreApplication::applicationDirPath().toStdString());
    if (auto found = core::findDataDirectory(exeDir))
        return *found;
    QString tried;
    for (const auto& candidate : core::dataDirectoryCandidates(exeDir))
        tried += QStringLiteral("\n  ") + QString::fromStdString(gis::pathToUtf8(candidate));
    printErr(QStringLiteral("pearlzone-cli: the bundled data folder was not found; looked in:") + tried +
             QStringLiteral("\n(set PEARLZONE_DATA_DIR to the folder holding zones.geojson)\n"));
    return {};
}

int runDataListing(const QStringList& arguments, const QString& command,
                   const std::function<QString(const core::PilotZoneData&, bool json)>& describe)
{
    QCommandLineParser parser;
    parser.addOptions(commandOptions(command));
    if (!parser.parse(arguments))
        return usageError(command, parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return usageError(command, QStringLiteral("takes no file arguments"));
    const auto dataDir = bundledDataDirectory();
    if (dataDir.empty())
        return kExitBadInput;
    try {
        const auto data = core::PilotZoneData::load(dataDir);
        printOut(describe(*data, parser.isSet(QStringLiteral("json"))));
        return kExitOk;
    } catch (const gis::Error& error) {
        printErr(QStringLiteral("pearlzone-cli %1: ").arg(command) + QString::fromUtf8(error.what()) + QStringLiteral("\n"));
        return kExitBadInput;
    }
}

}  // namespace pearlzone::cli
