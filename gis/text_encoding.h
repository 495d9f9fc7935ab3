#pragma once
// Text encodings of files that do not say theirs: validity checks, recoding to UTF-8, and
// the guesses Pearlzone makes for the files Chinese planners exchange (GBK Shapefiles without
// a .cpg, CSV saved by Excel on a Chinese Windows, DXF from AutoCAD 2007 and later).

#include <cstddef>
#include <string>
#include <string_view>

namespace pearlzone::gis {

// Chinese text in GBK / GB2312 / GB18030 (GB18030 includes the others).
inline constexpr const char* kChineseEncoding = "GB18030";

bool isAscii(std::string_view bytes);
// allowTruncatedEnd: a sample cut from a file may end inside a character.
bool isValidUtf8(std::string_view bytes, bool allowTruncatedEnd = false);
// Well-formed GB18030 byte sequences (one, two or four bytes per character).
bool isValidGb18030(std::string_view bytes, bool allowTruncatedEnd = false);

// Not UTF-8, but well-formed GB18030 whose characters are mostly Chinese: text in Western
// code pages (Latin-1, CP1252) is often well-formed GB18030 too, but decodes to rare characters.
bool looksLikeChineseGb18030(std::string_view bytes, bool allowTruncatedEnd = false);

// The text in UTF-8, converted from encoding (any name iconv knows: GBK, CP936, GB18030, ...).
std::string recodeToUtf8(const std::string& text, const std::string& encoding);

// Replaces every byte that does not start a valid UTF-8 sequence with U+FFFD.
std::string repairUtf8(std::string_view text);

// The first maxBytes of a file (UTF-8 path); empty when it cannot be read.
std::string readFileStart(const std::string& path, std::size_t maxBytes);

// The encoding to read a Shapefile's .dbf with when neither a .cpg nor the .dbf's
// language-driver byte says one (GDAL honours both): kChineseEncoding when its field names and
// text are not UTF-8 but Chinese GB18030; "" when it says one or its text is ASCII or UTF-8.
std::string undeclaredDbfEncoding(const std::string& shapefilePath);

// The encoding a DXF's text is in when GDAL would get it wrong: "UTF-8" for AutoCAD 2007 and
// later ($ACADVER AC1021+, UTF-8 whatever $DWGCODEPAGE says) and for UTF-8 text under an
// ANSI_1252 or missing code page; kChineseEncoding for Chinese GB18030 text under either; ""
// when the declared code page is right.
std::string dxfEncodingOverride(const std::string& dxfPath);

// For plain-text tables (CSV): kChineseEncoding when the file's start is not UTF-8 but Chinese
// GB18030, else "".
std::string undeclaredTextFileEncoding(const std::string& path);

}  // namespace pearlzone::gis
