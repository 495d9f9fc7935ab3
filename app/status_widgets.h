#pragma once
// The status bar's permanent widgets: cursor position (lon/lat and EPSG:4547), map scale,
// the measuring tool's result, and a check's progress with Cancel (Stop, when the worker
// process has made no progress for a while).

#include "gis/crs_transform.h"

#include <QObject>
#include <QPointF>
#include <QPolygonF>

#include <optional>

class QLabel;
class QProgressBar;
class QPushButton;
class QStatusBar;

namespace pearlzone::app {

class CheckRunner;

class StatusWidgets : public QObject {
    Q_OBJECT
public:
    explicit StatusWidgets(QStatusBar* bar);
    void retranslate();

    void showCursor(QPointF world);
    void showScale(double denominator);
    // Planar (EPSG:4547) length along the points and, from 3 points, the enclosed area.
    void showMeasure(const QPolygonF& points);
    void clearMeasure();
    // The hint that stays in the status bar while a map tool is on.
    void showDrawingHint(bool drawing);
    void showMeasuringHint(bool measuring);
    // Cancel stops runner's check; a stalled check turns it into Stop, with a word why.
    void watch(CheckRunner* runner);
    void showProgress(qint64 done, qint64 total);
    void hideProgress();

    QLabel* measureLabel() const { return measure_; }
    QProgressBar* progressBar() const { return progress_; }
    QPushButton* cancelButton() const { return cancel_; }

private:
    QStatusBar* bar_;
    // A member, not a function-static: its PROJ object belongs to this thread's PROJ context,
    // which ends before statics are destroyed.
    std::optional<gis::CrsTransform> toLonLat_;
    QLabel* measure_;
    QProgressBar* progress_;
    QPushButton* cancel_;
    QLabel* coordinates_;
    QLabel* scale_;
};

// Length (m) along the points and the area (m²) they enclose (0 for fewer than 3), planar.
std::pair<double, double> measureOf(const QPolygonF& points);

}  // namespace pearlzone::app
