#include "app/compare_results_window.h"

#include "app/compare_map.h"
#include "app/recent_files.h"
#include "core/change_report_writer.h"
#include "core/wording.h"
#include "gis/error.h"
#include "render/change_pdf_export.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pearlzone::app {

namespace {

QString qs(const std::string& text) { return QString::fromStdString(text); }

}  // namespace

CompareResultsWindow::CompareResultsWindow(std::shared_ptr<const CompareResult> result, QWidget* parent)
    : QDialog(parent), result_(std::move(result))
{
    const CompareJob& job = result_->job;
    const core::Wording words(job.language);
    const core::CompareSummary& s = result_->summary;
    setWindowTitle(tr("Zone sets compared: %1 → %2").arg(qs(job.from->zones.info().label()), qs(job.to->zones.info().label())));
    setWindowFlag(Qt::Window);
    setAttribute(Qt::WA_DeleteOnClose);

    auto count = [&s](core::ChangeKind kind) {
        const auto it = s.byKind.find(kind);
        return it == s.byKind.end() ? std::int64_t(0) : it->second;
    };
    summary_ = new QLabel(tr("%1: %L2 parcels checked against both zone sets, %L3 changed — zone %L4, sub-area %L5, "
                             "inside or not %L6, verdict %L7.")
                              .arg(QFileInfo(qs(job.input.source)).fileName())
                              .arg(s.total)
                              .arg(s.changed)
                              .arg(count(core::ChangeKind::Zone))
                              .arg(count(core::ChangeKind::Subarea))
                              .arg(count(core::ChangeKind::Location))
                              .arg(count(core::ChangeKind::Verdict)),
                          this);
    summary_->setWordWrap(true);

    table_ = new QTableWidget(static_cast<int>(result_->changed.size()), 4, this);
    table_->setHorizontalHeaderLabels({tr("Parcel"), tr("Zone: from → to"), tr("Verdict: from → to"), tr("What changed")});
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->verticalHeader()->hide();
    table_->horizontalHeader()->setStretchLastSection(true);
    table_->setWordWrap(true);
    auto zone = [&words](const core::PilotZoneData& zones, const core::ParcelResult& parcel) {
        return parcel.zoneId.empty() ? tr("none") : words.placeName(zones.zones, parcel.zoneId, parcel.subareaId);
    };
    const QString arrow = QStringLiteral(" → ");
    for (std::size_t i = 0; i < result_->changed.size(); ++i) {
        const core::ChangedParcel& parcel = result_->changed[i];
        const int row = static_cast<int>(i);
        table_->setItem(row, 0, new QTableWidgetItem(qs(parcel.from.parcelId)));
        table_->setItem(row, 1, new QTableWidgetItem(zone(*job.from, parcel.from) + arrow + zone(*job.to, parcel.to)));
        table_->setItem(row, 2, new QTableWidgetItem(words.verdict(parcel.from.verdict) + arrow + words.verdict(parcel.to.verdict)));
        table_->setItem(row, 3, new QTableWidgetItem(qs(parcel.sentence)));
    }
    table_->resizeColumnsToContents();
    for (int column = 0; column < 3; ++column)  // long zone names wrap rather than push the sentence away
        table_->setColumnWidth(column, std::min(table_->columnWidth(column), 190));
    // The sentence takes the width left and wraps; rows grow to it whenever the width changes.
    table_->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    connect(table_->horizontalHeader(), &QHeaderView::sectionResized, table_, &QTableWidget::resizeRowsToContents);

    map_ = new CompareMap(this);
    map_->setMinimumSize(360, 300);
    map_->show(*job.from, *job.to, result_->changed, job.language);
    connect(table_, &QTableWidget::itemSelectionChanged, this, [this] {
        std::vector<std::size_t> rows;
        for (const QModelIndex& index : table_->selectionModel()->selectedRows())
            rows.push_back(static_cast<std::size_t>(index.row()));
        map_->selectChanged(rows);
    });

    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(table_);
    split->addWidget(map_);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({700, 480});
    auto* buttons = new QDialogButtonBox(this);
    export_ = buttons->addButton(tr("Export changes…"), QDialogButtonBox::ActionRole);
    buttons->addButton(tr("Close"), QDialogButtonBox::RejectRole);
    connect(export_, &QPushButton::clicked, this, &CompareResultsWindow::chooseExport);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(summary_);
    layout->addWidget(split, 1);
    layout->addWidget(buttons);
    resize(1180, 640);
}

QString CompareResultsWindow::exportTo(const QString& path) const
{
    const CompareJob& job = result_->job;
    try {
        if (path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive)) {
            render::ChangesPdfContent content;
            content.source = qs(job.input.source);
            content.layer = result_->layer;
            content.crs = result_->crs;
            content.minInside = job.minInside;
            content.comparedAt = result_->comparedAt;
            content.checksum = render::fileChecksum(content.source);
            content.summary = result_->summary;
            content.changed = &result_->changed;
            render::PdfPageSettings page;
            page.language = job.language;
            const render::ExportOutcome outcome = render::exportChangesPdf(path, *job.from, *job.to, content, page);
            return outcome.status == render::ExportStatus::Written ? QString() : outcome.message;
        }
        // The writer takes checked parcels and keeps the changed ones: these are all changed.
        core::ChangeReportWriter writer(path.toStdString(), *job.from, *job.to, job.language);
        std::vector<core::CheckedParcel> parcels;
        for (const auto& changed : result_->changed)
            parcels.push_back({changed.from, changed.to, changed.wkb});
        writer.write(parcels);
        writer.commit();
        return {};
    } catch (const gis::Error& error) {  // OutputError is one
        return QString::fromUtf8(error.what());
    }
}

void CompareResultsWindow::chooseExport()
{
    const QString base = lastFolder() + QLatin1Char('/') + QFileInfo(qs(result_->job.input.source)).completeBaseName() +
                         QStringLiteral("-changes");
    QString filter;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export changes"), base + QStringLiteral(".csv"),
                                                      tr("CSV (*.csv);;GeoJSON (*.geojson);;GeoPackage (*.gpkg);;Excel "
                                                         "workbook (*.xlsx);;PDF report of changes (*.pdf)"),
                                                      &filter);
    if (path.isEmpty())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const QString why = exportTo(path);
    QApplication::restoreOverrideCursor();
    if (!why.isEmpty())
        QMessageBox::warning(this, tr("Export changes"),
                             tr("The changes could not be written to %1. Nothing was written.\n\n%2").arg(QDir::toNativeSeparators(path), why));
}

}  // namespace pearlzone::app
