#pragma once
// CrsTransform: a coordinate transform between two CRSs, built from any CRS text PROJ accepts
// (an "EPSG:4547" code, WKT, PROJJSON, a PROJ string) or "GCJ02" / "BD09" for the Chinese
// web-map systems. Axis order is always normalised to x = longitude/easting,
// y = latitude/northing, whatever the CRS's official order.
// Made in, and used by, one thread: its PROJ object belongs to that thread's context.

#include "gis/chinese_web_crs.h"

#include <proj.h>

#include <cstddef>
#include <memory>
#include <string>

namespace pearlzone::gis {

class CrsTransform {
public:
    static CrsTransform create(const std::string& sourceCrs, const std::string& targetCrs);

    CrsTransform(CrsTransform&&) noexcept = default;
    CrsTransform& operator=(CrsTransform&&) noexcept = default;
    ~CrsTransform() = default;

    // Transforms count points in place. Points PROJ cannot transform become +infinity;
    // returns how many did.
    std::size_t transform(double* x, double* y, std::size_t count) const;
    LonLat transform(double x, double y) const;

    const std::string& sourceCrs() const { return sourceCrs_; }
    const std::string& targetCrs() const { return targetCrs_; }

private:
    enum class WebCrs { None, Gcj02, Bd09 };
    struct PjDeleter {
        void operator()(PJ* pj) const { proj_destroy(pj); }
    };

    CrsTransform() = default;
    static WebCrs webCrsOf(const std::string& text);

    std::string sourceCrs_;
    std::string targetCrs_;
    WebCrs sourceWeb_ = WebCrs::None;
    WebCrs targetWeb_ = WebCrs::None;
    std::unique_ptr<PJ, PjDeleter> pj_;
};

// True when text names a CRS that CrsTransform accepts; otherwise message says why not.
bool isKnownCrs(const std::string& text, std::string* message = nullptr);

}  // namespace pearlzone::gis
