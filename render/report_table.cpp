#include "render/report_table.h"

#include "core/check_errors.h"
#include "core/table_reasons.h"
#include "core/wording.h"
#include "render/map_style.h"
#include "render/pdf_pages.h"

#include <QDataStream>
#include <QDir>
#include <QRawFont>
#include <QTextBoundaryFinder>
#include <QTextLayout>

#include <algorithm>
#include <cmath>

namespace pearlzone::render {

using pdf::kMillimetre;
using pdf::t;

namespace {
constexpr std::size_t kVerdictColumn = 3;
constexpr std::size_t kConstraintsColumn = 5;
}  // namespace

std::optional<PdfRows> pdfRowsNamed(const QString& name)
{
    if (name == QStringLiteral("attention"))
        return PdfRows::Attention;
    if (name == QStringLiteral("all"))
        return PdfRows::All;
    if (name == QStringLiteral("none"))
        return PdfRows::None;
    return std::nullopt;
}

bool listsParcel(PdfRows rows, const core::ParcelResult& result)
{
    switch (rows) {
    case PdfRows::All:
        return true;
    case PdfRows::None:
        return false;
    case PdfRows::Attention:
        break;
    }
    if (result.verdict == core::Verdict::Error)
        return true;
    const bool located = result.location == core::Location::Inside || result.location == core::Location::Partial;
    return located && result.verdict != core::Verdict::Pass;
}

ReportTableLayout::ReportTableLayout(QPaintDevice& metrics, const QRectF& area, bool zh, bool constraints)
    : constraints_(constraints), cellFont_(pdfFont(7)), device_(&metrics), metrics_(cellFont_, &metrics),
      widestGlyph_(metrics_.maxWidth()), area_(area)
{
    const std::pair<const char*, double> columns[] = {
        {QT_TRANSLATE_NOOP("pearlzone::render::PdfText", "Parcel"), 0.11},   {QT_TRANSLATE_NOOP("pearlzone::render::PdfText", "Industry"), 0.13},
        {QT_TRANSLATE_NOOP("pearlzone::render::PdfText", "Inside"), 0.06},   {QT_TRANSLATE_NOOP("pearlzone::render::PdfText", "Verdict"), 0.07},
        {QT_TRANSLATE_NOOP("pearlzone::render::PdfText", "Land use"), 0.09}, {QT_TRANSLATE_NOOP("pearlzone::render::PdfText", "Constraints"), 0.12},
        {QT_TRANSLATE_NOOP("pearlzone::render::PdfText", "Reason"), 0.42}};
    double freed = 0.0;  // a check without constraint layers has no such column: the reason takes its width
    for (const auto& [header, share] : columns) {
        if (header == columns[kConstraintsColumn].first && !constraints)
            freed = share;
        else
            columns_.push_back({t(zh, header), share * area.width()});
    }
    columns_.back().width += freed * area.width();
    wrapped_.resize(columns_.size());
    cells_.resize(columns_.size());
    padding_ = 0.8 * kMillimetre;  // rows of one line are the most: 0.8 mm keeps them apart on their shading
    lineHeight_ = metrics_.boundingRect(QRectF(0, 0, 1e6, 1e6), Qt::TextWordWrap, QStringLiteral("Ag")).height();
    // The font at the PDF's resolution, as Qt's layout picks it for the table's text.
    QTextLayout sample(QStringLiteral("Ag地块"), cellFont_, device_);
    sample.beginLayout();
    sample.createLine();
    sample.endLayout();
    const QList<QGlyphRun> runs = sample.glyphRuns();
    if (!runs.isEmpty())
        rawFont_ = runs.front().rawFont();
    ascent_ = metrics_.ascent();
    headerHeight_ = metrics_.height() + 2 * padding_;
    tableTop_ = area.top() + 12 * kMillimetre;  // under the running header
    tableBottom_ = area.bottom() - 8 * kMillimetre;
}

double ReportTableLayout::advance(QStringView text)
{
    double sum = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const bool pair = text[i].isHighSurrogate() && i + 1 < text.size();
        const char32_t code = pair ? QChar::surrogateToUcs4(text[i], text[i + 1]) : text[i].unicode();
        auto found = advances_.find(code);
        if (found == advances_.end())
            found = advances_.insert(code, metrics_.horizontalAdvance(text.mid(i, pair ? 2 : 1).toString()));
        sum += *found;
        i += pair ? 1 : 0;
    }
    return sum;
}

QString ReportTableLayout::wrapped(std::size_t column, const QString& text)
{
    // Most cells are short: their length times the widest glyph settles it.
    const double width = (columns_[column].width - 2 * padding_) * 0.97;  // room for kerning
    if (text.size() * widestGlyph_ <= width && !text.contains(QLatin1Char('\n')))
        return text;
    auto& cache = wrapped_[column];
    if (const auto it = cache.constFind(text); it != cache.constEnd())
        return *it;
    QString lines;
    double used = 0;  // of the current line
    auto breakLine = [&] {
        lines += QChar::LineSeparator;
        used = 0;
    };
    QTextBoundaryFinder finder(QTextBoundaryFinder::Line, text);
    for (qsizetype start = 0; start < text.size();) {
        const qsizetype end = std::max(finder.toNextBoundary(), start + 1);
        QStringView segment = QStringView(text).mid(start, std::min(end, text.size()) - start);
        start = end;
        const bool forced = segment.endsWith(QLatin1Char('\n'));
        if (forced)
            segment.chop(1);
        const double visible = advance(segment.trimmed());
        if (used > 0 && used + visible > width)
            breakLine();
        if (visible <= width) {
            lines += segment;
            used += advance(segment);
        } else {  // a word wider than the column breaks anywhere
            for (qsizetype i = 0; i < segment.size(); ++i) {
                const qsizetype length = segment[i].isHighSurrogate() && i + 1 < segment.size() ? 2 : 1;
                const double one = advance(segment.mid(i, length));
                if (used > 0 && used + one > width)
                    breakLine();
                lines += segment.mid(i, length);
                used += one;
                i += length - 1;
            }
        }
        if (forced)
            breakLine();
    }
    if (cache.size() > 20000)  // texts that differ for every parcel: keep the memory bounded
        cache.clear();
    cache.insert(text, lines);
    return lines;
}

int GroupNotes::number(const std::string& note)
{
    const auto [it, added] = numbers_.emplace(note, static_cast<int>(notes_.size()) + 1);
    if (added)
        notes_.push_back(note);
    return it->second;
}

TableRow ReportTableLayout::row(const core::ParcelResult& r, const core::Wording& words, const core::TableReasons* reasons,
                                GroupNotes& notes)
{
    TableRow row;
    row.cells = QStringList{QString::fromStdString(r.parcelId), QString::fromStdString(r.industry),
                            QStringLiteral("%1%").arg(r.insideRatio * 100, 0, 'f', 1), words.verdict(r.verdict),
                            pdf::landUseCell(r, words)};
    if (constraints_)
        row.cells << words.constraintHits(r.constraintHits);
    if (reasons) {
        const core::TableReason& reason = reasons->reason(r);
        row.cells << QString::fromStdString(reason.note.empty() ? reason.text
                                                                : core::tableReasonText(reason, notes.number(reason.note), reasons->language()));
    } else {
        row.cells << QString::fromStdString(r.reason);
    }
    row.verdict = static_cast<std::uint8_t>(r.verdict);
    // Each cell with its line breaks: the row's height is known without shaping any text.
    qsizetype lines = 1;
    for (int c = 0; c < row.cells.size(); ++c) {
        row.cells[c] = wrapped(static_cast<std::size_t>(c), row.cells[c]);
        lines = std::max(lines, row.cells[c].count(QChar::LineSeparator) + 1);
    }
    row.height = static_cast<double>(lines) * lineHeight_ + 2 * padding_;
    return row;
}

void ReportTableLayout::drawHeader(QPainter& painter, double shift) const
{
    const double top = tableTop_ + shift;
    painter.fillRect(QRectF(area_.left(), top, area_.width(), headerHeight_), QColor(225, 230, 238));
    painter.setFont(pdfFont(7, true));
    painter.setPen(QColor(20, 20, 20));
    double x = area_.left();
    for (const auto& column : columns_) {
        painter.drawText(QRectF(x + padding_, top + padding_, column.width - 2 * padding_, headerHeight_), Qt::AlignLeft,
                         column.header);
        x += column.width;
    }
}

ReportTableLayout::Guidelines ReportTableLayout::guidelines(const std::vector<core::PlaceGuideline>& place, const GroupNotes& notes,
                                                            core::Language language) const
{
    const bool zh = language == core::Language::Chinese;
    Guidelines block;
    // A part leaves room under it for the table's header and a row of a few lines.
    const double room = tableBottom_ - tableTop_ - headerHeight_ - 3 * lineHeight_ - 2 * padding_;
    double top = 0;
    QString sectionHeading;  // repeated atop a part that goes on with the section's lines
    auto add = [&](const QString& text, bool heading) {
        const double height =
            heading ? headerHeight_ : metrics_.boundingRect(QRectF(0, 0, area_.width(), 1e6), Qt::TextWordWrap, text).height();
        if (block.pages.empty() || (top + height > room && top > 0)) {
            block.pages.emplace_back();
            top = 0;
            if (!heading && !sectionHeading.isEmpty()) {
                block.pages.back().push_back({sectionHeading, true, 0.0, headerHeight_});
                top = headerHeight_;
            }
        }
        block.pages.back().push_back({text, heading, top, height});
        top += height;
    };
    auto section = [&](const char* heading, const QStringList& lines) {
        sectionHeading = t(zh, heading);
        add(sectionHeading, true);
        for (const QString& line : lines)
            add(line, false);
        top += 2 * padding_;
    };
    if (!place.empty()) {
        QStringList lines;
        for (const auto& guideline : place) {
            QStringList names;
            for (const auto& name : guideline.industries)
                names << QString::fromStdString(name);
            const QString quote = QString::fromStdString(guideline.quote);
            lines << (zh ? names.join(QStringLiteral("、")) + QStringLiteral("：“") + quote + QStringLiteral("”")
                         : names.join(QStringLiteral(", ")) + QStringLiteral(": \"") + quote + QStringLiteral("\""));
        }
        section(QT_TRANSLATE_NOOP("pearlzone::render::PdfText", "Guideline text for the industries designated here"), lines);
    }
    if (!notes.notes().empty()) {
        QStringList lines;
        for (std::size_t n = 0; n < notes.notes().size(); ++n)
            lines << QString::fromStdString(core::tableNoteLine(notes.notes()[n], static_cast<int>(n) + 1, language));
        section(QT_TRANSLATE_NOOP("pearlzone::render::PdfText", "Notes on the land use (marked in the reasons)"), lines);
    }
    block.shift = block.pages.empty() ? 0.0 : top;
    return block;
}

void ReportTableLayout::drawGuidelines(QPainter& painter, const Guidelines& block, std::size_t part) const
{
    if (part >= block.pages.size())
        return;
    painter.setPen(QColor(20, 20, 20));
    const QFont headingFont = pdfFont(7, true);
    for (const auto& line : block.pages[part]) {
        painter.setFont(line.heading ? headingFont : cellFont_);
        const QRectF box(area_.left(), tableTop_ + line.top, area_.width(), line.height);
        if (line.heading)
            painter.drawText(box, Qt::AlignLeft | Qt::AlignVCenter, line.text);
        else
            painter.drawText(box, Qt::TextWordWrap, line.text);
    }
}

ReportTableLayout::Cell ReportTableLayout::layOut(const QString& text) const
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
        QList<QPointF> positions;
        positions.reserve(glyphs.size());
        QPointF at(0, cell.height + ascent_);
        for (const QPointF& advance : advances) {
            positions.push_back(at);
            at += advance;
        }
        QGlyphRun run;
        run.setRawFont(rawFont_);
        run.setGlyphIndexes(glyphs);
        run.setPositions(positions);
        cell.runs.push_back(run);
        cell.height += lineHeight_;
    }
    return cell;
}

ReportTableLayout::Cell ReportTableLayout::shaped(const QString& text) const
{
    QTextLayout layout(text, cellFont_, device_);
    QTextOption option;
    option.setWrapMode(QTextOption::NoWrap);
    layout.setTextOption(option);
    Cell cell;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setPosition(QPointF(0, cell.height));
        cell.height += lineHeight_;
    }
    layout.endLayout();
    cell.runs = layout.glyphRuns();
    return cell;
}

const ReportTableLayout::Cell& ReportTableLayout::cell(std::size_t column, const QString& text) const
{
    auto& cache = cells_[column];
    auto found = cache.find(text);
    if (found == cache.end()) {
        // Parcel ids, and the reasons of parcels outside every zone (a distance), differ from row
        // to row: keep the memory bounded.
        if (cache.size() > (column == 0 ? 0 : column == columns_.size() - 1 ? 4000 : 20000))
            cache.clear();
        found = cache.insert(text, layOut(text));
    }
    return *found;
}

void ReportTableLayout::drawRow(QPainter& painter, double top, const TableRow& row, bool shaded)
{
    if (shaded)
        painter.fillRect(QRectF(area_.left(), top, area_.width(), row.height), QColor(246, 247, 249));
    static const QColor text(20, 20, 20);
    const QColor verdict = verdictColour(static_cast<core::Verdict>(row.verdict)).darker(130);
    double x = area_.left();
    for (std::size_t c = 0; c < columns_.size(); ++c) {
        const QColor& colour = c == kVerdictColumn ? verdict : text;
        const QPointF at(x + padding_, top + padding_);
        for (const QGlyphRun& run : cell(c, row.cells[static_cast<int>(c)]).runs) {
            const QRawFont font = run.rawFont();
            auto batch = std::find_if(pending_.begin(), pending_.end(),
                                      [&](const PendingRun& p) { return p.colour == colour && p.font == font; });
            if (batch == pending_.end())
                batch = pending_.insert(pending_.end(), PendingRun{colour, font, {}, {}});
            batch->glyphs += run.glyphIndexes();
            // Whole device units: Qt writes a whole number in a few bytes, a fraction in ten.
            for (const QPointF& p : run.positions())
                batch->positions.push_back(QPointF(std::round(at.x() + p.x()), std::round(at.y() + p.y())));
        }
        x += columns_[c].width;
    }
}

void ReportTableLayout::flushRows(QPainter& painter)
{
    for (PendingRun& batch : pending_) {
        QGlyphRun run;
        run.setRawFont(batch.font);
        run.setGlyphIndexes(batch.glyphs);
        run.setPositions(batch.positions);
        painter.setPen(batch.colour);
        painter.drawGlyphRun(QPointF(0, 0), run);
    }
    pending_.clear();
}

RowSpool::RowSpool()
    : file_(QDir::tempPath() + QStringLiteral("/pearlzone-report-rows-XXXXXX")),
      heights_(QDir::tempPath() + QStringLiteral("/pearlzone-report-heights-XXXXXX"))
{
    if (!file_.open() || !heights_.open())
        throw core::OutputError(file_.fileTemplate().toStdString() + ": cannot make a temporary file for the report's rows");
}

void RowSpool::forEachHeight(const std::function<void(double)>& visit)
{
    heights_.flush();
    heights_.seek(0);
    std::vector<double> block(4096);
    for (;;) {
        const qint64 read = heights_.read(reinterpret_cast<char*>(block.data()), static_cast<qint64>(block.size() * sizeof(double)));
        if (read <= 0)
            break;
        for (qint64 i = 0; i < read / static_cast<qint64>(sizeof(double)); ++i)
            visit(block[static_cast<std::size_t>(i)]);
    }
}

void RowSpool::append(const TableRow& row)
{
    QDataStream out(&file_);
    out << static_cast<quint8>(row.verdict) << row.height << static_cast<quint8>(row.cells.size());
    for (const QString& cell : row.cells)
        out << cell.toUtf8();
    const bool heightWritten = heights_.write(reinterpret_cast<const char*>(&row.height), sizeof row.height) == sizeof row.height;
    if (out.status() != QDataStream::Ok || !heightWritten)
        throw core::OutputError(file_.fileName().toStdString() + ": cannot write the report's rows (disk full?)");
}

void RowSpool::startReading()
{
    file_.flush();
    file_.seek(0);
}

TableRow RowSpool::next()
{
    QDataStream in(&file_);
    TableRow row;
    quint8 verdict = 0;
    quint8 cells = 0;
    in >> verdict >> row.height >> cells;
    row.verdict = verdict;
    for (int c = 0; c < cells; ++c) {
        QByteArray cell;
        in >> cell;
        row.cells << QString::fromUtf8(cell);
    }
    return row;
}

}  // namespace pearlzone::render
