#include "render/report_table_pages.h"

#include "render/map_style.h"
#include "render/report_table_drawer.h"

#include <QPdfWriter>

#include <optional>

namespace pearlzone::render {

using pdf::kMillimetre;
using pdf::t;

void paginate(std::size_t index, TableGroup& group, const ReportTableLayout& layout, std::vector<TablePage>& pages)
{
    const std::size_t before = pages.size();
    // The block's parts but the last have pages of their own; the rows start under the last.
    const int blockPages = std::max(0, static_cast<int>(group.guidelines.pages.size()) - 1);
    for (int part = 0; part < blockPages; ++part)
        pages.push_back({index, part + 1, part, false, 0, 0, 0});
    int rowPages = 0;
    std::int64_t row = 0;
    double y = 0, pageTop = 0;
    group.spool->forEachRow([&](double height, qint64 offset) {
        if (layout.opensPage(rowPages, y, height, pageTop)) {
            if (rowPages > 0)
                pages.back().endRow = row;
            const bool firstRows = rowPages++ == 0;
            pageTop = y = layout.firstRowTop(firstRows ? group.guidelines.shift : 0.0);
            pages.push_back({index, blockPages + rowPages, -1, firstRows, row, row, offset});
        }
        y += height;
        ++row;
    });
    if (rowPages > 0)
        pages.back().endRow = row;
    group.pages = static_cast<int>(pages.size() - before);
}

bool drawTablePages(const pdf::Page& page, ReportTableDrawer& drawer, const ReportTableLayout& layout,
                    const std::vector<const TableGroup*>& groups, const std::vector<TablePage>& pages, std::size_t first,
                    std::size_t end, int pageNumber, const std::function<void(int pageNumber)>& footer,
                    const std::function<bool()>& stopped)
{
    QPainter& painter = *page.painter;
    const QRectF& area = page.area;
    const bool zh = page.zh;
    std::optional<RowReader> reader;  // the group's, from the first of its pages drawn here
    std::size_t readerGroup = 0;
    for (std::size_t p = first; p < end; ++p, ++pageNumber) {
        if (stopped())
            return false;
        const TablePage& at = pages[p];
        const TableGroup& group = *groups[at.group];
        if (p > first)
            static_cast<QPdfWriter*>(page.writer)->newPage();
        // The running header: the group, and which of its pages this is.
        painter.setFont(pdfFont(11, true));
        painter.setPen(QColor(20, 20, 20));
        painter.drawText(QRectF(area.left(), area.top(), area.width(), 9 * kMillimetre), Qt::AlignLeft | Qt::AlignVCenter,
                         t(zh, QT_TRANSLATE_NOOP("pearlzone::render::PdfText", "Parcels checked: ")) + group.title);
        painter.setFont(pdfFont(8));
        painter.drawText(QRectF(area.left(), area.top(), area.width(), 9 * kMillimetre), Qt::AlignRight | Qt::AlignVCenter,
                         t(zh, QT_TRANSLATE_NOOP("pearlzone::render::PdfText", "page %1 of %2 of this group, %L3 parcels"))
                             .arg(at.groupPage)
                             .arg(group.pages)
                             .arg(group.rows));
        if (at.part >= 0) {
            drawer.drawGuidelines(painter, group.guidelines, static_cast<std::size_t>(at.part));
        } else {
            const double shift = at.firstRows ? group.guidelines.shift : 0.0;
            if (at.firstRows && !group.guidelines.pages.empty())
                drawer.drawGuidelines(painter, group.guidelines, group.guidelines.pages.size() - 1);
            drawer.drawHeader(painter, shift);
            if (!reader || readerGroup != at.group) {
                reader.emplace(group.spool->fileName(), at.offset);
                readerGroup = at.group;
            }
            double y = layout.firstRowTop(shift);
            for (std::int64_t r = at.firstRow; r < at.endRow; ++r) {
                const TableRow row = reader->next();
                drawer.drawRow(row, y, r % 2 == 1);
                y += row.height;
            }
            drawer.flushRows(painter);
        }
        footer(pageNumber);
    }
    return true;
}

}  // namespace pearlzone::render
