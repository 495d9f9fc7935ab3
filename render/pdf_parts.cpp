#include "render/pdf_parts.h"

#include "core/atomic_output.h"
#include "core/check_errors.h"

#include <QDir>
#include <QTemporaryFile>

#ifdef __GLIBC__
#include <malloc.h>
#endif

#include <algorithm>
#include <chrono>
#include <exception>
#include <future>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

namespace pearlzone::render::pdf {

namespace {

// A part's PDF, in the temporary folder until the parts are joined.
std::unique_ptr<QTemporaryFile> partFile()
{
    auto file = std::make_unique<QTemporaryFile>(QDir::tempPath() + QStringLiteral("/pearlzone-report-part-XXXXXX.pdf"));
    if (!file->open())
        throw core::OutputError(file->fileTemplate().toStdString() + ": cannot make a temporary file for a part of the PDF");
    return file;
}

// Draws one part into file; false when body gave up.
template <typename Body>
bool writePart(QTemporaryFile& file, const PdfPageSettings& settings, const QString& title, const Body& body)
{
    bool complete = false;
    {
        QPdfWriter writer(&file);
        QPainter painter;
        if (!beginDocument(writer, painter, settings, title))
            throw core::OutputError(file.fileName().toStdString() + ": cannot write a part of the PDF");
        complete = body(writer, painter);
        painter.end();
    }
    file.close();
    if (file.error() != QFileDevice::NoError)
        throw core::OutputError(file.fileName().toStdString() + ": cannot write a part of the PDF (disk full?)");
    return complete;
}

// What the pages freed goes back to the system before the parts are joined: glibc keeps it in
// its arenas otherwise, and when qpdf joins (a part the one-pass join declines) its peak adds to it.
void releaseFreedMemory()
{
#ifdef __GLIBC__
    malloc_trim(0);
#endif
}

}  // namespace

ExportOutcome writePdfInParts(const QString& path, const PdfPageSettings& settings, const QString& title, const PdfInParts& document,
                              const std::atomic<bool>* cancel)
{
    ExportOutcome outcome;
    const bool zh = settings.language == LabelLanguage::Chinese;
    std::atomic<bool> stop{false};  // a part failed, or the caller cancelled
    const std::function<bool()> stopped = [&] { return stop.load(std::memory_order_relaxed) || isCancelled(cancel); };
    std::unique_ptr<QTemporaryFile> frontFile;  // the front and the parts the calling thread draws
    std::vector<std::future<void>> workers;
    try {
        core::AtomicOutput output(path.toStdString());
        frontFile = partFile();
        // The calling thread writes the front, then the parts from the first on, in the same
        // file; the other threads the parts from the last back, each in a file of its own,
        // until they meet.
        std::vector<std::unique_ptr<QTemporaryFile>> partFiles(document.parts);
        std::mutex taking;
        std::size_t low = 0, high = document.parts;  // the parts not yet taken
        const auto take = [&](bool first) -> std::optional<std::size_t> {
            const std::lock_guard<std::mutex> lock(taking);
            if (low >= high)
                return std::nullopt;
            return first ? low++ : --high;
        };
        const auto drawFromLast = [&] {
            try {
                while (!stopped()) {
                    const std::optional<std::size_t> i = take(false);
                    if (!i)
                        break;
                    partFiles[*i] = partFile();
                    const bool complete = writePart(*partFiles[*i], settings, title, [&](QPdfWriter& writer, QPainter& painter) {
                        return document.part(*i, Page{&writer, &painter, pageArea(writer), zh}, stopped);
                    });
                    if (!complete)
                        stop = true;
                }
            } catch (...) {
                stop = true;
                throw;
            }
        };
        const int cores = std::max(1, static_cast<int>(std::thread::hardware_concurrency()));
        for (int w = 1; w < cores && static_cast<std::size_t>(w) <= document.parts; ++w)
            workers.push_back(std::async(std::launch::async, drawFromLast));
        // The calling thread's pages tell it, one by one, to report progress.
        const std::function<bool()> callerStopped = [&] {
            if (document.waiting)
                document.waiting();
            return stopped();
        };
        const bool complete = writePart(*frontFile, settings, title, [&](QPdfWriter& writer, QPainter& painter) {
            if (!document.front(writer, painter, outcome))
                return false;
            const Page page{&writer, &painter, pageArea(writer), zh};
            for (std::optional<std::size_t> i = take(true); i && !callerStopped(); i = take(true)) {
                writer.newPage();
                if (!document.part(*i, page, callerStopped))
                    return false;
            }
            return true;
        });
        if (!complete)
            stop = true;
        for (auto& worker : workers) {
            while (worker.wait_for(std::chrono::milliseconds(50)) != std::future_status::ready) {
                if (document.waiting)
                    document.waiting();
            }
        }
        for (auto& worker : workers)
            worker.get();  // a part's error, thrown again here
        workers.clear();
        if (document.waiting)
            document.waiting();
        if (stopped()) {
            outcome.status = ExportStatus::Cancelled;
            return outcome;  // the parts and the temporary file go
        }
        std::vector<QString> names{frontFile->fileName()};
        for (const auto& file : partFiles) {
            if (file)
                names.push_back(file->fileName());
        }
        if (document.written)
            document.written();
        releaseFreedMemory();
        joinPdfParts(names, QString::fromStdString(output.temporaryPath()), document.outline ? document.outline() : std::vector<OutlineEntry>{});
        output.commit();
        outcome.status = ExportStatus::Written;
    } catch (const gis::Error& error) {
        stop = true;
        for (auto& worker : workers) {
            if (worker.valid())
                worker.wait();
        }
        outcome.status = ExportStatus::Failed;
        outcome.message = QString::fromUtf8(error.what());
    }
    return outcome;
}

}  // namespace pearlzone::render::pdf
