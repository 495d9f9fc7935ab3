#pragma once
// The desktop app's main window: the map, the layers, identify and results panels, and the
// menus. It gathers what the planner asks for and hands the work to core/ and render/.

#include "app/check_runner.h"
#include "core/parcel_checker.h"
#include "core/pilot_zone_data.h"
#include "gis/crs_transform.h"
#include "render/map_scene.h"
#include "render/pdf_export.h"

#include <QMainWindow>
#include <QTranslator>
#include <QUndoStack>

#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QAction;
class QActionGroup;
class QComboBox;
class QDockWidget;
class QLabel;
class QMenu;
class QProgressBar;
class QPushButton;
class QTableView;
class QTextBrowser;
class QTreeWidget;
class QTreeWidgetItem;

namespace pearlzone::app {

class MapCanvas;
class ResultsFilter;
class ResultsModel;

// A parcel the planner drew on the map, checked as soon as it was drawn.
struct DrawnParcel {
    QString id;
    QString industry;
    std::vector<unsigned char> wkb;  // EPSG:4547
    core::ParcelResult result;
};

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    enum class Language { Chinese, English };

    // dataDir holds the bundled data, for reloading it with another zones layer.
    explicit MainWindow(std::shared_ptr<const core::PilotZoneData> pilotData, std::filesystem::path dataDir,
                        QWidget* parent = nullptr);
    ~MainWindow() override;

    // Starts a batch check of these files with detected fields (what "make run" and drag and
    // drop do); the Check menu's dialog lets the planner choose instead.
    void checkFiles(const QStringList& paths);
    void setLanguage(Language language);
    Language language() const { return language_; }

    // The parts tests drive.
    MapCanvas* canvas() const { return canvas_; }
    QTableView* resultsTable() const { return resultsTable_; }
    QTextBrowser* identifyPanel() const { return identify_; }
    QAction* batchCheckAction() const { return batchCheckAction_; }
    QAction* drawAction() const { return drawAction_; }
    CheckRunner* runner() const { return runner_; }
    QProgressBar* progressBar() const { return progress_; }
    QPushButton* cancelButton() const { return cancelButton_; }
    const std::vector<std::shared_ptr<CheckedLayer>>& checkedLayers() const { return layers_; }
    const std::vector<DrawnParcel>& drawnParcels() const { return drawn_; }
    QUndoStack* undoStack() { return &undo_; }
    void identifyAt(QPointF world);
    // Replaces the zones (keeping catalogue and designations); false with a message on error.
    bool loadZones(const QString& path);
    const core::PilotZoneData& data() const { return *data_; }
    void moveParcelLayer(std::size_t index, int step);
    void addDrawnParcel(const QPolygonF& worldPolygon, const QString& industry);

    // Used by the undo commands.
    void insertDrawnParcel(std::size_t index, DrawnParcel parcel);
    DrawnParcel takeDrawnParcel(std::size_t index);
    void setDrawnIndustry(std::size_t index, const QString& industry);
    void setDrawnOutline(std::size_t index, const std::vector<unsigned char>& wkb);
    // Starts redrawing the identified drawn parcel's outline; the next polygon replaces it.
    void redrawSelectedOutline();
    std::optional<std::size_t> selectedDrawn() const { return selectedDrawn_; }

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createActions();
    void createMenus();
    void createDocks();
    void retranslate();
    void rebuildScene();
    void rebuildLayersPanel();
    void updateRenderSettings();
    void updateSummary();
    void updateRecentMenu();
    void rememberRecent(const QString& path);

    void openParcels();
    void openZones();
    void showBatchCheckDialog();
    void exportResults();
    void exportMapPdf();
    void exportReportPdf();
public:
    // The exports behind the File menu's PDF actions, for a chosen path.
    void exportMapPdfTo(const QString& path);
    void exportReportPdfTo(const QString& path);
private:
    // Runs a PDF export off the GUI thread behind a progress dialog with Cancel.
    void runPdfExport(const QString& path, std::function<render::ExportOutcome(const render::ExportProgress&, const std::atomic<bool>*)> work);
    void saveDrawnParcels();
    void deleteSelectedDrawn();
    void changeSelectedDrawnIndustry();
    void showAbout();
    void showDataSources();
    void zoomToSelection();
    void onLayerChecked(std::shared_ptr<CheckedLayer> layer);
    void onResultsSelection();
    void onCursorMoved(QPointF world);
    void onPolygonDrawn(const QPolygonF& polygon);
    void showParcel(const core::ParcelResult& result);
    void showZone(const std::string& zoneId, const std::string& subareaId);
    core::ParcelResult checkDrawn(const std::vector<unsigned char>& wkb, const QString& id, const QString& industry);

    std::shared_ptr<const core::PilotZoneData> data_;
    std::filesystem::path dataDir_;
    std::optional<std::size_t> selectedDrawn_;  // the drawn parcel last identified
    render::MapScene baseScene_;
    std::vector<std::shared_ptr<CheckedLayer>> layers_;
    std::vector<DrawnParcel> drawn_;
    std::shared_ptr<const render::ParcelLayer> drawnLayer_;
    std::unique_ptr<core::ParcelChecker> checker_;  // for drawn parcels, on the GUI thread
    // For the status bar. A member, not a function-static: its PROJ object belongs to this
    // thread's PROJ context, which ends before statics are destroyed.
    std::optional<gis::CrsTransform> cursorToLonLat_;
    int drawnCounter_ = 0;
    Language language_ = Language::Chinese;
    QTranslator translator_;
    QTranslator qtTranslator_;
    QUndoStack undo_;

    MapCanvas* canvas_ = nullptr;
    CheckRunner* runner_ = nullptr;
    QDockWidget* layersDock_ = nullptr;
    QDockWidget* identifyDock_ = nullptr;
    QDockWidget* resultsDock_ = nullptr;
    QTreeWidget* layersTree_ = nullptr;
    QTextBrowser* identify_ = nullptr;
    QTableView* resultsTable_ = nullptr;
    ResultsModel* resultsModel_ = nullptr;
    ResultsFilter* resultsFilter_ = nullptr;
    QComboBox* verdictFilter_ = nullptr;
    QComboBox* zoneFilter_ = nullptr;
    QLabel* summary_ = nullptr;
    QLabel* verdictFilterLabel_ = nullptr;
    QLabel* zoneFilterLabel_ = nullptr;
    QLabel* coordinates_ = nullptr;
    QLabel* scale_ = nullptr;
    QProgressBar* progress_ = nullptr;
    QPushButton* cancelButton_ = nullptr;

    QMenu* fileMenu_ = nullptr;
    QMenu* recentMenu_ = nullptr;
    QMenu* editMenu_ = nullptr;
    QMenu* checkMenu_ = nullptr;
    QMenu* viewMenu_ = nullptr;
    QMenu* zoomZoneMenu_ = nullptr;
    QMenu* languageMenu_ = nullptr;
    QMenu* helpMenu_ = nullptr;
    QAction* openParcelsAction_ = nullptr;
    QAction* openZonesAction_ = nullptr;
    QAction* exportResultsAction_ = nullptr;
    QAction* exportMapPdfAction_ = nullptr;
    QAction* exportReportPdfAction_ = nullptr;
    QAction* saveDrawnAction_ = nullptr;
    QAction* quitAction_ = nullptr;
    QAction* undoAction_ = nullptr;
    QAction* redoAction_ = nullptr;
    QAction* deleteDrawnAction_ = nullptr;
    QAction* changeIndustryAction_ = nullptr;
    QAction* redrawOutlineAction_ = nullptr;
    std::optional<std::size_t> redrawing_;  // the drawn parcel whose outline is being redrawn
    QAction* batchCheckAction_ = nullptr;
    QAction* drawAction_ = nullptr;
    QAction* zoomFullAction_ = nullptr;
    QAction* zoomInAction_ = nullptr;
    QAction* zoomOutAction_ = nullptr;
    QAction* zoomSelectionAction_ = nullptr;
    QAction* chineseAction_ = nullptr;
    QAction* englishAction_ = nullptr;
    QAction* aboutAction_ = nullptr;
    QAction* dataSourcesAction_ = nullptr;
    QActionGroup* languageGroup_ = nullptr;
};

}  // namespace pearlzone::app
