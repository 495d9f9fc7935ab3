#pragma once
// The check report's table as pages (render/ only): where each page starts (its group, which of
// the group's pages it is, its rows and where they lie in the group's spool), worked out once
// the rows are all in, so that any thread can draw any run of pages in a PDF of its own.

#include "render/pdf_pages.h"
#include "render/report_table.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <vector>

namespace pearlzone::render {

class ReportTableDrawer;

// A group of the table: a zone (or sub-area), the parcels outside every zone, or the errors.
struct TableGroup {
    QString title;
    std::unique_ptr<RowSpool> spool;
    std::int64_t rows = 0;
    int pages = 0;  // counted once its rows are all in (paginate)
    GroupNotes notes;
    ReportTableLayout::Guidelines guidelines;  // on its first page, above the table
};

struct TablePage {
    std::size_t group = 0;  // in the table's order
    int groupPage = 1;      // which of the group's pages, from 1
    int part = -1;          // a part of the guideline block on a page of its own; -1: rows
    bool firstRows = false;  // the group's first page of rows: the block's last part above them
    std::int64_t firstRow = 0;
    std::int64_t endRow = 0;
    qint64 offset = 0;  // of firstRow in the group's spool
};

// The group's pages, appended to pages as the table breaks them (each group from a new page;
// its guideline block's parts but the last on pages of their own); sets group.pages.
void paginate(std::size_t index, TableGroup& group, const ReportTableLayout& layout, std::vector<TablePage>& pages);

// Draws pages [first, end) of the table, numbered from pageNumber, the first on the writer's
// current page; footer draws a page's footer. Returns false when stopped() said so.
bool drawTablePages(const pdf::Page& page, ReportTableDrawer& drawer, const ReportTableLayout& layout,
                    const std::vector<const TableGroup*>& groups, const std::vector<TablePage>& pages, std::size_t first,
                    std::size_t end, int pageNumber, const std::function<void(int pageNumber)>& footer,
                    const std::function<bool()>& stopped);

}  // namespace pearlzone::render
