#pragma once
// AtomicOutput: a file written out of sight and put in place only on commit, so that a failed,
// cancelled, killed or crashed run never leaves a partial file and never clobbers an earlier
// good one.
//
// A file written front to back by one writer (Writing::Stream: CSV, XLSX) is, on Linux, an
// unnamed file (O_TMPFILE) in the destination's folder, linked into place at commit: should
// the process die, the kernel frees it and nothing is left. Elsewhere, and for writers that
// make side files (SQLite's journal), it is "<stem>.partial-<pid>-<n><ext>" beside the
// destination; such files are removed when a stop signal ends the process
// (removeUnfinishedOutputs) and, should a crash have left one, by the next run writing to
// that folder once its process is gone and it has not changed for an hour.

#include <filesystem>
#include <string>

namespace pearlzone::core {

class AtomicOutput {
public:
    enum class Writing {
        Named,   // the writer may open the path several times and make side files
        Stream,  // the writer opens temporaryPath() once and writes it front to back
    };
    explicit AtomicOutput(const std::string& destination, Writing writing = Writing::Named);  // UTF-8 path
    AtomicOutput(const AtomicOutput&) = delete;
    AtomicOutput& operator=(const AtomicOutput&) = delete;
    ~AtomicOutput();  // discards the temporary file unless committed

    // Where the writer writes: a path beside the destination, or /proc/self/fd/N.
    const std::string& temporaryPath() const { return temporaryUtf8_; }
    const std::string& destination() const { return destinationUtf8_; }
    bool isUnnamed() const { return unnamedFile_ >= 0; }
    // Puts the written file in place of the destination; throws OutputError on failure.
    void commit();
    void discard() noexcept;

private:
    void commitUnnamed();

    std::filesystem::path destination_;
    std::filesystem::path temporary_;
    std::string destinationUtf8_;
    std::string temporaryUtf8_;
    int unnamedFile_ = -1;  // the O_TMPFILE descriptor, -1 when the file is named
    int registrySlot_ = -1;
    bool done_ = false;
};

// Removes every named temporary file of a live AtomicOutput. Async-signal-safe: for a signal
// handler that ends the process.
void removeUnfinishedOutputs() noexcept;

// Removes our own stale temporary files from folder: "<stem>.partial-<pid>-<n><ext>" (and
// SQLite's side files of one) whose process is gone and that have not changed for an hour.
// Returns how many were removed. Runs when an AtomicOutput is made there.
int sweepStaleOutputs(const std::filesystem::path& folder) noexcept;

}  // namespace pearlzone::core
