#pragma once
// WkbCursor: reads WKB's numbers in either byte order, every read bounds-checked; for the
// few places that decode plain WKB without GEOS (the check's fast path, the map's layer).
// GEOS stays the reader of anything these do not accept.

#include <cstddef>
#include <cstdint>
#include <cstring>

namespace pearlzone::gis {

// Whether this machine stores numbers little-endian, as WKB's byte order 1 does.
inline const bool kLittleEndianMachine = [] {
    const std::uint16_t one = 1;
    unsigned char first;
    std::memcpy(&first, &one, 1);
    return first == 1;
}();

class WkbCursor {
public:
    WkbCursor(const unsigned char* data, std::size_t size) : data_(data), size_(size) {}
    // The byte-order mark that starts every geometry; false when it is neither 0 nor 1.
    bool byteOrder()
    {
        if (at_ >= size_ || data_[at_] > 1)
            return false;
        littleEndian_ = data_[at_++] == 1;
        return true;
    }
    bool littleEndian() const { return littleEndian_; }
    bool uint32(std::uint32_t& value)
    {
        unsigned char bytes[4];
        if (!take(bytes, 4))
            return false;
        value = 0;
        for (int i = 0; i < 4; ++i)
            value |= static_cast<std::uint32_t>(bytes[littleEndian_ ? i : 3 - i]) << (8 * i);
        return true;
    }
    bool float64(double& value)
    {
        unsigned char bytes[8];
        if (!take(bytes, 8))
            return false;
        std::uint64_t bits = 0;
        for (int i = 0; i < 8; ++i)
            bits |= static_cast<std::uint64_t>(bytes[littleEndian_ ? i : 7 - i]) << (8 * i);
        std::memcpy(&value, &bits, sizeof value);
        return true;
    }
    // Skips count bytes (the caller checked remaining()) and returns where they start.
    const unsigned char* skip(std::size_t count)
    {
        const unsigned char* at = data_ + at_;
        at_ += count;
        return at;
    }
    bool atEnd() const { return at_ == size_; }
    std::size_t remaining() const { return size_ - at_; }

private:
    bool take(unsigned char* out, std::size_t count)
    {
        if (size_ - at_ < count)
            return false;
        std::memcpy(out, data_ + at_, count);
        at_ += count;
        return true;
    }
    const unsigned char* data_;
    std::size_t size_;
    std::size_t at_ = 0;
    bool littleEndian_ = true;
};

}  // namespace pearlzone::gis
