#include "app/text_order.h"

#include <QString>

#include <utility>

namespace pearlzone::app {

namespace {

bool continuation(unsigned char byte) { return (byte & 0xC0) == 0x80; }

// The code point whose encoding starts at text[at], and its length in bytes; length 0 where the
// bytes there are not strictly valid UTF-8.
std::pair<char32_t, std::size_t> decode(std::string_view text, std::size_t at)
{
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[at + k]); };
    const unsigned char lead = byte(0);
    if (lead < 0x80)
        return {lead, 1};
    std::size_t length = 0;
    char32_t point = 0, least = 0;
    if ((lead & 0xE0) == 0xC0)
        length = 2, point = lead & 0x1F, least = 0x80;
    else if ((lead & 0xF0) == 0xE0)
        length = 3, point = lead & 0x0F, least = 0x800;
    else if ((lead & 0xF8) == 0xF0)
        length = 4, point = lead & 0x07, least = 0x10000;
    else
        return {0, 0};
    if (at + length > text.size())
        return {0, 0};
    for (std::size_t k = 1; k < length; ++k) {
        if (!continuation(byte(k)))
            return {0, 0};
        point = point << 6 | (byte(k) & 0x3F);
    }
    if (point < least || point > 0x10FFFF || (point >= 0xD800 && point <= 0xDFFF))
        return {0, 0};
    return {point, length};
}

// A code point's UTF-16 code units as one number that orders as they do: the first unit above,
// the second (a low surrogate, or 0 in the basic plane) below.
std::uint32_t utf16Units(char32_t point)
{
    if (point < 0x10000)
        return static_cast<std::uint32_t>(point) << 16;
    const char32_t offset = point - 0x10000;
    return (0xD800u + (offset >> 10)) << 16 | (0xDC00u + (offset & 0x3FF));
}

}  // namespace

bool plainUtf8(std::string_view text)
{
    if (text.substr(0, 3) == "\xEF\xBB\xBF")
        return false;
    for (std::size_t at = 0; at < text.size();) {
        const std::size_t length = decode(text, at).second;
        if (length == 0)
            return false;
        at += length;
    }
    return true;
}

bool utf16Less(std::string_view a, std::string_view b)
{
    const auto [endA, endB] = std::mismatch(a.begin(), a.end(), b.begin(), b.end());
    const auto at = static_cast<std::size_t>(endA - a.begin());
    if (at == a.size() || at == b.size())  // one is the start of the other: the shorter first
        return a.size() < b.size();
    // The same bytes before: the same characters, starting at the same places in both.
    std::size_t start = at;
    while (start > 0 && continuation(static_cast<unsigned char>(a[start])))
        --start;
    return utf16Units(decode(a, start).first) < utf16Units(decode(b, start).first);
}

bool utf16LessAnyBytes(std::string_view a, std::string_view b)
{
    if (plainUtf8(a) && plainUtf8(b))
        return utf16Less(a, b);
    return QString::fromUtf8(a.data(), static_cast<qsizetype>(a.size())) < QString::fromUtf8(b.data(), static_cast<qsizetype>(b.size()));
}

}  // namespace pearlzone::app
