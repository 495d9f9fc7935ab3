#include "gis/text_encoding.h"

#include "gis/gdal_handles.h"
#include "gis/utf8_path.h"

#include <cpl_string.h>

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstring>
#include <fstream>
#include <system_error>
#include <vector>

namespace pearlzone::gis {

namespace {

const unsigned char* bytesOf(std::string_view text) { return reinterpret_cast<const unsigned char*>(text.data()); }

// Length of the UTF-8 sequence at i: 0 when invalid, -1 when cut off by the end of the text.
int utf8Length(const unsigned char* b, std::size_t i, std::size_t n)
{
    const unsigned char lead = b[i];
    int length = 0;
    unsigned char low = 0x80;  // the allowed range of the second byte (no overlongs, no surrogates)
    unsigned char high = 0xBF;
    if (lead < 0x80)
        return 1;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        low = lead == 0xE0 ? 0xA0 : 0x80;
        high = lead == 0xED ? 0x9F : 0xBF;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        low = lead == 0xF0 ? 0x90 : 0x80;
        high = lead == 0xF4 ? 0x8F : 0xBF;
    } else {
        return 0;
    }
    for (int k = 1; k < length; ++k) {
        if (i + static_cast<std::size_t>(k) >= n)
            return -1;
        const unsigned char c = b[i + static_cast<std::size_t>(k)];
        if (k == 1 ? (c < low || c > high) : (c & 0xC0) != 0x80)
            return 0;
    }
    return length;
}

// Length of the GB18030 character at i: 0 when invalid, -1 when cut off by the end.
int gb18030Length(const unsigned char* b, std::size_t i, std::size_t n)
{
    const unsigned char lead = b[i];
    if (lead < 0x80)
        return 1;
    if (lead == 0x80 || lead == 0xFF)
        return 0;
    if (i + 1 >= n)
        return -1;
    const unsigned char second = b[i + 1];
    if (second >= 0x40 && second <= 0xFE && second != 0x7F)
        return 2;
    if (second < 0x30 || second > 0x39)
        return 0;
    if (i + 3 >= n)
        return -1;
    return b[i + 2] >= 0x81 && b[i + 2] <= 0xFE && b[i + 3] >= 0x30 && b[i + 3] <= 0x39 ? 4 : 0;
}

template <typename LengthFunction>
bool wellFormed(std::string_view text, bool allowTruncatedEnd, LengthFunction lengthAt)
{
    const unsigned char* b = bytesOf(text);
    for (std::size_t i = 0; i < text.size();) {
        // ASCII (a byte of either encoding on its own) eight bytes at a time.
        std::uint64_t word;
        if (i + 8 <= text.size() && (std::memcpy(&word, b + i, 8), (word & 0x8080808080808080ull) == 0)) {
            i += 8;
            continue;
        }
        const int length = lengthAt(b, i, text.size());
        if (length < 0)
            return allowTruncatedEnd;
        if (length == 0)
            return false;
        i += static_cast<std::size_t>(length);
    }
    return true;
}

std::filesystem::path withExtension(const std::string& path, const char* lower, const char* upper)
{
    auto candidate = pathFromUtf8(path).replace_extension(lower);
    std::error_code error;
    if (std::filesystem::exists(candidate, error))
        return candidate;
    return pathFromUtf8(path).replace_extension(upper);
}

std::uint32_t littleEndian(const std::string& bytes, std::size_t at, int size)
{
    std::uint32_t value = 0;
    for (int k = size - 1; k >= 0; --k)
        value = (value << 8) | static_cast<unsigned char>(bytes[at + static_cast<std::size_t>(k)]);
    return value;
}

// The field names and text values of the first records of a .dbf, one per line.
std::string dbfTextSample(const std::string& dbf)
{
    if (dbf.size() < 33)
        return {};
    const std::size_t headerLength = littleEndian(dbf, 8, 2);
    const std::size_t recordLength = littleEndian(dbf, 10, 2);
    struct TextField {
        std::size_t offset;
        std::size_t length;
    };
    std::vector<TextField> textFields;
    std::string sample;
    std::size_t offset = 1;  // each record starts with its deletion flag
    for (std::size_t at = 32; at + 32 <= std::min(headerLength, dbf.size()) && dbf[at] != '\x0D'; at += 32) {
        const std::string name = dbf.substr(at, 11);
        sample += name.substr(0, name.find('\0')) + "\n";
        const std::size_t length = static_cast<unsigned char>(dbf[at + 16]);
        if (dbf[at + 11] == 'C' && offset + length <= recordLength)  // a corrupt header reads nothing
            textFields.push_back({offset, length});
        offset += length;
    }
    if (recordLength == 0)
        return sample;
    for (std::size_t record = headerLength; record + recordLength <= dbf.size(); record += recordLength) {
        for (const auto& field : textFields)
            sample += dbf.substr(record + field.offset, field.length) + "\n";
    }
    return sample;
}

// The value of a DXF header variable ($ACADVER, $DWGCODEPAGE) in the file's start.
std::string dxfHeaderVariable(const std::string& start, const std::string& name)
{
    std::size_t at = start.find("\n" + name);
    if (at == std::string::npos)
        return {};
    at = start.find('\n', at + 1);            // the group code's line
    if (at == std::string::npos || (at = start.find('\n', at + 1)) == std::string::npos)
        return {};
    const std::size_t end = start.find('\n', at + 1);
    std::string value = start.substr(at + 1, end == std::string::npos ? std::string::npos : end - at - 1);
    value.erase(std::remove_if(value.begin(), value.end(), [](unsigned char c) { return std::isspace(c); }), value.end());
    return value;
}

std::string uppercase(std::string text)
{
    std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
    return text;
}

constexpr std::size_t kSampleBytes = 4u << 20;

}  // namespace

bool isAscii(std::string_view bytes)
{
    return std::all_of(bytes.begin(), bytes.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

bool isValidUtf8(std::string_view bytes, bool allowTruncatedEnd)
{
    // Chinese text first, inline: ASCII eight bytes at a time, and three-byte sequences led by
    // E1-EC (whose second byte may be any continuation byte, unlike E0's and ED's), which hold
    // every common Chinese character; anything else from its first odd byte on as before.
    const unsigned char* b = bytesOf(bytes);
    const std::size_t n = bytes.size();
    std::size_t i = 0;
    while (i < n) {
        std::uint64_t word;
        if (i + 8 <= n && (std::memcpy(&word, b + i, 8), (word & 0x8080808080808080ull) == 0)) {
            i += 8;
        } else if (b[i] < 0x80) {
            ++i;
        } else if (b[i] >= 0xE1 && b[i] <= 0xEC && i + 2 < n && (b[i + 1] & 0xC0) == 0x80 && (b[i + 2] & 0xC0) == 0x80) {
            i += 3;
        } else {
            break;
        }
    }
    if (i == n)
        return true;
    bytes.remove_prefix(i);
    // (A lambda, not the function's address: its own type, so that the length is inlined.)
    return wellFormed(bytes, allowTruncatedEnd, [](const unsigned char* b, std::size_t i, std::size_t n) { return utf8Length(b, i, n); });
}

bool isValidGb18030(std::string_view bytes, bool allowTruncatedEnd)
{
    return wellFormed(bytes, allowTruncatedEnd, gb18030Length);
}

bool looksLikeChineseGb18030(std::string_view bytes, bool allowTruncatedEnd)
{
    if (isValidUtf8(bytes, allowTruncatedEnd) || !isValidGb18030(bytes, allowTruncatedEnd))
        return false;
    // Chinese text is overwhelmingly GB2312's characters (both bytes 0xA1-0xFE); a Latin-1
    // letter is mostly followed by an ASCII one, which makes a rare GBK-extension character.
    const unsigned char* b = bytesOf(bytes);
    std::size_t multibyte = 0;
    std::size_t common = 0;
    for (std::size_t i = 0; i < bytes.size();) {
        const int length = gb18030Length(b, i, bytes.size());
        if (length <= 0)
            break;
        if (length > 1) {
            ++multibyte;
            if (length == 2 && b[i] >= 0xA1 && b[i] <= 0xF7 && b[i + 1] >= 0xA1)
                ++common;
        }
        i += static_cast<std::size_t>(length);
    }
    return multibyte > 0 && common * 5 >= multibyte * 4;
}

std::string recodeToUtf8(const std::string& text, const std::string& encoding)
{
    if (isAscii(text))
        return text;
    CplString recoded(CPLRecode(text.c_str(), encoding.c_str(), CPL_ENC_UTF8));
    return recoded ? std::string(recoded.get()) : text;
}

std::string repairUtf8(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    const unsigned char* b = bytesOf(text);
    for (std::size_t i = 0; i < text.size();) {
        const int length = utf8Length(b, i, text.size());
        if (length > 0) {
            out.append(text.substr(i, static_cast<std::size_t>(length)));
            i += static_cast<std::size_t>(length);
        } else {
            out.append("\xEF\xBF\xBD");
            ++i;
        }
    }
    return out;
}

std::string readFileStart(const std::string& path, std::size_t maxBytes)
{
    std::ifstream in(pathFromUtf8(path), std::ios::binary);
    if (!in)
        return {};
    std::string bytes(maxBytes, '\0');
    in.read(bytes.data(), static_cast<std::streamsize>(maxBytes));
    bytes.resize(static_cast<std::size_t>(std::max<std::streamsize>(0, in.gcount())));
    return bytes;
}

std::string undeclaredDbfEncoding(const std::string& shapefilePath)
{
    std::error_code error;
    if (std::filesystem::exists(withExtension(shapefilePath, ".cpg", ".CPG"), error))
        return {};
    const std::string dbf = readFileStart(pathToUtf8(withExtension(shapefilePath, ".dbf", ".DBF")), kSampleBytes);
    if (dbf.size() < 32 || dbf[29] != '\0')  // byte 29: the language driver
        return {};
    return looksLikeChineseGb18030(dbfTextSample(dbf)) ? kChineseEncoding : "";
}

std::string dxfEncodingOverride(const std::string& dxfPath)
{
    std::string start = readFileStart(dxfPath, kSampleBytes);
    if (start.rfind("AutoCAD Binary DXF", 0) == 0)
        return {};
    start.erase(std::remove(start.begin(), start.end(), '\r'), start.end());
    const std::string version = dxfHeaderVariable(start, "$ACADVER");
    if (version.size() == 6 && uppercase(version.substr(0, 2)) == "AC" && std::atoi(version.c_str() + 2) >= 1021)
        return "UTF-8";
    const std::string codePage = uppercase(dxfHeaderVariable(start, "$DWGCODEPAGE"));
    if (!codePage.empty() && codePage != "ANSI_1252")
        return {};  // GDAL honours it
    if (!isAscii(start) && isValidUtf8(start, true))
        return "UTF-8";  // GDAL's own DXF writer, among others, writes UTF-8 under ANSI_1252
    // Chinese CAD text under no code page or the Western default: a GBK drawing whose header
    // a converter wrote with its own default.
    return looksLikeChineseGb18030(start, true) ? kChineseEncoding : "";
}

std::string undeclaredTextFileEncoding(const std::string& path)
{
    return looksLikeChineseGb18030(readFileStart(path, kSampleBytes), true) ? kChineseEncoding : "";
}

}  // namespace pearlzone::gis
