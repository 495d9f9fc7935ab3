#include "core/csv_report_file.h"

#include "core/check_errors.h"
#include "core/spreadsheet_text.h"
#include "gis/utf8_path.h"

#include <cerrno>
#include <cstdint>
#include <cstring>

#if defined(__SSE2__) || defined(_M_X64)
#include <emmintrin.h>
#endif
#if !defined(_WIN32)
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace pearlzone::core {

namespace {

constexpr std::size_t kFlushBytes = 1 << 20;

std::FILE* openForWriting(const std::string& path)
{
#if defined(_WIN32)
    return _wfopen(gis::pathFromUtf8(path).c_str(), L"wb");  // wide path: Chinese names work
#else
    // Not "wb" (O_TRUNC): on ext4 a truncation, even of an empty file, makes close() start
    // writing the whole file back (auto_da_alloc, meant for files rewritten in place): ~0.1 s
    // of a million-row report on the thread that ends the run. Our file is new (AtomicOutput),
    // so it is truncated only should it hold anything.
    const int descriptor = open(gis::pathFromUtf8(path).c_str(), O_WRONLY | O_CREAT | O_CLOEXEC, 0666);
    if (descriptor < 0)
        return nullptr;
    struct stat status {};
    std::FILE* file = nullptr;
    if (fstat(descriptor, &status) == 0 && (status.st_size == 0 || ftruncate(descriptor, 0) == 0))
        file = fdopen(descriptor, "wb");
    if (!file) {
        const int error = errno;
        ::close(descriptor);
        errno = error;
    }
    return file;
#endif
}

// Whether text holds a comma, a double quote, CR or LF (what makes RFC 4180 quote a cell),
// sixteen bytes at a time with SSE2 (every x86-64), else eight at a time in a word; the last
// bytes in one more block that ends with the text (overlapping what was read, never past the
// end): a report's reason runs to hundreds of bytes, and its other cells are short.
bool needsQuotes(std::string_view text)
{
    const char* const p = text.data();
    const std::size_t n = text.size();
    std::size_t i = 0;
#if defined(__SSE2__) || defined(_M_X64)
    if (n >= 16) {
        const __m128i comma = _mm_set1_epi8(',');
        const __m128i quote = _mm_set1_epi8('"');
        const __m128i cr = _mm_set1_epi8('\r');
        const __m128i lf = _mm_set1_epi8('\n');
        auto hit = [&](const char* at) {
            const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(at));
            const __m128i hits = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(bytes, comma), _mm_cmpeq_epi8(bytes, quote)),
                                              _mm_or_si128(_mm_cmpeq_epi8(bytes, cr), _mm_cmpeq_epi8(bytes, lf)));
            return _mm_movemask_epi8(hits) != 0;
        };
        for (; i + 16 <= n; i += 16) {
            if (hit(p + i))
                return true;
        }
        return i < n && hit(p + n - 16);
    }
#endif
    constexpr std::uint64_t kOnes = 0x0101010101010101ull;
    constexpr std::uint64_t kHighs = 0x8080808080808080ull;
    auto hitWord = [](const char* at) {
        std::uint64_t word;
        std::memcpy(&word, at, 8);
        auto hasByte = [word](unsigned char byte) {
            const std::uint64_t v = word ^ (kOnes * byte);
            return ((v - kOnes) & ~v & kHighs) != 0;  // exactly: some byte of v is zero
        };
        return hasByte(',') || hasByte('"') || hasByte('\r') || hasByte('\n');
    };
    for (; i + 8 <= n; i += 8) {
        if (hitWord(p + i))
            return true;
    }
    if (i < n && n >= 8)
        return hitWord(p + n - 8);
    for (; i < n; ++i) {
        const char c = p[i];
        if (c == ',' || c == '"' || c == '\r' || c == '\n')
            return true;
    }
    return false;
}

}  // namespace

CsvReportFile::CsvReportFile(const std::string& path, const std::vector<std::string>& columns,
                             std::vector<bool> textColumns)
    : path_(path)
{
    file_ = openForWriting(path);
    if (!file_)
        throw OutputError(path + ": cannot create the file (" + std::strerror(errno) + ")");
    buffer_.reserve(kFlushBytes + 4096);
    buffer_ = "\xEF\xBB\xBF";
    writeRow(columns);
    textColumns_.assign(textColumns.begin(), textColumns.end());  // after the header: column names are ours
}

CsvReportFile::~CsvReportFile()
{
    if (file_)
        std::fclose(file_);
}

void CsvReportFile::appendCell(std::string& out, std::string_view cell, bool apostrophe)
{
    const bool quote =
        !cell.empty() && ((cell.front() == ' ' && !apostrophe) || cell.back() == ' ' || needsQuotes(cell));
    if (!quote) {
        if (apostrophe)
            out += '\'';
        out.append(cell.data(), cell.size());
        return;
    }
    out += '"';
    if (apostrophe)
        out += '\'';
    std::size_t from = 0;
    for (std::size_t at = cell.find('"'); at != std::string_view::npos; at = cell.find('"', at + 1)) {
        out.append(cell.data() + from, at + 1 - from);  // up to and with the quote, then it again
        out += '"';
        from = at + 1;
    }
    out.append(cell.data() + from, cell.size() - from);
    out += '"';
}

bool CsvReportFile::plainCell(std::string_view cell)
{
    return cell.empty() || (cell.front() != ' ' && cell.back() != ' ' && !needsQuotes(cell));
}

void CsvReportFile::encodeRow(std::string& out, const std::vector<std::string>& cells) const
{
    for (std::size_t i = 0; i < cells.size(); ++i)
        encodeCell(out, i, cells[i]);
    endRow(out);
}

void CsvReportFile::writeRow(const std::vector<std::string>& cells)
{
    encodeRow(buffer_, cells);
    flushWhenFull();
}

void CsvReportFile::writeEncoded(const std::string& rows)
{
    if (rows.size() < kFlushBytes / 16) {
        buffer_ += rows;
        flushWhenFull();
        return;
    }
    // A batch's rows (hundreds of kilobytes): written as they are, not copied into the buffer.
    if ((!buffer_.empty() && std::fwrite(buffer_.data(), 1, buffer_.size(), file_) != buffer_.size()) ||
        std::fwrite(rows.data(), 1, rows.size(), file_) != rows.size())
        throw OutputError(path_ + ": writing failed (" + std::strerror(errno) + ")");
    buffer_.clear();
}

void CsvReportFile::flushWhenFull()
{
    if (buffer_.size() >= kFlushBytes) {
        if (std::fwrite(buffer_.data(), 1, buffer_.size(), file_) != buffer_.size())
            throw OutputError(path_ + ": writing failed (" + std::strerror(errno) + ")");
        buffer_.clear();
    }
}

void CsvReportFile::close()
{
    if (!file_)
        return;
    const bool written = std::fwrite(buffer_.data(), 1, buffer_.size(), file_) == buffer_.size();
    const bool closed = std::fclose(file_) == 0;
    file_ = nullptr;
    buffer_.clear();
    if (!written || !closed)
        throw OutputError(path_ + ": writing failed (" + std::strerror(errno) + ")");
}

}  // namespace pearlzone::core
