#include "render/report_table.h"

#include "core/check_errors.h"
#include "core/table_reasons.h"
#include "core/wording.h"
#include "render/map_style.h"
#include "render/pdf_pages.h"

#include <QDir>
#include <QTextBoundaryFinder>

#include <algorithm>
#include <cmath>

namespace pearlzone::render {

using pdf::kMillimetre;
using pdf::t;

namespace {
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
    : constraints_(constraints), cellFont_(pdfFont(7)), metrics_(cellFont_, &metrics),
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
            columns_.push_back({t(zh, header), share * area.width(), {}, {}});
    }
    columns_.back().width += freed * area.width();
    bmpAdvances_.assign(0x10000, -1.0);
    padding_ = 0.8 * kMillimetre;  // rows of one line are the most: 0.8 mm keeps them apart on their shading
    lineHeight_ = metrics_.boundingRect(QRectF(0, 0, 1e6, 1e6), Qt::TextWordWrap, QStringLiteral("Ag")).height();
    headerHeight_ = metrics_.height() + 2 * padding_;
    tableTop_ = area.top() + 12 * kMillimetre;  // under the running header
    tableBottom_ = area.bottom() - 8 * kMillimetre;
}

double ReportTableLayout::advance(char32_t code)
{
    double* known = code < 0x10000 ? &bmpAdvances_[code] : nullptr;
    if (known && *known >= 0)
        return *known;
    if (const double found = known ? -1.0 : advances_.value(code, -1.0); found >= 0)
        return found;
    const char16_t units[2] = {QChar::highSurrogate(code), QChar::lowSurrogate(code)};
    const double width = metrics_.horizontalAdvance(
        QChar::requiresSurrogates(code) ? QString(reinterpret_cast<const QChar*>(units), 2) : QString(QChar(static_cast<char16_t>(code))));
    if (known)
        *known = width;
    else
        advances_.insert(code, width);
    return width;
}

double ReportTableLayout::advance(QStringView text)
{
    double sum = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const bool pair = text[i].isHighSurrogate() && i + 1 < text.size();
        sum += advance(pair ? QChar::surrogateToUcs4(text[i], text[i + 1]) : char32_t(text[i].unicode()));
        i += pair ? 1 : 0;
    }
    return sum;
}

QString ReportTableLayout::wrapped(std::size_t column, const QString& text)
{
    // Most cells are short: their length times the widest glyph settles it.
    const double width = (columns_[column].width - 2 * padding_) * 0.97;  // room for kerning
    if (!text.contains(QLatin1Char('\n')) && (text.size() * widestGlyph_ <= width || advance(text) <= width))
        return text;
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
    return lines;
}

int GroupNotes::number(const std::string& note)
{
    const auto [it, added] = numbers_.emplace(note, static_cast<int>(notes_.size()) + 1);
    if (added)
        notes_.push_back(note);
    return it->second;
}

TableCell ReportTableLayout::intern(std::size_t column, const QString& text, qsizetype& lines)
{
    // Parcel ids differ from row to row; the other columns repeat a few texts, but for the
    // reasons of parcels outside every zone (a distance): keep a bounded number.
    Column& kept = columns_[column];
    if (const auto found = kept.ids.constFind(text); found != kept.ids.constEnd()) {
        lines = kept.kept[static_cast<std::size_t>(*found)].lines;
        return {*found, {}};
    }
    const QString broken = wrapped(column, text);
    lines = broken.count(QChar::LineSeparator) + 1;
    const std::size_t most = column == 0 ? 0 : column == columns_.size() - 1 ? 4000 : 20000;
    if (kept.kept.size() >= most)
        return {-1, broken};
    const auto id = static_cast<std::int32_t>(kept.kept.size());
    kept.kept.push_back({broken, lines});
    kept.ids.insert(text, id);
    return {id, {}};
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

RowSpool::RowSpool()
    : file_(QDir::tempPath() + QStringLiteral("/pearlzone-report-rows-XXXXXX")),
      heights_(QDir::tempPath() + QStringLiteral("/pearlzone-report-heights-XXXXXX"))
{
    if (!file_.open() || !heights_.open())
        throw core::OutputError(file_.fileTemplate().toStdString() + ": cannot make a temporary file for the report's rows");
}

void RowSpool::forEachRow(const std::function<void(double, qint64)>& visit)
{
    if (!file_.flush() || !heights_.flush())
        throw core::OutputError(file_.fileName().toStdString() + ": cannot write the report's rows (disk full?)");
    heights_.seek(0);
    std::vector<Measure> block(4096);
    qint64 offset = 0;
    for (;;) {
        const qint64 read = heights_.read(reinterpret_cast<char*>(block.data()), static_cast<qint64>(block.size() * sizeof(Measure)));
        if (read <= 0)
            break;
        for (qint64 i = 0; i < read / static_cast<qint64>(sizeof(Measure)); ++i) {
            const Measure& row = block[static_cast<std::size_t>(i)];
            visit(row.height, offset);
            offset += row.bytes;
        }
    }
}

void RowSpool::append(const TableRow& row)
{
    // verdict, height, cells; a cell: its number, or -1, its length and its UTF-16.
    buffer_.clear();
    const auto put = [this](const auto& value) { buffer_.append(reinterpret_cast<const char*>(&value), sizeof value); };
    put(row.verdict);
    put(row.height);
    put(static_cast<std::uint8_t>(row.cells.size()));
    for (const TableCell& cell : row.cells) {
        put(cell.id);
        if (cell.id < 0) {
            put(static_cast<std::int32_t>(cell.text.size()));
            buffer_.append(reinterpret_cast<const char*>(cell.text.constData()), cell.text.size() * 2);
        }
    }
    const Measure measure{row.height, buffer_.size()};
    const bool written = file_.write(buffer_) == buffer_.size();
    const bool measured = heights_.write(reinterpret_cast<const char*>(&measure), sizeof measure) == sizeof measure;
    if (!written || !measured)
        throw core::OutputError(file_.fileName().toStdString() + ": cannot write the report's rows (disk full?)");
}

RowReader::RowReader(const QString& spool, qint64 offset) : file_(spool)
{
    if (!file_.open(QIODevice::ReadOnly) || !file_.seek(offset))
        throw core::OutputError(spool.toStdString() + ": cannot read the report's rows back");
}

void RowReader::read(void* data, qint64 size)
{
    if (file_.read(static_cast<char*>(data), size) != size)
        throw core::OutputError(file_.fileName().toStdString() + ": cannot read the report's rows back");
}

TableRow RowReader::next()
{
    TableRow row;
    std::uint8_t cells = 0;
    read(&row.verdict, sizeof row.verdict);
    read(&row.height, sizeof row.height);
    read(&cells, sizeof cells);
    row.cells.resize(cells);
    for (TableCell& cell : row.cells) {
        read(&cell.id, sizeof cell.id);
        if (cell.id < 0) {
            std::int32_t length = 0;
            read(&length, sizeof length);
            cell.text.resize(length);
            read(cell.text.data(), 2 * static_cast<qint64>(length));
        }
    }
    return row;
}

}  // namespace pearlzone::render
