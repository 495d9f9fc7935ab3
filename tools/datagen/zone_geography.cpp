#include "tools/datagen/zone_geography.h"

namespace pearlzone::datagen {

namespace {

const char* const kRiverFacts = "zone-geography.md centre lines (WGS84, ±150 m); widths estimated";

// Front channel centre line from 白鹅潭 to the Tianhe/Huangpu/Haizhu meeting point, then
// north of 长洲岛 [est ±250 m], extended east past 横沙.
const std::vector<LonLatWidth> kFrontChannel = {
    {113.2368, 23.1060, 380}, {113.2589, 23.1142, 360}, {113.2683, 23.1164, 340}, {113.2818, 23.1122, 330},
    {113.2936, 23.1085, 330}, {113.3057, 23.1087, 330}, {113.3177, 23.1118, 320}, {113.3250, 23.1120, 320},
    {113.3332, 23.1122, 320}, {113.3423, 23.1104, 320}, {113.3503, 23.1097, 330}, {113.3654, 23.1097, 330},
    {113.3744, 23.1103, 330}, {113.3821, 23.1095, 340}, {113.3892, 23.1079, 340}, {113.3955, 23.1053, 350},
    {113.4017, 23.1022, 360}, {113.4091, 23.1006, 380}, {113.4200, 23.0975, 400}, {113.4300, 23.0960, 420},
    {113.4400, 23.0955, 430}, {113.4500, 23.0958, 440}, {113.4620, 23.0967, 450}, {113.4720, 23.0975, 450},
};

}  // namespace

std::vector<ChannelSpec> channels()
{
    return {
        {"front_channel", "珠江前航道", "珠江前航道", "Pearl River front channel", true, kFrontChannel, kRiverFacts},
        {"back_channel", "珠江后航道", "珠江後航道", "Pearl River back channel", true,
         {{113.2716, 23.0571, 300}, {113.2954, 23.0542, 300}, {113.3176, 23.0541, 300}, {113.3387, 23.0482, 300},
          {113.3550, 23.0479, 300}, {113.3660, 23.0596, 300}, {113.3782, 23.0715, 300}, {113.3943, 23.0827, 300}},
         kRiverFacts},
        {"changzhou_west", "长洲岛西侧水道", "長洲島西側水道", "Channel west of Changzhou Island", true,
         {{113.3943, 23.0827, 260}, {113.4043, 23.0858, 250}, {113.4130, 23.0911, 250}, {113.4082, 23.0941, 250},
          {113.4105, 23.0980, 260}, {113.4091, 23.1006, 280}},
         kRiverFacts},
        {"changzhou_south", "长洲岛南侧水道", "長洲島南側水道", "Channel south of Changzhou Island", true,
         {{113.3943, 23.0827, 230}, {113.3968, 23.0753, 220}, {113.3970, 23.0673, 220}, {113.4062, 23.0661, 220},
          {113.4206, 23.0680, 230}, {113.4291, 23.0726, 240}, {113.4388, 23.0773, 250}, {113.4497, 23.0787, 260}, {113.4560, 23.0800, 260}},
         kRiverFacts},
        // Not in the facts: the island must be closed on the east for 长洲 to be an island.
        {"changzhou_east", "长洲岛东侧水道", "長洲島東側水道", "Channel east of Changzhou Island", false,
         {{113.4450, 23.0785, 220}, {113.4478, 23.0842, 200}, {113.4486, 23.0900, 200}, {113.4470, 23.0957, 220}},
         "estimated: closes 长洲岛 to the east"},
        // 小谷围岛 has "water on all sides": this closes it to the south and east.
        {"xiaoguwei_south", "小谷围岛南侧水道", "小谷圍島南側水道", "Channel south of Xiaoguwei Island", false,
         {{113.3480, 23.0479, 200}, {113.3530, 23.0410, 195}, {113.3620, 23.0360, 190}, {113.3750, 23.0335, 190},
          {113.3880, 23.0328, 190}, {113.4000, 23.0338, 190}, {113.4095, 23.0378, 190}, {113.4148, 23.0455, 180},
          {113.4168, 23.0555, 180}, {113.4160, 23.0630, 180}, {113.4140, 23.0668, 190}},
         "estimated from the island's extent (113.350-113.415 E, 23.035-23.072 N) in zone-geography.md"},
        // 生物岛 (官洲岛) lies north of the back channel; 官洲站 is on it.
        {"bio_island_north", "生物岛北侧水道", "生物島北側水道", "Channel north of Bio-Island", false,
         {{113.3585, 23.0516, 130}, {113.3586, 23.0602, 120}, {113.3636, 23.0667, 120}, {113.3718, 23.0758, 120},
          {113.3798, 23.0805, 120}, {113.3880, 23.0783, 130}},
         "estimated: 生物岛 1.83 km² between the back channel and the Haizhu shore"},
        {"huangpu_creek", "黄埔涌", "黃埔涌", "Huangpu Creek", false,
         {{113.3180, 23.0992, 60}, {113.3300, 23.0976, 55}, {113.3400, 23.0965, 55}, {113.3520, 23.0958, 55},
          {113.3650, 23.0951, 55}, {113.3780, 23.0946, 55}, {113.3900, 23.0952, 55}, {113.4000, 23.0948, 55},
          {113.4088, 23.0944, 60}},
         "zone-geography.md: 黄埔涌 at about 23.094-23.097 N between 113.34 and 113.39 E"},
    };
}

std::vector<PieceSpec> pieces()
{
    // South edges of the north-bank zones run along the front channel's centre line.
    auto frontChannelBetween = [](double westLon, double eastLon) {
        std::vector<LonLatWidth> points;
        for (const auto& p : kFrontChannel) {
            if (p.lon >= westLon && p.lon <= eastLon)
                points.push_back({p.lon, p.lat, 0});
        }
        return points;
    };
    // The Tianhe/Huangpu district line (深涌) from the river meeting point north to 黄埔大道.
    const std::vector<LonLatWidth> tianheHuangpuLine = {
        {113.4091, 23.1006, 0}, {113.4098, 23.1060, 0}, {113.4110, 23.1100, 0}, {113.4120, 23.1145, 0}};

    // 广州国际金融城: 华南快速干线 (W), 黄埔大道 (N), the district line (E), the river (S).
    std::vector<LonLatWidth> ifc = {{113.3502, 23.1262, 0}, {113.3515, 23.1150, 0}, {113.3525, 23.1097, 0}};
    for (const auto& p : frontChannelBetween(113.3600, 113.4092))
        ifc.push_back(p);
    for (std::size_t i = 1; i < tianheHuangpuLine.size(); ++i)
        ifc.push_back(tianheHuangpuLine[i]);
    for (const LonLatWidth p : {LonLatWidth{113.4050, 23.1160, 0}, {113.3950, 23.1177, 0}, {113.3847, 23.1197, 0},
                                {113.3720, 23.1230, 0}, {113.3600, 23.1247, 0}})
        ifc.push_back(p);

    // 鱼珠 north bank: the district line (W), the 珠江稀土 / 黄埔东路 line (N), east past 横沙
    // to 荔香路's continuation (E), the river (S).
    std::vector<LonLatWidth> yuzhuNorth = {
        {113.4120, 23.1145, 0}, {113.4160, 23.1232, 0}, {113.4300, 23.1262, 0}, {113.4450, 23.1262, 0},
        {113.4570, 23.1248, 0}, {113.4580, 23.0965, 0}};
    const auto riverEast = frontChannelBetween(113.4092, 113.4579);
    for (auto it = riverEast.rbegin(); it != riverEast.rend(); ++it)
        yuzhuNorth.push_back(*it);
    for (const auto& p : tianheHuangpuLine)
        yuzhuNorth.push_back(p);

    const char* const haizhuSouthBank = "approximation from zone-geography.md (琶洲街道 bounds; 仑头/官洲 estimated)";
    return {
        {"pazhou_core", "pazhou", "琶洲岛", "Pazhou Island",
         {{113.3258, 23.1165, 0}, {113.4150, 23.1165, 0}, {113.4150, 23.0925, 0}, {113.3258, 23.0925, 0}},
         113.362, 23.105,
         "approximation from zone-geography.md: 琶洲街道 from 新港东路/新洲桥 (W) to the river fork (E), "
         "front channel (N) to 黄埔涌 (S)"},
        {"pazhou_core", "pazhou", "仑头—官洲", "Luntou and Guanzhou",
         {{113.3525, 23.0990, 0}, {113.4120, 23.0990, 0}, {113.4120, 23.0400, 0}, {113.3525, 23.0400, 0}},
         113.375, 23.085, haizhuSouthBank},
        {"pazhou_core", "university_town", "生物岛", "Bio-Island",
         {{113.3540, 23.0480, 0}, {113.3920, 23.0480, 0}, {113.3920, 23.0830, 0}, {113.3540, 23.0830, 0}},
         113.3712, 23.0695, "approximation: 生物岛 (官洲岛) 1.83 km², zone-geography.md"},
        {"pazhou_core", "university_town", "小谷围岛", "Xiaoguwei Island",
         {{113.3400, 23.0200, 0}, {113.4250, 23.0200, 0}, {113.4250, 23.0850, 0}, {113.3400, 23.0850, 0}},
         113.385, 23.050, "approximation: 小谷围岛 20.15 km², water on all sides, zone-geography.md"},
        {"pazhou_core", "university_town", "大学城南岸", "University Town south bank",
         {{113.3560, 23.0410, 0}, {113.4240, 23.0410, 0}, {113.4240, 23.0300, 0}, {113.3560, 23.0300, 0}},
         113.385, 23.031, "estimated: the university complex's south bank (zone-geography.md)"},
        {"ifc", "", "广州国际金融城", "Guangzhou International Finance City", ifc, 113.3784, 23.1160,
         "approximation from zone-geography.md: 华南快速干线 (W), 黄埔大道 (N), Tianhe boundary (E), river (S)"},
        {"yuzhu", "", "鱼珠（北岸）", "Yuzhu (north bank)", yuzhuNorth, 113.4350, 23.1100,
         "estimated: 鱼珠街道 (深涌 to 荔香路, river to 珠江稀土) and part of 大沙街 with 横沙"},
        {"yuzhu", "", "长洲岛", "Changzhou Island",
         {{113.3950, 23.0600, 0}, {113.4580, 23.0600, 0}, {113.4580, 23.1020, 0}, {113.3950, 23.1020, 0}},
         113.430, 23.085, "estimated: 长洲岛 (Huangpu district), see README for why it is in the Yuzhu zone"},
    };
}

std::vector<ZoneNames> zoneNames()
{
    return {
        {"pazhou_core", "琶洲核心片区（含广州大学城）", "琶洲核心片區（含廣州大學城）",
         "Pazhou Core Zone (incl. Guangzhou University Town)", "south"},
        {"ifc", "广州国际金融城片区", "廣州國際金融城片區", "Guangzhou International Finance City Zone", "north"},
        {"yuzhu", "鱼珠片区", "魚珠片區", "Yuzhu Zone", "north"},
    };
}

std::vector<SubareaNames> subareaNames()
{
    return {
        {"pazhou", "琶洲", "琶洲", "Pazhou"},
        {"university_town", "广州大学城", "廣州大學城", "Guangzhou University Town"},
    };
}

}  // namespace pearlzone::datagen
