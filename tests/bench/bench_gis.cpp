// Micro-benchmarks of the gis/ wrappers on pilot-zone-sized shapes: the costs the batch
// check pays per parcel. Run with `make bench`.
#include "gis/crs_transform.h"
#include "gis/geometry.h"
#include "gis/geometry_transform.h"
#include "gis/prepared_geometry.h"

#include <benchmark/benchmark.h>

#include <cmath>

using namespace pearlzone::gis;

namespace {

constexpr double kPi = 3.14159265358979323846;  // M_PI is not standard (MSVC lacks it)

// A wavy zone outline of n vertices around (435000, 2556000), about 4 km across.
Geometry wavyZone(int n)
{
    std::vector<double> xy;
    for (int i = 0; i < n; ++i) {
        const double a = 2 * kPi * i / n;
        const double r = 2000 + 150 * std::sin(7 * a) + 60 * std::sin(31 * a);
        xy.push_back(435000 + r * std::cos(a));
        xy.push_back(2556000 + r * std::sin(a));
    }
    return Geometry::polygon(xy);
}

void BM_WkbParse(benchmark::State& state)
{
    const auto wkb = Geometry::rectangle({0, 0, 100, 80}).toWkb();
    for (auto _ : state)
        benchmark::DoNotOptimize(Geometry::fromWkb(wkb));
}
BENCHMARK(BM_WkbParse);

void BM_PreparedCovers(benchmark::State& state)
{
    const PreparedGeometry zone(wavyZone(static_cast<int>(state.range(0))));
    const Geometry parcel = Geometry::rectangle({435000, 2556000, 435080, 2556060});
    for (auto _ : state)
        benchmark::DoNotOptimize(zone.covers(parcel));
}
BENCHMARK(BM_PreparedCovers)->Arg(1000)->Arg(10000);

void BM_IntersectionArea(benchmark::State& state)
{
    const Geometry zone = wavyZone(static_cast<int>(state.range(0)));
    const auto box = zone.envelope();
    const Geometry parcel = Geometry::rectangle({box.maxX - 150, 2556000, box.maxX + 50, 2556100});
    for (auto _ : state)
        benchmark::DoNotOptimize(zone.intersection(parcel).area());
}
BENCHMARK(BM_IntersectionArea)->Arg(1000)->Arg(10000);

void BM_TransformParcel(benchmark::State& state)
{
    const auto transform = CrsTransform::create("EPSG:4326", "EPSG:4547");
    const Geometry parcel = Geometry::fromWkt(
        "POLYGON ((113.36 23.10, 113.361 23.10, 113.3612 23.1005, 113.361 23.101, 113.36 23.101, 113.36 23.10))");
    for (auto _ : state)
        benchmark::DoNotOptimize(transformGeometry(parcel, transform));
}
BENCHMARK(BM_TransformParcel);

void BM_TransformArray(benchmark::State& state)
{
    const auto transform = CrsTransform::create("EPSG:4326", "EPSG:4547");
    std::vector<double> x(10000);
    std::vector<double> y(10000);
    for (auto _ : state) {
        state.PauseTiming();
        for (std::size_t i = 0; i < x.size(); ++i) {
            x[i] = 113.3 + i * 1e-5;
            y[i] = 23.1;
        }
        state.ResumeTiming();
        transform.transform(x.data(), y.data(), x.size());
    }
    state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(x.size()));
}
BENCHMARK(BM_TransformArray);

}  // namespace

BENCHMARK_MAIN();
