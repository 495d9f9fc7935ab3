#include "app/cli/pdf_support.h"

#include "core/check_errors.h"

namespace pearlzone::cli {

void ShapeSink::write(const std::vector<core::CheckedParcel>& parcels)
{
    for (const auto& parcel : parcels)
        shapes_.push_back(render::parcelShape(parcel.wkb, parcel.result.verdict));
}

render::PdfPageSettings pdfPageFor(core::Language language)
{
    render::PdfPageSettings page;
    page.language = language;
    return page;
}

void requireWritten(const render::ExportOutcome& outcome, const QString& pdf)
{
    if (outcome.status != render::ExportStatus::Written)
        throw core::OutputError(pdf.toStdString() + ": " + outcome.message.toStdString());
}

}  // namespace pearlzone::cli
