#include "app/drawing_controller.h"

#include "app/drawn_parcel_commands.h"
#include "app/map_canvas.h"
#include "app/recent_files.h"
#include "gis/error.h"
#include "gis/geometry.h"

#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QUndoStack>

namespace pearlzone::app {

DrawingController::DrawingController(QWidget* window, MapCanvas* canvas, DrawnParcelsDocument* document, QUndoStack* undo)
    : QObject(window), window_(window), canvas_(canvas), document_(document), undo_(undo)
{
}

void DrawingController::setContext(std::shared_ptr<const core::PilotZoneData> data, core::Language language)
{
    data_ = std::move(data);
    language_ = language;
}

std::optional<std::vector<unsigned char>> DrawingController::outlineOf(const QPolygonF& polygon)
{
    QPolygonF corners;  // without repeats: clicking one spot twice is one corner
    for (const QPointF& p : polygon)
        if (!corners.contains(p))
            corners << p;
    if (corners.size() < 3) {
        onTooFewCorners(static_cast<int>(corners.size()));
        return std::nullopt;
    }
    try {
        std::vector<double> xy;
        for (const QPointF& p : polygon) {
            xy.push_back(p.x());
            xy.push_back(p.y());
        }
        const gis::Geometry outline = gis::Geometry::polygon(xy);
        if (!outline.isValid()) {
            const auto answer = QMessageBox::warning(
                window_, tr("The outline crosses itself"),
                tr("The outline crosses itself (a bow tie). It will be checked as repaired: each loop becomes a part "
                   "of the parcel.\n\nKeep it?"),
                QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
            if (answer != QMessageBox::Yes)
                return std::nullopt;
        }
        return outline.toWkb();
    } catch (const gis::Error& error) {
        QMessageBox::warning(window_, tr("The outline cannot be used"), QString::fromUtf8(error.what()));
        return std::nullopt;
    }
}

void DrawingController::onTooFewCorners(int corners)
{
    QMessageBox::information(window_, tr("Draw candidate parcel"),
                             tr("An outline needs at least 3 corners; this one has %n.", nullptr, corners));
}

bool DrawingController::addParcel(const QPolygonF& polygon, const QString& industry)
{
    const auto wkb = outlineOf(polygon);
    if (!wkb)
        return false;
    try {
        undo_->push(new AddDrawnParcel(document_, document_->makeParcel(*wkb, industry)));
    } catch (const gis::Error& error) {
        QMessageBox::warning(window_, tr("The parcel cannot be checked"), QString::fromUtf8(error.what()));
        return false;
    }
    selected_ = document_->size() - 1;
    emit parcelChosen(*selected_);
    return true;
}

void DrawingController::onPolygonDrawn(const QPolygonF& polygon)
{
    if (redrawing_) {
        const std::size_t index = *redrawing_;
        redrawing_.reset();
        emit redrawFinished();
        if (index >= document_->size())
            return;
        if (const auto wkb = outlineOf(polygon)) {
            undo_->push(new ChangeDrawnOutline(document_, index, *wkb));
            emit parcelChosen(index);
        }
        return;
    }
    QStringList names;
    if (data_) {
        for (const auto& industry : data_->catalogue.industries())
            names << QString::fromStdString(language_ == core::Language::Chinese ? industry.nameZh : industry.nameEn);
    }
    bool ok = false;
    const QString industry = QInputDialog::getItem(window_, tr("Candidate parcel"),
                                                   tr("Proposed industry (one or more, separated by ；):"), names, 0, true, &ok);
    if (ok)
        addParcel(polygon, industry);
}

bool DrawingController::hasSelection()
{
    if (selected_ && *selected_ < document_->size())
        return true;
    emit message(tr("Click a drawn parcel first"), 5000);
    return false;
}

void DrawingController::startRedraw()
{
    if (!hasSelection())
        return;
    redrawing_ = selected_;
    emit redrawStarted();
    emit message(tr("Click the new outline's corners; double-click to finish"), 8000);
}

void DrawingController::deleteSelected()
{
    if (!hasSelection())
        return;
    undo_->push(new RemoveDrawnParcel(document_, *selected_));
    selected_.reset();
}

void DrawingController::changeSelectedIndustry()
{
    if (!hasSelection())
        return;
    const std::size_t index = *selected_;
    bool ok = false;
    const QString industry = QInputDialog::getText(window_, tr("Candidate parcel"), tr("Proposed industry:"), QLineEdit::Normal,
                                                   document_->at(index).industry, &ok);
    if (ok)
        undo_->push(new ChangeDrawnIndustry(document_, index, industry));
}

bool DrawingController::save()
{
    if (document_->size() == 0) {
        QMessageBox::information(window_, tr("Save drawn parcels"), tr("Draw a parcel first: Check → Draw candidate parcel."));
        return false;
    }
    const QString path = QFileDialog::getSaveFileName(window_, tr("Save drawn parcels"),
                                                      lastFolder() + QStringLiteral("/drawn-parcels.gpkg"),
                                                      tr("GeoPackage (*.gpkg)"));
    return !path.isEmpty() && saveTo(path);
}

bool DrawingController::saveTo(const QString& path)
{
    try {
        document_->saveTo(path);
        emit message(tr("Drawn parcels saved to %1").arg(path), 8000);
        return true;
    } catch (const gis::Error& error) {
        QMessageBox::warning(window_, tr("Save failed"), QString::fromUtf8(error.what()));
        return false;
    }
}

bool DrawingController::confirmQuit()
{
    if (!document_->isModified() || document_->size() == 0)
        return true;
    QMessageBox box(QMessageBox::Question, tr("Unsaved drawn parcels"),
                    tr("%n drawn parcel(s) are not saved to a file. Save them before quitting?\n\n"
                       "If you quit without saving, they are kept for the next start but not in a file of yours.",
                       nullptr, static_cast<int>(document_->size())),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, window_);
    box.setDefaultButton(QMessageBox::Save);
    box.button(QMessageBox::Discard)->setText(tr("Quit without saving"));
    switch (box.exec()) {
    case QMessageBox::Save: return save();
    case QMessageBox::Discard: return true;
    default: return false;
    }
}

}  // namespace pearlzone::app
