#include "core/usable_geometry.h"

#include <cmath>

namespace pearlzone::core {

namespace {

bool isPolygonal(gis::GeometryType type)
{
    return type == gis::GeometryType::Polygon || type == gis::GeometryType::MultiPolygon;
}

}  // namespace

bool isPuntal(gis::GeometryType type)
{
    return type == gis::GeometryType::Point || type == gis::GeometryType::MultiPoint;
}

std::string absurdCoordinates(bool zh)
{
    return zh ? "坐标数值大得不合常理，无法计算面积（文件可能已损坏）"
              : "its coordinates are absurdly large and no area can be computed (the file may be damaged)";
}

gis::Geometry usableGeometry(const gis::Geometry& input, std::string& problem, std::string& note, Language language,
                             bool knownValid)
{
    const bool zh = language == Language::Chinese;
    if (input.isNull()) {
        problem = zh ? "没有几何图形" : "it has no geometry";
        return {};
    }
    if (input.isEmpty()) {
        problem = zh ? "几何图形为空" : "its geometry is empty";
        return {};
    }
    gis::Geometry g = input.closedLinesAsPolygons();
    if (g.type() != input.type())
        note = "closed line taken as a polygon";
    if (g.type() == gis::GeometryType::GeometryCollection) {
        g = g.polygonalParts();
        note = "only the polygons of a geometry collection were used";
    }
    const gis::GeometryType type = g.type();
    if (isPuntal(type))
        return g;
    if (!isPolygonal(type)) {
        problem = zh ? "几何类型为" + g.typeName() + "，不是面或点" : "its geometry is a " + g.typeName() + ", not a polygon or point";
        return {};
    }
    if (!knownValid && !g.isValid()) {
        const std::string why = g.invalidReason();
        gis::Geometry repaired = g.makeValid().polygonalParts();
        if (repaired.isEmpty() || repaired.area() <= 0.0) {
            problem = zh ? "几何图形无效且无法修复（" + why + "）" : "its geometry is invalid and cannot be repaired (" + why + ")";
            return {};
        }
        note = (note.empty() ? "" : note + "; ") + "repaired with make-valid: " + why;
        g = std::move(repaired);
    }
    const double area = g.area();
    if (!std::isfinite(area)) {
        problem = absurdCoordinates(zh);
        return {};
    }
    if (area <= 0.0) {
        problem = zh ? "地块面积为零" : "it has no area";
        return {};
    }
    return g;
}

}  // namespace pearlzone::core
