#include "gis/proj_context.h"

#include "gis/error.h"

namespace pearlzone::gis {

ProjContext& ProjContext::forThisThread()
{
    thread_local ProjContext context;
    return context;
}

ProjContext::ProjContext() : context_(proj_context_create())
{
    if (!context_)
        throw Error("PROJ could not create a context");
    // Everything we need is in the local proj.db; never reach for the network.
    proj_context_set_enable_network(context_, 0);
    proj_log_level(context_, PJ_LOG_NONE);
}

ProjContext::~ProjContext()
{
    proj_context_destroy(context_);
}

std::string ProjContext::lastError() const
{
    const int code = proj_context_errno(context_);
    if (code == 0)
        return {};
    const char* text = proj_context_errno_string(context_, code);
    return text ? text : "unknown PROJ error";
}

}  // namespace pearlzone::gis
