#include "app/cli/basemap_option.h"

#include "app/basemap_settings.h"
#include "app/cli/cli_context.h"
#include "gis/error.h"

namespace pearlzone::cli {

bool chooseBasemap(const QString& source, const QString& tileCache, BasemapChoice& choice, QString& usageError)
{
    gis::BasemapSpec spec;
    try {
        spec = gis::parseBasemapSpec(source.toStdString());
    } catch (const gis::Error& error) {
        usageError = QString::fromUtf8(error.what());
        return false;
    }
    if (spec.kind == gis::BasemapKind::None)
        return true;
    gis::BasemapOptions options;
    options.cacheDirectory = (tileCache.isEmpty() ? app::defaultTileCacheFolder() : tileCache).toStdString();
    options.tiandituKey = app::tiandituKey().toStdString();
    try {
        choice.basemap = std::make_shared<render::Basemap>(std::make_shared<gis::BasemapSource>(spec, options));
    } catch (const gis::Error& error) {
        choice.warning = QString::fromUtf8(error.what());
    }
    return true;
}

void reportBasemap(const QString& command, const QString& source, const BasemapChoice& choice,
                   const render::ExportOutcome& outcome)
{
    const QString prefix = QStringLiteral("pearlzone-cli ") + command + QStringLiteral(": warning: ");
    if (!choice.warning.isEmpty()) {
        printErr(prefix + choice.warning + QStringLiteral("; the map is drawn without a basemap\n"));
        return;
    }
    if (!outcome.basemapStatus)
        return;
    switch (*outcome.basemapStatus) {
    case gis::BasemapStatus::Complete:
    case gis::BasemapStatus::Cancelled:
        return;
    case gis::BasemapStatus::FromCacheOnly:
        printErr(prefix + QStringLiteral("basemap %1 could not be reached (%2); drawn from the tile cache, which may have gaps\n")
                              .arg(source, outcome.basemapReason));
        return;
    case gis::BasemapStatus::Unavailable:
        printErr(prefix + QStringLiteral("basemap %1 could not be had (%2); the map is drawn without it\n")
                              .arg(source, outcome.basemapReason));
        return;
    }
}

}  // namespace pearlzone::cli
