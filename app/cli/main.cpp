// pearlzone-cli: the command-line front end. Gathers options and hands them to core/.
#include "app/cli/cli_context.h"
#include "app/cli/command_help.h"
#include "app/cli/stop_signals.h"
#include "core/version.h"

#include <QGuiApplication>

#include <cstdio>
#include <cstring>
#include <string>

namespace {

constexpr int kExitOk = 0;
constexpr int kExitUsage = 1;

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
    pearlzone::cli::installStopHandlers();  // no unfinished file stays, whatever stops the run
    if (argc < 2) {
        pearlzone::cli::printErr(pearlzone::cli::programUsage());
        return kExitUsage;
    }
    const std::string command = argv[1];
    if (command == "--help" || command == "-h") {
        pearlzone::cli::printOut(pearlzone::cli::programUsage());
        return kExitOk;
    }
    if (command == "--version") {
        std::printf("%s %s\n", pearlzone::kProgramName, pearlzone::kVersion);
        return kExitOk;
    }
    QStringList arguments = QCoreApplication::arguments();
    arguments.removeFirst();  // the program; the parsers take the command's name as theirs
    const QString help = pearlzone::cli::commandHelp(arguments.constFirst());
    if (!help.isEmpty() && pearlzone::cli::asksForHelp(arguments.mid(1))) {
        pearlzone::cli::printOut(help);  // --help anywhere on the line wins
        return kExitOk;
    }
    if (command == "check")
        return pearlzone::cli::runCheck(arguments);
    if (command == "compare")
        return pearlzone::cli::runCompare(arguments);
    if (command == "zones")
        return pearlzone::cli::runZones(arguments);
    if (command == "industries")
        return pearlzone::cli::runIndustries(arguments);
    if (command == "land-uses")
        return pearlzone::cli::runLandUses(arguments);
    if (command == "map")
        return pearlzone::cli::runMap(arguments);
    pearlzone::cli::printErr(QStringLiteral("pearlzone-cli: unknown command '%1'\n\n").arg(arguments.constFirst()) +
                             pearlzone::cli::programUsage());
    return kExitUsage;
}
