#include "gis/geos_context.h"

#include "gis/error.h"

#include <cstdio>

namespace pearlzone::gis {

GeosContext& GeosContext::forThisThread()
{
    thread_local GeosContext context;
    return context;
}

GeosContext::GeosContext() : handle_(GEOS_init_r())
{
    if (!handle_)
        throw Error("GEOS could not create a context");
    GEOSContext_setErrorMessageHandler_r(handle_, &GeosContext::onError, this);
}

GeosContext::~GeosContext()
{
    if (wktReader_)
        GEOSWKTReader_destroy_r(handle_, wktReader_);
    if (wktWriter_)
        GEOSWKTWriter_destroy_r(handle_, wktWriter_);
    if (wkbReader_)
        GEOSWKBReader_destroy_r(handle_, wkbReader_);
    if (wkbWriter_)
        GEOSWKBWriter_destroy_r(handle_, wkbWriter_);
    GEOS_finish_r(handle_);
}

void GeosContext::onError(const char* message, void* userdata)
{
    auto* self = static_cast<GeosContext*>(userdata);
    self->lastError_ = message ? message : "unknown GEOS error";
    if (libraryMessagesShown())
        std::fprintf(stderr, "GEOS: %s\n", self->lastError_.c_str());
}

GEOSWKTReader* GeosContext::wktReader()
{
    if (!wktReader_)
        wktReader_ = GEOSWKTReader_create_r(handle_);
    return wktReader_;
}

GEOSWKTWriter* GeosContext::wktWriter()
{
    if (!wktWriter_) {
        wktWriter_ = GEOSWKTWriter_create_r(handle_);
        GEOSWKTWriter_setTrim_r(handle_, wktWriter_, 1);
    }
    return wktWriter_;
}

GEOSWKBReader* GeosContext::wkbReader()
{
    if (!wkbReader_)
        wkbReader_ = GEOSWKBReader_create_r(handle_);
    return wkbReader_;
}

GEOSWKBWriter* GeosContext::wkbWriter()
{
    if (!wkbWriter_) {
        wkbWriter_ = GEOSWKBWriter_create_r(handle_);
        GEOSWKBWriter_setOutputDimension_r(handle_, wkbWriter_, 2);
    }
    return wkbWriter_;
}

std::string GeosContext::takeLastError()
{
    std::string message;
    message.swap(lastError_);
    return message;
}

void GeosContext::fail(const std::string& what)
{
    const std::string detail = takeLastError();
    const std::string reason = plainLibraryText(detail);
    throw Error(reason.empty() ? what : what + ": " + reason, reason, detail);
}

}  // namespace pearlzone::gis
