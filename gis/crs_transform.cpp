#include "gis/crs_transform.h"

#include "gis/error.h"
#include "gis/proj_context.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <limits>

namespace pearlzone::gis {

namespace {

constexpr const char* kWgs84 = "EPSG:4326";

std::string upperNoSpace(const std::string& text)
{
    std::string out;
    for (char c : text) {
        if (!std::isspace(static_cast<unsigned char>(c)) && c != '-' && c != '_')
            out.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(c))));
    }
    return out;
}

struct PjOwner {
    PJ* pj = nullptr;
    ~PjOwner() { proj_destroy(pj); }
};

// Creates a CRS object from text, or throws with PROJ's reason.
void createCrs(PjOwner& owner, const std::string& text)
{
    auto& ctx = ProjContext::forThisThread();
    owner.pj = proj_create(ctx.get(), text.c_str());
    if (!owner.pj) {
        std::string reason = ctx.lastError();
        throw Error("unknown coordinate reference system '" + text + "'" +
                    (reason.empty() ? std::string() : ": " + reason));
    }
    if (!proj_is_crs(owner.pj))
        throw Error("'" + text + "' is not a coordinate reference system");
}

}  // namespace

CrsTransform::WebCrs CrsTransform::webCrsOf(const std::string& text)
{
    const std::string key = upperNoSpace(text);
    if (key == "GCJ02")
        return WebCrs::Gcj02;
    if (key == "BD09" || key == "BD09LL")
        return WebCrs::Bd09;
    return WebCrs::None;
}

CrsTransform CrsTransform::create(const std::string& sourceCrs, const std::string& targetCrs)
{
    CrsTransform result;
    result.sourceCrs_ = sourceCrs;
    result.targetCrs_ = targetCrs;
    result.sourceWeb_ = webCrsOf(sourceCrs);
    result.targetWeb_ = webCrsOf(targetCrs);
    // The web systems are offsets from WGS84 longitude/latitude: PROJ handles the rest.
    const std::string projSource = result.sourceWeb_ == WebCrs::None ? sourceCrs : kWgs84;
    const std::string projTarget = result.targetWeb_ == WebCrs::None ? targetCrs : kWgs84;

    auto& ctx = ProjContext::forThisThread();
    PjOwner source;
    PjOwner target;
    createCrs(source, projSource);
    createCrs(target, projTarget);
    PjOwner raw;
    raw.pj = proj_create_crs_to_crs_from_pj(ctx.get(), source.pj, target.pj, nullptr, nullptr);
    if (!raw.pj)
        throw Error("no transformation from '" + sourceCrs + "' to '" + targetCrs + "': " + ctx.lastError());
    PJ* normalised = proj_normalize_for_visualization(ctx.get(), raw.pj);
    if (!normalised)
        throw Error("cannot normalise the axis order of '" + sourceCrs + "' to '" + targetCrs +
                    "': " + ctx.lastError());
    result.pj_.reset(normalised);
    return result;
}

std::size_t CrsTransform::transform(double* x, double* y, std::size_t count) const
{
    auto toWgs84 = [this](double& lon, double& lat) {
        const LonLat p = sourceWeb_ == WebCrs::Gcj02 ? gcj02ToWgs84({lon, lat}) : bd09ToWgs84({lon, lat});
        lon = p.lon;
        lat = p.lat;
    };
    if (sourceWeb_ != WebCrs::None) {
        for (std::size_t i = 0; i < count; ++i)
            toWgs84(x[i], y[i]);
    }
    proj_errno_reset(pj_.get());
    proj_trans_generic(pj_.get(), PJ_FWD, x, sizeof(double), count, y, sizeof(double), count, nullptr, 0, 0,
                       nullptr, 0, 0);
    std::size_t failed = 0;
    for (std::size_t i = 0; i < count; ++i) {
        if (!std::isfinite(x[i]) || !std::isfinite(y[i])) {
            x[i] = y[i] = std::numeric_limits<double>::infinity();
            ++failed;
        } else if (targetWeb_ != WebCrs::None) {
            const LonLat p = targetWeb_ == WebCrs::Gcj02 ? wgs84ToGcj02({x[i], y[i]}) : wgs84ToBd09({x[i], y[i]});
            x[i] = p.lon;
            y[i] = p.lat;
        }
    }
    return failed;
}

LonLat CrsTransform::transform(double x, double y) const
{
    transform(&x, &y, 1);
    return {x, y};
}

bool isKnownCrs(const std::string& text, std::string* message)
{
    try {
        CrsTransform::create(text, kWgs84);
        return true;
    } catch (const Error& error) {
        if (message)
            *message = error.what();
        return false;
    }
}

}  // namespace pearlzone::gis
