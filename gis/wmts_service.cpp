#include "gis/wmts_service.h"

#include "gis/basemap_spec.h"
#include "gis/utf8_path.h"

#include <cpl_error.h>
#include <cpl_http.h>
#include <cpl_string.h>
#include <cpl_vsi.h>

#include <atomic>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <system_error>

namespace pearlzone::gis {

namespace {

std::string xmlEscaped(const std::string& text)
{
    const CplString escaped(CPLEscapeString(text.c_str(), -1, CPLES_XML));
    return escaped.get();
}

// A stable file name for a URL (FNV-1a): the same service finds its copy on the next run.
std::string nameFor(const std::string& url)
{
    std::uint64_t hash = 1469598103934665603ull;
    for (const unsigned char c : url) {
        hash ^= c;
        hash *= 1099511628211ull;
    }
    char text[17];
    std::snprintf(text, sizeof text, "%016llx", static_cast<unsigned long long>(hash));
    return text;
}

std::filesystem::path keptCopyOf(const std::string& url, const std::string& cacheDirectory)
{
    return pathFromUtf8(cacheDirectory) / "wmts-capabilities" / (nameFor(url) + ".xml");
}

// The capabilities document from the server, or "" with reason set.
std::string fetchCapabilities(const std::string& url, int timeoutSeconds, std::string& reason)
{
    const std::string timeout = "TIMEOUT=" + std::to_string(timeoutSeconds);
    const std::string agent = std::string("USERAGENT=") + kBasemapUserAgent;
    const char* options[] = {timeout.c_str(), agent.c_str(), nullptr};
    CPLHTTPResult* result = CPLHTTPFetch(url.c_str(), const_cast<char**>(options));
    std::string document;
    if (result && result->nStatus == 0 && !result->pszErrBuf && result->nDataLen > 0)
        document.assign(reinterpret_cast<const char*>(result->pabyData), static_cast<std::size_t>(result->nDataLen));
    else
        reason = result && result->pszErrBuf ? result->pszErrBuf : "no answer from the server";
    CPLHTTPDestroyResult(result);
    return document;
}

// Keeps the document under the cache folder, replacing an older copy whole or not at all.
void keep(const std::string& document, const std::filesystem::path& copy)
{
    std::error_code error;
    std::filesystem::create_directories(copy.parent_path(), error);
    std::filesystem::path partial = copy;
    partial += ".partial";
    {
        std::ofstream out(partial, std::ios::binary | std::ios::trunc);
        out.write(document.data(), static_cast<std::streamsize>(document.size()));
        if (!out.good())
            return;
    }
    std::filesystem::rename(partial, copy, error);
}

std::string serviceXml(const std::string& capabilities, const WmtsOpenOptions& options)
{
    std::string xml = "<GDAL_WMTS><GetCapabilitiesUrl>" + xmlEscaped(capabilities) + "</GetCapabilitiesUrl>";
    if (!options.layer.empty())
        xml += "<Layer>" + xmlEscaped(options.layer) + "</Layer>";
    if (!options.cacheDirectory.empty())
        xml += "<Cache><Path>" + xmlEscaped(options.cacheDirectory) + "</Path></Cache>";
    xml += "<Timeout>" + std::to_string(options.timeoutSeconds) + "</Timeout>";
    xml += std::string("<UserAgent>") + kBasemapUserAgent + "</UserAgent>";
    if (options.offline)
        xml += "<OfflineMode>true</OfflineMode>";
    return xml + "</GDAL_WMTS>";
}

}  // namespace

WmtsOpening openWmtsService(const std::string& capabilitiesUrl, const WmtsOpenOptions& options)
{
    WmtsOpening opening;
    std::string document = options.offline ? std::string() : fetchCapabilities(capabilitiesUrl, options.timeoutSeconds, opening.reason);
    std::string localPath;
    bool inMemory = false;
    if (!options.cacheDirectory.empty()) {
        const std::filesystem::path copy = keptCopyOf(capabilitiesUrl, options.cacheDirectory);
        if (!document.empty())
            keep(document, copy);
        std::error_code error;
        if (std::filesystem::is_regular_file(copy, error))
            localPath = pathToUtf8(copy);
    }
    if (localPath.empty() && !document.empty()) {
        // No cache folder: the document lives in GDAL's memory files while the driver reads it.
        static std::atomic<unsigned> counter{0};
        localPath = "/vsimem/pearlzone-wmts-" + nameFor(capabilitiesUrl) + "-" + std::to_string(++counter) + ".xml";
        VSIFCloseL(VSIFileFromMemBuffer(localPath.c_str(), reinterpret_cast<GByte*>(document.data()),
                                        static_cast<vsi_l_offset>(document.size()), FALSE));
        inMemory = true;
    }
    if (localPath.empty()) {
        if (opening.reason.empty())
            opening.reason = "the service's capabilities were never fetched";
        return opening;
    }
    CPLErrorReset();
    const char* const drivers[] = {"WMTS", nullptr};
    opening.dataset.reset(
        GDALOpenEx(serviceXml(localPath, options).c_str(), GDAL_OF_RASTER | GDAL_OF_READONLY, drivers, nullptr, nullptr));
    if (!opening.dataset)
        opening.reason = lastGdalError("not a WMTS service GDAL can read");
    if (inMemory)
        VSIUnlink(localPath.c_str());
    return opening;
}

}  // namespace pearlzone::gis
