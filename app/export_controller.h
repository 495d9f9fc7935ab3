#pragma once
// ExportController: File → Export: the results as CSV/GeoJSON/GeoPackage/Excel or into a
// PostGIS table (through core::ReportWriter, as the CLI writes them), the map and the check
// report as PDF. Everything is written off the GUI thread behind a progress dialog whose
// Cancel reaches the writer through one core::Feedback; failures come back as dialogs.

#include "app/check_runner.h"
#include "app/password_store.h"
#include "app/results_export.h"
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

    // Asks for a file (.csv, .geojson, .gpkg, .xlsx) and writes the layer's results there.
    void exportResults(const std::shared_ptr<const CheckedLayer>& layer, std::shared_ptr<const core::PilotZoneData> data);
    void exportResultsTo(const QString& path, const std::shared_ptr<const CheckedLayer>& layer,
                         std::shared_ptr<const core::PilotZoneData> data);
    // Asks where in PostGIS (PostgisExportDialog) and writes the results there as a table.
    void exportResultsToPostgis(const std::shared_ptr<const CheckedLayer>& layer, std::shared_ptr<const core::PilotZoneData> data);
    // The secret store for database passwords (default: the platform's; tests give their own).
    void setPasswordStore(std::shared_ptr<PasswordStore> store) { passwords_ = std::move(store); }
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
    // label: the file or table, in the progress dialog. written/cancelled: the status messages.
    void run(const QString& label, Work work, const QString& written, const QString& cancelled);
    // options: where a table goes; the run's record is filled in on the worker (withChecksum:
    // the input file's SHA-256 too).
    void writeResults(const QString& destination, const QString& label, core::ReportOptions options, bool withChecksum,
                      const std::shared_ptr<const CheckedLayer>& layer, std::shared_ptr<const core::PilotZoneData> data);
    static QString problemText(const ResultsExport& outcome, const QString& label);
    QString askForFile(const QString& caption, const QString& name, const QString& filter);

    QWidget* window_;
    std::shared_ptr<PasswordStore> passwords_ = systemPasswordStore();
    int running_ = 0;
    std::vector<std::shared_ptr<const render::ConstraintLayer>> constraints_;
};

}  // namespace pearlzone::app
