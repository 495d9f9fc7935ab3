#pragma once
// DrawingController: drawing and editing candidate parcels on the map. It turns a drawn
// outline into a checked parcel (asking for the industry, warning about an outline that
// crosses itself, refusing one with fewer than 3 corners), and makes every edit an undo
// command on the document. Every failure becomes a message, never an escaped exception.

#include "app/drawn_parcels_document.h"

#include <QObject>
#include <QPolygonF>

#include <optional>

class QUndoStack;
class QWidget;

namespace pearlzone::app {

class MapCanvas;

class DrawingController : public QObject {
    Q_OBJECT
public:
    DrawingController(QWidget* window, MapCanvas* canvas, DrawnParcelsDocument* document, QUndoStack* undo);
    void setContext(std::shared_ptr<const core::PilotZoneData> data, core::Language language);

    // The drawn parcel last identified or added, which the Edit menu acts on.
    std::optional<std::size_t> selected() const { return selected_; }
    void setSelected(std::optional<std::size_t> index) { selected_ = index; }

    // Checks and adds the parcel (undoably); false, with a message, when it cannot.
    bool addParcel(const QPolygonF& worldPolygon, const QString& industry);
    void onPolygonDrawn(const QPolygonF& worldPolygon);
    void onTooFewCorners(int corners);
    void startRedraw();
    void deleteSelected();
    void changeSelectedIndustry();
    // File → Save drawn parcels; false when cancelled or failed.
    bool save();
    bool saveTo(const QString& path);
    // Whether the app may quit: asks when named work is unsaved.
    bool confirmQuit();

signals:
    void message(const QString& text, int milliseconds);
    void parcelChosen(std::size_t index);
    void redrawStarted();
    void redrawFinished();

private:
    // The outline as WKB, or nullopt after telling the planner why not.
    std::optional<std::vector<unsigned char>> outlineOf(const QPolygonF& worldPolygon);
    bool hasSelection();

    QWidget* window_;
    MapCanvas* canvas_;
    DrawnParcelsDocument* document_;
    QUndoStack* undo_;
    std::shared_ptr<const core::PilotZoneData> data_;
    core::Language language_ = core::Language::Chinese;
    std::optional<std::size_t> selected_;
    std::optional<std::size_t> redrawing_;
};

}  // namespace pearlzone::app
