#include "render/scale_bar.h"

#include <QFontMetricsF>
#include <QPainterPath>
#include <QPolygonF>

#include <cmath>

namespace pearlzone::render {

ScaleBar niceScaleBar(double metresPerPixel, double maxPixels)
{
    ScaleBar bar;
    if (metresPerPixel <= 0 || maxPixels <= 0)
        return bar;
    const double longest = metresPerPixel * maxPixels;
    const double power = std::pow(10.0, std::floor(std::log10(longest)));
    for (double step : {5.0, 2.0, 1.0}) {
        if (step * power <= longest) {
            bar.metres = step * power;
            break;
        }
    }
    bar.pixels = bar.metres / metresPerPixel;
    bar.label = bar.metres >= 1000 ? QStringLiteral("%1 km").arg(bar.metres / 1000.0)
                                   : QStringLiteral("%1 m").arg(bar.metres);
    return bar;
}

void drawScaleBar(QPainter& painter, const ScaleBar& bar, QPointF bottomLeft, double unitScale)
{
    if (bar.pixels <= 0)
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, false);
    const double height = 6.0 * unitScale;
    const double block = bar.pixels / 4.0;
    for (int i = 0; i < 4; ++i) {
        const QRectF r(bottomLeft.x() + i * block, bottomLeft.y() - height, block, height);
        painter.fillRect(r, i % 2 == 0 ? QColor(30, 30, 30) : QColor(250, 250, 250));
    }
    painter.setPen(QPen(QColor(30, 30, 30), 1.0 * unitScale));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(QRectF(bottomLeft.x(), bottomLeft.y() - height, bar.pixels, height));
    QFont font = painter.font();
    font.setPointSizeF(8.5);
    painter.setFont(font);
    const QFontMetricsF metrics(font, painter.device());
    const QPointF labelAt(bottomLeft.x(), bottomLeft.y() - height - 3 * unitScale);
    painter.drawText(labelAt, QStringLiteral("0"));
    painter.drawText(QPointF(bottomLeft.x() + bar.pixels - metrics.horizontalAdvance(bar.label) / 2, labelAt.y()), bar.label);
    painter.restore();
}

void drawNorthArrow(QPainter& painter, QPointF top, double height)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    const double half = height * 0.32;
    const QPointF tip = top + QPointF(0, height * 0.35);
    QPolygonF left({tip, tip + QPointF(-half, height * 0.65), tip + QPointF(0, height * 0.48)});
    QPolygonF right({tip, tip + QPointF(half, height * 0.65), tip + QPointF(0, height * 0.48)});
    painter.setPen(QPen(QColor(30, 30, 30), height / 44.0));
    painter.setBrush(QColor(30, 30, 30));
    painter.drawPolygon(left);
    painter.setBrush(QColor(250, 250, 250));
    painter.drawPolygon(right);
    QFont font = painter.font();
    font.setPointSizeF(10.0);
    font.setBold(true);
    painter.setFont(font);
    const QFontMetricsF metrics(font, painter.device());
    painter.drawText(QPointF(top.x() - metrics.horizontalAdvance(QStringLiteral("N")) / 2, top.y() + metrics.ascent() * 0.8),
                     QStringLiteral("N"));
    painter.restore();
}

}  // namespace pearlzone::render
