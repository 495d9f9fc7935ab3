#pragma once
// Sinks for the CLI's PDF outputs: what a map or a report needs to keep of the checked parcels.

#include "core/batch_check.h"
#include "render/map_scene.h"
#include "render/pdf_export.h"

#include <QString>

#include <memory>
#include <vector>

namespace pearlzone::cli {

// A sink that keeps only what a map draws of each parcel: its shape and verdict.
class ShapeSink : public core::CheckSink {
public:
    bool wantsGeometry() const override { return true; }
    void write(const std::vector<core::CheckedParcel>& parcels) override;
    std::vector<render::ParcelShape>& shapes() { return shapes_; }

private:
    std::vector<render::ParcelShape> shapes_;
};

// A sink that passes rows on to the report and to the PDF report as it streams them; each
// prepares its rows on the workers (the report's CSV encoding stays there).
class TeeSink : public core::CheckSink {
public:
    TeeSink(core::CheckSink& first, core::CheckSink& second) : first_(first), second_(second) {}
    bool wantsGeometry() const override { return first_.wantsGeometry() || second_.wantsGeometry(); }
    void prepare(core::CheckedParcel& parcel) const override
    {
        first_.prepare(parcel);
        second_.prepare(parcel);
    }
    void write(const std::vector<core::CheckedParcel>& parcels) override
    {
        first_.write(parcels);
        second_.write(parcels);
    }

private:
    core::CheckSink& first_;
    core::CheckSink& second_;
};

// The page settings of a PDF in the report language.
render::PdfPageSettings pdfPageFor(core::Language language);

// Throws OutputError naming the PDF unless the outcome says it was written.
void requireWritten(const render::ExportOutcome& outcome, const QString& pdf);

}  // namespace pearlzone::cli
