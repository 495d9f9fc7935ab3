#include "gis/chinese_web_crs.h"

#include <cmath>

namespace pearlzone::gis {

namespace {

constexpr double kPi = 3.14159265358979323846;
constexpr double kBaiduXPi = kPi * 3000.0 / 180.0;
// Krasovsky 1940 ellipsoid, on which the GCJ-02 offset is defined.
constexpr double kSemiMajor = 6378245.0;
constexpr double kEccentricitySquared = 0.00669342162296594323;
constexpr double kInverseTolerance = 1e-10;  // degrees, about 0.01 mm
constexpr int kMaxIterations = 50;

double offsetLat(double x, double y)
{
    double r = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * std::sqrt(std::fabs(x));
    r += (20.0 * std::sin(6.0 * x * kPi) + 20.0 * std::sin(2.0 * x * kPi)) * 2.0 / 3.0;
    r += (20.0 * std::sin(y * kPi) + 40.0 * std::sin(y / 3.0 * kPi)) * 2.0 / 3.0;
    r += (160.0 * std::sin(y / 12.0 * kPi) + 320.0 * std::sin(y * kPi / 30.0)) * 2.0 / 3.0;
    return r;
}

double offsetLon(double x, double y)
{
    double r = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * std::sqrt(std::fabs(x));
    r += (20.0 * std::sin(6.0 * x * kPi) + 20.0 * std::sin(2.0 * x * kPi)) * 2.0 / 3.0;
    r += (20.0 * std::sin(x * kPi) + 40.0 * std::sin(x / 3.0 * kPi)) * 2.0 / 3.0;
    r += (150.0 * std::sin(x / 12.0 * kPi) + 300.0 * std::sin(x / 30.0 * kPi)) * 2.0 / 3.0;
    return r;
}

// Solves forward(result) == target by fixed-point iteration; the offsets vary slowly, so
// this converges in a few steps.
template <typename Forward>
LonLat invert(LonLat target, Forward forward)
{
    LonLat guess = target;
    for (int i = 0; i < kMaxIterations; ++i) {
        const LonLat image = forward(guess);
        const double dLon = target.lon - image.lon;
        const double dLat = target.lat - image.lat;
        guess.lon += dLon;
        guess.lat += dLat;
        if (std::fabs(dLon) < kInverseTolerance && std::fabs(dLat) < kInverseTolerance)
            break;
    }
    return guess;
}

}  // namespace

bool isOutsideChina(LonLat p)
{
    return p.lon < 72.004 || p.lon > 137.8347 || p.lat < 0.8293 || p.lat > 55.8271;
}

LonLat wgs84ToGcj02(LonLat wgs)
{
    if (isOutsideChina(wgs))
        return wgs;
    double dLat = offsetLat(wgs.lon - 105.0, wgs.lat - 35.0);
    double dLon = offsetLon(wgs.lon - 105.0, wgs.lat - 35.0);
    const double radLat = wgs.lat / 180.0 * kPi;
    double magic = std::sin(radLat);
    magic = 1.0 - kEccentricitySquared * magic * magic;
    const double sqrtMagic = std::sqrt(magic);
    dLat = (dLat * 180.0) / ((kSemiMajor * (1.0 - kEccentricitySquared)) / (magic * sqrtMagic) * kPi);
    dLon = (dLon * 180.0) / (kSemiMajor / sqrtMagic * std::cos(radLat) * kPi);
    return {wgs.lon + dLon, wgs.lat + dLat};
}

LonLat gcj02ToWgs84(LonLat gcj)
{
    if (isOutsideChina(gcj))
        return gcj;
    return invert(gcj, wgs84ToGcj02);
}

LonLat gcj02ToBd09(LonLat gcj)
{
    const double x = gcj.lon;
    const double y = gcj.lat;
    const double z = std::sqrt(x * x + y * y) + 0.00002 * std::sin(y * kBaiduXPi);
    const double theta = std::atan2(y, x) + 0.000003 * std::cos(x * kBaiduXPi);
    return {z * std::cos(theta) + 0.0065, z * std::sin(theta) + 0.006};
}

LonLat bd09ToGcj02(LonLat bd)
{
    return invert(bd, gcj02ToBd09);
}

LonLat wgs84ToBd09(LonLat wgs)
{
    return gcj02ToBd09(wgs84ToGcj02(wgs));
}

LonLat bd09ToWgs84(LonLat bd)
{
    return gcj02ToWgs84(bd09ToGcj02(bd));
}

}  // namespace pearlzone::gis
