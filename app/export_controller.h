#pragma once
// ExportController: File → Export: the results as CSV/GeoJSON/GeoPackage, the map and the
// check report as PDF. PDFs are written off the GUI thread behind a progress dialog whose
// Cancel reaches the exporter through one core::Feedback; failures come back as dialogs.

#include "app/check_runner.h"
#include "core/pilot_zone_data.h"
#include "render/pdf_export.h"

#include <QObject>

#include <functional>
#include <memory>

class QWidget;

namespace pearlzone::app {

class ExportController : public QObject {
    Q_OBJECT
public:
    explicit ExportController(QWidget* window);

    void exportResults(const std::shared_ptr<const CheckedLayer>& layer);
    // Asks for paper, scale and title (with a preview), then for the file.
    void exportMapPdf(std::shared_ptr<const render::MapScene> scene, const render::MapPdfSettings& defaults);
    void exportMapPdfTo(const QString& path, std::shared_ptr<const render::MapScene> scene, const render::MapPdfSettings& settings);
    // page: its language and basemap.
    void exportReportPdf(const std::shared_ptr<const CheckedLayer>& layer, std::shared_ptr<const core::PilotZoneData> data,
                         const render::PdfPageSettings& page);
    void exportReportPdfTo(const QString& path, const std::shared_ptr<const CheckedLayer>& layer,
                           std::shared_ptr<const core::PilotZoneData> data, const render::PdfPageSettings& page);
    bool isBusy() const { return running_ > 0; }
    // The constraint layers the report's map shows (those the checks use).
    void setConstraintLayers(std::vector<std::shared_ptr<const render::ConstraintLayer>> layers) { constraints_ = std::move(layers); }

signals:
    void message(const QString& text);
    void finished();

private:
    using Work = std::function<render::ExportOutcome(const render::ExportProgress&, const std::atomic<bool>*)>;
    void run(const QString& path, Work work);
    QString askForFile(const QString& caption, const QString& name, const QString& filter);

    QWidget* window_;
    int running_ = 0;
    std::vector<std::shared_ptr<const render::ConstraintLayer>> constraints_;
};

}  // namespace pearlzone::app
