#include "render/report_table_drawer.h"

#include "render/map_style.h"
#include "render/pdf_pages.h"

#include <QFontMetricsF>
#include <QGlyphRun>
#include <QTextLayout>

#include <algorithm>

namespace pearlzone::render {

namespace {
constexpr std::size_t kVerdictColumn = 3;
}  // namespace

ReportTableDrawer::ReportTableDrawer(const ReportTableLayout& layout, QPaintDevice& device)
    : layout_(layout), device_(&device), cellFont_(pdfFont(7)), headingFont_(pdfFont(7, true)), kept_(layout.columns_.size())
{
    // The font at the PDF's resolution, as Qt's layout picks it for the table's text.
    QTextLayout sample(QStringLiteral("Ag地块"), cellFont_, device_);
    sample.beginLayout();
    sample.createLine();
    sample.endLayout();
    const QList<QGlyphRun> runs = sample.glyphRuns();
    if (!runs.isEmpty())
        rawFont_ = runs.front().rawFont();
    if (const QList<quint32> space = rawFont_.glyphIndexesForString(QStringLiteral(" ")); rawFont_.isValid() && space.size() == 1)
        spaceGlyph_ = space.front();
    ascent_ = QFontMetricsF(cellFont_, device_).ascent();
    for (std::size_t c = 0; c < kept_.size(); ++c)
        kept_[c].resize(layout.columns_[c].kept.size());
}

void ReportTableDrawer::drawHeader(QPainter& painter, double shift) const
{
    const ReportTableLayout& l = layout_;
    const double top = l.tableTop_ + shift;
    painter.fillRect(QRectF(l.area_.left(), top, l.area_.width(), l.headerHeight_), QColor(225, 230, 238));
    painter.setFont(headingFont_);
    painter.setPen(QColor(20, 20, 20));
    double x = l.area_.left();
    for (const auto& column : l.columns_) {
        painter.drawText(QRectF(x + l.padding_, top + l.padding_, column.width - 2 * l.padding_, l.headerHeight_), Qt::AlignLeft,
                         column.header);
        x += column.width;
    }
}

void ReportTableDrawer::drawGuidelines(QPainter& painter, const ReportTableLayout::Guidelines& block, std::size_t part) const
{
    if (part >= block.pages.size())
        return;
    const ReportTableLayout& l = layout_;
    painter.setPen(QColor(20, 20, 20));
    for (const auto& line : block.pages[part]) {
        painter.setFont(line.heading ? headingFont_ : cellFont_);
        const QRectF box(l.area_.left(), l.tableTop_ + line.top, l.area_.width(), line.height);
        if (line.heading)
            painter.drawText(box, Qt::AlignLeft | Qt::AlignVCenter, line.text);
        else
            painter.drawText(box, Qt::TextWordWrap, line.text);
    }
}

ReportTableDrawer::Cell ReportTableDrawer::layOut(const QString& text) const
{
    // The text's lines as wrapped() broke them, a line height apart. The table's words need no
    // shaping (Chinese and Latin, no ligatures): glyphs come from the font's character map and
    // sit at their kerned advances. A character the font lacks takes Qt's layout, with fallback.
    if (!rawFont_.isValid())
        return shaped(text);
    Cell cell;
    const QList<QStringView> lines = QStringView(text).split(QChar::LineSeparator);
    for (const QStringView line : lines) {
        const QList<quint32> glyphs = rawFont_.glyphIndexesForString(line.toString());
        if (glyphs.contains(0u))
            return shaped(text);
        const QList<QPointF> advances = rawFont_.advancesForGlyphIndexes(glyphs, QRawFont::KernedAdvances);
        // A space draws nothing: only its advance is kept (Qt writes every glyph it is given,
        // and a viewer finds the word break from the gap).
        QList<quint32> drawn;
        QList<QPointF> positions;
        drawn.reserve(glyphs.size());
        positions.reserve(glyphs.size());
        QPointF at(0, cell.height + ascent_);
        for (qsizetype g = 0; g < glyphs.size(); ++g) {
            if (glyphs[g] != spaceGlyph_) {
                drawn.push_back(glyphs[g]);
                positions.push_back(at);
            }
            at += advances[g];
        }
        cell.runs.push_back({rawFont_, drawn, positions});
        cell.height += layout_.lineHeight_;
    }
    return cell;
}

ReportTableDrawer::Cell ReportTableDrawer::shaped(const QString& text) const
{
    QTextLayout layout(text, cellFont_, device_);
    QTextOption option;
    option.setWrapMode(QTextOption::NoWrap);
    layout.setTextOption(option);
    Cell cell;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setPosition(QPointF(0, cell.height));
        cell.height += layout_.lineHeight_;
    }
    layout.endLayout();
    for (const QGlyphRun& run : layout.glyphRuns())
        cell.runs.push_back({run.rawFont(), run.glyphIndexes(), run.positions()});
    return cell;
}

const ReportTableDrawer::Cell& ReportTableDrawer::cellOf(std::size_t column, const TableCell& cell)
{
    if (cell.id < 0) {
        scratch_ = layOut(cell.text);
        return scratch_;
    }
    std::optional<Cell>& kept = kept_[column][static_cast<std::size_t>(cell.id)];
    if (!kept)
        kept = layOut(layout_.columns_[column].kept[static_cast<std::size_t>(cell.id)].text);
    return *kept;
}

void ReportTableDrawer::drawRow(const TableRow& row, double top, bool shaded)
{
    // Whole device units: Qt writes a whole number in a few bytes, a fraction in ten. Rows
    // abut: each edge is rounded once, so that their shadings still meet.
    const auto whole = [](double v) { return static_cast<double>(static_cast<std::int64_t>(v + 0.5)); };  // on the page: v >= 0
    const QRectF& area = layout_.area_;
    if (shaded)
        shadings_.push_back(QRectF(QPointF(whole(area.left()), whole(top)), QPointF(whole(area.right()), whole(top + row.height))));
    static const QColor text(20, 20, 20);
    const QColor verdict = verdictColour(static_cast<core::Verdict>(row.verdict)).darker(130);
    const double padding = layout_.padding_;
    double x = area.left();
    for (std::size_t c = 0; c < layout_.columns_.size() && c < row.cells.size(); ++c) {
        const QColor& colour = c == kVerdictColumn ? verdict : text;
        const double left = x + padding, cellTop = top + padding;
        for (const Cell::Run& run : cellOf(c, row.cells[c]).runs) {
            auto batch = std::find_if(pending_.begin(), pending_.end(),
                                      [&](const PendingRun& p) { return p.colour == colour && p.font == run.font; });
            if (batch == pending_.end())
                batch = pending_.insert(pending_.end(), PendingRun{colour, run.font, {}, {}});
            batch->glyphs += run.glyphs;
            for (const QPointF& p : run.positions)
                batch->positions.push_back(QPointF(whole(left + p.x()), whole(cellTop + p.y())));
        }
        x += layout_.columns_[c].width;
    }
}

void ReportTableDrawer::flushRows(QPainter& painter)
{
    painter.save();
    if (!shadings_.isEmpty()) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(246, 247, 249));
        painter.drawRects(shadings_.constData(), static_cast<int>(shadings_.size()));
    }
    for (PendingRun& batch : pending_) {
        QGlyphRun run;
        run.setRawFont(batch.font);
        run.setGlyphIndexes(batch.glyphs);
        run.setPositions(batch.positions);
        painter.setPen(batch.colour);
        painter.drawGlyphRun(QPointF(0, 0), run);
    }
    painter.restore();
    pending_.clear();
    shadings_.clear();
}

}  // namespace pearlzone::render
