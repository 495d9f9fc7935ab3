#include "app/status_widgets.h"

#include "app/check_runner.h"

#include "core/zone_set.h"
#include "gis/error.h"

#include <QFileInfo>
#include <QLabel>
#include <QLineF>
#include <QProgressBar>
#include <QPushButton>
#include <QStatusBar>

#include <climits>
#include <cmath>

namespace pearlzone::app {

std::pair<double, double> measureOf(const QPolygonF& points)
{
    double length = 0.0;
    for (qsizetype i = 1; i < points.size(); ++i)
        length += QLineF(points[i - 1], points[i]).length();
    double twiceArea = 0.0;  // the shoelace formula over the closed ring
    if (points.size() >= 3) {
        for (qsizetype i = 0; i < points.size(); ++i) {
            const QPointF& a = points[i];
            const QPointF& b = points[(i + 1) % points.size()];
            twiceArea += a.x() * b.y() - b.x() * a.y();
        }
    }
    return {length, std::abs(twiceArea) / 2.0};
}

StatusWidgets::StatusWidgets(QStatusBar* bar)
    : QObject(bar), bar_(bar), measure_(new QLabel(bar)), progress_(new QProgressBar(bar)), cancel_(new QPushButton(bar)),
      coordinates_(new QLabel(bar)), scale_(new QLabel(bar))
{
    progress_->setMaximumWidth(220);
    progress_->setVisible(false);
    cancel_->setVisible(false);
    for (QWidget* widget : std::initializer_list<QWidget*>{measure_, progress_, cancel_, coordinates_, scale_})
        bar->addPermanentWidget(widget);
}

void StatusWidgets::retranslate()
{
    cancel_->setText(tr("Cancel"));
    coordinates_->setText(tr("Move the mouse over the map"));
}

void StatusWidgets::showCursor(QPointF world)
{
    try {
        if (!toLonLat_)
            toLonLat_ = gis::CrsTransform::create(core::kPlanarCrs, "EPSG:4490");
        const auto lonLat = toLonLat_->transform(world.x(), world.y());
        coordinates_->setText(QStringLiteral("%1°E %2°N   E %3 N %4 (EPSG:4547)")
                                  .arg(lonLat.lon, 0, 'f', 5)
                                  .arg(lonLat.lat, 0, 'f', 5)
                                  .arg(world.x(), 0, 'f', 0)
                                  .arg(world.y(), 0, 'f', 0));
    } catch (const gis::Error&) {
        coordinates_->setText(QStringLiteral("E %1 N %2 (EPSG:4547)").arg(world.x(), 0, 'f', 0).arg(world.y(), 0, 'f', 0));
    }
}

void StatusWidgets::showScale(double denominator) { scale_->setText(QStringLiteral("1:%L1").arg(std::llround(denominator))); }

void StatusWidgets::showMeasure(const QPolygonF& points)
{
    const auto [length, area] = measureOf(points);
    QString text = tr("Distance %L1 m").arg(length, 0, 'f', 1);
    if (points.size() >= 3)
        text += tr(", area %L1 m² (%L2 ha)").arg(area, 0, 'f', 0).arg(area / 1e4, 0, 'f', 2);
    measure_->setText(text);
}

void StatusWidgets::clearMeasure() { measure_->clear(); }

void StatusWidgets::showDrawingHint(bool drawing)
{
    if (drawing)
        bar_->showMessage(tr("Drawing: click the corners; click the first corner or double-click to finish. "
                             "Backspace removes the last corner, Esc starts again."));
    else
        bar_->clearMessage();
}

void StatusWidgets::showMeasuringHint(bool measuring)
{
    clearMeasure();
    if (measuring)
        bar_->showMessage(tr("Measuring: click points along a line; three or more also give the area. Double-click ends."));
    else
        bar_->clearMessage();
}

void StatusWidgets::watch(CheckRunner* runner)
{
    connect(cancel_, &QPushButton::clicked, runner, &CheckRunner::cancel);
    connect(runner, &CheckRunner::stalled, this, [this](const QString& source, int seconds) {
        progress_->setVisible(true);
        cancel_->setVisible(true);
        cancel_->setText(tr("Stop"));
        bar_->showMessage(tr("No progress on %1 for %2 s: the file may have stopped its reader. Stop ends this check; "
                             "your other work is not affected.")
                              .arg(QFileInfo(source).fileName())
                              .arg(seconds));
    });
    connect(runner, &CheckRunner::notice, this, [this](const QString& text) { bar_->showMessage(text, 10000); });
    // "Checking …" would otherwise stay under the failure dialog and after it.
    connect(runner, &CheckRunner::failed, bar_, &QStatusBar::clearMessage);
}

void StatusWidgets::showProgress(qint64 done, qint64 total)
{
    progress_->setVisible(true);
    cancel_->setVisible(true);
    cancel_->setText(tr("Cancel"));
    progress_->setMaximum(total > 0 ? static_cast<int>(std::min<qint64>(total, INT_MAX)) : 0);
    progress_->setValue(static_cast<int>(std::min<qint64>(done, INT_MAX)));
}

void StatusWidgets::hideProgress()
{
    progress_->setVisible(false);
    cancel_->setVisible(false);
    cancel_->setText(tr("Cancel"));
}

}  // namespace pearlzone::app
