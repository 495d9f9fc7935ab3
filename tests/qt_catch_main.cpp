// main() for tests that need Qt widgets: the QApplication lives exactly as long as the run
// (a function-static one would die after Qt's own globals and crash at exit).
#if __has_include(<catch2/catch_session.hpp>)
#include <catch2/catch_session.hpp>
#else
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>
#endif

#include <QApplication>
#include <QSettings>
#include <QTemporaryDir>

int main(int argc, char* argv[])
{
    // Offscreen unless told otherwise: CTest's test discovery runs us without a display too.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("PearlzoneTests"));
    QApplication::setApplicationName(QStringLiteral("tests"));
    // Every run starts from default settings of its own: test processes run in parallel, and
    // one must not read (or clear) what another remembers.
    const QTemporaryDir settingsDir;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    QSettings().clear();
    return Catch::Session().run(argc, argv);
}
