#include "app/zones_controller.h"

#include "app/recent_files.h"
#include "app/zone_field_dialog.h"
#include "app/zone_set_dialog.h"
#include "core/zone_set_writer.h"
#include "gis/error.h"

#include <QDir>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QMessageBox>
#include <QProgressDialog>
#include <QtConcurrent/QtConcurrentRun>

namespace pearlzone::app {

ZonesController::ZonesController(QWidget* window) : QObject(window), window_(window) {}

void ZonesController::setContext(std::shared_ptr<const core::PilotZoneData> data, core::Language language)
{
    data_ = std::move(data);
    language_ = language;
}

void ZonesController::open()
{
    const QString path = QFileDialog::getOpenFileName(
        window_, tr("Open zones layer"), lastFolder(),
        tr("Zones layers (*.gpkg *.shp *.geojson *.json *.fgb *.kml *.gml *.sqlite *.tab *.mif);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void ZonesController::cannotOpen(const QString& path, const QString& why)
{
    QMessageBox::warning(window_, tr("Open zones layer"),
                         tr("%1 cannot be opened as zones.\n\n%2").arg(QFileInfo(path).fileName(), why));
}

ZoneMatchPreview ZonesController::readZones(const core::PilotZoneData& current, const QString& path, const std::string& layer,
                                            const std::string& field)
{
    ZoneMatchPreview preview{path, layer, field, {}, nullptr, {}};
    const std::string source = path.toStdString();
    try {
        preview.values = matchZoneValues(source, layer, field, current.zoneNames);
        preview.loaded = current.withZones(source, core::ZoneLoadOptions{layer, field, nullptr});
    } catch (const std::exception& error) {  // gis::Error and anything else: words, not a crash
        preview.error = QString::fromUtf8(error.what());
    }
    return preview;
}

// A large official file takes a while to read and union: the window stays live meanwhile.
ZoneMatchPreview ZonesController::readInBackground(const QString& path, const std::string& layer, const std::string& field)
{
    QFutureWatcher<ZoneMatchPreview> watcher;
    QEventLoop loop;
    connect(&watcher, &QFutureWatcher<ZoneMatchPreview>::finished, &loop, &QEventLoop::quit);
    QProgressDialog busy(tr("Reading the zones of %1…").arg(QFileInfo(path).fileName()), QString(), 0, 0, window_);
    busy.setWindowModality(Qt::WindowModal);
    busy.setMinimumDuration(400);  // shown only when it takes a while
    watcher.setFuture(QtConcurrent::run([data = data_, path, layer, field] { return readZones(*data, path, layer, field); }));
    if (!watcher.isFinished())
        loop.exec();
    return watcher.result();
}

bool ZonesController::openFile(const QString& path)
{
    if (!data_)
        return false;
    ZoneLayerPreview preview;
    try {
        preview = previewZoneLayer(path.toStdString());
    } catch (const gis::Error& error) {
        cannotOpen(path, QString::fromUtf8(error.what()));
        return false;
    }
    std::string layer = preview.layer;
    std::string field = preview.detectedField;
    bool ask = field.empty() || preview.layers.size() > 1;
    for (;;) {
        if (ask) {
            ZoneFieldDialog choose(path, preview, [path](const std::string& name) { return previewZoneLayer(path.toStdString(), name); },
                                   window_);
            if (choose.exec() != QDialog::Accepted)
                return false;
            preview = choose.preview();  // asked again, it opens where the planner left it
            layer = choose.layer();
            field = choose.field();
            preview.detectedField = field;
        }
        const ZoneMatchPreview matched = readInBackground(path, layer, field);
        ZoneMatchDialog confirm(matched, data_->zoneNames, language_, window_);
        const int answer = confirm.exec();
        if (answer == ZoneMatchDialog::kChooseField) {
            ask = true;
            continue;
        }
        if (answer != QDialog::Accepted || !matched.loaded)
            return false;
        emit zonesReplaced(matched.loaded, path);
        return true;
    }
}

bool ZonesController::loadDirectly(const QString& path)
{
    if (!data_)
        return false;
    std::shared_ptr<const core::PilotZoneData> loaded;
    try {
        loaded = data_->withZones(path.toStdString());
    } catch (const gis::Error& error) {
        cannotOpen(path, QString::fromUtf8(error.what()));
        return false;
    }
    emit zonesReplaced(loaded, path);
    return true;
}

void ZonesController::saveAsZoneSet()
{
    if (!data_)
        return;
    ZoneSetDialog describe(data_->zones.info(), window_);
    if (describe.exec() != QDialog::Accepted)
        return;
    const core::ZoneSetInfo info = describe.info();
    QString path = QFileDialog::getSaveFileName(window_, tr("Save zones as zone set"),
                                                lastFolder() + QLatin1Char('/') + QString::fromStdString(info.name) +
                                                    QStringLiteral(".gpkg"),
                                                tr("GeoPackage (*.gpkg)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QStringLiteral(".gpkg"), Qt::CaseInsensitive))
        path += QStringLiteral(".gpkg");
    saveZoneSetTo(path, info);
}

bool ZonesController::saveZoneSetTo(const QString& path, const core::ZoneSetInfo& info)
{
    if (!data_)
        return false;
    try {
        core::saveZoneSet(data_->zones, info, path.toStdString());
    } catch (const gis::Error& error) {  // OutputError is one
        QMessageBox::warning(window_, tr("Save zones as zone set"),
                             tr("The zone set could not be saved to %1. Nothing was written.\n\n%2")
                                 .arg(QDir::toNativeSeparators(path), QString::fromUtf8(error.what())));
        return false;
    }
    return true;
}

}  // namespace pearlzone::app
