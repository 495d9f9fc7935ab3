#include "gis/cell_geometry.h"

#include <charconv>
#include <cmath>

namespace pearlzone::gis {

namespace {

std::string trimmed(const std::string& text)
{
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string::npos)
        return {};
    return text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1);
}

std::string quoted(const std::string& text)
{
    return "'" + (text.size() > 40 ? text.substr(0, 40) + "..." : text) + "'";
}

std::string cellText(OGRFeatureH feature, int field)
{
    return OGR_F_IsFieldSetAndNotNull(feature, field) ? trimmed(OGR_F_GetFieldAsString(feature, field)) : std::string();
}

// A number in the cell: numeric cells as they are, text cells read in the C locale.
bool cellNumber(OGRFeatureH feature, int field, const std::string& text, double& value)
{
    const OGRFieldType type = OGR_Fld_GetType(OGR_F_GetFieldDefnRef(feature, field));
    if (type == OFTReal || type == OFTInteger || type == OFTInteger64) {
        value = OGR_F_GetFieldAsDouble(feature, field);
        return std::isfinite(value);
    }
    const char* end = text.data() + text.size();
    const auto result = std::from_chars(text.data(), end, value);
    return result.ec == std::errc() && result.ptr == end && std::isfinite(value);
}

}  // namespace

OgrGeometryOwner geometryFromCells(OGRFeatureH feature, int wktField, int xField, int yField, std::string& why)
{
    why.clear();
    if (wktField >= 0) {
        std::string wkt = cellText(feature, wktField);
        if (wkt.empty())
            return nullptr;
        // PostGIS's EWKT names its SRID first; the layer's CRS is what counts here.
        if (wkt.rfind("SRID=", 0) == 0 || wkt.rfind("srid=", 0) == 0)
            wkt = trimmed(wkt.substr(wkt.find(';') == std::string::npos ? wkt.size() : wkt.find(';') + 1));
        char* text = wkt.data();
        OGRGeometryH geometry = nullptr;
        if (OGR_G_CreateFromWkt(&text, nullptr, &geometry) != OGRERR_NONE || !geometry) {
            why = "the WKT cell " + quoted(wkt) + " is not a geometry";
            return nullptr;
        }
        return OgrGeometryOwner(geometry);
    }
    const std::string xText = cellText(feature, xField);
    const std::string yText = cellText(feature, yField);
    if (xText.empty() && yText.empty())
        return nullptr;
    double x = 0.0;
    double y = 0.0;
    if (!cellNumber(feature, xField, xText, x) || !cellNumber(feature, yField, yText, y)) {
        why = "the coordinate cells " + quoted(xText) + ", " + quoted(yText) + " are not two numbers";
        return nullptr;
    }
    OgrGeometryOwner point(OGR_G_CreateGeometry(wkbPoint));
    OGR_G_SetPoint_2D(point.get(), 0, x, y);
    return point;
}

}  // namespace pearlzone::gis
