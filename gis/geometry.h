#pragma once
// Geometry: a move-only owner of one GEOSGeometry, with the operations Pearlzone needs.
// Every call goes through the calling thread's GEOS context; a geometry may be handed to
// another thread, but not used by two threads at once.

#include "gis/envelope.h"

#include <geos_c.h>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace pearlzone::gis {

enum class GeometryType {
    Point = GEOS_POINT,
    LineString = GEOS_LINESTRING,
    LinearRing = GEOS_LINEARRING,
    Polygon = GEOS_POLYGON,
    MultiPoint = GEOS_MULTIPOINT,
    MultiLineString = GEOS_MULTILINESTRING,
    MultiPolygon = GEOS_MULTIPOLYGON,
    GeometryCollection = GEOS_GEOMETRYCOLLECTION,
};

// A polygon's rings as flat x, y arrays: the first is the shell, the rest are holes.
struct PolygonRings {
    std::vector<std::vector<double>> rings;
};

class Geometry {
public:
    Geometry() = default;
    // Takes ownership of a geometry made in the calling thread's context.
    explicit Geometry(GEOSGeometry* owned) noexcept : geometry_(owned) {}
    Geometry(Geometry&& other) noexcept : geometry_(other.release()) {}
    Geometry& operator=(Geometry&& other) noexcept;
    Geometry(const Geometry&) = delete;
    Geometry& operator=(const Geometry&) = delete;
    ~Geometry();

    static Geometry fromWkt(std::string_view wkt);
    static Geometry fromWkb(const unsigned char* wkb, std::size_t size);
    static Geometry fromWkb(const std::vector<unsigned char>& wkb) { return fromWkb(wkb.data(), wkb.size()); }
    static Geometry rectangle(const Envelope& box);
    static Geometry point(double x, double y);
    // A collection of the given geometries (a Multi* type when they are all of one kind),
    // taking them over.
    static Geometry collect(std::vector<Geometry>&& members);
    // A polygon from closed or open shell coordinates (x0, y0, x1, y1, ...).
    static Geometry polygon(const std::vector<double>& shellXY);

    // precision < 0: full precision; trailing zeros are trimmed.
    std::string toWkt(int precision = -1) const;
    std::vector<unsigned char> toWkb() const;

    bool isNull() const { return geometry_ == nullptr; }
    explicit operator bool() const { return !isNull(); }
    const GEOSGeometry* get() const { return geometry_; }
    GEOSGeometry* release() noexcept;

    GeometryType type() const;
    std::string typeName() const;
    bool isEmpty() const;
    bool isValid() const;
    std::string invalidReason() const;
    double area() const;
    Envelope envelope() const;
    std::size_t partCount() const;  // 1 for a single geometry
    // The rings of every polygon in a Polygon or MultiPolygon (empty for other types), and the
    // x, y of every point of a Point or MultiPoint.
    std::vector<PolygonRings> polygonRings() const;
    std::vector<double> pointCoordinates() const;
    Geometry part(std::size_t index) const;  // a copy of part index of a collection

    Geometry clone() const;
    Geometry intersection(const Geometry& other) const;
    Geometry difference(const Geometry& other) const;
    Geometry unionWith(const Geometry& other) const;
    Geometry unaryUnion() const;
    Geometry buffer(double distance, int quadrantSegments = 8) const;
    Geometry pointOnSurface() const;
    // Repairs an invalid geometry keeping every part of it (GEOS "structure" method),
    // dropping collapsed pieces so that a polygon stays areal.
    Geometry makeValid() const;
    // Douglas-Peucker simplification that keeps rings simple and holes inside shells.
    Geometry simplifyPreservingTopology(double tolerance) const;
    // Closed line strings (first point == last, at least four points) become polygons, as a
    // CAD file's closed polylines are meant; anything else is returned unchanged.
    Geometry closedLinesAsPolygons() const;
    double distance(const Geometry& other) const;
    // Only the polygonal parts of a geometry (a make-valid result can be a collection).
    Geometry polygonalParts() const;

    bool intersects(const Geometry& other) const;
    bool covers(const Geometry& other) const;
    bool equalsExact(const Geometry& other, double tolerance) const;

private:
    void requireNotNull(const char* operation) const;
    GEOSGeometry* geometry_ = nullptr;
};

}  // namespace pearlzone::gis
