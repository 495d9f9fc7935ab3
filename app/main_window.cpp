#include "app/main_window.h"

#include "app/about_dialogs.h"
#include "app/basemap_menu.h"
#include "app/check_controller.h"
#include "app/compare_controller.h"
#include "app/constraint_layers.h"
#include "app/drawn_parcel_commands.h"
#include "app/drawing_controller.h"
#include "app/export_controller.h"
#include "app/failure_dialog.h"
#include "app/identify_panel.h"
#include "app/layers_panel.h"
#include "app/main_actions.h"
#include "app/map_canvas.h"
#include "app/recent_files.h"
#include "app/results_panel.h"
#include "app/status_widgets.h"
#include "app/zones_controller.h"
#include "core/wording.h"
#include "gis/error.h"
#include "render/map_hit_test.h"

#include <QAction>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>

namespace pearlzone::app {

MainWindow::MainWindow(std::shared_ptr<const core::PilotZoneData> pilotData, std::filesystem::path dataDir, QString autosavePath,
                       QWidget* parent)
    : QMainWindow(parent), data_(std::move(pilotData)), dataDir_(std::move(dataDir)), baseScene_(render::sceneFromData(*data_))
{
    canvas_ = new MapCanvas(this);
    setCentralWidget(canvas_);
    runner_ = new CheckRunner(dataDir_, this);
    document_ = new DrawnParcelsDocument(data_, language_, this);
    document_->setAutosavePath(autosavePath.isEmpty() ? defaultAutosavePath() : autosavePath);
    actions_ = std::make_unique<MainActions>(this, &undo_);
    actions_->viewMenu->addMenu(basemap_ = new BasemapMenu(canvas_, statusBar(), this));  // fetches off the GUI thread
    drawing_ = new DrawingController(this, canvas_, document_, &undo_);
    exporter_ = new ExportController(this);
    recent_ = new RecentFiles(actions_->recentMenu, this);
    createDocks();

    status_ = new StatusWidgets(statusBar());
    checks_ = new CheckController(this, runner_, recent_, [this] { return layers_->layers(); });
    zones_ = new ZonesController(this);
    compare_ = new CompareController(this, [this] {  // the layer in the table, when it is a file's
        const auto& layer = results_->layer();
        return layer && !layer->drawn ? layer->input : core::ParcelInputOptions{};
    });
    connectActions();
    checks_->constraints()->restore();  // the planner's constraint layers, before anything is checked

    QSettings settings;
    const QString savedLanguage = settings.value(QStringLiteral("language")).toString();
    const bool chinese = savedLanguage.isEmpty() ? QLocale::system().language() == QLocale::Chinese
                                                 : savedLanguage == QStringLiteral("zh");
    setLanguage(chinese ? Language::Chinese : Language::English);
    resize(1280, 820);
    // A sensible first layout: the table tall enough for rows, Identify wide enough to read.
    resizeDocks({resultsDock_}, {260}, Qt::Vertical);
    resizeDocks({layersDock_, identifyDock_}, {230, 340}, Qt::Horizontal);
    restoreGeometry(settings.value(QStringLiteral("geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("windowState")).toByteArray());
    if (document_->restore())
        showMessage(tr("Restored %n drawn parcel(s) from the last session", nullptr, static_cast<int>(document_->size())));
    rebuildScene();
}

MainWindow::~MainWindow() = default;

QString MainWindow::defaultAutosavePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/drawn-parcels.gpkg");
}

QTableView* MainWindow::resultsTable() const { return results_->table(); }
QProgressBar* MainWindow::progressBar() const { return status_->progressBar(); }
QPushButton* MainWindow::cancelButton() const { return status_->cancelButton(); }
QLabel* MainWindow::measureLabel() const { return status_->measureLabel(); }
QTextBrowser* MainWindow::identifyPanel() const { return identify_; }
QAction* MainWindow::batchCheckAction() const { return actions_->batchCheck; }
QAction* MainWindow::drawAction() const { return actions_->draw; }
const std::vector<std::shared_ptr<const CheckedLayer>>& MainWindow::checkedLayers() const { return layers_->layers(); }
std::optional<std::size_t> MainWindow::selectedDrawn() const { return drawing_->selected(); }
void MainWindow::redrawSelectedOutline() { drawing_->startRedraw(); }

void MainWindow::showMessage(const QString& text, int milliseconds) { statusBar()->showMessage(text, milliseconds); }

void MainWindow::connectActions()
{
    MainActions& a = *actions_;
    connect(a.openParcels, &QAction::triggered, checks_, &CheckController::openFiles);
    connect(a.openZones, &QAction::triggered, zones_, &ZonesController::open);
    connect(a.saveZoneSet, &QAction::triggered, zones_, &ZonesController::saveAsZoneSet);
    connect(a.compareZoneSets, &QAction::triggered, compare_, &CompareController::showDialog);
    connect(zones_, &ZonesController::zonesReplaced, this, &MainWindow::replaceZones);
    connect(a.exportResultsFile, &QAction::triggered, this, [this] { exporter_->exportResults(results_->layer(), data_); });
    connect(a.exportResultsPostgis, &QAction::triggered, this, [this] { exporter_->exportResultsToPostgis(results_->layer(), data_); });
    connect(a.exportMapPdf, &QAction::triggered, this, [this] { exporter_->exportMapPdf(canvas_->scene(), mapPdfDefaults()); });
    connect(a.exportReportPdf, &QAction::triggered, this, [this] { exporter_->exportReportPdf(results_->layer(), data_, mapPdfDefaults()); });
    connect(a.saveDrawn, &QAction::triggered, drawing_, &DrawingController::save);
    connect(a.quit, &QAction::triggered, this, &QWidget::close);
    connect(a.changeIndustry, &QAction::triggered, drawing_, &DrawingController::changeSelectedIndustry);
    connect(a.redrawOutline, &QAction::triggered, drawing_, &DrawingController::startRedraw);
    connect(a.deleteDrawn, &QAction::triggered, drawing_, &DrawingController::deleteSelected);
    connect(a.batchCheck, &QAction::triggered, this, [this] { checks_->showDialog({}); });
    connect(a.constraintLayers, &QAction::triggered, checks_, &CheckController::showConstraintLayers);
    connect(a.draw, &QAction::toggled, canvas_, &MapCanvas::setDrawing);
    connect(a.draw, &QAction::toggled, status_, &StatusWidgets::showDrawingHint);
    connect(a.measure, &QAction::toggled, canvas_, &MapCanvas::setMeasuring);
    connect(a.measure, &QAction::toggled, status_, &StatusWidgets::showMeasuringHint);
    connect(a.zoomFull, &QAction::triggered, canvas_, &MapCanvas::zoomToFullExtent);
    connect(a.zoomIn, &QAction::triggered, this, [this] { canvas_->zoomBy(2.0); });
    connect(a.zoomOut, &QAction::triggered, this, [this] { canvas_->zoomBy(0.5); });
    connect(a.zoomSelection, &QAction::triggered, this, &MainWindow::zoomToSelection);
    connect(a.findParcel, &QAction::triggered, this, [this] {
        resultsDock_->show();
        results_->focusSearch();
    });
    connect(a.chinese, &QAction::triggered, this, [this] { setLanguage(Language::Chinese); });
    connect(a.english, &QAction::triggered, this, [this] { setLanguage(Language::English); });
    connect(a.about, &QAction::triggered, this, [this] { showAbout(this); });
    connect(a.dataSources, &QAction::triggered, this, [this] { showDataSources(this); });
    for (QDockWidget* dock : {layersDock_, identifyDock_, resultsDock_})
        a.panelsMenu->addAction(dock->toggleViewAction());

    connect(recent_, &RecentFiles::openRequested, this, [this](const QString& path) { checkFiles({path}); });
    connect(canvas_, &MapCanvas::cursorMoved, status_, &StatusWidgets::showCursor);
    connect(canvas_, &MapCanvas::viewChanged, this, [this] { status_->showScale(canvas_->scaleDenominator()); });
    connect(canvas_, &MapCanvas::clicked, this, &MainWindow::identifyAt);
    connect(canvas_, &MapCanvas::filesDropped, this, &MainWindow::checkFiles);
    connect(canvas_, &MapCanvas::polygonDrawn, drawing_, &DrawingController::onPolygonDrawn);
    connect(canvas_, &MapCanvas::tooFewCorners, drawing_, &DrawingController::onTooFewCorners);
    connect(canvas_, &MapCanvas::measured, status_, &StatusWidgets::showMeasure);
    connect(drawing_, &DrawingController::message, this, &MainWindow::showMessage);
    connect(drawing_, &DrawingController::redrawStarted, this, [this] { actions_->draw->setChecked(true); });
    connect(drawing_, &DrawingController::redrawFinished, this, [this] { actions_->draw->setChecked(false); });
    connect(drawing_, &DrawingController::parcelChosen, this, [this](std::size_t index) {
        identify_->showParcel(document_->layer(), index);
    });
    connect(exporter_, &ExportController::message, this, [this](const QString& text) { showMessage(text); });
    connect(document_, &DrawnParcelsDocument::changed, this, [this] {
        layers_->setDrawnLayer(document_->layer());
        rebuildScene();
        identify_->refresh();
    });
    connect(document_, &DrawnParcelsDocument::autosaveFailed, this, [this](const QString& why) {
        showMessage(tr("Drawn parcels could not be autosaved: %1").arg(why), 15000);
    });
    connect(layers_, &LayersPanel::layersChanged, this, [this] {
        rebuildScene();
        identify_->refresh();  // a re-checked layer: what Identify shows, from its new results
    });
    connect(layers_, &LayersPanel::visibilityChanged, this, &MainWindow::updateRenderSettings);
    connect(layers_, &LayersPanel::currentLayerChanged, this, [this](std::shared_ptr<const CheckedLayer> layer) {
        if (layer != results_->layer())
            results_->setLayer(layer);
        actions_->exportResults->setEnabled(layer && !layer->empty());
        actions_->exportReportPdf->setEnabled(layer && !layer->empty());
    });
    connect(results_, &ResultsPanel::selectionChanged, this, &MainWindow::onResultsSelection);
    connect(results_, &ResultsPanel::zoomRequested, this, &MainWindow::zoomToSelection);
    status_->watch(runner_);  // Cancel, and Stop for a stuck worker
    connect(checks_, &CheckController::started, this, [this] { actions_->batchCheck->setEnabled(false); });
    connect(runner_, &CheckRunner::progress, this, [this](qint64 done, qint64 total, const QString& source) {
        status_->showProgress(done, total);
        statusBar()->showMessage(tr("Checking %1: %L2 parcels").arg(QFileInfo(source).fileName()).arg(done));
    });
    connect(runner_, &CheckRunner::layerChecked, this, &MainWindow::onLayerChecked);
    connect(runner_, &CheckRunner::failed, this, [this](const QString& message, const QString& details) {
        showFailure(this, tr("The check could not run"), message, details);
    });
    connect(runner_, &CheckRunner::cancelled, this, [this] { showMessage(tr("Check cancelled"), 5000); });
    connect(runner_, &CheckRunner::finished, this, [this] {
        if (runner_->isRunning())
            return;  // a re-check followed at once
        status_->hideProgress();
        actions_->batchCheck->setEnabled(true);
    });
    identify_->setLayerFinder([this](const CheckedLayer& shown) { return layers_->latest(shown); });
    connect(checks_->constraints(), &ConstraintLayers::changed, this, [this] {
        document_->setConstraints(checks_->constraints()->set());  // drawn parcels and
        layers_->setConstraintLayers(checks_->constraints()->mapLayers());
        exporter_->setConstraintLayers(checks_->constraints()->mapLayers());  // the report's map
        checks_->recheckAll();  // every checked layer against the new lines
    });
}

void MainWindow::createDocks()
{
    auto dock = [this](const QString& name, QWidget* widget, Qt::DockWidgetArea area) {
        auto* created = new QDockWidget(this);
        created->setObjectName(name);
        created->setWidget(widget);
        addDockWidget(area, created);
        return created;
    };
    layers_ = new LayersPanel(this);
    identify_ = new IdentifyPanel(this);
    results_ = new ResultsPanel(this);
    layersDock_ = dock(QStringLiteral("layers"), layers_, Qt::LeftDockWidgetArea);
    identifyDock_ = dock(QStringLiteral("identify"), identify_, Qt::RightDockWidgetArea);
    resultsDock_ = dock(QStringLiteral("results"), results_, Qt::BottomDockWidgetArea);
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("Pearlzone — AI and Digital Economy Pilot Zone — %1").arg(QString::fromStdString(data_->zones.info().label())));
    retranslateCommands(undo_);
    actions_->retranslate();
    layersDock_->setWindowTitle(tr("Layers"));
    identifyDock_->setWindowTitle(tr("Identify"));
    resultsDock_->setWindowTitle(tr("Check results"));
    status_->retranslate();
    const core::Wording words(language_);
    actions_->zoomZoneMenu->clear();
    for (const auto& zone : data_->zones.zones()) {
        QAction* action = actions_->zoomZoneMenu->addAction(words.zoneName(data_->zones, zone.id));
        const gis::Envelope box = zone.envelope;
        connect(action, &QAction::triggered, this, [this, box] { canvas_->zoomToExtent(box); });
    }
    results_->retranslate();
    recent_->updateMenu();
}

// Every panel words and names things from the current data in the current language.
void MainWindow::applyContext()
{
    layers_->setContext(baseScene_, language_);
    results_->setContext(data_, language_);
    identify_->setContext(data_, language_);
    drawing_->setContext(data_, language_);
    checks_->setContext(data_, language_);
    zones_->setContext(data_, language_);
    compare_->setContext(data_, language_);
    retranslate();
    identify_->refresh();
    updateRenderSettings();
}

void MainWindow::setLanguage(Language language)
{
    language_ = language;
    translators_.install(language);
    actions_->chinese->setChecked(language == Language::Chinese);
    actions_->english->setChecked(language == Language::English);
    QSettings().setValue(QStringLiteral("language"), language == Language::Chinese ? QStringLiteral("zh") : QStringLiteral("en"));
    document_->setLanguage(language);  // drawn parcels' reasons in the new language
    applyContext();
    checks_->recheckAll();                   // and every checked layer's
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange && actions_)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!drawing_->confirmQuit()) {
        event->ignore();
        return;
    }
    runner_->cancel();
    QSettings settings;
    settings.setValue(QStringLiteral("geometry"), saveGeometry());
    settings.setValue(QStringLiteral("windowState"), saveState());
    event->accept();
}

void MainWindow::rebuildScene()
{
    auto scene = std::make_shared<render::MapScene>(baseScene_);
    scene->constraintLayers = layers_->constraintLayers();
    for (const auto& layer : layers_->layers())
        scene->parcelLayers.push_back(layer->shapes);
    scene->parcelLayers.push_back(document_->layer()->shapes);  // drawn parcels on top
    canvas_->setScene(scene);
    updateRenderSettings();
}

void MainWindow::updateRenderSettings()
{
    render::RenderSettings settings = canvas_->renderSettings();
    layers_->applyTo(settings);
    canvas_->setRenderSettings(settings);
}

void MainWindow::checkFiles(const QStringList& paths) { checks_->checkFiles(paths); }

bool MainWindow::loadZones(const QString& path) { return zones_->loadDirectly(path); }

void MainWindow::replaceZones(std::shared_ptr<const core::PilotZoneData> data, const QString& source)
{
    data_ = std::move(data);
    baseScene_ = render::sceneFromData(*data_);
    document_->setData(data_);  // drawn parcels against the new zones
    applyContext();
    rebuildScene();
    checks_->recheckAll();  // and every checked layer (after the running check, if one runs)
    canvas_->zoomToFullExtent();
    showMessage(tr("Zones loaded from %1; the parcels are checked again").arg(source));
}

void MainWindow::onLayerChecked(std::shared_ptr<CheckedLayer> layer)
{
    layers_->addOrReplace(layer);  // a file checked again replaces its layer
    showMessage(tr("Checked %L1 parcels of %2 in %3 s").arg(layer->size()).arg(layer->name).arg(layer->summary.seconds, 0, 'f', 1));
    for (const auto& warning : layer->summary.warnings)
        QMessageBox::warning(this, tr("Coordinates look wrong"), QString::fromStdString(warning));
}

void MainWindow::onResultsSelection()
{
    const auto& layer = results_->layer();
    render::RenderSettings settings = canvas_->renderSettings();
    settings.selected.clear();
    const std::vector<std::size_t> parcels = results_->selectedParcels();
    const std::size_t sceneLayer = layers_->sceneIndexOf(layer);
    for (std::size_t parcel : parcels)
        settings.selected.insert({sceneLayer, parcel});
    if (layer && parcels.size() == 1) {
        identify_->showParcel(layer, parcels.front());
        if (layer->drawn)
            drawing_->setSelected(parcels.front());
    }
    canvas_->setRenderSettings(settings);
}

void MainWindow::zoomToSelection()
{
    const auto& layer = results_->layer();
    if (!layer || !layer->shapes)
        return;
    gis::Envelope box;
    for (std::size_t parcel : results_->selectedParcels())
        box.expandToInclude(layer->shapes->box(parcel));
    if (!box.isEmpty())
        canvas_->zoomToExtent(box);
}

void MainWindow::identifyAt(QPointF world)
{
    const auto scene = canvas_->scene();
    if (!scene)
        return;
    const render::MapHit hit = render::hitTest(*scene, world, 5.0 * canvas_->view().metresPerPixel(), canvas_->renderSettings());
    drawing_->setSelected(std::nullopt);
    switch (hit.kind) {
    case render::MapHit::Kind::Parcel: {
        const auto& checked = layers_->layers();
        const auto layer = hit.layer < checked.size() ? checked[hit.layer] : document_->layer();
        if (layer->drawn)
            drawing_->setSelected(hit.parcel);
        layers_->setCurrentLayer(layer);  // the table follows the layer clicked
        identify_->showParcel(layer, hit.parcel);
        results_->selectParcel(hit.parcel);
        return;
    }
    case render::MapHit::Kind::Constraint: identify_->showConstraint(scene->constraintLayers[hit.layer], hit.parcel); return;
    case render::MapHit::Kind::Subarea:
    case render::MapHit::Kind::Zone: identify_->showZone(hit.zoneId, hit.subareaId); return;
    case render::MapHit::Kind::Nothing: identify_->showNothing(); return;
    }
}

// What the planner is looking at, as it is shown; the report PDF takes its page settings.
render::MapPdfSettings MainWindow::mapPdfDefaults() const
{
    render::MapPdfSettings settings;
    settings.language = language_;
    settings.basemap = basemap_->basemap();  // drawn again at print resolution
    settings.extent = canvas_->view().extent();
    settings.layers = canvas_->renderSettings();
    settings.layers.selected.clear();
    return settings;
}

void MainWindow::exportMapPdfTo(const QString& path) { exporter_->exportMapPdfTo(path, canvas_->scene(), mapPdfDefaults()); }

void MainWindow::exportReportPdfTo(const QString& path) { exporter_->exportReportPdfTo(path, results_->layer(), data_, mapPdfDefaults()); }

}  // namespace pearlzone::app
