// Two threads transforming and intersecting at once, each through its own contexts.
#include "gis/crs_transform.h"
#include "gis/geometry.h"
#include "gis/geometry_transform.h"
#include "gis/geos_context.h"
#include "gis/prepared_geometry.h"
#include "gis/proj_context.h"

#include "pearlzone_catch.h"

#include <atomic>
#include <cmath>
#include <future>
#include <string>
#include <thread>
#include <vector>

using namespace pearlzone::gis;

namespace {

struct ThreadResult {
    GEOSContextHandle_t geos = nullptr;
    PJ_CONTEXT* proj = nullptr;
    int wrongAnswers = 0;
    int errors = 0;
};

// Each round reprojects a 100 m square near the Canton Fair into EPSG:4547 and checks its
// area against an untransformed 100 x 100 m square intersected with a half-plane.
void work(ThreadResult& result, double offset)
{
    result.geos = GeosContext::forThisThread().handle();
    result.proj = ProjContext::forThisThread().get();
    try {
        const auto toMetres = CrsTransform::create("EPSG:4326", "EPSG:4547");
        const auto toDegrees = CrsTransform::create("EPSG:4547", "EPSG:4326");
        PreparedGeometry half(Geometry::rectangle({0, 0, 50 + offset, 100}));
        for (int round = 0; round < 300; ++round) {
            const auto corner = toMetres.transform(113.36 + round * 1e-5, 23.10);
            const Geometry square = Geometry::rectangle({corner.lon, corner.lat, corner.lon + 100, corner.lat + 100});
            const Geometry back = transformGeometry(
                transformGeometry(square, toDegrees), toMetres);
            if (std::fabs(back.area() - 10000.0) > 1e-3)
                ++result.wrongAnswers;
            const Geometry local = Geometry::rectangle({0, 0, 100, 100});
            if (!half.intersects(local) || std::fabs(local.intersection(half.geometry()).area() - (50 + offset) * 100) > 1e-9)
                ++result.wrongAnswers;
        }
    } catch (...) {
        ++result.errors;
    }
}

}  // namespace

TEST_CASE("two threads use transforms and geometries at once", "[gis][threads]")
{
    ThreadResult first;
    ThreadResult second;
    std::thread a(work, std::ref(first), 0.0);
    std::thread b(work, std::ref(second), 10.0);
    a.join();
    b.join();
    CHECK(first.errors == 0);
    CHECK(second.errors == 0);
    CHECK(first.wrongAnswers == 0);
    CHECK(second.wrongAnswers == 0);
    // Each thread had its own contexts, and neither is this thread's.
    CHECK(first.geos != second.geos);
    CHECK(first.proj != second.proj);
    CHECK(first.geos != GeosContext::forThisThread().handle());
    CHECK(first.proj != ProjContext::forThisThread().get());
}

TEST_CASE("a GEOS error on one thread is not seen on another", "[gis][threads]")
{
    // The other thread makes GEOS report an error and leaves it unread in its context while
    // this thread looks at its own context and parses good WKT; only then does the other
    // thread read its error. With one shared context this thread would see "ParseException".
    std::promise<void> errorRaised;
    std::promise<void> looked;
    std::string otherThreadError;
    bool refused = false;  // Catch2 assertions are made on this thread only
    std::thread t([&] {
        refused = GEOSGeomFromWKT_r(GeosContext::forThisThread().handle(), "POINT (1") == nullptr;
        errorRaised.set_value();
        looked.get_future().wait();
        otherThreadError = GeosContext::forThisThread().takeLastError();
    });
    errorRaised.get_future().wait();
    const std::string seenHere = GeosContext::forThisThread().takeLastError();
    const Geometry good = Geometry::fromWkt("POINT (1 2)");
    looked.set_value();
    t.join();
    CHECK(refused);
    CHECK(seenHere.empty());
    CHECK(good.type() == GeometryType::Point);
    CHECK(otherThreadError.find("ParseException") != std::string::npos);
    CHECK(GeosContext::forThisThread().takeLastError().empty());
}

TEST_CASE("reprojecting a geometry keeps its shape and matches point transforms", "[gis][proj][geometry]")
{
    const auto transform = CrsTransform::create("EPSG:4326", "EPSG:4547");
    const Geometry triangle = Geometry::fromWkt("POLYGON ((113.3 23.1, 113.31 23.1, 113.3 23.11, 113.3 23.1))");
    const Geometry projected = transformGeometry(triangle, transform);
    const auto origin = transform.transform(113.3, 23.1);
    const auto box = projected.envelope();
    CHECK(box.minX == Approx(origin.lon).margin(1e-6));
    CHECK(box.minY == Approx(origin.lat).margin(1e-6));
    // About 1023 m by 1107 m legs at this latitude, so roughly 0.566 km^2.
    CHECK(projected.area() == Approx(0.5 * box.width() * box.height()).epsilon(0.01));
    CHECK(projected.type() == GeometryType::Polygon);
}
