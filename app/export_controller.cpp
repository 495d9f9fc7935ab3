#include "app/export_controller.h"

#include "app/pdf_export_dialog.h"
#include "app/postgis_export_dialog.h"
#include "core/feedback.h"
#include "core/report_run.h"
#include "core/table_reasons.h"
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

void ExportController::exportResults(const std::shared_ptr<const CheckedLayer>& layer,
                                     std::shared_ptr<const core::PilotZoneData> data)
{
    if (!layer)
        return;
    const QString path = askForFile(tr("Export results"), layer->name + QStringLiteral(".check.csv"),
                                    tr("CSV (*.csv);;GeoJSON (*.geojson);;GeoPackage (*.gpkg);;Excel workbook (*.xlsx)"));
    if (!path.isEmpty())
        exportResultsTo(path, layer, std::move(data));
}

void ExportController::exportResultsTo(const QString& path, const std::shared_ptr<const CheckedLayer>& layer,
                                       std::shared_ptr<const core::PilotZoneData> data)
{
    if (!layer)
        return;
    // The checksum of the input is read only for the formats that show it (not CSV).
    const bool withChecksum = !path.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive);
    writeResults(path, path, {}, withChecksum, layer, std::move(data));
}

void ExportController::exportResultsToPostgis(const std::shared_ptr<const CheckedLayer>& layer,
                                              std::shared_ptr<const core::PilotZoneData> data)
{
    if (!layer)
        return;
    PostgisExportDialog dialog(passwords_, window_);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const PostgisTarget target = dialog.target();
    if (dialog.rememberPassword())
        passwords_->write(target.account(), target.password, this, [this](bool stored) {
            if (!stored)
                emit message(tr("The password could not be saved in the system keychain; it will be asked for next time."));
        });
    core::ReportOptions options;
    options.outLayer = target.table.toStdString();
    options.overwrite = target.overwrite;
    writeResults(target.connection(), tr("table %1 in %2").arg(target.table, target.database), options, true, layer, std::move(data));
}

void ExportController::writeResults(const QString& destination, const QString& label, core::ReportOptions options, bool withChecksum,
                                    const std::shared_ptr<const CheckedLayer>& layer, std::shared_ptr<const core::PilotZoneData> data)
{
    const std::string where = destination.toStdString();
    run(
        label,
        [where, label, options, withChecksum, layer, data](const render::ExportProgress& progress, const std::atomic<bool>* cancel) {
            core::ReportOptions report = options;
            report.run = reportOptionsFor(*layer, withChecksum).run;  // the checksum reads the input: not on the GUI thread
            const ResultsExport written = app::writeResults(where, *layer, data ? &data->zones : nullptr, report, progress, cancel);
            render::ExportOutcome outcome;
            outcome.status = written.problem == ResultsProblem::None        ? render::ExportStatus::Written
                             : written.problem == ResultsProblem::Cancelled ? render::ExportStatus::Cancelled
                                                                            : render::ExportStatus::Failed;
            outcome.message = problemText(written, label);
            return outcome;
        },
        tr("Results written to %1").arg(label), tr("Export cancelled: %1 was left as it was").arg(label));
}

QString ExportController::problemText(const ResultsExport& outcome, const QString& label)
{
    const QString detail = QString::fromStdString(outcome.detail);
    switch (outcome.problem) {
    case ResultsProblem::CannotConnect:
        return tr("Could not connect to the database. Check the host, port, database, user and password.\n\n%1").arg(detail);
    case ResultsProblem::TableExists:
        return tr("The %1 exists already and was left as it is. Choose another table name, or tick "
                  "\"Replace the table if it exists\".").arg(label);
    case ResultsProblem::NoPostgis:
        return tr("The database has no PostGIS. Ask its administrator to run CREATE EXTENSION postgis, or choose another database.");
    case ResultsProblem::CannotWrite:
        return tr("The results could not be written to %1; nothing was left behind.\n\n%2").arg(label, detail);
    case ResultsProblem::None:
    case ResultsProblem::Cancelled:
        break;
    }
    return {};
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
    }, tr("PDF written to %1").arg(path), tr("PDF export cancelled: no file was written"));
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
    scene->constraintLayers = constraints_;
    scene->parcelLayers.push_back(layer->shapes);
    const render::PdfPageSettings settings = page;
    run(path, [path, scene, layer, data, settings](const render::ExportProgress& progress, const std::atomic<bool>* cancel) {
        // A connection's password never goes into the PDF.
        const QString source = layer->drawn ? QString() : QString::fromStdString(core::withoutPassword(layer->source.toStdString()));
        auto contents = core::checkReportContents(source, layer->name, layer->drawn ? QStringLiteral("EPSG:4547") : layer->crs,
                                                  layer->minInside, layer->checkedAt, layer->summary, nullptr, &data->zones);
        // The table's reasons rebuilt from the held results' texts and places, in the report's language.
        const core::TableReasons reasons(*data, core::CheckSettings{layer->minInside, settings.language});
        contents.reasons = &reasons;
        return render::exportReportPdf(path, *scene, contents, *layer->shapes, [&layer](std::size_t i) { return layer->result(i); },
                                       settings, progress, cancel);
    }, tr("PDF written to %1").arg(path), tr("PDF export cancelled: no file was written"));
}

void ExportController::run(const QString& label, Work work, const QString& written, const QString& cancelled)
{
    auto feedback = std::make_shared<core::Feedback>();
    auto* dialog = new QProgressDialog(tr("Writing %1…").arg(QFileInfo(label).fileName()), tr("Cancel"), 0, 100, window_);
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
    connect(watcher, &QFutureWatcher<render::ExportOutcome>::finished, this, [this, watcher, progressDialog, written, cancelled] {
        const render::ExportOutcome outcome = watcher->result();
        watcher->deleteLater();
        if (progressDialog)
            progressDialog->close();
        --running_;
        if (outcome.status == render::ExportStatus::Written)
            emit message(written);
        else if (outcome.status == render::ExportStatus::Cancelled)
            emit message(cancelled);
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
