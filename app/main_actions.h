#pragma once
// The main window's actions and menus, made in one place and worded by retranslate().
// The window connects them; View → Panels lists the docks' own show/hide actions.

#include <QCoreApplication>

class QAction;
class QActionGroup;
class QMainWindow;
class QMenu;
class QUndoStack;

namespace pearlzone::app {

struct MainActions {
    Q_DECLARE_TR_FUNCTIONS(pearlzone::app::MainActions)
public:
    MainActions(QMainWindow* window, QUndoStack* undo);
    ~MainActions();  // the undo stack may outlive these actions: its signals stop reaching them
    void retranslate();

    QMenu* fileMenu;
    QMenu* recentMenu;
    QMenu* editMenu;
    QMenu* checkMenu;
    QMenu* viewMenu;
    QMenu* zoomZoneMenu;
    QMenu* panelsMenu;
    QMenu* languageMenu;
    QMenu* helpMenu;

    QAction* openParcels;
    QAction* openZones;
    QAction* saveZoneSet;
    QMenu* exportResultsMenu;
    QAction* exportResults;  // the submenu's own action (disabled without results)
    QAction* exportResultsFile;
    QAction* exportResultsPostgis;
    QAction* exportMapPdf;
    QAction* exportReportPdf;
    QAction* saveDrawn;
    QAction* quit;
    QAction* undo;
    QAction* redo;
    QAction* changeIndustry;
    QAction* redrawOutline;
    QAction* deleteDrawn;
    QAction* batchCheck;
    QAction* compareZoneSets;
    QAction* constraintLayers;
    QAction* draw;
    QAction* measure;
    QAction* zoomFull;
    QAction* zoomIn;
    QAction* zoomOut;
    QAction* zoomSelection;
    QAction* findParcel;
    QAction* chinese;
    QAction* english;
    QAction* about;
    QAction* dataSources;
    QActionGroup* languageGroup;
    QActionGroup* toolGroup;

private:
    void updateUndoTexts();
    QUndoStack* undoStack_;
    QMetaObject::Connection indexChanged_, cleanChanged_;
};

}  // namespace pearlzone::app
