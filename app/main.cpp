// pearlzone: the desktop app.
//   pearlzone [--zones ZONES] [PARCELS...]   opens the map and checks the parcel files given
#include "app/checked_layer.h"
#include "app/main_window.h"
#include "core/data_location.h"
#include "core/version.h"
#include "gis/error.h"
#include "gis/utf8_path.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>

#include <exception>

namespace {

// The last net under every slot: an exception that a slot did not turn into a dialog itself
// becomes one here instead of ending the app (and losing what is not yet autosaved).
class Application : public QApplication {
public:
    using QApplication::QApplication;
    bool notify(QObject* receiver, QEvent* event) override
    {
        try {
            return QApplication::notify(receiver, event);
        } catch (const std::exception& error) {
            QMessageBox::critical(activeWindow(), QStringLiteral("Pearlzone"), QString::fromUtf8(error.what()));
        }
        return false;
    }
};

}  // namespace

int main(int argc, char* argv[])
{
    pearlzone::app::useMappedLargeBlocks();
    Application app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Pearlzone"));
    QApplication::setOrganizationName(QStringLiteral("Pearlzone"));
    QApplication::setApplicationVersion(QString::fromLatin1(pearlzone::kVersion));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/pearlzone.svg")));
    QApplication::setDesktopFileName(QStringLiteral("io.github.pearlzone.Pearlzone"));

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption zones(QStringLiteral("zones"), QStringLiteral("Zones layer to use instead of the bundled one."),
                                   QStringLiteral("ZONES"));
    parser.addOption(zones);
    parser.addPositionalArgument(QStringLiteral("parcels"), QStringLiteral("Parcel files to check on start."));
    parser.process(app);

    const auto dataDir = pearlzone::core::findDataDirectory(
        pearlzone::gis::pathFromUtf8(QCoreApplication::applicationDirPath().toStdString()));
    if (!dataDir) {
        QMessageBox::critical(nullptr, QStringLiteral("Pearlzone"),
                              QStringLiteral("The bundled data folder was not found beside the program. Reinstall "
                                             "Pearlzone, or set PEARLZONE_DATA_DIR to the folder holding zones.geojson."));
        return 2;
    }
    std::shared_ptr<const pearlzone::core::PilotZoneData> data;
    try {
        data = pearlzone::core::PilotZoneData::load(*dataDir, parser.value(zones).toStdString());
    } catch (const pearlzone::gis::Error& error) {
        QMessageBox::critical(nullptr, QStringLiteral("Pearlzone"), QString::fromUtf8(error.what()));
        return 2;
    }
    pearlzone::app::MainWindow window(data, *dataDir);
    window.show();
    if (!parser.positionalArguments().isEmpty())
        window.checkFiles(parser.positionalArguments());
    return QApplication::exec();
}
