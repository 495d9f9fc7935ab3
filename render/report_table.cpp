#include "render/report_table.h"

#include "core/check_errors.h"
#include "core/wording.h"
#include "core/zone_set.h"
#include "render/map_style.h"
#include "render/pdf_pages.h"

#include <QDataStream>
#include <QDir>

namespace pearlzone::render {

using pdf::kMillimetre;
using pdf::t;

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

ReportTableLayout::ReportTableLayout(QPaintDevice& metrics, const QRectF& area, bool zh)
    : cellFont_(pdfFont(7)), metrics_(cellFont_, &metrics), area_(area)
{
    const std::pair<const char*, double> columns[] = {
        {QT_TRANSLATE_NOOP("pearlzone::render::PdfText", "Parcel"), 0.11},   {QT_TRANSLATE_NOOP("pearlzone::render::PdfText", "Industry"), 0.13},
        {QT_TRANSLATE_NOOP("pearlzone::render::PdfText", "Zone"), 0.10},     {QT_TRANSLATE_NOOP("pearlzone::render::PdfText", "Inside"), 0.06},
        {QT_TRANSLATE_NOOP("pearlzone::render::PdfText", "Verdict"), 0.07},  {QT_TRANSLATE_NOOP("pearlzone::render::PdfText", "Land use"), 0.09},
        {QT_TRANSLATE_NOOP("pearlzone::render::PdfText", "Constraints"), 0.12}, {QT_TRANSLATE_NOOP("pearlzone::render::PdfText", "Reason"), 0.32}};
    for (const auto& [header, share] : columns)
        columns_.push_back({t(zh, header), share * area.width()});
    wrapped_.resize(columns_.size());
    padding_ = 1.2 * kMillimetre;
    lineHeight_ = metrics_.boundingRect(QRectF(0, 0, 1e6, 1e6), Qt::TextWordWrap, QStringLiteral("Ag")).height();
    headerHeight_ = metrics_.height() + 2 * padding_;
    tableTop_ = area.top() + 17 * kMillimetre;  // under the running header
    tableBottom_ = area.bottom() - 8 * kMillimetre;
}

double ReportTableLayout::cellHeight(int column, const QString& text)
{
    const double width = columns_[static_cast<std::size_t>(column)].width - 2 * padding_;
    auto& cache = wrapped_[static_cast<std::size_t>(column)];
    const auto it = cache.constFind(text);
    if (it != cache.constEnd())
        return it.value();
    // One line needs no wrapping; parcel ids are all different, so they are not remembered.
    if (!text.contains(QLatin1Char('\n')) && metrics_.horizontalAdvance(text) <= width)
        return lineHeight_;
    const double height = metrics_.boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap, text).height();
    if (cache.size() > 20000)  // texts that differ for every parcel: keep the memory bounded
        cache.clear();
    cache.insert(text, height);
    return height;
}

TableRow ReportTableLayout::row(const core::ParcelResult& r, const core::Wording& words, const core::ZoneSet* zones)
{
    const QString place = zones ? words.placeName(*zones, r.zoneId, r.subareaId)
                                : QString::fromStdString(r.zoneId + (r.subareaId.empty() ? "" : "/" + r.subareaId));
    TableRow row;
    row.cells = QStringList{QString::fromStdString(r.parcelId), QString::fromStdString(r.industry), place,
                            QStringLiteral("%1%").arg(r.insideRatio * 100, 0, 'f', 1), words.verdict(r.verdict),
                            pdf::landUseCell(r, words), words.constraintHits(r.constraintHits), QString::fromStdString(r.reason)};
    row.verdict = static_cast<std::uint8_t>(r.verdict);
    double height = 0;
    for (int c = 0; c < row.cells.size(); ++c)
        height = std::max(height, cellHeight(c, row.cells[c]));
    row.height = height + 2 * padding_;
    return row;
}

void ReportTableLayout::drawHeader(QPainter& painter) const
{
    painter.fillRect(QRectF(area_.left(), tableTop_, area_.width(), headerHeight_), QColor(225, 230, 238));
    painter.setFont(pdfFont(7, true));
    painter.setPen(QColor(20, 20, 20));
    double x = area_.left();
    for (const auto& column : columns_) {
        painter.drawText(QRectF(x + padding_, tableTop_ + padding_, column.width - 2 * padding_, headerHeight_), Qt::AlignLeft,
                         column.header);
        x += column.width;
    }
}

void ReportTableLayout::drawRow(QPainter& painter, double top, const TableRow& row, bool shaded) const
{
    if (shaded)
        painter.fillRect(QRectF(area_.left(), top, area_.width(), row.height), QColor(246, 247, 249));
    painter.setFont(cellFont_);
    double x = area_.left();
    for (std::size_t c = 0; c < columns_.size(); ++c) {
        const double width = columns_[c].width;
        painter.setPen(c == 4 ? verdictColour(static_cast<core::Verdict>(row.verdict)).darker(130) : QColor(20, 20, 20));
        painter.drawText(QRectF(x + padding_, top + padding_, width - 2 * padding_, row.height), Qt::TextWordWrap,
                         row.cells[static_cast<int>(c)]);
        x += width;
    }
}

RowSpool::RowSpool() : file_(QDir::tempPath() + QStringLiteral("/pearlzone-report-rows-XXXXXX"))
{
    if (!file_.open())
        throw core::OutputError(file_.fileTemplate().toStdString() + ": cannot make a temporary file for the report's rows");
}

void RowSpool::append(const TableRow& row)
{
    QDataStream out(&file_);
    out << static_cast<quint8>(row.verdict) << row.height << static_cast<quint8>(row.cells.size());
    for (const QString& cell : row.cells)
        out << cell.toUtf8();
    if (out.status() != QDataStream::Ok)
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
