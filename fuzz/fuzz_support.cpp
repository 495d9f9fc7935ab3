#include "fuzz_support.h"

#include <cpl_conv.h>
#include <cpl_error.h>
#include <cpl_vsi.h>
#include <gdal.h>

#include <atomic>
#include <cstring>

namespace pearlzone::fuzz {

const core::PilotZoneData& bundledData()
{
    static const auto data = core::PilotZoneData::load(PEARLZONE_DATA_DIR);
    return *data;
}

void quietLibraries()
{
    static const bool done = [] {
        GDALAllRegister();
        CPLSetErrorHandler(CPLQuietErrorHandler);
        return true;
    }();
    (void)done;
}

MemoryFile::MemoryFile(const std::string& name, const std::uint8_t* data, std::size_t size)
{
    static std::atomic<int> counter{0};
    path_ = "/vsimem/fuzz" + std::to_string(counter++) + "/" + name;
    VSILFILE* file = VSIFOpenL(path_.c_str(), "wb");
    if (file) {
        VSIFWriteL(data, 1, size, file);
        VSIFCloseL(file);
    }
}

MemoryFile::~MemoryFile()
{
    VSIUnlink(path_.c_str());
}

double ByteReader::number()
{
    double value = 0.0;
    const auto bytes = text(sizeof value);
    std::memcpy(&value, bytes.data(), bytes.size());
    return value;
}

std::string_view ByteReader::text(std::size_t length)
{
    length = length < size_ ? length : size_;
    std::string_view part(reinterpret_cast<const char*>(data_), length);
    data_ += length;
    size_ -= length;
    return part;
}

std::string_view ByteReader::textUntil(char end)
{
    const void* found = size_ == 0 ? nullptr : std::memchr(data_, end, size_);
    if (!found)
        return rest();
    const std::size_t length = static_cast<std::size_t>(static_cast<const std::uint8_t*>(found) - data_);
    const auto part = text(length);
    byte();  // the separator
    return part;
}

}  // namespace pearlzone::fuzz
