#include "app/basemap_settings.h"

#include <QDir>
#include <QSettings>
#include <QStandardPaths>

namespace pearlzone::app {

namespace {
// In the app's own settings (organisation and application "Pearlzone"), which the CLI reads too.
const char* const kKeySetting = "basemap/tiandituKey";
}  // namespace

QString defaultTileCacheFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation))
        .filePath(QStringLiteral("pearlzone/tiles"));
}

QString tiandituKey()
{
    const QString fromEnvironment = qEnvironmentVariable("PEARLZONE_TIANDITU_KEY").trimmed();
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return QSettings(QStringLiteral("Pearlzone"), QStringLiteral("Pearlzone")).value(QLatin1String(kKeySetting)).toString().trimmed();
}

void saveTiandituKey(const QString& key)
{
    QSettings(QStringLiteral("Pearlzone"), QStringLiteral("Pearlzone")).setValue(QLatin1String(kKeySetting), key.trimmed());
}

}  // namespace pearlzone::app
