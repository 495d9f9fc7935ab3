#pragma once
// The check report's table drawn (render/ only): the header, a group's guideline block and the
// rows that ReportTableLayout measured. One drawer per thread that writes pages: it makes its
// own fonts and lays out each kept text once, when first drawn.

#include "render/report_table.h"

#include <QColor>
#include <QFont>
#include <QList>
#include <QPainter>
#include <QRawFont>

#include <optional>
#include <vector>

namespace pearlzone::render {

class ReportTableDrawer {
public:
    // layout: read only, and no longer taking rows; device: the PDF this thread writes.
    ReportTableDrawer(const ReportTableLayout& layout, QPaintDevice& device);

    void drawHeader(QPainter& painter, double shift = 0.0) const;
    void drawGuidelines(QPainter& painter, const ReportTableLayout::Guidelines& block, std::size_t part) const;
    // A row's shading and its cells' glyphs wait, gathered by colour, for flushRows(), which
    // must come before the page ends: one path of shadings and one glyph run per colour and
    // page, instead of a fill per row and a run per cell and line, each glyph on a whole device
    // unit (1/300 inch), make a table page's content under 60 % of what it was, and Qt's
    // writing and compressing it is most of a large report's time.
    void drawRow(const TableRow& row, double top, bool shaded);
    void flushRows(QPainter& painter);

private:
    // A cell's text laid out: glyph runs from the cell's top left.
    struct Cell {
        struct Run {
            QRawFont font;
            QList<quint32> glyphs;
            QList<QPointF> positions;
        };
        double height = 0.0;
        std::vector<Run> runs;
    };
    const Cell& cellOf(std::size_t column, const TableCell& cell);
    Cell layOut(const QString& text) const;
    Cell shaped(const QString& text) const;

    const ReportTableLayout& layout_;
    QPaintDevice* device_;
    QFont cellFont_;
    QFont headingFont_;
    QRawFont rawFont_;
    quint32 spaceGlyph_ = 0;  // 0: none (the font's missing glyph, never drawn by layOut)
    double ascent_ = 0.0;
    std::vector<std::vector<std::optional<Cell>>> kept_;  // per column, by the layout's number
    Cell scratch_;                                         // a cell not kept, laid out to be drawn
    struct PendingRun {
        QColor colour;
        QRawFont font;
        QList<quint32> glyphs;
        QList<QPointF> positions;  // on the page, device units
    };
    std::vector<PendingRun> pending_;  // the rows drawn since the last flushRows()
    QList<QRectF> shadings_;
};

}  // namespace pearlzone::render
