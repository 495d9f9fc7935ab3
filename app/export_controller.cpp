#include "app/export_controller.h"

#include "app/pdf_export_dialog.h"
#include "core/feedback.h"
#include "core/report_writer.h"
#include "gis/error.h"

#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QMessageBox>
#include <QPointer>
#include <QProgressDialog>
#include <QSettings>
#include <QtConcurrent>

namespace pearlzone::app {

ExportController::ExportController(QWidget* window) : QObject(window), window_(window) {}

QString ExportController::askForFile(const QString& caption, const QString& name, const QString& filter)
{
    const QString folder = QSettings().value(QStringLiteral("lastFolder")).toString();
    return QFileDialog::getSaveFileName(window_, caption, folder + QStringLiteral("/") + name, filter);
}

void ExportController::exportResults(const std::shared_ptr<const CheckedLayer>& layer)
{
    if (!layer)
        return;
    const QString path = askForFile(tr("Export results"), layer->name + QStringLiteral(".check.csv"),
                                    tr("CSV (*.csv);;GeoJSON (*.geojson);;GeoPackage (*.gpkg)"));
    if (path.isEmpty())
        return;
    try {
        core::ReportWriter writer(path.toStdString());
        writer.write(layer->parcels);
        writer.commit();
        emit message(tr("Results written to %1").arg(path));
    } catch (const gis::Error& error) {
        QMessageBox::warning(window_, tr("Export failed"), QString::fromUtf8(error.what()));
    }
}

void ExportController::exportMapPdf(std::shared_ptr<const render::MapScene> scene, const render::MapPdfSettings& defaults)
{
    PdfExportDialog dialog(scene, defaults, window_);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString path = askForFile(tr("Export map to PDF"), QStringLiteral("map.pdf"), tr("PDF (*.pdf)"));
    if (!path.isEmpty())
        exportMapPdfTo(path, std::move(scene), dialog.settings());
}

void ExportController::exportMapPdfTo(const QString& path, std::shared_ptr<const render::MapScene> scene,
                                      const render::MapPdfSettings& settings)
{
    run(path, [path, scene, settings](const render::ExportProgress& progress, const std::atomic<bool>* cancel) {
        return render::exportMapPdf(path, *scene, settings, progress, cancel);
    });
}

void ExportController::exportReportPdf(const std::shared_ptr<const CheckedLayer>& layer,
                                       std::shared_ptr<const core::PilotZoneData> data, const render::PdfPageSettings& page)
{
    if (!layer)
        return;
    ReportPdfDialog dialog(page, window_);  // which parcels the table lists
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString path = askForFile(tr("Export check report to PDF"), layer->name + QStringLiteral(".check.pdf"), tr("PDF (*.pdf)"));
    if (!path.isEmpty())
        exportReportPdfTo(path, layer, std::move(data), dialog.settings());
}

void ExportController::exportReportPdfTo(const QString& path, const std::shared_ptr<const CheckedLayer>& layer,
                                         std::shared_ptr<const core::PilotZoneData> data, const render::PdfPageSettings& page)
{
    if (!layer || !data)
        return;
    auto scene = std::make_shared<render::MapScene>(render::sceneFromData(*data));
    scene->parcelLayers.push_back(layer->shapes);
    const render::PdfPageSettings settings = page;
    run(path, [path, scene, layer, data, settings](const render::ExportProgress& progress, const std::atomic<bool>* cancel) {
        const auto contents = core::checkReportContents(layer->drawn ? QString() : layer->source, layer->name, layer->drawn ? QStringLiteral("EPSG:4547") : layer->crs,
                                                        layer->minInside, layer->checkedAt, layer->summary, &layer->parcels,
                                                        &data->zones);
        return render::exportReportPdf(path, *scene, contents, settings, progress, cancel);
    });
}

void ExportController::run(const QString& path, Work work)
{
    auto feedback = std::make_shared<core::Feedback>();
    auto* dialog = new QProgressDialog(tr("Writing %1…").arg(QFileInfo(path).fileName()), tr("Cancel"), 0, 100, window_);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setMinimumDuration(300);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QProgressDialog::canceled, this, [feedback] { feedback->cancel(); });
    QPointer<QProgressDialog> progressDialog(dialog);
    feedback->onProgress([progressDialog](double percent) {
        QMetaObject::invokeMethod(qApp, [progressDialog, percent] {
            if (progressDialog)
                progressDialog->setValue(static_cast<int>(percent));
        });
    });
    ++running_;
    auto* watcher = new QFutureWatcher<render::ExportOutcome>(this);
    connect(watcher, &QFutureWatcher<render::ExportOutcome>::finished, this, [this, watcher, progressDialog, path] {
        const render::ExportOutcome outcome = watcher->result();
        watcher->deleteLater();
        if (progressDialog)
            progressDialog->close();
        --running_;
        if (outcome.status == render::ExportStatus::Written)
            emit message(tr("PDF written to %1").arg(path));
        else if (outcome.status == render::ExportStatus::Cancelled)
            emit message(tr("PDF export cancelled: no file was written"));
        else
            QMessageBox::warning(window_, tr("Export failed"), outcome.message);
        emit finished();
    });
    watcher->setFuture(QtConcurrent::run([work, feedback] {
        try {
            return work([feedback](int percent) { feedback->setProgress(percent); }, feedback->cancelFlag());
        } catch (const std::exception& error) {  // nothing escapes the worker
            render::ExportOutcome outcome;
            outcome.message = QString::fromUtf8(error.what());
            return outcome;
        }
    }));
}

}  // namespace pearlzone::app
