#include "app/compare_controller.h"

#include "app/compare_dialog.h"
#include "app/compare_results_window.h"
#include "app/zone_field_dialog.h"
#include "gis/error.h"

#include <QFileInfo>
#include <QMessageBox>
#include <QProgressDialog>

namespace pearlzone::app {

CompareController::CompareController(QWidget* window, std::function<core::ParcelInputOptions()> defaultParcels)
    : QObject(window), window_(window), defaultParcels_(std::move(defaultParcels)), runner_(new CompareRunner(this))
{
    connect(runner_, &CompareRunner::progress, this, [this](qint64 done, qint64 total) {
        if (!progress_)
            return;
        progress_->setMaximum(total > 0 ? static_cast<int>(std::min<qint64>(total, 1 << 30)) : 0);
        progress_->setValue(static_cast<int>(std::min<qint64>(done, 1 << 30)));
        progress_->setLabelText(tr("Comparing: %L1 parcels checked against both zone sets").arg(done));
    });
    connect(runner_, &CompareRunner::compared, this, &CompareController::showResult);
    connect(runner_, &CompareRunner::failed, this, [this](const QString& message) {
        QMessageBox::warning(window_, tr("The comparison could not run"), message);
    });
    connect(runner_, &CompareRunner::finished, this, [this] {
        if (progress_)
            progress_->deleteLater();
        progress_ = nullptr;
    });
}

void CompareController::setContext(std::shared_ptr<const core::PilotZoneData> data, core::Language language)
{
    data_ = std::move(data);
    language_ = language;
}

void CompareController::showDialog()
{
    if (runner_->isRunning() || !data_)
        return;
    CompareDialog dialog(defaultParcels_(), QString::fromStdString(data_->zones.info().label()), window_);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // A zones file whose zone field cannot be told: ask for it, as File → Open zones layer does.
    core::ZoneLoadOptions zoneOptions[2];
    const QString paths[2] = {dialog.fromPath(), dialog.toPath()};
    for (int i = 0; i < 2; ++i) {
        if (paths[i].isEmpty())
            continue;
        try {
            const auto chosen = chooseZoneLayer(paths[i], window_);
            if (!chosen)
                return;
            zoneOptions[i] = *chosen;
        } catch (const gis::Error& error) {
            QMessageBox::warning(window_, tr("Compare zone sets"),
                                 tr("%1 cannot be opened as zones.\n\n%2").arg(QFileInfo(paths[i]).fileName(), QString::fromUtf8(error.what())));
            return;
        }
    }
    start(dialog.parcels(), paths[0], paths[1], zoneOptions[0], zoneOptions[1]);
}

bool CompareController::start(const core::ParcelInputOptions& parcels, const QString& fromPath, const QString& toPath,
                              const core::ZoneLoadOptions& fromOptions, const core::ZoneLoadOptions& toOptions)
{
    if (runner_->isRunning() || !data_)
        return false;
    CompareJob job;
    job.input = parcels;
    if (fromPath.isEmpty())
        job.from = data_;
    job.fromPath = fromPath;
    job.toPath = toPath;
    job.fromOptions = fromOptions;
    job.toOptions = toOptions;
    job.language = language_;
    progress_ = new QProgressDialog(tr("Reading the zone sets…"), tr("Cancel"), 0, 0, window_);
    progress_->setWindowTitle(tr("Compare zone sets"));
    progress_->setWindowModality(Qt::WindowModal);
    progress_->setMinimumDuration(300);
    progress_->setAutoClose(false);
    progress_->setAutoReset(false);
    connect(progress_, &QProgressDialog::canceled, runner_, &CompareRunner::cancel);
    runner_->start(std::move(job));
    return true;
}

void CompareController::showResult(std::shared_ptr<CompareResult> result)
{
    if (progress_)
        progress_->hide();
    if (results_)
        results_->close();
    results_ = new CompareResultsWindow(std::move(result), window_);
    results_->show();
    emit resultShown(results_);
}

}  // namespace pearlzone::app
