#pragma once
// One GEOS context per thread. GEOS reports errors through a callback; ours records the
// message in the thread's context so it can be thrown as gis::Error after the call returns
// (never from inside the C callback).

#include <geos_c.h>

#include <string>

namespace pearlzone::gis {

class GeosContext {
public:
    // The calling thread's context, created on first use and finished when the thread ends.
    static GeosContext& forThisThread();

    GeosContext(const GeosContext&) = delete;
    GeosContext& operator=(const GeosContext&) = delete;
    ~GeosContext();

    GEOSContextHandle_t handle() const { return handle_; }

    // Readers and writers made once per thread and reused (creating them per call is slow).
    GEOSWKTReader* wktReader();
    GEOSWKTWriter* wktWriter();
    GEOSWKBReader* wkbReader();
    GEOSWKBWriter* wkbWriter();

    // The last error GEOS reported on this thread, cleared by the call.
    std::string takeLastError();

    // Throws gis::Error "<what>: <GEOS message>".
    [[noreturn]] void fail(const std::string& what);

private:
    GeosContext();
    static void onError(const char* message, void* userdata);

    GEOSContextHandle_t handle_ = nullptr;
    GEOSWKTReader* wktReader_ = nullptr;
    GEOSWKTWriter* wktWriter_ = nullptr;
    GEOSWKBReader* wkbReader_ = nullptr;
    GEOSWKBWriter* wkbWriter_ = nullptr;
    std::string lastError_;
};

// Shorthand for the calling thread's GEOS handle.
inline GEOSContextHandle_t geosHandle() { return GeosContext::forThisThread().handle(); }

}  // namespace pearlzone::gis
