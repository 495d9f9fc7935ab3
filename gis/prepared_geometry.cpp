#include "gis/prepared_geometry.h"

#include "gis/error.h"
#include "gis/geos_context.h"

namespace pearlzone::gis {

namespace {

bool checkedPredicate(char result, const char* operation)
{
    if (result == 2)
        GeosContext::forThisThread().fail(operation);
    return result == 1;
}

}  // namespace

PreparedGeometry::PreparedGeometry(Geometry base) : base_(std::move(base))
{
    if (base_.isNull())
        throw Error("cannot prepare a missing geometry");
    envelope_ = base_.envelope();
    prepared_ = GEOSPrepare_r(geosHandle(), base_.get());
    if (!prepared_)
        GeosContext::forThisThread().fail("cannot prepare the geometry");
}

PreparedGeometry::PreparedGeometry(PreparedGeometry&& other) noexcept
    : base_(std::move(other.base_)), envelope_(other.envelope_), prepared_(other.prepared_)
{
    other.prepared_ = nullptr;
}

PreparedGeometry& PreparedGeometry::operator=(PreparedGeometry&& other) noexcept
{
    if (this != &other) {
        destroyPrepared();
        base_ = std::move(other.base_);
        envelope_ = other.envelope_;
        prepared_ = other.prepared_;
        other.prepared_ = nullptr;
    }
    return *this;
}

PreparedGeometry::~PreparedGeometry()
{
    destroyPrepared();
}

void PreparedGeometry::destroyPrepared() noexcept
{
    if (prepared_)
        GEOSPreparedGeom_destroy_r(geosHandle(), prepared_);
    prepared_ = nullptr;
}

bool PreparedGeometry::covers(const Geometry& other) const
{
    if (other.isNull())
        throw Error("covers: no geometry");
    return checkedPredicate(GEOSPreparedCovers_r(geosHandle(), prepared_, other.get()), "covers failed");
}

bool PreparedGeometry::intersects(const Geometry& other) const
{
    if (other.isNull())
        throw Error("intersects: no geometry");
    return checkedPredicate(GEOSPreparedIntersects_r(geosHandle(), prepared_, other.get()),
                            "intersects failed");
}

bool PreparedGeometry::containsProperly(const Geometry& other) const
{
    if (other.isNull())
        throw Error("containsProperly: no geometry");
    return checkedPredicate(GEOSPreparedContainsProperly_r(geosHandle(), prepared_, other.get()),
                            "containsProperly failed");
}

}  // namespace pearlzone::gis

namespace pearlzone::gis {

double PreparedGeometry::distance(const Geometry& other) const
{
    if (other.isNull())
        throw Error("distance: no geometry");
    double value = 0.0;
    if (!GEOSPreparedDistance_r(geosHandle(), prepared_, other.get(), &value))
        GeosContext::forThisThread().fail("distance failed");
    return value;
}

}  // namespace pearlzone::gis
