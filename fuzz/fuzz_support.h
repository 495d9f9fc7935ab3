#pragma once
// What the libFuzzer targets share: the bundled data loaded once, fuzz bytes as a file in
// GDAL's memory file system, and a byte reader that splits one input into several values.
#include "core/pilot_zone_data.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace pearlzone::fuzz {

// The bundled zones, river, catalogue, designations and targets (data/), loaded on first use.
const core::PilotZoneData& bundledData();

// Silences GDAL's and PROJ's error printing (the fuzzers feed them nonsense on purpose).
void quietLibraries();

// A file in GDAL's in-memory file system holding the bytes, removed again on destruction.
class MemoryFile {
public:
    MemoryFile(const std::string& name, const std::uint8_t* data, std::size_t size);
    MemoryFile(const MemoryFile&) = delete;
    MemoryFile& operator=(const MemoryFile&) = delete;
    ~MemoryFile();
    const std::string& path() const { return path_; }

private:
    std::string path_;
};

// Takes values off the front of the fuzz input.
class ByteReader {
public:
    ByteReader(const std::uint8_t* data, std::size_t size) : data_(data), size_(size) {}
    std::uint8_t byte() { return size_ == 0 ? 0 : (--size_, *data_++); }
    double number();                      // 8 bytes as a double (any bit pattern)
    std::string_view text(std::size_t length);  // up to length bytes
    std::string_view textUntil(char end);       // up to the next end byte (dropped) or the end
    std::string_view rest() { return text(size_); }
    bool empty() const { return size_ == 0; }

private:
    const std::uint8_t* data_;
    std::size_t size_;
};

}  // namespace pearlzone::fuzz
