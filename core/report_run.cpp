#include "core/report_run.h"

#include <regex>

namespace pearlzone::core {

std::string withoutPassword(const std::string& connection)
{
    // key=value form (password=secret or password='a secret') and URI form (user:secret@host).
    static const std::regex keyValue(R"((password\s*=\s*)('([^'\\]|\\.)*'|[^\s]+))", std::regex::icase);
    static const std::regex uri(R"((postgres(ql)?://[^:/@\s]+):[^@\s]*@)", std::regex::icase);
    std::string text = std::regex_replace(connection, keyValue, "$1***");
    return std::regex_replace(text, uri, "$1:***@");
}

}  // namespace pearlzone::core
