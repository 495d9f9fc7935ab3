// pearlzone-cli: the command-line front end. Gathers options and hands them to core/.
#include "app/cli/cli_context.h"
#include "core/version.h"

#include <QGuiApplication>

#include <cstdio>
#include <cstring>
#include <string>

namespace {

constexpr int kExitOk = 0;
constexpr int kExitUsage = 1;

const char* const kUsage =
    "Usage:\n"
    "  pearlzone-cli check PARCELS [--layer NAME] [--zones ZONES] [--id-field F] [--industry-field F]\n"
    "                      [--land-use-field F] [--constraints SOURCE]...\n"
    "                      [--crs CRS] [--encoding ENC] [--min-inside R] [--lang zh|en]\n"
    "                      [--out REPORT] [--pdf REPORT.pdf] [--basemap SOURCE] [--tile-cache DIR]\n"
    "                      [--threads N] [--quiet]\n"
    "  pearlzone-cli zones [--zones ZONES] [--json]\n"
    "  pearlzone-cli industries [--json]\n"
    "  pearlzone-cli land-uses [--json]\n"
    "  pearlzone-cli map --out MAP.pdf [--parcels PARCELS] [--zones ZONES] [--title T]\n"
    "                    [--paper A4|A3] [--landscape] [--lang zh|en] [--basemap SOURCE] [--tile-cache DIR]\n"
    "  pearlzone-cli --version | --help\n";

}  // namespace

int main(int argc, char* argv[])
{
    // PDFs need fonts, hence a GUI application; it never opens a window.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // The CLI says what went wrong in its own words; Qt's notes about its environment
    // (no XDG_RUNTIME_DIR, and so on) would only clutter scripts' stderr.
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext&, const QString& message) {
        if (type == QtCriticalMsg || type == QtFatalMsg)
            std::fprintf(stderr, "pearlzone-cli: %s\n", message.toLocal8Bit().constData());
    });
    QGuiApplication app(argc, argv);
    if (argc < 2) {
        std::fputs(kUsage, stderr);
        return kExitUsage;
    }
    const std::string command = argv[1];
    if (command == "--help" || command == "-h") {
        std::fputs(kUsage, stdout);
        return kExitOk;
    }
    if (command == "--version") {
        std::printf("%s %s\n", pearlzone::kProgramName, pearlzone::kVersion);
        return kExitOk;
    }
    QStringList arguments = QCoreApplication::arguments();
    arguments.removeFirst();  // the program; the parsers take the command's name as theirs
    if (command == "check")
        return pearlzone::cli::runCheck(arguments);
    if (command == "zones")
        return pearlzone::cli::runZones(arguments);
    if (command == "industries")
        return pearlzone::cli::runIndustries(arguments);
    if (command == "land-uses")
        return pearlzone::cli::runLandUses(arguments);
    if (command == "map")
        return pearlzone::cli::runMap(arguments);
    std::fprintf(stderr, "pearlzone-cli: unknown command '%s'\n\n%s", command.c_str(), kUsage);
    return kExitUsage;
}
