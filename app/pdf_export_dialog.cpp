#include "app/pdf_export_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>

namespace pearlzone::app {

PdfExportDialog::PdfExportDialog(std::shared_ptr<const render::MapScene> scene, render::MapPdfSettings settings, QWidget* parent)
    : QDialog(parent), scene_(std::move(scene)), base_(std::move(settings)), paper_(new QComboBox(this)),
      orientation_(new QComboBox(this)), scale_(new QComboBox(this)), title_(new QLineEdit(this)), previewLabel_(new QLabel(this))
{
    setWindowTitle(tr("Export map to PDF"));
    paper_->addItem(QStringLiteral("A4"), static_cast<int>(QPageSize::A4));
    paper_->addItem(QStringLiteral("A3"), static_cast<int>(QPageSize::A3));
    paper_->setCurrentIndex(base_.paper == QPageSize::A3 ? 1 : 0);
    orientation_->addItem(tr("Landscape"), static_cast<int>(QPageLayout::Landscape));
    orientation_->addItem(tr("Portrait"), static_cast<int>(QPageLayout::Portrait));
    orientation_->setCurrentIndex(base_.orientation == QPageLayout::Portrait ? 1 : 0);
    scale_->addItem(tr("Fit what the map shows"), 0.0);
    for (double denominator : {2000.0, 5000.0, 10000.0, 25000.0, 50000.0, 100000.0})
        scale_->addItem(QStringLiteral("1:%L1").arg(static_cast<qlonglong>(denominator)), denominator);
    title_->setText(base_.title);
    title_->setPlaceholderText(tr("AI and Digital Economy Pilot Zone"));
    previewLabel_->setMinimumSize(560, 400);
    previewLabel_->setAlignment(Qt::AlignCenter);
    previewLabel_->setFrameShape(QFrame::StyledPanel);

    auto* form = new QFormLayout;
    form->addRow(tr("Paper:"), paper_);
    form->addRow(tr("Orientation:"), orientation_);
    form->addRow(tr("Scale:"), scale_);
    form->addRow(tr("Title:"), title_);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
    auto* layout = new QHBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(previewLabel_, 1);

    for (QComboBox* box : {paper_, orientation_, scale_})
        connect(box, &QComboBox::currentIndexChanged, this, &PdfExportDialog::updatePreview);
    connect(title_, &QLineEdit::editingFinished, this, &PdfExportDialog::updatePreview);
    updatePreview();
}

render::MapPdfSettings PdfExportDialog::settings() const
{
    render::MapPdfSettings settings = base_;
    settings.paper = static_cast<QPageSize::PageSizeId>(paper_->currentData().toInt());
    settings.orientation = static_cast<QPageLayout::Orientation>(orientation_->currentData().toInt());
    settings.scaleDenominator = scale_->currentData().toDouble();
    settings.title = title_->text().trimmed();
    return settings;
}

void PdfExportDialog::updatePreview()
{
    if (!scene_)
        return;
    preview_ = render::previewMapPdf(*scene_, settings(), 560);
    previewLabel_->setPixmap(QPixmap::fromImage(preview_).scaled(previewLabel_->minimumSize(), Qt::KeepAspectRatio,
                                                                  Qt::SmoothTransformation));
}

ReportPdfDialog::ReportPdfDialog(const render::PdfPageSettings& settings, QWidget* parent)
    : QDialog(parent), base_(settings), rows_(new QComboBox(this))
{
    setWindowTitle(tr("Export check report to PDF"));
    rows_->addItem(tr("Parcels that need a planner (in or partly in a zone and not passed, and every error)"),
                   static_cast<int>(render::PdfRows::Attention));
    rows_->addItem(tr("Every parcel"), static_cast<int>(render::PdfRows::All));
    rows_->addItem(tr("None (summary and map only)"), static_cast<int>(render::PdfRows::None));
    rows_->setCurrentIndex(rows_->findData(static_cast<int>(settings.rows)));
    auto* form = new QFormLayout(this);
    form->addRow(new QLabel(tr("The table groups the parcels by zone and sub-area, with a bookmark for each; the cover "
                               "says how many are not listed."),
                            this));
    form->addRow(tr("Parcels in the table:"), rows_);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

render::PdfPageSettings ReportPdfDialog::settings() const
{
    render::PdfPageSettings settings = base_;
    settings.rows = static_cast<render::PdfRows>(rows_->currentData().toInt());
    return settings;
}

}  // namespace pearlzone::app
