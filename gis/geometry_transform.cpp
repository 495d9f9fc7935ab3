#include "gis/geometry_transform.h"

#include "gis/error.h"
#include "gis/geos_context.h"

#include <vector>

namespace pearlzone::gis {

namespace {

struct CoordinateBuffer {
    std::vector<double> x;
    std::vector<double> y;
    std::size_t next = 0;
};

// GEOS visits coordinates in the same order on every call, so one pass gathers them and a
// second replays the transformed values.
int gather(double* x, double* y, void* userdata)
{
    auto* buffer = static_cast<CoordinateBuffer*>(userdata);
    buffer->x.push_back(*x);
    buffer->y.push_back(*y);
    return 1;
}

int replay(double* x, double* y, void* userdata)
{
    auto* buffer = static_cast<CoordinateBuffer*>(userdata);
    if (buffer->next >= buffer->x.size())
        return 0;
    *x = buffer->x[buffer->next];
    *y = buffer->y[buffer->next];
    ++buffer->next;
    return 1;
}

}  // namespace

Geometry transformGeometry(const Geometry& geometry, const CrsTransform& transform)
{
    if (geometry.isNull())
        throw Error("cannot transform a missing geometry");
    auto& ctx = GeosContext::forThisThread();
    thread_local CoordinateBuffer buffer;
    buffer.x.clear();
    buffer.y.clear();
    buffer.next = 0;

    GEOSGeometry* gathered = GEOSGeom_transformXY_r(ctx.handle(), geometry.get(), gather, &buffer);
    if (!gathered)
        ctx.fail("cannot read the geometry's coordinates");
    GEOSGeom_destroy_r(ctx.handle(), gathered);

    if (transform.transform(buffer.x.data(), buffer.y.data(), buffer.x.size()) != 0)
        throw Error("coordinates cannot be transformed from " + transform.sourceCrs() + " to " +
                    transform.targetCrs());
    GEOSGeometry* result = GEOSGeom_transformXY_r(ctx.handle(), geometry.get(), replay, &buffer);
    if (!result)
        ctx.fail("cannot write the transformed coordinates");
    return Geometry(result);
}

}  // namespace pearlzone::gis
