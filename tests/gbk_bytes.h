#pragma once
// Text as GBK bytes, as Chinese Windows software writes files, made with GDAL's recoder.

#include <cpl_string.h>

#include <string>

namespace pearlzone::test {

inline std::string gbk(const std::string& utf8)
{
    CPLString text;
    text.Seize(CPLRecode(utf8.c_str(), CPL_ENC_UTF8, "CP936"));
    return std::string(text);
}

}  // namespace pearlzone::test
