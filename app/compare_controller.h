#pragma once
// CompareController: Check → Compare zone sets: the dialog, the comparison in the background
// with a progress dialog and Cancel (CompareRunner), then the result's window.

#include "app/compare_results_window.h"
#include "app/compare_runner.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QProgressDialog;
class QWidget;

namespace pearlzone::app {

class CompareController : public QObject {
    Q_OBJECT
public:
    // defaultParcels: the input of the layer checked last ("" source when none).
    CompareController(QWidget* window, std::function<core::ParcelInputOptions()> defaultParcels);
    void setContext(std::shared_ptr<const core::PilotZoneData> data, core::Language language);

    void showDialog();
    // Starts comparing (what the dialog does when accepted); false when one is running.
    // The zone sets' layers and fields as given (default: as the files say).
    bool start(const core::ParcelInputOptions& parcels, const QString& fromPath, const QString& toPath,
               const core::ZoneLoadOptions& fromOptions = {}, const core::ZoneLoadOptions& toOptions = {});

    CompareRunner* runner() const { return runner_; }
    // The window of the last result (null once closed).
    CompareResultsWindow* resultsWindow() const { return results_; }

signals:
    void resultShown(pearlzone::app::CompareResultsWindow* window);

private:
    void showResult(std::shared_ptr<CompareResult> result);

    QWidget* window_;
    std::function<core::ParcelInputOptions()> defaultParcels_;
    std::shared_ptr<const core::PilotZoneData> data_;
    core::Language language_ = core::Language::Chinese;
    CompareRunner* runner_;
    QProgressDialog* progress_ = nullptr;
    QPointer<CompareResultsWindow> results_;
};

}  // namespace pearlzone::app
