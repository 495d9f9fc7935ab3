#include "app/main_window.h"

#include "app/basemap_menu.h"
#include "app/batch_check_dialog.h"
#include "app/drawn_parcel_commands.h"
#include "app/map_canvas.h"
#include "app/results_model.h"
#include "core/report_writer.h"
#include "core/version.h"
#include "gis/crs_transform.h"
#include "gis/error.h"
#include "gis/geometry.h"
#include "gis/vector_writer.h"
#include "render/map_style.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLibraryInfo>
#include <QMenu>
#include <QMenuBar>
#include <QFutureWatcher>
#include <QPointer>
#include <QProgressDialog>
#include <QtConcurrent>
#include <QMessageBox>
#include <QMimeData>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <cmath>

namespace pearlzone::app {

namespace {

constexpr int kMaxRecentFiles = 8;
constexpr int kLayerRole = Qt::UserRole + 10;

// The report's status words, shown translated (lupdate cannot see them through toString()).
[[maybe_unused]] const char* const kStatusWords[] = {
    QT_TRANSLATE_NOOP("pearlzone::app::MainWindow", "inside"),
    QT_TRANSLATE_NOOP("pearlzone::app::MainWindow", "partial"),
    QT_TRANSLATE_NOOP("pearlzone::app::MainWindow", "outside"),
    QT_TRANSLATE_NOOP("pearlzone::app::MainWindow", "designated"),
    QT_TRANSLATE_NOOP("pearlzone::app::MainWindow", "partly_designated"),
    QT_TRANSLATE_NOOP("pearlzone::app::MainWindow", "not_designated"),
    QT_TRANSLATE_NOOP("pearlzone::app::MainWindow", "unknown"),
    QT_TRANSLATE_NOOP("pearlzone::app::MainWindow", "missing"),
    QT_TRANSLATE_NOOP("pearlzone::app::MainWindow", "n/a"),
};

enum LayerKey { kWaterKey = -1, kZonesKey = -2, kSubareasKey = -3, kLabelsKey = -4, kDrawnKey = -5 };

QString qs(const std::string& text) { return QString::fromStdString(text); }

QIcon swatch(const QColor& fill, const QColor& outline, bool dashed = false)
{
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    QPen pen(outline, 1.5, dashed ? Qt::DashLine : Qt::SolidLine);
    painter.setPen(pen);
    painter.setBrush(fill);
    painter.drawRect(2, 2, 12, 12);
    return QIcon(pixmap);
}

QString htmlEscape(const std::string& text) { return qs(text).toHtmlEscaped(); }

}  // namespace

MainWindow::MainWindow(std::shared_ptr<const core::PilotZoneData> pilotData, std::filesystem::path dataDir, QWidget* parent)
    : QMainWindow(parent), data_(std::move(pilotData)), dataDir_(std::move(dataDir)), baseScene_(render::sceneFromData(*data_))
{
    setAcceptDrops(true);
    canvas_ = new MapCanvas(this);
    setCentralWidget(canvas_);
    runner_ = new CheckRunner(this);
    createActions();
    createMenus();
    createDocks();

    coordinates_ = new QLabel(this);
    scale_ = new QLabel(this);
    progress_ = new QProgressBar(this);
    progress_->setMaximumWidth(220);
    progress_->setVisible(false);
    cancelButton_ = new QPushButton(this);
    cancelButton_->setVisible(false);
    statusBar()->addPermanentWidget(progress_);
    statusBar()->addPermanentWidget(cancelButton_);
    statusBar()->addPermanentWidget(coordinates_);
    statusBar()->addPermanentWidget(scale_);

    connect(canvas_, &MapCanvas::cursorMoved, this, &MainWindow::onCursorMoved);
    connect(canvas_, &MapCanvas::viewChanged, this, [this] {
        scale_->setText(QStringLiteral("1:%L1").arg(std::llround(canvas_->scaleDenominator())));
    });
    connect(canvas_, &MapCanvas::clicked, this, &MainWindow::identifyAt);
    connect(canvas_, &MapCanvas::filesDropped, this, &MainWindow::checkFiles);
    connect(canvas_, &MapCanvas::polygonDrawn, this, &MainWindow::onPolygonDrawn);
    connect(cancelButton_, &QPushButton::clicked, runner_, &CheckRunner::cancel);
    connect(runner_, &CheckRunner::progress, this, [this](qint64 done, qint64 total, const QString& source) {
        progress_->setVisible(true);
        cancelButton_->setVisible(true);
        progress_->setMaximum(total > 0 ? static_cast<int>(std::min<qint64>(total, INT_MAX)) : 0);
        progress_->setValue(static_cast<int>(std::min<qint64>(done, INT_MAX)));
        statusBar()->showMessage(tr("Checking %1: %L2 parcels").arg(QFileInfo(source).fileName()).arg(done));
    });
    connect(runner_, &CheckRunner::layerChecked, this, &MainWindow::onLayerChecked);
    connect(runner_, &CheckRunner::failed, this, [this](const QString& message) {
        QMessageBox::warning(this, tr("The check could not run"), message);
    });
    connect(runner_, &CheckRunner::cancelled, this, [this] { statusBar()->showMessage(tr("Check cancelled"), 5000); });
    connect(runner_, &CheckRunner::finished, this, [this] {
        progress_->setVisible(false);
        cancelButton_->setVisible(false);
        batchCheckAction_->setEnabled(true);
    });
    connect(&undo_, &QUndoStack::indexChanged, this, [this] { rebuildScene(); });

    QSettings settings;
    const QString savedLanguage = settings.value(QStringLiteral("language")).toString();
    const bool chinese = savedLanguage.isEmpty() ? QLocale::system().language() == QLocale::Chinese
                                                 : savedLanguage == QStringLiteral("zh");
    setLanguage(chinese ? Language::Chinese : Language::English);
    resize(1280, 820);
    restoreGeometry(settings.value(QStringLiteral("geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("windowState")).toByteArray());
    rebuildScene();
    updateRecentMenu();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    openParcelsAction_ = new QAction(this);
    openParcelsAction_->setShortcut(QKeySequence::Open);
    connect(openParcelsAction_, &QAction::triggered, this, &MainWindow::openParcels);
    openZonesAction_ = new QAction(this);
    connect(openZonesAction_, &QAction::triggered, this, &MainWindow::openZones);
    exportResultsAction_ = new QAction(this);
    exportResultsAction_->setEnabled(false);
    connect(exportResultsAction_, &QAction::triggered, this, &MainWindow::exportResults);
    exportMapPdfAction_ = new QAction(this);
    exportMapPdfAction_->setShortcut(QKeySequence::Print);
    connect(exportMapPdfAction_, &QAction::triggered, this, &MainWindow::exportMapPdf);
    exportReportPdfAction_ = new QAction(this);
    exportReportPdfAction_->setEnabled(false);
    connect(exportReportPdfAction_, &QAction::triggered, this, &MainWindow::exportReportPdf);
    saveDrawnAction_ = new QAction(this);
    connect(saveDrawnAction_, &QAction::triggered, this, &MainWindow::saveDrawnParcels);
    quitAction_ = new QAction(this);
    quitAction_->setShortcut(QKeySequence::Quit);
    connect(quitAction_, &QAction::triggered, this, &QWidget::close);

    undoAction_ = undo_.createUndoAction(this);
    undoAction_->setShortcut(QKeySequence::Undo);
    redoAction_ = undo_.createRedoAction(this);
    redoAction_->setShortcut(QKeySequence::Redo);
    deleteDrawnAction_ = new QAction(this);
    deleteDrawnAction_->setShortcut(QKeySequence::Delete);
    connect(deleteDrawnAction_, &QAction::triggered, this, &MainWindow::deleteSelectedDrawn);
    changeIndustryAction_ = new QAction(this);
    connect(changeIndustryAction_, &QAction::triggered, this, &MainWindow::changeSelectedDrawnIndustry);
    redrawOutlineAction_ = new QAction(this);
    connect(redrawOutlineAction_, &QAction::triggered, this, &MainWindow::redrawSelectedOutline);

    batchCheckAction_ = new QAction(this);
    batchCheckAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    connect(batchCheckAction_, &QAction::triggered, this, &MainWindow::showBatchCheckDialog);
    drawAction_ = new QAction(this);
    drawAction_->setCheckable(true);
    drawAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    connect(drawAction_, &QAction::toggled, canvas_, &MapCanvas::setDrawing);

    zoomFullAction_ = new QAction(this);
    zoomFullAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    connect(zoomFullAction_, &QAction::triggered, canvas_, &MapCanvas::zoomToFullExtent);
    zoomInAction_ = new QAction(this);
    zoomInAction_->setShortcut(QKeySequence::ZoomIn);
    connect(zoomInAction_, &QAction::triggered, this, [this] { canvas_->zoomBy(2.0); });
    zoomOutAction_ = new QAction(this);
    zoomOutAction_->setShortcut(QKeySequence::ZoomOut);
    connect(zoomOutAction_, &QAction::triggered, this, [this] { canvas_->zoomBy(0.5); });
    zoomSelectionAction_ = new QAction(this);
    connect(zoomSelectionAction_, &QAction::triggered, this, &MainWindow::zoomToSelection);

    languageGroup_ = new QActionGroup(this);
    chineseAction_ = new QAction(QStringLiteral("简体中文"), languageGroup_);
    englishAction_ = new QAction(QStringLiteral("English"), languageGroup_);
    chineseAction_->setCheckable(true);
    englishAction_->setCheckable(true);
    connect(chineseAction_, &QAction::triggered, this, [this] { setLanguage(Language::Chinese); });
    connect(englishAction_, &QAction::triggered, this, [this] { setLanguage(Language::English); });

    aboutAction_ = new QAction(this);
    connect(aboutAction_, &QAction::triggered, this, &MainWindow::showAbout);
    dataSourcesAction_ = new QAction(this);
    connect(dataSourcesAction_, &QAction::triggered, this, &MainWindow::showDataSources);
}

void MainWindow::createMenus()
{
    fileMenu_ = menuBar()->addMenu(QString());
    fileMenu_->addAction(openParcelsAction_);
    fileMenu_->addAction(openZonesAction_);
    recentMenu_ = fileMenu_->addMenu(QString());
    fileMenu_->addSeparator();
    fileMenu_->addAction(exportResultsAction_);
    fileMenu_->addAction(exportMapPdfAction_);
    fileMenu_->addAction(exportReportPdfAction_);
    fileMenu_->addAction(saveDrawnAction_);
    fileMenu_->addSeparator();
    fileMenu_->addAction(quitAction_);

    editMenu_ = menuBar()->addMenu(QString());
    editMenu_->addAction(undoAction_);
    editMenu_->addAction(redoAction_);
    editMenu_->addSeparator();
    editMenu_->addAction(changeIndustryAction_);
    editMenu_->addAction(redrawOutlineAction_);
    editMenu_->addAction(deleteDrawnAction_);

    checkMenu_ = menuBar()->addMenu(QString());
    checkMenu_->addAction(batchCheckAction_);
    checkMenu_->addAction(drawAction_);

    viewMenu_ = menuBar()->addMenu(QString());
    viewMenu_->addAction(zoomFullAction_);
    viewMenu_->addAction(zoomInAction_);
    viewMenu_->addAction(zoomOutAction_);
    zoomZoneMenu_ = viewMenu_->addMenu(QString());
    viewMenu_->addAction(zoomSelectionAction_);
    viewMenu_->addSeparator();
    languageMenu_ = viewMenu_->addMenu(QString());
    languageMenu_->addAction(chineseAction_);
    languageMenu_->addAction(englishAction_);
    viewMenu_->addMenu(new BasemapMenu(canvas_, statusBar(), this));  // fetches off the GUI thread

    helpMenu_ = menuBar()->addMenu(QString());
    helpMenu_->addAction(dataSourcesAction_);
    helpMenu_->addAction(aboutAction_);
}

void MainWindow::createDocks()
{
    layersTree_ = new QTreeWidget(this);
    layersTree_->setHeaderHidden(true);
    layersTree_->setRootIsDecorated(false);
    connect(layersTree_, &QTreeWidget::itemChanged, this, [this] { updateRenderSettings(); });
    layersTree_->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(layersTree_, &QTreeWidget::customContextMenuRequested, this, [this](const QPoint& at) {
        QTreeWidgetItem* item = layersTree_->itemAt(at);
        const int key = item ? item->data(0, kLayerRole).toInt() : -100;
        if (!item || key < 0 || item->parent())  // only parcel layers move
            return;
        QMenu menu(this);
        // The panel lists the top layer first: "up" draws it later, over the others.
        QAction* up = menu.addAction(tr("Move up (draw on top)"));
        QAction* down = menu.addAction(tr("Move down"));
        up->setEnabled(static_cast<std::size_t>(key) + 1 < layers_.size());
        down->setEnabled(key > 0);
        const QAction* chosen = menu.exec(layersTree_->viewport()->mapToGlobal(at));
        if (chosen == up)
            moveParcelLayer(static_cast<std::size_t>(key), +1);
        else if (chosen == down)
            moveParcelLayer(static_cast<std::size_t>(key), -1);
    });
    layersDock_ = new QDockWidget(this);
    layersDock_->setObjectName(QStringLiteral("layers"));
    layersDock_->setWidget(layersTree_);
    addDockWidget(Qt::LeftDockWidgetArea, layersDock_);

    identify_ = new QTextBrowser(this);
    identify_->setOpenExternalLinks(false);
    identifyDock_ = new QDockWidget(this);
    identifyDock_->setObjectName(QStringLiteral("identify"));
    identifyDock_->setWidget(identify_);
    addDockWidget(Qt::RightDockWidgetArea, identifyDock_);

    resultsModel_ = new ResultsModel(this);
    resultsFilter_ = new ResultsFilter(this);
    resultsFilter_->setSourceModel(resultsModel_);
    resultsTable_ = new QTableView(this);
    resultsTable_->setModel(resultsFilter_);
    resultsTable_->setSortingEnabled(true);
    resultsTable_->setSelectionBehavior(QAbstractItemView::SelectRows);
    resultsTable_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    resultsTable_->horizontalHeader()->setStretchLastSection(true);
    resultsTable_->verticalHeader()->setVisible(false);
    connect(resultsTable_->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MainWindow::onResultsSelection);
    connect(resultsTable_, &QTableView::doubleClicked, this, [this] { zoomToSelection(); });

    verdictFilter_ = new QComboBox(this);
    zoneFilter_ = new QComboBox(this);
    verdictFilterLabel_ = new QLabel(this);
    zoneFilterLabel_ = new QLabel(this);
    summary_ = new QLabel(this);
    connect(verdictFilter_, &QComboBox::currentIndexChanged, this, [this] {
        const int v = verdictFilter_->currentData().toInt();
        resultsFilter_->setVerdict(v < 0 ? std::nullopt : std::optional<core::Verdict>(static_cast<core::Verdict>(v)));
        updateSummary();
    });
    connect(zoneFilter_, &QComboBox::currentIndexChanged, this, [this] {
        const QVariant zone = zoneFilter_->currentData();
        resultsFilter_->setZone(zone.isNull() ? std::nullopt : std::optional<std::string>(zone.toString().toStdString()));
        updateSummary();
    });
    auto* bar = new QHBoxLayout;
    bar->addWidget(verdictFilterLabel_);
    bar->addWidget(verdictFilter_);
    bar->addWidget(zoneFilterLabel_);
    bar->addWidget(zoneFilter_);
    bar->addStretch();
    bar->addWidget(summary_);
    auto* panel = new QWidget(this);
    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(resultsTable_);
    resultsDock_ = new QDockWidget(this);
    resultsDock_->setObjectName(QStringLiteral("results"));
    resultsDock_->setWidget(panel);
    addDockWidget(Qt::BottomDockWidgetArea, resultsDock_);
}

void MainWindow::retranslate()
{
    const bool zh = language_ == Language::Chinese;
    setWindowTitle(tr("Pearlzone — AI and Digital Economy Pilot Zone"));
    fileMenu_->setTitle(tr("&File"));
    openParcelsAction_->setText(tr("&Open parcels…"));
    openZonesAction_->setText(tr("Open &zones layer…"));
    recentMenu_->setTitle(tr("Recent files"));
    exportResultsAction_->setText(tr("&Export results…"));
    exportMapPdfAction_->setText(tr("Export map to &PDF…"));
    exportReportPdfAction_->setText(tr("Export check &report to PDF…"));
    saveDrawnAction_->setText(tr("Save drawn parcels…"));
    quitAction_->setText(tr("&Quit"));
    editMenu_->setTitle(tr("&Edit"));
    undoAction_->setText(tr("&Undo"));
    redoAction_->setText(tr("&Redo"));
    changeIndustryAction_->setText(tr("Change industry of drawn parcel…"));
    redrawOutlineAction_->setText(tr("Redraw outline of drawn parcel"));
    deleteDrawnAction_->setText(tr("Delete drawn parcel"));
    checkMenu_->setTitle(tr("&Check"));
    batchCheckAction_->setText(tr("&Batch check parcels…"));
    drawAction_->setText(tr("&Draw candidate parcel"));
    viewMenu_->setTitle(tr("&View"));
    zoomFullAction_->setText(tr("Zoom to &full extent"));
    zoomInAction_->setText(tr("Zoom &in"));
    zoomOutAction_->setText(tr("Zoom &out"));
    zoomZoneMenu_->setTitle(tr("Zoom to zone"));
    zoomSelectionAction_->setText(tr("Zoom to &selection"));
    languageMenu_->setTitle(tr("&Language"));
    helpMenu_->setTitle(tr("&Help"));
    aboutAction_->setText(tr("&About Pearlzone"));
    dataSourcesAction_->setText(tr("&Data sources and disclaimer"));
    layersDock_->setWindowTitle(tr("Layers"));
    identifyDock_->setWindowTitle(tr("Identify"));
    resultsDock_->setWindowTitle(tr("Check results"));
    cancelButton_->setText(tr("Cancel"));
    verdictFilterLabel_->setText(tr("Verdict:"));
    zoneFilterLabel_->setText(tr("Zone:"));
    coordinates_->setText(tr("Move the mouse over the map"));

    zoomZoneMenu_->clear();
    for (const auto& zone : data_->zones.zones()) {
        QAction* action = zoomZoneMenu_->addAction(qs(zh ? zone.nameZh : zone.nameEn));
        const gis::Envelope box = zone.envelope;
        connect(action, &QAction::triggered, this, [this, box] { canvas_->zoomToExtent(box); });
    }
    const int verdict = verdictFilter_->currentIndex();
    verdictFilter_->blockSignals(true);
    verdictFilter_->clear();
    verdictFilter_->addItem(tr("All"), -1);
    verdictFilter_->addItem(tr("pass"), static_cast<int>(core::Verdict::Pass));
    verdictFilter_->addItem(tr("review"), static_cast<int>(core::Verdict::Review));
    verdictFilter_->addItem(tr("fail"), static_cast<int>(core::Verdict::Fail));
    verdictFilter_->addItem(tr("error"), static_cast<int>(core::Verdict::Error));
    verdictFilter_->setCurrentIndex(std::max(0, verdict));
    verdictFilter_->blockSignals(false);
    const int zone = zoneFilter_->currentIndex();
    zoneFilter_->blockSignals(true);
    zoneFilter_->clear();
    zoneFilter_->addItem(tr("All"), QVariant());
    for (const auto& z : data_->zones.zones())
        zoneFilter_->addItem(qs(zh ? z.nameZh : z.nameEn), qs(z.id));
    zoneFilter_->addItem(tr("Outside every zone"), QString());
    zoneFilter_->setCurrentIndex(std::max(0, zone));
    zoneFilter_->blockSignals(false);
    resultsModel_->retranslate();
    rebuildLayersPanel();
    updateSummary();
    updateRecentMenu();
}

void MainWindow::setLanguage(Language language)
{
    language_ = language;
    qApp->removeTranslator(&translator_);
    qApp->removeTranslator(&qtTranslator_);
    if (language == Language::Chinese) {
        // An installed translation (share/pearlzone/translations) may be newer than the
        // one built in.
        const QString installed = QCoreApplication::applicationDirPath() + QStringLiteral("/../share/pearlzone/translations");
        if (translator_.load(QStringLiteral("pearlzone_zh_CN"), installed) ||
            translator_.load(QStringLiteral(":/i18n/pearlzone_zh_CN.qm")))
            qApp->installTranslator(&translator_);
        if (qtTranslator_.load(QStringLiteral("qtbase_zh_CN"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            qApp->installTranslator(&qtTranslator_);
    }
    chineseAction_->setChecked(language == Language::Chinese);
    englishAction_->setChecked(language == Language::English);
    QSettings().setValue(QStringLiteral("language"), language == Language::Chinese ? QStringLiteral("zh") : QStringLiteral("en"));
    checker_.reset();  // reasons come in the new language
    retranslate();
    updateRenderSettings();
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange && fileMenu_)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    runner_->cancel();
    QSettings settings;
    settings.setValue(QStringLiteral("geometry"), saveGeometry());
    settings.setValue(QStringLiteral("windowState"), saveState());
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    QStringList paths;
    for (const QUrl& url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    checkFiles(paths);
}

void MainWindow::rebuildScene()
{
    auto scene = std::make_shared<render::MapScene>(baseScene_);
    for (const auto& layer : layers_)
        scene->parcelLayers.push_back(layer->shapes);
    std::vector<render::ParcelShape> drawnShapes;
    for (const auto& parcel : drawn_)
        drawnShapes.push_back(render::parcelShape(parcel.wkb, parcel.result.verdict));
    drawnLayer_ = std::make_shared<render::ParcelLayer>(tr("Drawn parcels"), std::move(drawnShapes));
    scene->parcelLayers.push_back(drawnLayer_);
    canvas_->setScene(scene);
    rebuildLayersPanel();
}

void MainWindow::rebuildLayersPanel()
{
    if (!layersTree_)
        return;
    const bool zh = language_ == Language::Chinese;
    // Keep what the planner switched off.
    std::map<int, Qt::CheckState> states;
    for (int i = 0; i < layersTree_->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = layersTree_->topLevelItem(i);
        states[item->data(0, kLayerRole).toInt()] = item->checkState(0);
    }
    layersTree_->blockSignals(true);
    layersTree_->clear();
    auto add = [&](const QString& text, int key, const QIcon& icon) {
        auto* item = new QTreeWidgetItem(layersTree_, {text});
        item->setData(0, kLayerRole, key);
        item->setIcon(0, icon);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(0, states.count(key) ? states[key] : Qt::Checked);
        return item;
    };
    add(tr("Drawn parcels"), kDrawnKey, swatch(QColor(0x2e, 0x9e, 0x44, 150), QColor(0x20, 0x70, 0x30)));
    for (int i = static_cast<int>(layers_.size()) - 1; i >= 0; --i) {
        QTreeWidgetItem* item = add(layers_[static_cast<std::size_t>(i)]->name, i, swatch(Qt::white, Qt::darkGray));
        for (core::Verdict v : {core::Verdict::Pass, core::Verdict::Review, core::Verdict::Fail, core::Verdict::Error}) {
            auto* child = new QTreeWidgetItem(item, {tr(core::toString(v))});
            child->setIcon(0, swatch(render::verdictColour(v), render::verdictColour(v).darker(140)));
        }
        item->setExpanded(true);
    }
    add(tr("Labels"), kLabelsKey, QIcon());
    add(tr("Sub-areas"), kSubareasKey, swatch(Qt::transparent, Qt::darkGray, true));
    QTreeWidgetItem* zones = add(tr("Zones"), kZonesKey, swatch(QColor(0x3b, 0x6f, 0xb6, 60), QColor(0x3b, 0x6f, 0xb6)));
    for (const auto& zone : baseScene_.zones) {
        QColor fill = zone.colour;
        fill.setAlpha(60);
        auto* child = new QTreeWidgetItem(zones, {zh ? zone.nameZh : zone.nameEn});
        child->setIcon(0, swatch(fill, zone.colour));
    }
    zones->setExpanded(true);
    add(tr("Pearl River"), kWaterKey, swatch(render::waterColour(), render::waterOutline()));
    layersTree_->setRootIsDecorated(true);
    layersTree_->blockSignals(false);
    updateRenderSettings();
}

void MainWindow::moveParcelLayer(std::size_t index, int step)
{
    const long target = static_cast<long>(index) + step;
    if (index >= layers_.size() || target < 0 || target >= static_cast<long>(layers_.size()))
        return;
    std::swap(layers_[index], layers_[static_cast<std::size_t>(target)]);
    // The panel's visibility states follow their layers.
    for (int i = 0; i < layersTree_->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = layersTree_->topLevelItem(i);
        int key = item->data(0, kLayerRole).toInt();
        if (key == static_cast<int>(index))
            key = static_cast<int>(target);
        else if (key == static_cast<int>(target))
            key = static_cast<int>(index);
        item->setData(0, kLayerRole, key);
    }
    rebuildScene();
}

void MainWindow::updateRenderSettings()
{
    if (!canvas_ || !layersTree_)
        return;
    render::RenderSettings settings = canvas_->renderSettings();
    settings.language = language_ == Language::Chinese ? render::LabelLanguage::Chinese : render::LabelLanguage::English;
    settings.parcelLayerVisible.assign(layers_.size() + 1, true);
    for (int i = 0; i < layersTree_->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = layersTree_->topLevelItem(i);
        const bool on = item->checkState(0) == Qt::Checked;
        switch (const int key = item->data(0, kLayerRole).toInt()) {
        case kWaterKey: settings.showWater = on; break;
        case kZonesKey: settings.showZones = on; break;
        case kSubareasKey: settings.showSubareas = on; break;
        case kLabelsKey: settings.showLabels = on; break;
        case kDrawnKey: settings.parcelLayerVisible[layers_.size()] = on; break;
        default:
            if (key >= 0 && static_cast<std::size_t>(key) < layers_.size())
                settings.parcelLayerVisible[static_cast<std::size_t>(key)] = on;
        }
    }
    canvas_->setRenderSettings(settings);
}

void MainWindow::updateSummary()
{
    const auto& layer = resultsModel_->layer();
    if (!layer) {
        summary_->setText(tr("No check yet: Check → Batch check parcels…"));
        return;
    }
    std::map<core::Verdict, int> counts;
    for (int row = 0; row < resultsFilter_->rowCount(); ++row) {
        const QModelIndex source = resultsFilter_->mapToSource(resultsFilter_->index(row, 0));
        ++counts[layer->parcels[static_cast<std::size_t>(source.row())].result.verdict];
    }
    summary_->setText(tr("%1: %L2 shown of %L3 — pass %L4, review %L5, fail %L6, error %L7")
                          .arg(layer->name)
                          .arg(resultsFilter_->rowCount())
                          .arg(layer->parcels.size())
                          .arg(counts[core::Verdict::Pass])
                          .arg(counts[core::Verdict::Review])
                          .arg(counts[core::Verdict::Fail])
                          .arg(counts[core::Verdict::Error]));
}

void MainWindow::updateRecentMenu()
{
    if (!recentMenu_)
        return;
    recentMenu_->clear();
    const QStringList recent = QSettings().value(QStringLiteral("recentFiles")).toStringList();
    for (const QString& path : recent) {
        QAction* action = recentMenu_->addAction(QFileInfo(path).fileName());
        action->setToolTip(path);
        connect(action, &QAction::triggered, this, [this, path] { checkFiles({path}); });
    }
    recentMenu_->setEnabled(!recent.isEmpty());
}

void MainWindow::rememberRecent(const QString& path)
{
    QSettings settings;
    QStringList recent = settings.value(QStringLiteral("recentFiles")).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > kMaxRecentFiles)
        recent.removeLast();
    settings.setValue(QStringLiteral("recentFiles"), recent);
    settings.setValue(QStringLiteral("lastFolder"), QFileInfo(path).absolutePath());
    updateRecentMenu();
}

void MainWindow::openParcels()
{
    BatchCheckDialog dialog(QSettings().value(QStringLiteral("lastFolder")).toString(), this);
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Open parcels"), QSettings().value(QStringLiteral("lastFolder")).toString(),
        tr("Parcel files (*.gpkg *.shp *.geojson *.json *.fgb *.kml *.dxf *.csv *.xlsx *.xls *.ods);;All files (*)"));
    if (paths.isEmpty())
        return;
    dialog.addFiles(paths);
    if (dialog.exec() != QDialog::Accepted)
        return;
    core::BatchCheckOptions options;
    options.settings.minInside = dialog.minInside();
    options.settings.language = language_ == Language::Chinese ? core::Language::Chinese : core::Language::English;
    for (const QString& path : paths)
        rememberRecent(path);
    batchCheckAction_->setEnabled(false);
    runner_->start(data_, dialog.inputs(), options);
}

void MainWindow::openZones()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open zones layer"),
                                                      QSettings().value(QStringLiteral("lastFolder")).toString());
    if (!path.isEmpty())
        loadZones(path);
}

bool MainWindow::loadZones(const QString& path)
{
    if (runner_->isRunning())
        return false;
    try {
        data_ = core::PilotZoneData::load(dataDir_, path.toStdString());
    } catch (const gis::Error& error) {
        QMessageBox::warning(this, tr("Zones layer"),
                             tr("This layer cannot be used as zones:\n%1\n\nA zones layer needs the fields zone_id, "
                                "subarea_id, name_zh and name_en, with the zone ids the designations use.")
                                 .arg(QString::fromUtf8(error.what())));
        return false;
    }
    baseScene_ = render::sceneFromData(*data_);
    checker_.reset();
    layers_.clear();  // results were against the old zones
    resultsModel_->setLayer(nullptr);
    exportResultsAction_->setEnabled(false);
    retranslate();
    rebuildScene();
    canvas_->zoomToFullExtent();
    statusBar()->showMessage(tr("Zones loaded from %1: check the parcels again").arg(path), 8000);
    return true;
}

void MainWindow::showBatchCheckDialog()
{
    if (runner_->isRunning())
        return;
    BatchCheckDialog dialog(QSettings().value(QStringLiteral("lastFolder")).toString(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    core::BatchCheckOptions options;
    options.settings.minInside = dialog.minInside();
    options.settings.language = language_ == Language::Chinese ? core::Language::Chinese : core::Language::English;
    const auto inputs = dialog.inputs();
    for (const auto& input : inputs)
        rememberRecent(qs(input.source));
    batchCheckAction_->setEnabled(false);
    runner_->start(data_, inputs, options);
}

void MainWindow::checkFiles(const QStringList& paths)
{
    if (paths.isEmpty() || runner_->isRunning())
        return;
    std::vector<core::ParcelInputOptions> inputs;
    for (const QString& path : paths) {
        core::ParcelInputOptions input;
        input.source = path.toStdString();
        inputs.push_back(input);
        rememberRecent(path);
    }
    core::BatchCheckOptions options;
    options.settings.language = language_ == Language::Chinese ? core::Language::Chinese : core::Language::English;
    batchCheckAction_->setEnabled(false);
    runner_->start(data_, std::move(inputs), options);
}

void MainWindow::onLayerChecked(std::shared_ptr<CheckedLayer> layer)
{
    layers_.push_back(layer);
    resultsModel_->setLayer(layer);
    resultsTable_->resizeColumnsToContents();
    resultsTable_->setColumnWidth(ResultsModel::Reason, 600);
    exportResultsAction_->setEnabled(true);
    exportReportPdfAction_->setEnabled(true);
    rebuildScene();
    updateSummary();
    statusBar()->showMessage(tr("Checked %L1 parcels of %2 in %3 s").arg(layer->parcels.size()).arg(layer->name)
                                 .arg(layer->summary.seconds, 0, 'f', 1), 8000);
    for (const auto& warning : layer->summary.warnings)
        QMessageBox::warning(this, tr("Coordinates look wrong"), qs(warning));
}

void MainWindow::onResultsSelection()
{
    const auto& layer = resultsModel_->layer();
    render::RenderSettings settings = canvas_->renderSettings();
    settings.selected.clear();
    if (layer) {
        const auto found = std::find(layers_.begin(), layers_.end(), layer);
        const std::size_t layerIndex = static_cast<std::size_t>(found - layers_.begin());
        const QModelIndexList rows = resultsTable_->selectionModel()->selectedRows();
        for (const QModelIndex& row : rows)
            settings.selected.insert({layerIndex, static_cast<std::size_t>(resultsFilter_->mapToSource(row).row())});
        if (rows.size() == 1)
            showParcel(layer->parcels[static_cast<std::size_t>(resultsFilter_->mapToSource(rows.front()).row())].result);
    }
    canvas_->setRenderSettings(settings);
}

void MainWindow::zoomToSelection()
{
    const auto& layer = resultsModel_->layer();
    if (!layer || !layer->shapes)
        return;
    gis::Envelope box;
    for (const QModelIndex& row : resultsTable_->selectionModel()->selectedRows())
        box.expandToInclude(layer->shapes->parcels()[static_cast<std::size_t>(resultsFilter_->mapToSource(row).row())].box);
    if (!box.isEmpty())
        canvas_->zoomToExtent(box);
}

void MainWindow::exportResults()
{
    const auto& layer = resultsModel_->layer();
    if (!layer)
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export results"), QSettings().value(QStringLiteral("lastFolder")).toString() + QStringLiteral("/") + layer->name +
                                        QStringLiteral(".check.csv"),
        tr("CSV (*.csv);;GeoJSON (*.geojson);;GeoPackage (*.gpkg)"));
    if (path.isEmpty())
        return;
    try {
        core::ReportWriter writer(path.toStdString());
        writer.write(layer->parcels);
        writer.commit();
        statusBar()->showMessage(tr("Results written to %1").arg(path), 8000);
    } catch (const gis::Error& error) {
        QMessageBox::warning(this, tr("Export failed"), QString::fromUtf8(error.what()));
    }
}

void MainWindow::runPdfExport(
    const QString& path, std::function<render::ExportOutcome(const render::ExportProgress&, const std::atomic<bool>*)> work)
{
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    auto* dialog = new QProgressDialog(tr("Writing %1…").arg(QFileInfo(path).fileName()), tr("Cancel"), 0, 100, this);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setMinimumDuration(300);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QProgressDialog::canceled, this, [cancel] { cancel->store(true); });
    auto* watcher = new QFutureWatcher<render::ExportOutcome>(this);
    connect(watcher, &QFutureWatcher<render::ExportOutcome>::finished, this, [this, watcher, dialog, path] {
        const render::ExportOutcome outcome = watcher->result();
        watcher->deleteLater();
        dialog->close();
        if (outcome.status == render::ExportStatus::Written)
            statusBar()->showMessage(tr("PDF written to %1").arg(path), 8000);
        else if (outcome.status == render::ExportStatus::Cancelled)
            statusBar()->showMessage(tr("PDF export cancelled: no file was written"), 8000);
        else
            QMessageBox::warning(this, tr("Export failed"), outcome.message);
    });
    QPointer<QProgressDialog> progressDialog(dialog);
    watcher->setFuture(QtConcurrent::run([work, cancel, progressDialog] {
        return work(
            [progressDialog](int percent) {
                QMetaObject::invokeMethod(qApp, [progressDialog, percent] {
                    if (progressDialog)
                        progressDialog->setValue(percent);
                });
            },
            cancel.get());
    }));
}

void MainWindow::exportMapPdf()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export map to PDF"),
                                                      QSettings().value(QStringLiteral("lastFolder")).toString() +
                                                          QStringLiteral("/map.pdf"),
                                                      tr("PDF (*.pdf)"));
    if (!path.isEmpty())
        exportMapPdfTo(path);
}

void MainWindow::exportMapPdfTo(const QString& path)
{
    render::MapPdfSettings settings;
    settings.language = language_ == Language::Chinese ? render::LabelLanguage::Chinese : render::LabelLanguage::English;
    settings.extent = canvas_->view().extent();  // what the planner is looking at
    settings.layers = canvas_->renderSettings();
    settings.layers.selected.clear();
    if (const auto* basemap = findChild<BasemapMenu*>())
        settings.basemap = basemap->basemap();  // drawn again at print resolution
    auto scene = canvas_->scene();
    runPdfExport(path, [path, scene, settings](const render::ExportProgress& progress, const std::atomic<bool>* cancel) {
        return render::exportMapPdf(path, *scene, settings, progress, cancel);
    });
}

void MainWindow::exportReportPdf()
{
    const auto layer = resultsModel_->layer();
    if (!layer)
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export check report to PDF"),
                                                      QSettings().value(QStringLiteral("lastFolder")).toString() + QStringLiteral("/") +
                                                          layer->name + QStringLiteral(".check.pdf"),
                                                      tr("PDF (*.pdf)"));
    if (!path.isEmpty())
        exportReportPdfTo(path);
}

void MainWindow::exportReportPdfTo(const QString& path)
{
    const auto layer = resultsModel_->layer();
    if (!layer)
        return;
    auto scene = std::make_shared<render::MapScene>(baseScene_);
    scene->parcelLayers.push_back(layer->shapes);
    render::PdfPageSettings settings;
    settings.language = language_ == Language::Chinese ? render::LabelLanguage::Chinese : render::LabelLanguage::English;
    if (const auto* basemap = findChild<BasemapMenu*>())
        settings.basemap = basemap->basemap();
    runPdfExport(path, [path, scene, layer, settings](const render::ExportProgress& progress, const std::atomic<bool>* cancel) {
        render::ReportPdfContent content;
        content.source = layer->source;
        content.layer = layer->name;
        content.crs = layer->crs;
        content.minInside = layer->minInside;
        content.checkedAt = QDateTime::currentDateTime();
        content.checksum = render::fileChecksum(layer->source);
        content.summary = layer->summary;
        content.parcels = &layer->parcels;
        return render::exportReportPdf(path, *scene, content, settings, progress, cancel);
    });
}

void MainWindow::onCursorMoved(QPointF world)
{
    if (!cursorToLonLat_)
        cursorToLonLat_ = gis::CrsTransform::create(core::kPlanarCrs, "EPSG:4490");
    const auto lonLat = cursorToLonLat_->transform(world.x(), world.y());
    coordinates_->setText(QStringLiteral("%1°E %2°N   E %3 N %4 (EPSG:4547)")
                              .arg(lonLat.lon, 0, 'f', 5)
                              .arg(lonLat.lat, 0, 'f', 5)
                              .arg(world.x(), 0, 'f', 0)
                              .arg(world.y(), 0, 'f', 0));
}

void MainWindow::identifyAt(QPointF world)
{
    const double slop = 5.0 * canvas_->view().metresPerPixel();
    const gis::Envelope probe{world.x() - slop, world.y() - slop, world.x() + slop, world.y() + slop};
    auto hit = [&](const render::ParcelShape& shape) {
        if (shape.rings.empty())
            return std::hypot(shape.point.x() - world.x(), shape.point.y() - world.y()) <= slop;
        bool inside = false;
        for (const auto& ring : shape.rings)
            inside ^= ring.containsPoint(world, Qt::OddEvenFill);
        return inside;
    };
    // Drawn parcels first, then checked layers from the top.
    selectedDrawn_.reset();
    for (std::size_t i = 0; drawnLayer_ && i < drawnLayer_->parcels().size(); ++i) {
        if (hit(drawnLayer_->parcels()[i])) {
            selectedDrawn_ = i;
            showParcel(drawn_[i].result);
            return;
        }
    }
    for (auto it = layers_.rbegin(); it != layers_.rend(); ++it) {
        const auto& layer = *it;
        for (std::size_t index : layer->shapes->query(probe)) {
            if (hit(layer->shapes->parcels()[index])) {
                if (layer == resultsModel_->layer()) {
                    const QModelIndex row = resultsFilter_->mapFromSource(resultsModel_->index(static_cast<int>(index), 0));
                    if (row.isValid()) {
                        resultsTable_->selectRow(row.row());
                        resultsTable_->scrollTo(row);
                    }
                }
                showParcel(layer->parcels[index].result);
                return;
            }
        }
    }
    for (const auto& subarea : baseScene_.subareas) {
        if (subarea.path.contains(world)) {
            showZone(subarea.zoneId, subarea.subareaId);
            return;
        }
    }
    for (const auto& zone : baseScene_.zones) {
        if (zone.path.contains(world)) {
            showZone(zone.zoneId, {});
            return;
        }
    }
    identify_->setHtml(tr("<p>Nothing here: outside every zone.</p>"));
}

void MainWindow::showParcel(const core::ParcelResult& r)
{
    const QColor colour = render::verdictColour(r.verdict);
    QString html = QStringLiteral("<h3>%1 %2</h3>").arg(tr("Parcel"), htmlEscape(r.parcelId));
    html += QStringLiteral("<p style='font-size:large'><b style='color:%1'>%2</b></p>")
                .arg(colour.name(), tr(core::toString(r.verdict)).toUpper());
    html += QStringLiteral("<p>%1</p><table cellspacing=4>").arg(htmlEscape(r.reason));
    auto row = [&html](const QString& label, const QString& value) {
        html += QStringLiteral("<tr><td><i>%1</i></td><td>%2</td></tr>").arg(label, value);
    };
    row(tr("Industry"), htmlEscape(r.industry));
    row(tr("Catalogue codes"), htmlEscape(r.industryCodes));
    row(tr("Zone"), htmlEscape(r.zoneId + (r.subareaId.empty() ? "" : " / " + r.subareaId)));
    row(tr("Inside"), QStringLiteral("%1% (%L2 of %L3 m²)").arg(r.insideRatio * 100, 0, 'f', 1).arg(r.insideM2, 0, 'f', 0).arg(r.areaM2, 0, 'f', 0));
    row(tr("Location"), tr(core::toString(r.location)));
    row(tr("Industry status"), tr(core::toString(r.industryStatus)));
    if (!r.suggestedZones.empty())
        row(tr("Designated in"), htmlEscape(r.suggestedZones));
    if (!r.geometryNote.empty())
        row(tr("Geometry"), htmlEscape(r.geometryNote));
    html += QStringLiteral("</table>");
    identify_->setHtml(html);
}

void MainWindow::showZone(const std::string& zoneId, const std::string& subareaId)
{
    const core::Zone* zone = data_->zones.zone(zoneId);
    if (!zone)
        return;
    const bool zh = language_ == Language::Chinese;
    QString html = QStringLiteral("<h3>%1</h3><p>%2 — %L3 km²</p>")
                       .arg(htmlEscape(zh ? zone->nameZh : zone->nameEn), htmlEscape(zh ? zone->nameEn : zone->nameZh))
                       .arg(zone->areaM2 / 1e6, 0, 'f', 2);
    if (const core::ZoneRegion* subarea = zone->subarea(subareaId)) {
        html += QStringLiteral("<p><b>%1</b> %2 — %L3 km²</p>")
                    .arg(tr("Sub-area:"), htmlEscape(zh ? subarea->nameZh : subarea->nameEn))
                    .arg(subarea->areaM2 / 1e6, 0, 'f', 2);
    }
    html += QStringLiteral("<h4>%1</h4><ul>").arg(tr("Designated industries"));
    for (const core::Designation* d : data_->designations.forZone(zoneId)) {
        if (!d->subareaId.empty() && d->subareaId != subareaId)
            continue;
        const core::Industry* industry = data_->catalogue.find(d->industryCode);
        const QString name = industry ? qs(zh ? industry->nameZh : industry->nameEn) : qs(d->industryCode);
        html += QStringLiteral("<li><b>%1</b>%2<br><small>“%3”<br><i>%4</i></small></li>")
                    .arg(name.toHtmlEscaped(), d->subareaId.empty() ? QString() : QStringLiteral(" (%1)").arg(qs(d->subareaId)),
                         htmlEscape(d->provenanceZh), htmlEscape(d->provenanceEn));
    }
    html += QStringLiteral("</ul><h4>%1</h4><table cellspacing=4><tr><th></th><th>2022</th><th>2025</th></tr>")
                .arg(tr("The guideline's targets (whole pilot zone)"));
    for (const auto& t : data_->targets) {
        const QString unit = qs(zh ? t.unitZh : t.unitEn);
        html += QStringLiteral("<tr><td>%1</td><td>%2 %3</td><td>%4 %3</td></tr>")
                    .arg(htmlEscape(zh ? t.nameZh : t.nameEn), htmlEscape(t.target2022), unit.toHtmlEscaped(), htmlEscape(t.target2025));
    }
    html += QStringLiteral("</table>");
    identify_->setHtml(html);
}

core::ParcelResult MainWindow::checkDrawn(const std::vector<unsigned char>& wkb, const QString& id, const QString& industry)
{
    if (!checker_) {
        core::CheckSettings settings;
        settings.language = language_ == Language::Chinese ? core::Language::Chinese : core::Language::English;
        checker_ = std::make_unique<core::ParcelChecker>(*data_, settings);
    }
    return checker_->check(id.toStdString(), gis::Geometry::fromWkb(wkb), industry.toStdString());
}

void MainWindow::redrawSelectedOutline()
{
    if (!selectedDrawn_ || *selectedDrawn_ >= drawn_.size()) {
        statusBar()->showMessage(tr("Click a drawn parcel first"), 5000);
        return;
    }
    redrawing_ = selectedDrawn_;
    drawAction_->setChecked(true);
    statusBar()->showMessage(tr("Click the new outline's corners; double-click to finish"), 8000);
}

void MainWindow::setDrawnOutline(std::size_t index, const std::vector<unsigned char>& wkb)
{
    DrawnParcel& parcel = drawn_.at(index);
    parcel.wkb = wkb;
    parcel.result = checkDrawn(parcel.wkb, parcel.id, parcel.industry);
    showParcel(parcel.result);
}

void MainWindow::onPolygonDrawn(const QPolygonF& polygon)
{
    if (redrawing_ && *redrawing_ < drawn_.size()) {
        std::vector<double> xy;
        for (const QPointF& p : polygon) {
            xy.push_back(p.x());
            xy.push_back(p.y());
        }
        const std::size_t index = *redrawing_;
        redrawing_.reset();
        drawAction_->setChecked(false);
        undo_.push(new ChangeDrawnOutline(this, index, drawn_[index].wkb, gis::Geometry::polygon(xy).toWkb()));
        return;
    }
    QStringList names;
    for (const auto& industry : data_->catalogue.industries())
        names << qs(language_ == Language::Chinese ? industry.nameZh : industry.nameEn);
    bool ok = false;
    const QString industry = QInputDialog::getItem(this, tr("Candidate parcel"), tr("Proposed industry (one or more, separated by ；):"),
                                                   names, 0, true, &ok);
    if (ok)
        addDrawnParcel(polygon, industry);
}

void MainWindow::addDrawnParcel(const QPolygonF& polygon, const QString& industry)
{
    std::vector<double> xy;
    for (const QPointF& p : polygon) {
        xy.push_back(p.x());
        xy.push_back(p.y());
    }
    DrawnParcel parcel;
    parcel.id = tr("Drawn-%1").arg(++drawnCounter_);
    parcel.industry = industry;
    parcel.wkb = gis::Geometry::polygon(xy).toWkb();
    parcel.result = checkDrawn(parcel.wkb, parcel.id, industry);
    undo_.push(new AddDrawnParcel(this, parcel));
    selectedDrawn_ = drawn_.size() - 1;
    showParcel(drawn_.back().result);
}

void MainWindow::insertDrawnParcel(std::size_t index, DrawnParcel parcel)
{
    drawn_.insert(drawn_.begin() + static_cast<std::ptrdiff_t>(index), std::move(parcel));
}

DrawnParcel MainWindow::takeDrawnParcel(std::size_t index)
{
    DrawnParcel parcel = std::move(drawn_.at(index));
    drawn_.erase(drawn_.begin() + static_cast<std::ptrdiff_t>(index));
    return parcel;
}

void MainWindow::setDrawnIndustry(std::size_t index, const QString& industry)
{
    DrawnParcel& parcel = drawn_.at(index);
    parcel.industry = industry;
    parcel.result = checkDrawn(parcel.wkb, parcel.id, industry);
    showParcel(parcel.result);
}

void MainWindow::deleteSelectedDrawn()
{
    if (!selectedDrawn_ || *selectedDrawn_ >= drawn_.size()) {
        statusBar()->showMessage(tr("Click a drawn parcel first"), 5000);
        return;
    }
    undo_.push(new RemoveDrawnParcel(this, *selectedDrawn_));
    selectedDrawn_.reset();
}

void MainWindow::changeSelectedDrawnIndustry()
{
    if (!selectedDrawn_ || *selectedDrawn_ >= drawn_.size()) {
        statusBar()->showMessage(tr("Click a drawn parcel first"), 5000);
        return;
    }
    const std::size_t index = *selectedDrawn_;
    bool ok = false;
    const QString industry = QInputDialog::getText(this, tr("Candidate parcel"), tr("Proposed industry:"), QLineEdit::Normal,
                                                   drawn_[index].industry, &ok);
    if (ok)
        undo_.push(new ChangeDrawnIndustry(this, index, drawn_[index].industry, industry));
}

void MainWindow::saveDrawnParcels()
{
    if (drawn_.empty()) {
        QMessageBox::information(this, tr("Save drawn parcels"), tr("Draw a parcel first: Check → Draw candidate parcel."));
        return;
    }
    const QString path = QFileDialog::getSaveFileName(this, tr("Save drawn parcels"),
                                                      QSettings().value(QStringLiteral("lastFolder")).toString(),
                                                      tr("GeoPackage (*.gpkg)"));
    if (path.isEmpty())
        return;
    try {
        gis::VectorWriterOptions options;
        options.layerName = "drawn_parcels";
        options.crs = core::kPlanarCrs;
        options.geometry = gis::WriterGeometry::Polygon;
        options.fields = {{"parcel_id"}, {"industry"}, {"verdict"}, {"reason"}};
        auto writer = gis::VectorWriter::create(path.toStdString(), options);
        for (const auto& parcel : drawn_) {
            writer.write({parcel.id.toStdString(), parcel.industry.toStdString(), std::string(core::toString(parcel.result.verdict)),
                          parcel.result.reason},
                         parcel.wkb);
        }
        writer.close();
    } catch (const gis::Error& error) {
        QMessageBox::warning(this, tr("Save failed"), QString::fromUtf8(error.what()));
    }
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Pearlzone"),
                       tr("<h3>Pearlzone %1</h3><p>Checks candidate parcels against the Guangzhou AI and Digital Economy "
                          "Pilot Zone and its industry guideline.</p><p>Built on Qt, GDAL, GEOS and PROJ.</p>")
                           .arg(QString::fromLatin1(kVersion)));
}

void MainWindow::showDataSources()
{
    QMessageBox::information(
        this, tr("Data sources and disclaimer"),
        tr("The zone boundaries bundled with Pearlzone are approximations digitised from public descriptions "
           "(areas of the 2020 master plan, street boundaries, the roads that bound the Finance City, river centre "
           "lines). They are not official boundaries and must not be used as such. Load official boundaries with "
           "the same fields (zone_id, subarea_id, name_zh, name_en) to check against them.\n\n"
           "Designated industries and targets follow 《广州人工智能与数字经济试验区产业导则》 as reported in the press; "
           "each designation quotes the sentence it rests on."));
}

}  // namespace pearlzone::app
