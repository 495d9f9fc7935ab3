#pragma once
// The check report's table (render/ only): which rows it lists, its columns and row layout at
// the PDF's resolution, and a spool that keeps laid-out rows on disk until their page is
// written, so that a report of a million parcels holds a page of rows in memory, not all.

#include "core/check_result.h"
#include "render/pdf_export.h"

#include <QFont>
#include <QFontMetricsF>
#include <QHash>
#include <QPainter>
#include <QStringList>
#include <QTemporaryFile>

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace pearlzone::core {
class TableReasons;
class Wording;
struct PlaceGuideline;
}  // namespace pearlzone::core

namespace pearlzone::render {

// The words of --pdf-rows: "attention", "all", "none".
std::optional<PdfRows> pdfRowsNamed(const QString& name);
// Whether the table lists a parcel: Attention lists those in or partly in a zone whose
// verdict is not pass, and every error; All every parcel; None none.
bool listsParcel(PdfRows rows, const core::ParcelResult& result);

// A group's notes (core::TableReason::note), numbered in the order its rows first need them.
class GroupNotes {
public:
    int number(const std::string& note);
    const std::vector<std::string>& notes() const { return notes_; }

private:
    std::vector<std::string> notes_;
    std::unordered_map<std::string, int> numbers_;
};

// A row's cell: a text the layout keeps (its number there, the same on every row that has
// the text), or one it does not (a parcel's id, a reason with a distance) with the row.
struct TableCell {
    std::int32_t id = -1;
    QString text;  // when id < 0: broken into lines already
};

struct TableRow {
    std::vector<TableCell> cells;
    std::uint8_t verdict = 0;  // core::Verdict, for the verdict cell's colour
    double height = 0.0;       // device units
};

class ReportTableLayout {
public:
    // metrics: a device at the PDF's resolution; area: inside the page margins; constraints:
    // whether the check had constraint layers (else no such column: the reason takes its width).
    ReportTableLayout(QPaintDevice& metrics, const QRectF& area, bool zh, bool constraints);

    // The row's place is its group's (the running header), so the table has no place column;
    // the reason is reasons' (core/table_reasons.h), its note numbered in notes (the row's
    // group's), or the check's sentence without them.
    TableRow row(const core::ParcelResult& result, const core::Wording& words, const core::TableReasons* reasons, GroupNotes& notes);
    // Rows from the header down to the bottom of the table, in device units; shift: the room
    // taken above the table's header on the page (a group's guideline text).
    double firstRowTop(double shift = 0.0) const { return tableTop_ + shift + headerHeight_; }
    double bottom() const { return tableBottom_; }

    // A group's guideline text and notes, on its first page between the running header and
    // the table: a heading, then a line per quote with the industries it designates, and a
    // heading, then a line per note, wrapped. A block taller than a page goes on over pages of
    // its own; the table starts under its last part.
    struct Guidelines {
        struct Line {
            QString text;
            bool heading = false;
            double top = 0.0;  // from the table's top
            double height = 0.0;
        };
        std::vector<std::vector<Line>> pages;  // the block's parts, a page each
        double shift = 0.0;  // what the last part moves the table down by; 0: no block
    };
    Guidelines guidelines(const std::vector<core::PlaceGuideline>& place, const GroupNotes& notes, core::Language language) const;
    // Whether a row of this height, at y on the group's page groupPage (0: none yet) whose rows
    // start at pageTop, opens the next page: each group starts on a page of its own, and a
    // page's first row stays on it however tall.
    bool opensPage(int groupPage, double y, double height, double pageTop) const
    {
        return groupPage == 0 || (y + height > tableBottom_ && y > pageTop);
    }

private:
    // text with a line separator where its line breaks, in the column's width; widths are
    // sums of cached character advances, so measuring shapes no text.
    QString wrapped(std::size_t column, const QString& text);
    double advance(QStringView text);
    double advance(char32_t code);
    // The column's cell for text: the number of a text it keeps (each distinct text wrapped
    // once), or the wrapped text itself.
    TableCell intern(std::size_t column, const QString& text, qsizetype& lines);
    // The cells a row shares with every row of the same texts and codes: its industry, verdict
    // and land use and, for a parcel in a zone given the table's reasons, its reason (whose
    // note numbers are its group's: the key holds the zone and sub-area, so the group). Found
    // once per distinct combination: a row after the first builds no string, converts no text
    // and asks no reason (render/report_row_cells.cpp).
    struct SharedCells {
        std::string industry, landUse, zoneId, subareaId;
        std::uint8_t verdict = 0, location = 0, landUseStatus = 0;
        bool withReason = false;
        TableCell industryCell, verdictCell, landUseCell, reasonCell;
        qsizetype lines = 1;  // the most of these cells'
        bool matches(const core::ParcelResult& r, bool reason) const;
    };
    const SharedCells& sharedCells(const core::ParcelResult& r, const core::Wording& words, const core::TableReasons* reasons,
                                   GroupNotes& notes, bool withReason);
    // The share column's cell: one per tenth of a percent where the rounding is certain.
    TableCell ratioCell(double ratio, qsizetype& lines);

    // Drawing (ReportTableDrawer) reads the columns, their kept texts and the measures.
    friend class ReportTableDrawer;
    struct Kept {
        QString text;  // wrapped
        qsizetype lines = 1;
    };
    struct Column {
        QString header;
        double width;                    // device units
        QHash<QString, std::int32_t> ids;  // a text as given -> its number in kept
        std::vector<Kept> kept;
    };
    std::vector<Column> columns_;
    bool constraints_;
    QFont cellFont_;
    QFontMetricsF metrics_;
    double widestGlyph_;
    QRectF area_;
    double padding_;
    double lineHeight_;
    double headerHeight_;
    double tableTop_;
    double tableBottom_;
    std::vector<double> bmpAdvances_;  // per character of the Basic Multilingual Plane; < 0: not measured yet
    QHash<char32_t, double> advances_;  // the others
    // The combinations seen, found by their key's hash (a row's lookup builds no key) and
    // then compared.
    std::vector<SharedCells> shared_;
    std::unordered_multimap<std::uint64_t, std::size_t> sharedByHash_;
    SharedCells unshared_;  // past the most kept
    std::vector<std::pair<TableCell, qsizetype>> ratioCells_;  // per tenth of a percent; lines 0: not yet
};

// Rows written to a temporary file, read back from any row on (RowReader) by whichever thread
// draws its page. Each row's height and size go to a file of their own: the group's pages are
// counted from them once its notes (and so its first page's block) are known.
class RowSpool {
public:
    RowSpool();
    void append(const TableRow& row);
    // Each row's height and where it starts in the file, in order; after it every row is on disk.
    void forEachRow(const std::function<void(double height, qint64 offset)>& visit);
    QString fileName() const { return file_.fileName(); }

private:
    QTemporaryFile file_;
    QTemporaryFile heights_;
    struct Measure {
        double height;
        qint64 bytes;  // in file_
    };
    QByteArray buffer_;  // a row as written
};

// A spool's rows from one of them on, in order, through a handle of its own.
class RowReader {
public:
    RowReader(const QString& spool, qint64 offset);
    TableRow next();

private:
    void read(void* data, qint64 size);
    QFile file_;
};

}  // namespace pearlzone::render
