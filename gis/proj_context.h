#pragma once
// One PROJ context per thread. PJ objects belong to the context they were made in, so a
// transform made on one thread is used on that thread only; workers make their own.

#include <proj.h>

#include <string>

namespace pearlzone::gis {

class ProjContext {
public:
    static ProjContext& forThisThread();

    ProjContext(const ProjContext&) = delete;
    ProjContext& operator=(const ProjContext&) = delete;
    ~ProjContext();

    PJ_CONTEXT* get() const { return context_; }

    // PROJ's explanation of the context's last error ("" when none). PROJ offers no way to
    // clear a context's error, so read it straight after the call that failed.
    std::string lastError() const;

private:
    ProjContext();
    PJ_CONTEXT* context_ = nullptr;
};

}  // namespace pearlzone::gis
