#pragma once
// The desktop app's main window: it puts the map canvas, the panels (layers, identify,
// results) and the menus together and connects them. The work lives elsewhere: the drawn
// parcels in DrawnParcelsDocument (edited through DrawingController), checks in CheckRunner,
// exports in ExportController, words in core::Wording.

#include "app/check_runner.h"
#include "app/drawn_parcels_document.h"
#include "app/translations.h"
#include "core/pilot_zone_data.h"
#include "render/map_scene.h"
#include "render/pdf_export.h"

#include <QMainWindow>
#include <QUndoStack>

#include <filesystem>
#include <memory>
#include <optional>
#include <vector>

class QAction;
class QDockWidget;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;
class QTextBrowser;

namespace pearlzone::app {

class BasemapMenu;
class CheckController;
class CompareController;
class DrawingController;
class ExportController;
class IdentifyPanel;
class LayersPanel;
class MapCanvas;
class RecentFiles;
class ResultsPanel;
class StatusWidgets;
class ZonesController;
struct MainActions;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    using Language = core::Language;

    // dataDir holds the bundled data, for reloading it with another zones layer. Drawn parcels
    // are autosaved to autosavePath (default: drawn-parcels.gpkg in the user's data folder)
    // and restored from it.
    MainWindow(std::shared_ptr<const core::PilotZoneData> pilotData, std::filesystem::path dataDir,
               QString autosavePath = {}, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Starts a batch check of these files with detected fields (what "make run" and drag and
    // drop do); the Check menu's dialog lets the planner choose instead.
    void checkFiles(const QStringList& paths);
    // Re-words everything shown and re-checks every layer and drawn parcel in the language.
    void setLanguage(Language language);
    Language language() const { return language_; }
    // Replaces the zones with a file's as it says, without asking (File → Open zones layer
    // asks, through ZonesController); false with a message on error.
    bool loadZones(const QString& path);
    // Puts these zones in use (the catalogue and designations with them) and re-checks.
    void replaceZones(std::shared_ptr<const core::PilotZoneData> data, const QString& source);
    const core::PilotZoneData& data() const { return *data_; }
    void identifyAt(QPointF world);
    static QString defaultAutosavePath();

    // The parts tests drive.
    MapCanvas* canvas() const { return canvas_; }
    QTableView* resultsTable() const;
    ResultsPanel* resultsPanel() const { return results_; }
    QTextBrowser* identifyPanel() const;
    LayersPanel* layersPanel() const { return layers_; }
    MainActions& actions() const { return *actions_; }
    QAction* batchCheckAction() const;
    QAction* drawAction() const;
    CheckRunner* runner() const { return runner_; }
    QProgressBar* progressBar() const;
    QPushButton* cancelButton() const;
    QLabel* measureLabel() const;
    const std::vector<std::shared_ptr<const CheckedLayer>>& checkedLayers() const;
    DrawnParcelsDocument* document() const { return document_; }
    const std::vector<DrawnParcel>& drawnParcels() const { return document_->parcels(); }
    DrawingController* drawing() const { return drawing_; }
    ExportController* exporter() const { return exporter_; }
    ZonesController* zonesController() const { return zones_; }
    CompareController* compareController() const { return compare_; }
    QUndoStack* undoStack() { return &undo_; }
    std::optional<std::size_t> selectedDrawn() const;
    void redrawSelectedOutline();
    void exportMapPdfTo(const QString& path);
    void exportReportPdfTo(const QString& path);

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void connectActions();
    void createDocks();
    void retranslate();
    void applyContext();
    void rebuildScene();
    void updateRenderSettings();
    void onLayerChecked(std::shared_ptr<CheckedLayer> layer);
    void onResultsSelection();
    void zoomToSelection();
    render::MapPdfSettings mapPdfDefaults() const;
    void showMessage(const QString& text, int milliseconds = 8000);

    std::shared_ptr<const core::PilotZoneData> data_;
    std::filesystem::path dataDir_;
    render::MapScene baseScene_;
    Language language_ = Language::Chinese;
    AppTranslators translators_;
    QUndoStack undo_;

    DrawnParcelsDocument* document_ = nullptr;
    MapCanvas* canvas_ = nullptr;
    CheckRunner* runner_ = nullptr;
    std::unique_ptr<MainActions> actions_;
    DrawingController* drawing_ = nullptr;
    ExportController* exporter_ = nullptr;
    BasemapMenu* basemap_ = nullptr;
    RecentFiles* recent_ = nullptr;
    LayersPanel* layers_ = nullptr;
    IdentifyPanel* identify_ = nullptr;
    ResultsPanel* results_ = nullptr;
    QDockWidget* layersDock_ = nullptr;
    QDockWidget* identifyDock_ = nullptr;
    QDockWidget* resultsDock_ = nullptr;
    StatusWidgets* status_ = nullptr;
    CheckController* checks_ = nullptr;
    ZonesController* zones_ = nullptr;
    CompareController* compare_ = nullptr;
};

}  // namespace pearlzone::app
