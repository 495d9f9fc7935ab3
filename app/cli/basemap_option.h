#pragma once
// What `--basemap SOURCE` and `--tile-cache DIR` (described in command_help.cpp) do, shared by
// `map` and `check --pdf`: a source that cannot be had never fails the command; the PDF is
// written without it and a warning says why.

#include "render/pdf_export.h"

#include <QString>

#include <memory>

namespace pearlzone::cli {

struct BasemapChoice {
    std::shared_ptr<const render::Basemap> basemap;  // null: none asked for, or unusable
    QString warning;                                 // why an asked-for basemap is unusable
};

// The basemap named by source ("" or "none": none). False with usageError for text that
// names no source; a source that exists but cannot be used (no file, no key) is a warning.
bool chooseBasemap(const QString& source, const QString& tileCache, BasemapChoice& choice, QString& usageError);

// Prints, on stderr, what became of the basemap in a written PDF (nothing when all is well).
void reportBasemap(const QString& command, const QString& source, const BasemapChoice& choice,
                   const render::ExportOutcome& outcome);

}  // namespace pearlzone::cli
