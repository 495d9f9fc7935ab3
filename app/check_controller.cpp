#include "app/check_controller.h"

#include "app/batch_check_dialog.h"
#include "app/constraint_layers.h"
#include "app/constraint_layers_dialog.h"
#include "app/recent_files.h"
#include "core/report_run.h"

#include <QFileDialog>

namespace pearlzone::app {

CheckController::CheckController(QWidget* window, CheckRunner* runner, RecentFiles* recent, LayerList layers)
    : QObject(window), window_(window), runner_(runner), recent_(recent), constraints_(new ConstraintLayers(this)),
      layers_(std::move(layers))
{
    connect(runner_, &CheckRunner::finished, this, [this] {
        if (recheckPending_)  // the language or the zones changed while it ran
            recheckAll();
    });
}

void CheckController::setContext(std::shared_ptr<const core::PilotZoneData> data, core::Language language)
{
    data_ = std::move(data);
    language_ = language;
}

core::BatchCheckOptions CheckController::options(double minInside) const
{
    core::BatchCheckOptions options;
    options.settings.minInside = minInside;
    options.settings.language = language_;
    return options;
}

void CheckController::start(std::vector<CheckJob> jobs, bool remember)
{
    if (jobs.empty() || runner_->isRunning() || !data_)
        return;
    if (remember)
        for (const auto& job : jobs)  // a connection with a password is not kept in plain text
            if (core::withoutPassword(job.input.source) == job.input.source)
                recent_->remember(QString::fromStdString(job.input.source));
    for (auto& job : jobs)
        job.constraints = constraints_->set();
    emit started();
    runner_->start(data_, std::move(jobs));
}

void CheckController::checkFiles(const QStringList& paths)
{
    std::vector<CheckJob> jobs;
    for (const QString& path : paths) {
        CheckJob job{{}, options(0.99), false, nullptr};
        job.input.source = path.toStdString();
        jobs.push_back(std::move(job));
    }
    start(std::move(jobs), true);
}

void CheckController::openFiles()
{
    const QStringList paths = QFileDialog::getOpenFileNames(
        window_, tr("Open parcels"), lastFolder(), tr("Parcel files (*.gpkg *.shp *.geojson *.json *.fgb *.kml *.dxf *.csv *.xlsx *.xls *.ods);;All files (*)"));
    if (!paths.isEmpty())
        showDialog(paths);
}

void CheckController::showDialog(const QStringList& files)
{
    if (runner_->isRunning())
        return;
    BatchCheckDialog dialog(lastFolder(), window_);
    if (!files.isEmpty())
        dialog.addFiles(files);
    if (dialog.exec() != QDialog::Accepted)
        return;
    std::vector<CheckJob> jobs;
    for (const auto& input : dialog.inputs())
        jobs.push_back({input, options(dialog.minInside()), dialog.pushDown() && BatchCheckDialog::isDatabase(input.source), nullptr});
    start(std::move(jobs), true);
}

void CheckController::showConstraintLayers()
{
    ConstraintLayersDialog dialog(constraints_, lastFolder(), window_);
    dialog.exec();
}

void CheckController::recheckAll()
{
    recheckPending_ = runner_->isRunning();
    if (recheckPending_)
        return;
    std::vector<CheckJob> jobs;
    for (const auto& layer : layers_())
        jobs.push_back({layer->input, options(layer->minInside), layer->pushedDown, nullptr});
    start(std::move(jobs), false);
}

}  // namespace pearlzone::app
