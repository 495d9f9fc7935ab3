#pragma once
// The one exception type gis/ throws. Messages name the file or input and say what is wrong
// in words a planner can act on; where a library (GDAL, GEOS, PROJ) said why, its text comes
// cleaned by plainLibraryText (in the message, and alone as reason(), which core/wording can
// put in the person's language), and its own words as they were in detail(), for --verbose
// and the app's "details".

#include <stdexcept>
#include <string>

namespace pearlzone::gis {

class Error : public std::runtime_error {
public:
    explicit Error(const std::string& message) : std::runtime_error(message) {}
    Error(const std::string& message, std::string reason, std::string detail)
        : std::runtime_error(message), reason_(std::move(reason)), detail_(std::move(detail))
    {
    }
    const std::string& reason() const { return reason_; }  // the library's reason, cleaned; may be ""
    const std::string& detail() const { return detail_; }  // the library's text as it was; may be ""

private:
    std::string reason_;
    std::string detail_;
};

// A library's message without what a planner cannot use: source file paths and line numbers
// ("./ogr/ogrsf_frmts/dxf/ogrdxf_blockmap.cpp, 166: "), advice about configuration options
// ("Set SHAPE_RESTORE_SHX config option to YES ..."), GEOS exception class names
// ("IllegalArgumentException: "), and dumps of coordinate system definitions (ENGCRS[...]).
// "" when nothing is left.
std::string plainLibraryText(const std::string& raw);

// Whether the libraries' own messages are shown as they come (pearlzone-cli --verbose): GDAL's
// and GEOS's text goes to stderr, prefixed with the library's name. Off by default.
void showLibraryMessages(bool show);
bool libraryMessagesShown();

}  // namespace pearlzone::gis
