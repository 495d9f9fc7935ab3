#pragma once
// A WMTS service opened through GDAL's WMTS driver, which reads the tile matrices, formats and
// tile URLs from the service's capabilities document. The driver fetches that document on every
// open, so a service could not be drawn offline even with its tiles cached; here the document is
// fetched with GDAL's HTTP client and a copy kept beside the tile cache, which the driver then
// reads when the server cannot be reached.

#include "gis/gdal_handles.h"

#include <memory>
#include <string>

namespace pearlzone::gis {

struct WmtsOpenOptions {
    std::string cacheDirectory;  // tiles and the capabilities copy; "" keeps neither
    int timeoutSeconds = 8;
    bool offline = false;        // no request at all: the kept copy and cached tiles only
    std::string layer;           // "" for a service with one layer
};

struct WmtsOpening {
    std::unique_ptr<void, DatasetCloser> dataset;  // null when the service could not be opened
    std::string reason;                            // why not, in the library's words
};

// The service's layer as a raster (in its tile matrix set's CRS, one overview per tile matrix).
WmtsOpening openWmtsService(const std::string& capabilitiesUrl, const WmtsOpenOptions& options);

}  // namespace pearlzone::gis
