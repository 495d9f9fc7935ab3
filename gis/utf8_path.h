#pragma once
// Paths cross our APIs as UTF-8 strings (what GDAL takes on every platform). These convert
// them to std::filesystem paths, which use wide strings on Windows, for the OS's own calls.

#include <filesystem>
#include <string>

namespace pearlzone::gis {

inline std::filesystem::path pathFromUtf8(const std::string& utf8)
{
#if defined(__cpp_lib_char8_t)
    return std::filesystem::path(std::u8string(utf8.begin(), utf8.end()));
#else
    return std::filesystem::u8path(utf8);
#endif
}

inline std::string pathToUtf8(const std::filesystem::path& path)
{
#if defined(__cpp_lib_char8_t)
    const std::u8string text = path.u8string();
    return std::string(text.begin(), text.end());
#else
    return path.u8string();
#endif
}

}  // namespace pearlzone::gis
