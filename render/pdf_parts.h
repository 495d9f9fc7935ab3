#pragma once
// A PDF written in parts on every core, then joined into one (render/pdf_join.h): QPdfWriter
// writes a page's text glyph by glyph and compresses each page on the thread that draws it, so
// a long document is written in runs of pages, each by a writer of its own on a thread of its own.

#include "render/pdf_join.h"
#include "render/pdf_pages.h"

#include <atomic>
#include <cstddef>
#include <functional>
#include <vector>

namespace pearlzone::render::pdf {

// Draws the part's pages on a fresh writer (its first page open); stopped() says to give up.
// Returns false when it gave up.
using PdfPart = std::function<bool(std::size_t part, const Page& page, const std::function<bool()>& stopped)>;

struct PdfInParts {
    PdfBody front;          // the first part, on the calling thread
    std::size_t parts = 0;  // after the front, drawn by part on every core (the caller's too, once the front is done)
    PdfPart part;
    std::function<std::vector<OutlineEntry>()> outline;  // asked once every part is written
    std::function<void()> written;                       // then called: what only drawing needed can go
    std::function<void()> waiting;                       // called now and then on the calling thread (progress)
};

// Writes the front, then the parts, to temporary files, and joins them into path, which is
// replaced only when every part was written; a failure or cancel leaves no file and keeps an
// earlier one.
ExportOutcome writePdfInParts(const QString& path, const PdfPageSettings& settings, const QString& title, const PdfInParts& document,
                              const std::atomic<bool>* cancel);

}  // namespace pearlzone::render::pdf
