#pragma once
// AtomicOutput: a file written under a temporary name beside its destination and renamed
// into place only on commit, so that a failed or cancelled run never leaves a partial file
// and never clobbers an earlier good one.

#include <filesystem>
#include <string>

namespace pearlzone::core {

class AtomicOutput {
public:
    explicit AtomicOutput(const std::string& destination);  // UTF-8 path
    AtomicOutput(const AtomicOutput&) = delete;
    AtomicOutput& operator=(const AtomicOutput&) = delete;
    ~AtomicOutput();  // discards the temporary file unless committed

    const std::string& temporaryPath() const { return temporaryUtf8_; }
    const std::string& destination() const { return destinationUtf8_; }
    // Renames the temporary file over the destination; throws OutputError on failure.
    void commit();
    void discard() noexcept;

private:
    std::filesystem::path destination_;
    std::filesystem::path temporary_;
    std::string destinationUtf8_;
    std::string temporaryUtf8_;
    bool done_ = false;
};

}  // namespace pearlzone::core
