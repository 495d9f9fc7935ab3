#include "tools/datagen/channel_builder.h"

#include <cmath>

namespace pearlzone::datagen {

namespace {

struct Vec {
    double x;
    double y;
};

Vec lerp(Vec a, Vec b, double t) { return {a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t}; }
double distance(Vec a, Vec b) { return std::hypot(b.x - a.x, b.y - a.y); }

// Centripetal Catmull-Rom (Barry-Goldman form) between p1 and p2 at parameter u in [0, 1].
Vec catmullRom(Vec p0, Vec p1, Vec p2, Vec p3, double u)
{
    const double t0 = 0.0;
    const double t1 = t0 + std::sqrt(std::max(distance(p0, p1), 1e-6));
    const double t2 = t1 + std::sqrt(std::max(distance(p1, p2), 1e-6));
    const double t3 = t2 + std::sqrt(std::max(distance(p2, p3), 1e-6));
    const double t = t1 + (t2 - t1) * u;
    const Vec a1 = lerp(p0, p1, (t - t0) / (t1 - t0));
    const Vec a2 = lerp(p1, p2, (t - t1) / (t2 - t1));
    const Vec a3 = lerp(p2, p3, (t - t2) / (t3 - t2));
    const Vec b1 = lerp(a1, a2, (t - t0) / (t2 - t0));
    const Vec b2 = lerp(a2, a3, (t - t1) / (t3 - t1));
    return lerp(b1, b2, (t - t1) / (t2 - t1));
}

}  // namespace

std::vector<CentrePoint> splineThrough(const std::vector<CentrePoint>& points, double spacing)
{
    std::vector<CentrePoint> out;
    const std::size_t n = points.size();
    if (n < 2)
        return points;
    auto at = [&](long i) {
        const long clamped = std::max(0L, std::min(static_cast<long>(n) - 1, i));
        return Vec{points[static_cast<std::size_t>(clamped)].x, points[static_cast<std::size_t>(clamped)].y};
    };
    for (std::size_t i = 0; i + 1 < n; ++i) {
        const long k = static_cast<long>(i);
        const Vec p1 = at(k);
        const Vec p2 = at(k + 1);
        // Mirror the ends so that the spline leaves the first and last points straight.
        const Vec p0 = i == 0 ? Vec{2 * p1.x - p2.x, 2 * p1.y - p2.y} : at(k - 1);
        const Vec p3 = i + 2 >= n ? Vec{2 * p2.x - p1.x, 2 * p2.y - p1.y} : at(k + 2);
        const int steps = std::max(1, static_cast<int>(std::ceil(distance(p1, p2) / spacing)));
        for (int s = 0; s < steps; ++s) {
            const double u = static_cast<double>(s) / steps;
            const Vec p = catmullRom(p0, p1, p2, p3, u);
            out.push_back({p.x, p.y, points[i].width + (points[i + 1].width - points[i].width) * u});
        }
    }
    out.push_back(points.back());
    return out;
}

gis::Geometry channelPolygon(const std::vector<CentrePoint>& points, double spacing, double phase)
{
    const std::vector<CentrePoint> line = splineThrough(points, spacing);
    std::vector<gis::Geometry> capsules;
    double along = 0.0;
    for (std::size_t i = 0; i + 1 < line.size(); ++i) {
        const auto& a = line[i];
        const auto& b = line[i + 1];
        along += std::hypot(b.x - a.x, b.y - a.y);
        // Bank irregularity: a few percent of the width, over several hundred metres.
        const double wobble = 1.0 + 0.07 * std::sin(along / 420.0 + phase) + 0.04 * std::sin(along / 155.0 + 2.3 * phase) +
                              0.015 * std::sin(along / 47.0 + 3.1 * phase);
        const double radius = 0.5 * (a.width + b.width) * 0.5 * wobble;
        const gis::Geometry segment = gis::Geometry::fromWkt(
            "LINESTRING (" + std::to_string(a.x) + " " + std::to_string(a.y) + ", " + std::to_string(b.x) + " " +
            std::to_string(b.y) + ")");
        capsules.push_back(segment.buffer(radius, 6));
    }
    return gis::Geometry::collect(std::move(capsules)).unaryUnion().simplifyPreservingTopology(0.6);
}

}  // namespace pearlzone::datagen
