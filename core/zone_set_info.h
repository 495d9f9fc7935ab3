#pragma once
// ZoneSetInfo: where a zones layer comes from, read from its sidecar `<zones file>.zoneset.json`
// (name, version, date, source_document, issuer, note), so that every report can say which
// boundaries its verdicts were made against.

#include <string>
#include <utility>
#include <vector>

namespace pearlzone::core {

struct ZoneSetInfo {
    std::string name;            // the file's name when there is no sidecar
    std::string version;
    std::string date;
    std::string sourceDocument;
    std::string issuer;
    std::string note;
    std::string sidecar;         // the sidecar's path, "" when there is none

    // "name version" (or the name alone): how reports name the zone set.
    std::string label() const;
};

// The sidecar's path for a zones source ("" for database connections).
std::string zoneSetSidecarPath(const std::string& zonesSource);

// Reads the sidecar of a zones source; without one, the name is the source's file name.
// Throws gis::Error naming the sidecar when it is not a JSON object of strings.
ZoneSetInfo loadZoneSetInfo(const std::string& zonesSource);

// Metadata items naming the zone set, for GeoPackage outputs: PEARLZONE_ZONE_SET<suffix> (the
// label), PEARLZONE_ZONE_SET_DATE, _SOURCE_DOCUMENT, _ISSUER and PEARLZONE_ZONES (the source),
// each with the suffix (e.g. "_FROM").
std::vector<std::pair<std::string, std::string>> zoneSetMetadata(const ZoneSetInfo& info, const std::string& zonesSource,
                                                                 const std::string& suffix = {});

// Writes info as the sidecar of zonesSource (to a temporary file renamed into place).
// Throws OutputError when it cannot be written.
void saveZoneSetInfo(const ZoneSetInfo& info, const std::string& zonesSource);

}  // namespace pearlzone::core
