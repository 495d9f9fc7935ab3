#include "app/main_actions.h"

#include <QAction>
#include <QActionGroup>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QUndoStack>

namespace pearlzone::app {

MainActions::MainActions(QMainWindow* window, QUndoStack* stack) : undoStack_(stack)
{
    auto action = [window](QKeySequence shortcut = {}) {
        auto* created = new QAction(window);
        created->setShortcut(shortcut);
        return created;
    };
    openParcels = action(QKeySequence::Open);
    openZones = action();
    saveZoneSet = action();
    exportResultsMenu = new QMenu(window);
    exportResults = exportResultsMenu->menuAction();
    exportResults->setEnabled(false);
    exportResultsFile = action();
    exportResultsPostgis = action();
    exportResultsMenu->addActions({exportResultsFile, exportResultsPostgis});
    exportMapPdf = action(QKeySequence::Print);
    exportReportPdf = action();
    exportReportPdf->setEnabled(false);
    saveDrawn = action(QKeySequence::Save);
    quit = action(QKeySequence::Quit);
    // Our own undo actions: their text is "Undo <what>" in the interface language, always.
    undo = action(QKeySequence::Undo);
    redo = action(QKeySequence::Redo);
    QObject::connect(undo, &QAction::triggered, stack, &QUndoStack::undo);
    QObject::connect(redo, &QAction::triggered, stack, &QUndoStack::redo);
    indexChanged_ = QObject::connect(stack, &QUndoStack::indexChanged, window, [this] { updateUndoTexts(); });
    cleanChanged_ = QObject::connect(stack, &QUndoStack::cleanChanged, window, [this] { updateUndoTexts(); });
    changeIndustry = action();
    redrawOutline = action();
    deleteDrawn = action(QKeySequence::Delete);
    batchCheck = action(QKeySequence(Qt::CTRL | Qt::Key_B));
    compareZoneSets = action();
    constraintLayers = action();
    // Drawing and measuring are map tools: one at a time.
    toolGroup = new QActionGroup(window);
    toolGroup->setExclusionPolicy(QActionGroup::ExclusionPolicy::ExclusiveOptional);
    draw = action(QKeySequence(Qt::CTRL | Qt::Key_D));
    draw->setCheckable(true);
    measure = action(QKeySequence(Qt::CTRL | Qt::Key_M));
    measure->setCheckable(true);
    toolGroup->addAction(draw);
    toolGroup->addAction(measure);
    zoomFull = action(QKeySequence(Qt::CTRL | Qt::Key_0));
    zoomIn = action(QKeySequence::ZoomIn);
    zoomOut = action(QKeySequence::ZoomOut);
    zoomSelection = action();
    findParcel = action(QKeySequence::Find);
    languageGroup = new QActionGroup(window);
    chinese = new QAction(QStringLiteral("简体中文"), languageGroup);
    english = new QAction(QStringLiteral("English"), languageGroup);
    chinese->setCheckable(true);
    english->setCheckable(true);
    about = action();
    dataSources = action();

    QMenuBar* bar = window->menuBar();
    fileMenu = bar->addMenu(QString());
    fileMenu->addActions({openParcels, openZones, saveZoneSet});
    recentMenu = fileMenu->addMenu(QString());
    fileMenu->addSeparator();
    fileMenu->addActions({saveDrawn, exportResults, exportMapPdf, exportReportPdf});
    fileMenu->addSeparator();
    fileMenu->addAction(quit);
    editMenu = bar->addMenu(QString());
    editMenu->addActions({undo, redo});
    editMenu->addSeparator();
    editMenu->addActions({changeIndustry, redrawOutline, deleteDrawn});
    editMenu->addSeparator();
    editMenu->addAction(findParcel);
    checkMenu = bar->addMenu(QString());
    checkMenu->addActions({batchCheck, compareZoneSets, constraintLayers, draw, measure});
    viewMenu = bar->addMenu(QString());
    viewMenu->addActions({zoomFull, zoomIn, zoomOut});
    zoomZoneMenu = viewMenu->addMenu(QString());
    viewMenu->addAction(zoomSelection);
    viewMenu->addSeparator();
    panelsMenu = viewMenu->addMenu(QString());
    languageMenu = viewMenu->addMenu(QString());
    languageMenu->addActions({chinese, english});
    helpMenu = bar->addMenu(QString());
    helpMenu->addActions({dataSources, about});
}

MainActions::~MainActions()
{
    QObject::disconnect(indexChanged_);
    QObject::disconnect(cleanChanged_);
}

void MainActions::updateUndoTexts()
{
    undo->setEnabled(undoStack_->canUndo());
    redo->setEnabled(undoStack_->canRedo());
    undo->setText(undoStack_->canUndo() ? tr("&Undo %1").arg(undoStack_->undoText()) : tr("&Undo"));
    redo->setText(undoStack_->canRedo() ? tr("&Redo %1").arg(undoStack_->redoText()) : tr("&Redo"));
}

void MainActions::retranslate()
{
    fileMenu->setTitle(tr("&File"));
    openParcels->setText(tr("&Open parcels…"));
    openZones->setText(tr("Open &zones layer…"));
    saveZoneSet->setText(tr("Save zones as zone &set…"));
    recentMenu->setTitle(tr("Recent files"));
    exportResultsMenu->setTitle(tr("&Export results"));
    exportResultsFile->setText(tr("To a &file (CSV, GeoJSON, GeoPackage, Excel)…"));
    exportResultsPostgis->setText(tr("To a &PostGIS table…"));
    exportMapPdf->setText(tr("Export map to &PDF…"));
    exportReportPdf->setText(tr("Export check &report to PDF…"));
    saveDrawn->setText(tr("Save drawn parcels…"));
    quit->setText(tr("&Quit"));
    editMenu->setTitle(tr("&Edit"));
    updateUndoTexts();
    changeIndustry->setText(tr("Change industry of drawn parcel…"));
    redrawOutline->setText(tr("Redraw outline of drawn parcel"));
    deleteDrawn->setText(tr("Delete drawn parcel"));
    findParcel->setText(tr("&Find parcel by id…"));
    checkMenu->setTitle(tr("&Check"));
    batchCheck->setText(tr("&Batch check parcels…"));
    compareZoneSets->setText(tr("Compare zone &sets…"));
    constraintLayers->setText(tr("Constraint &layers…"));
    draw->setText(tr("&Draw candidate parcel"));
    measure->setText(tr("&Measure distance and area"));
    viewMenu->setTitle(tr("&View"));
    zoomFull->setText(tr("Zoom to &full extent"));
    zoomIn->setText(tr("Zoom &in"));
    zoomOut->setText(tr("Zoom &out"));
    zoomZoneMenu->setTitle(tr("Zoom to zone"));
    zoomSelection->setText(tr("Zoom to &selection"));
    panelsMenu->setTitle(tr("&Panels"));
    languageMenu->setTitle(tr("&Language"));
    helpMenu->setTitle(tr("&Help"));
    about->setText(tr("&About Pearlzone"));
    dataSources->setText(tr("&Data sources and disclaimer"));
}

}  // namespace pearlzone::app
