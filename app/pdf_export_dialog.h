#pragma once
// PdfExportDialog: what a map PDF should look like before it is written: paper, orientation,
// scale (fit the view, or a round scale), title, and a preview of the page drawn by the same
// code as the PDF.

#include "render/pdf_export.h"

#include <QDialog>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;

namespace pearlzone::app {

class PdfExportDialog : public QDialog {
    Q_OBJECT
public:
    PdfExportDialog(std::shared_ptr<const render::MapScene> scene, render::MapPdfSettings settings, QWidget* parent = nullptr);

    render::MapPdfSettings settings() const;
    QComboBox* paperBox() const { return paper_; }
    QComboBox* orientationBox() const { return orientation_; }
    QComboBox* scaleBox() const { return scale_; }
    QLineEdit* titleEdit() const { return title_; }
    // The preview as last drawn.
    QImage preview() const { return preview_; }

private:
    void updatePreview();

    std::shared_ptr<const render::MapScene> scene_;
    render::MapPdfSettings base_;
    QComboBox* paper_;
    QComboBox* orientation_;
    QComboBox* scale_;
    QLineEdit* title_;
    QLabel* previewLabel_;
    QImage preview_;
};

// ReportPdfDialog: what the check report PDF's table lists (the --pdf-rows of the CLI): the
// parcels that need a planner, every parcel, or none.
class ReportPdfDialog : public QDialog {
    Q_OBJECT
public:
    ReportPdfDialog(const render::PdfPageSettings& settings, QWidget* parent = nullptr);
    render::PdfPageSettings settings() const;
    QComboBox* rowsBox() const { return rows_; }

private:
    render::PdfPageSettings base_;
    QComboBox* rows_;
};

}  // namespace pearlzone::app
