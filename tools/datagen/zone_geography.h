#pragma once
// The pilot zone's geography as control points (WGS84 lon/lat, which CGCS2000 matches to
// centimetres here), taken from shared/reference/zone-geography.md. Channels are centre
// lines with widths; zone pieces are outlines along the named roads that run out into the
// water, cut by the channels, and the piece is the part of that cut holding its seed point.

#include <string>
#include <vector>

namespace pearlzone::datagen {

struct LonLatWidth {
    double lon;
    double lat;
    double width;  // metres; unused for outlines
};

struct ChannelSpec {
    std::string id;
    std::string nameZh;
    std::string nameZhHant;
    std::string nameEn;
    bool mainChannel = false;
    std::vector<LonLatWidth> centre;
    std::string source;
};

struct PieceSpec {
    std::string zoneId;
    std::string subareaId;
    std::string pieceZh;
    std::string pieceEn;
    std::vector<LonLatWidth> outline;
    double seedLon = 0.0;
    double seedLat = 0.0;
    std::string source;
};

struct ZoneNames {
    std::string zoneId;
    std::string nameZh;
    std::string nameZhHant;
    std::string nameEn;
    std::string bank;
};

struct SubareaNames {
    std::string subareaId;
    std::string nameZh;
    std::string nameZhHant;
    std::string nameEn;
};

std::vector<ChannelSpec> channels();
std::vector<PieceSpec> pieces();
std::vector<ZoneNames> zoneNames();
std::vector<SubareaNames> subareaNames();

}  // namespace pearlzone::datagen
