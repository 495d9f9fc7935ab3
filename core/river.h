#pragma once
// The Pearl River's water polygons, for the map (EPSG:4547).

#include "gis/envelope.h"

#include <string>
#include <vector>

namespace pearlzone::core {

struct WaterBody {
    std::string id;
    std::string nameZh;
    std::string nameZhHant;
    std::string nameEn;
    bool mainChannel = false;
    std::vector<unsigned char> wkb;
    gis::Envelope envelope;
};

std::vector<WaterBody> loadRiver(const std::string& source);

}  // namespace pearlzone::core
