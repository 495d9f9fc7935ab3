#include "gis/geometry.h"

#include "gis/error.h"
#include "gis/geos_context.h"

#include <memory>

namespace pearlzone::gis {

namespace {

GeosContext& context() { return GeosContext::forThisThread(); }

// Wraps a GEOS result, turning a null result into gis::Error with GEOS's message.
Geometry checked(GEOSGeometry* result, const char* operation)
{
    if (!result)
        context().fail(operation);
    return Geometry(result);
}

bool checkedPredicate(char result, const char* operation)
{
    if (result == 2)
        context().fail(operation);
    return result == 1;
}

}  // namespace

Geometry& Geometry::operator=(Geometry&& other) noexcept
{
    if (this != &other) {
        if (geometry_)
            GEOSGeom_destroy_r(geosHandle(), geometry_);
        geometry_ = other.release();
    }
    return *this;
}

Geometry::~Geometry()
{
    if (geometry_)
        GEOSGeom_destroy_r(geosHandle(), geometry_);
}

GEOSGeometry* Geometry::release() noexcept
{
    GEOSGeometry* released = geometry_;
    geometry_ = nullptr;
    return released;
}

void Geometry::requireNotNull(const char* operation) const
{
    if (!geometry_)
        throw Error(std::string(operation) + ": no geometry");
}

Geometry Geometry::fromWkt(std::string_view wkt)
{
    auto& ctx = context();
    const std::string text(wkt);
    return checked(GEOSWKTReader_read_r(ctx.handle(), ctx.wktReader(), text.c_str()),
                   "cannot read WKT");
}

Geometry Geometry::fromWkb(const unsigned char* wkb, std::size_t size)
{
    auto& ctx = context();
    if (!wkb || size == 0)
        throw Error("cannot read WKB: no data");
    return checked(GEOSWKBReader_read_r(ctx.handle(), ctx.wkbReader(), wkb, size), "the shape's stored form cannot be read");
}

Geometry Geometry::rectangle(const Envelope& box)
{
    return checked(GEOSGeom_createRectangle_r(geosHandle(), box.minX, box.minY, box.maxX, box.maxY),
                   "cannot make a rectangle");
}

Geometry Geometry::point(double x, double y)
{
    return checked(GEOSGeom_createPointFromXY_r(geosHandle(), x, y), "cannot make a point");
}

Geometry Geometry::collect(std::vector<Geometry>&& members)
{
    auto* handle = geosHandle();
    int commonType = -1;
    for (const auto& member : members) {
        member.requireNotNull("collect");
        const int memberType = GEOSGeomTypeId_r(handle, member.get());
        commonType = commonType == -1 || commonType == memberType ? memberType : -2;
    }
    int collectionType = GEOS_GEOMETRYCOLLECTION;
    if (commonType == GEOS_POLYGON)
        collectionType = GEOS_MULTIPOLYGON;
    else if (commonType == GEOS_LINESTRING)
        collectionType = GEOS_MULTILINESTRING;
    else if (commonType == GEOS_POINT)
        collectionType = GEOS_MULTIPOINT;
    std::vector<GEOSGeometry*> raw;
    raw.reserve(members.size());
    for (auto& member : members)
        raw.push_back(member.release());
    members.clear();
    return checked(GEOSGeom_createCollection_r(handle, collectionType, raw.data(), static_cast<unsigned>(raw.size())),
                   "cannot make a collection");
}

Geometry Geometry::polygon(const std::vector<double>& shellXY)
{
    auto* handle = geosHandle();
    std::size_t count = shellXY.size() / 2;
    if (count < 3)
        throw Error("cannot make a polygon from fewer than three points");
    const bool closed = shellXY[0] == shellXY[2 * count - 2] && shellXY[1] == shellXY[2 * count - 1];
    const std::size_t ringSize = closed ? count : count + 1;
    GEOSCoordSequence* sequence = GEOSCoordSeq_create_r(handle, static_cast<unsigned>(ringSize), 2);
    if (!sequence)
        context().fail("cannot make a polygon");
    for (std::size_t i = 0; i < ringSize; ++i) {
        const std::size_t source = i % count;
        GEOSCoordSeq_setXY_r(handle, sequence, static_cast<unsigned>(i), shellXY[2 * source],
                             shellXY[2 * source + 1]);
    }
    GEOSGeometry* shell = GEOSGeom_createLinearRing_r(handle, sequence);
    if (!shell)
        context().fail("cannot make a polygon ring");
    return checked(GEOSGeom_createPolygon_r(handle, shell, nullptr, 0), "cannot make a polygon");
}

std::string Geometry::toWkt(int precision) const
{
    requireNotNull("toWkt");
    auto& ctx = context();
    GEOSWKTWriter_setRoundingPrecision_r(ctx.handle(), ctx.wktWriter(), precision);
    std::unique_ptr<char, void (*)(char*)> text(
        GEOSWKTWriter_write_r(ctx.handle(), ctx.wktWriter(), geometry_),
        [](char* p) { GEOSFree_r(geosHandle(), p); });
    if (!text)
        ctx.fail("cannot write WKT");
    return text.get();
}

std::vector<unsigned char> Geometry::toWkb() const
{
    requireNotNull("toWkb");
    auto& ctx = context();
    std::size_t size = 0;
    unsigned char* bytes = GEOSWKBWriter_write_r(ctx.handle(), ctx.wkbWriter(), geometry_, &size);
    if (!bytes)
        ctx.fail("cannot write WKB");
    std::vector<unsigned char> wkb(bytes, bytes + size);
    GEOSFree_r(ctx.handle(), bytes);
    return wkb;
}

GeometryType Geometry::type() const
{
    requireNotNull("type");
    const int id = GEOSGeomTypeId_r(geosHandle(), geometry_);
    if (id < 0)
        context().fail("cannot read the geometry type");
    return static_cast<GeometryType>(id);
}

std::string Geometry::typeName() const
{
    requireNotNull("typeName");
    std::unique_ptr<char, void (*)(char*)> name(GEOSGeomType_r(geosHandle(), geometry_),
                                                [](char* p) { GEOSFree_r(geosHandle(), p); });
    return name ? std::string(name.get()) : std::string();
}

bool Geometry::isEmpty() const
{
    requireNotNull("isEmpty");
    return checkedPredicate(GEOSisEmpty_r(geosHandle(), geometry_), "cannot test emptiness");
}

bool Geometry::isValid() const
{
    requireNotNull("isValid");
    return checkedPredicate(GEOSisValid_r(geosHandle(), geometry_), "cannot test validity");
}

std::string Geometry::invalidReason() const
{
    requireNotNull("invalidReason");
    std::unique_ptr<char, void (*)(char*)> reason(GEOSisValidReason_r(geosHandle(), geometry_),
                                                  [](char* p) { GEOSFree_r(geosHandle(), p); });
    if (!reason)
        context().fail("cannot test validity");
    return reason.get();
}

double Geometry::area() const
{
    requireNotNull("area");
    double value = 0.0;
    if (!GEOSArea_r(geosHandle(), geometry_, &value))
        context().fail("cannot compute the area");
    return value;
}

Envelope Geometry::envelope() const
{
    requireNotNull("envelope");
    Envelope box;
    if (isEmpty())
        return box;
    auto* handle = geosHandle();
    if (!GEOSGeom_getXMin_r(handle, geometry_, &box.minX) || !GEOSGeom_getYMin_r(handle, geometry_, &box.minY) ||
        !GEOSGeom_getXMax_r(handle, geometry_, &box.maxX) || !GEOSGeom_getYMax_r(handle, geometry_, &box.maxY))
        context().fail("cannot compute the envelope");
    return box;
}

std::size_t Geometry::partCount() const
{
    requireNotNull("partCount");
    const int count = GEOSGetNumGeometries_r(geosHandle(), geometry_);
    if (count < 0)
        context().fail("cannot count the parts");
    return static_cast<std::size_t>(count);
}

namespace {

std::vector<double> ringCoordinates(GEOSContextHandle_t handle, const GEOSGeometry* ring)
{
    const GEOSCoordSequence* sequence = GEOSGeom_getCoordSeq_r(handle, ring);
    unsigned size = 0;
    if (!sequence || !GEOSCoordSeq_getSize_r(handle, sequence, &size))
        return {};
    std::vector<double> x(size);
    std::vector<double> y(size);
    GEOSCoordSeq_copyToArrays_r(handle, sequence, x.data(), y.data(), nullptr, nullptr);
    std::vector<double> xy(2 * static_cast<std::size_t>(size));
    for (unsigned i = 0; i < size; ++i) {
        xy[2 * i] = x[i];
        xy[2 * i + 1] = y[i];
    }
    return xy;
}

}  // namespace

std::vector<PolygonRings> Geometry::polygonRings() const
{
    requireNotNull("polygonRings");
    auto* handle = geosHandle();
    std::vector<PolygonRings> out;
    auto addPolygon = [&](const GEOSGeometry* polygon) {
        PolygonRings rings;
        rings.rings.push_back(ringCoordinates(handle, GEOSGetExteriorRing_r(handle, polygon)));
        const int holes = GEOSGetNumInteriorRings_r(handle, polygon);
        for (int h = 0; h < holes; ++h)
            rings.rings.push_back(ringCoordinates(handle, GEOSGetInteriorRingN_r(handle, polygon, h)));
        out.push_back(std::move(rings));
    };
    const int kind = GEOSGeomTypeId_r(handle, geometry_);
    if (kind == GEOS_POLYGON && !isEmpty()) {
        addPolygon(geometry_);
    } else if (kind == GEOS_MULTIPOLYGON) {
        const int n = GEOSGetNumGeometries_r(handle, geometry_);
        for (int i = 0; i < n; ++i)
            addPolygon(GEOSGetGeometryN_r(handle, geometry_, i));
    }
    return out;
}

std::vector<double> Geometry::pointCoordinates() const
{
    requireNotNull("pointCoordinates");
    auto* handle = geosHandle();
    std::vector<double> xy;
    const int kind = GEOSGeomTypeId_r(handle, geometry_);
    if ((kind != GEOS_POINT && kind != GEOS_MULTIPOINT) || isEmpty())
        return xy;
    const int n = GEOSGetNumGeometries_r(handle, geometry_);
    for (int i = 0; i < n; ++i) {
        double x = 0;
        double y = 0;
        const GEOSGeometry* point = kind == GEOS_POINT ? geometry_ : GEOSGetGeometryN_r(handle, geometry_, i);
        GEOSGeomGetX_r(handle, point, &x);
        GEOSGeomGetY_r(handle, point, &y);
        xy.push_back(x);
        xy.push_back(y);
    }
    return xy;
}

Geometry Geometry::part(std::size_t index) const
{
    requireNotNull("part");
    const GEOSGeometry* borrowed = GEOSGetGeometryN_r(geosHandle(), geometry_, static_cast<int>(index));
    if (!borrowed)
        context().fail("no such part");
    return checked(GEOSGeom_clone_r(geosHandle(), borrowed), "cannot copy a part");
}

Geometry Geometry::clone() const
{
    requireNotNull("clone");
    return checked(GEOSGeom_clone_r(geosHandle(), geometry_), "cannot copy a geometry");
}

Geometry Geometry::intersection(const Geometry& other) const
{
    requireNotNull("intersection");
    other.requireNotNull("intersection");
    return checked(GEOSIntersection_r(geosHandle(), geometry_, other.geometry_), "intersection failed");
}

Geometry Geometry::difference(const Geometry& other) const
{
    requireNotNull("difference");
    other.requireNotNull("difference");
    return checked(GEOSDifference_r(geosHandle(), geometry_, other.geometry_), "difference failed");
}

Geometry Geometry::unionWith(const Geometry& other) const
{
    requireNotNull("union");
    other.requireNotNull("union");
    return checked(GEOSUnion_r(geosHandle(), geometry_, other.geometry_), "union failed");
}

Geometry Geometry::unaryUnion() const
{
    requireNotNull("unaryUnion");
    return checked(GEOSUnaryUnion_r(geosHandle(), geometry_), "union failed");
}

Geometry Geometry::buffer(double distance, int quadrantSegments) const
{
    requireNotNull("buffer");
    return checked(GEOSBuffer_r(geosHandle(), geometry_, distance, quadrantSegments), "buffer failed");
}

Geometry Geometry::pointOnSurface() const
{
    requireNotNull("pointOnSurface");
    return checked(GEOSPointOnSurface_r(geosHandle(), geometry_), "cannot find a point on the surface");
}

Geometry Geometry::makeValid() const
{
    requireNotNull("makeValid");
    auto* handle = geosHandle();
    std::unique_ptr<GEOSMakeValidParams, void (*)(GEOSMakeValidParams*)> params(
        GEOSMakeValidParams_create_r(handle),
        [](GEOSMakeValidParams* p) { GEOSMakeValidParams_destroy_r(geosHandle(), p); });
    GEOSMakeValidParams_setMethod_r(handle, params.get(), GEOS_MAKE_VALID_STRUCTURE);
    GEOSMakeValidParams_setKeepCollapsed_r(handle, params.get(), 0);
    return checked(GEOSMakeValidWithParams_r(handle, geometry_, params.get()), "cannot repair the geometry");
}

Geometry Geometry::simplifyPreservingTopology(double tolerance) const
{
    requireNotNull("simplify");
    return checked(GEOSTopologyPreserveSimplify_r(geosHandle(), geometry_, tolerance), "simplification failed");
}

Geometry Geometry::closedLinesAsPolygons() const
{
    requireNotNull("closedLinesAsPolygons");
    auto* handle = geosHandle();
    auto ringToPolygon = [handle](const GEOSGeometry* line) -> GEOSGeometry* {
        const GEOSCoordSequence* sequence = GEOSGeom_getCoordSeq_r(handle, line);
        unsigned size = 0;
        if (!sequence || !GEOSCoordSeq_getSize_r(handle, sequence, &size) || size < 4)
            return nullptr;
        double x0 = 0, y0 = 0, xn = 0, yn = 0;
        GEOSCoordSeq_getXY_r(handle, sequence, 0, &x0, &y0);
        GEOSCoordSeq_getXY_r(handle, sequence, size - 1, &xn, &yn);
        if (x0 != xn || y0 != yn)
            return nullptr;
        GEOSGeometry* ring = GEOSGeom_createLinearRing_r(handle, GEOSCoordSeq_clone_r(handle, sequence));
        return ring ? GEOSGeom_createPolygon_r(handle, ring, nullptr, 0) : nullptr;
    };
    const int kind = GEOSGeomTypeId_r(handle, geometry_);
    if (kind == GEOS_LINESTRING || kind == GEOS_LINEARRING) {
        GEOSGeometry* polygon = ringToPolygon(geometry_);
        return polygon ? Geometry(polygon) : clone();
    }
    if (kind == GEOS_MULTILINESTRING) {
        std::vector<GEOSGeometry*> polygons;
        const int n = GEOSGetNumGeometries_r(handle, geometry_);
        for (int i = 0; i < n; ++i) {
            GEOSGeometry* polygon = ringToPolygon(GEOSGetGeometryN_r(handle, geometry_, i));
            if (!polygon) {
                for (GEOSGeometry* made : polygons)
                    GEOSGeom_destroy_r(handle, made);
                return clone();
            }
            polygons.push_back(polygon);
        }
        return checked(GEOSGeom_createCollection_r(handle, GEOS_MULTIPOLYGON, polygons.data(),
                                                   static_cast<unsigned>(polygons.size())),
                       "cannot collect polygons");
    }
    return clone();
}

double Geometry::distance(const Geometry& other) const
{
    requireNotNull("distance");
    other.requireNotNull("distance");
    double value = 0.0;
    if (!GEOSDistance_r(geosHandle(), geometry_, other.geometry_, &value))
        context().fail("cannot compute the distance");
    return value;
}

Geometry Geometry::polygonalParts() const
{
    requireNotNull("polygonalParts");
    const GeometryType kind = type();
    if (kind == GeometryType::Polygon || kind == GeometryType::MultiPolygon)
        return clone();
    auto* handle = geosHandle();
    std::vector<GEOSGeometry*> polygons;
    const std::size_t count = partCount();
    for (std::size_t i = 0; i < count; ++i) {
        const GEOSGeometry* member = GEOSGetGeometryN_r(handle, geometry_, static_cast<int>(i));
        const int memberType = GEOSGeomTypeId_r(handle, member);
        if (memberType == GEOS_POLYGON) {
            polygons.push_back(GEOSGeom_clone_r(handle, member));
        } else if (memberType == GEOS_MULTIPOLYGON) {
            const int n = GEOSGetNumGeometries_r(handle, member);
            for (int j = 0; j < n; ++j)
                polygons.push_back(GEOSGeom_clone_r(handle, GEOSGetGeometryN_r(handle, member, j)));
        }
    }
    return checked(GEOSGeom_createCollection_r(handle, GEOS_MULTIPOLYGON, polygons.data(),
                                               static_cast<unsigned>(polygons.size())),
                   "cannot collect polygons");
}

bool Geometry::intersects(const Geometry& other) const
{
    requireNotNull("intersects");
    other.requireNotNull("intersects");
    return checkedPredicate(GEOSIntersects_r(geosHandle(), geometry_, other.geometry_), "intersects failed");
}

bool Geometry::covers(const Geometry& other) const
{
    requireNotNull("covers");
    other.requireNotNull("covers");
    return checkedPredicate(GEOSCovers_r(geosHandle(), geometry_, other.geometry_), "covers failed");
}

bool Geometry::equalsExact(const Geometry& other, double tolerance) const
{
    requireNotNull("equalsExact");
    other.requireNotNull("equalsExact");
    return checkedPredicate(GEOSEqualsExact_r(geosHandle(), geometry_, other.geometry_, tolerance),
                            "equalsExact failed");
}

}  // namespace pearlzone::gis
