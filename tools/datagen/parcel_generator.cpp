#include "tools/datagen/parcel_generator.h"

#include "gis/crs_transform.h"
#include "gis/geometry.h"
#include "gis/geometry_transform.h"
#include "gis/prepared_geometry.h"
#include "gis/vector_writer.h"

#include <cmath>
#include <algorithm>
#include <optional>
#include <random>
#include <tuple>

namespace pearlzone::datagen {

namespace {

constexpr double kPi = 3.14159265358979323846;

// Draws built on mt19937_64 alone, whose sequence the C++ standard fixes.
class Draw {
public:
    explicit Draw(std::uint64_t seed) : engine_(seed) {}
    double unit() { return static_cast<double>(engine_() >> 11) * 0x1.0p-53; }
    double between(double lo, double hi) { return lo + (hi - lo) * unit(); }
    std::size_t index(std::size_t n) { return static_cast<std::size_t>(unit() * static_cast<double>(n)) % n; }
    bool chance(double p) { return unit() < p; }

private:
    std::mt19937_64 engine_;
};

// An irregular parcel: a rotated rectangle (most urban plots) or a lumpy polygon.
std::vector<double> parcelShape(Draw& draw, double cx, double cy)
{
    const double across = 20.0 * std::pow(15.0, draw.unit());  // 20-300 m, more small than big
    std::vector<double> xy;
    if (draw.chance(0.6)) {
        const double w = across * draw.between(0.55, 1.0);
        const double h = across * draw.between(0.35, 1.0);
        const double angle = draw.between(0, kPi);
        const double c = std::cos(angle);
        const double s = std::sin(angle);
        for (const auto& [u, v] : {std::pair{-0.5, -0.5}, {0.5, -0.5}, {0.5, 0.5}, {-0.5, 0.5}}) {
            const double dx = u * w + draw.between(-0.04, 0.04) * w;
            const double dy = v * h + draw.between(-0.04, 0.04) * h;
            xy.push_back(cx + dx * c - dy * s);
            xy.push_back(cy + dx * s + dy * c);
        }
    } else {
        const int corners = 5 + static_cast<int>(draw.index(9));
        double angle = draw.between(0, 2 * kPi);
        for (int k = 0; k < corners; ++k) {
            angle += 2 * kPi / corners * draw.between(0.7, 1.3);
            const double r = 0.5 * across * draw.between(0.65, 1.0);
            xy.push_back(cx + r * std::cos(angle));
            xy.push_back(cy + r * std::sin(angle));
        }
        // Keep the ring simple: order the corners by angle around the centre.
        std::vector<std::pair<double, std::pair<double, double>>> byAngle;
        for (std::size_t i = 0; i < xy.size(); i += 2)
            byAngle.push_back({std::atan2(xy[i + 1] - cy, xy[i] - cx), {xy[i], xy[i + 1]}});
        std::sort(byAngle.begin(), byAngle.end());
        xy.clear();
        for (const auto& [a, p] : byAngle) {
            xy.push_back(p.first);
            xy.push_back(p.second);
        }
    }
    return xy;
}

// A point on a zone's boundary: a vertex of one of its rings.
std::pair<double, double> boundaryPoint(Draw& draw, const gis::Geometry& zone)
{
    std::vector<std::pair<double, double>> points;
    for (const auto& polygon : zone.polygonRings()) {
        for (const auto& ring : polygon.rings) {
            for (std::size_t k = 0; k + 1 < ring.size(); k += 2)
                points.emplace_back(ring[k], ring[k + 1]);
        }
    }
    return points[draw.index(points.size())];
}

class IndustryWriter {
public:
    IndustryWriter(const core::IndustryCatalogue& catalogue, bool planarOnly)
        : catalogue_(catalogue), planarOnly_(planarOnly)
    {
    }

    std::string next(Draw& draw) const
    {
        const auto& all = catalogue_.industries();
        if (planarOnly_)
            return all[draw.index(all.size())].nameZh;
        const double roll = draw.unit();
        if (roll < 0.03)
            return "";  // missing
        if (roll < 0.06) {
            static const char* const unknown[] = {"造船", "房地产开发", "人工只能", "blockchian", "餐饮", "物流仓储"};
            return unknown[draw.index(std::size(unknown))];
        }
        std::string text = oneName(draw, all[draw.index(all.size())]);
        if (draw.chance(0.22)) {
            static const char* const separators[] = {"；", ";", "、", ",", "，", "/", " ; "};
            const int extra = 1 + static_cast<int>(draw.index(2));
            for (int i = 0; i < extra; ++i)
                text += separators[draw.index(std::size(separators))] + oneName(draw, all[draw.index(all.size())]);
        }
        return text;
    }

private:
    static std::string oneName(Draw& draw, const core::Industry& industry)
    {
        const double roll = draw.unit();
        if (roll < 0.45)
            return industry.nameZh;
        if (roll < 0.55)
            return industry.nameZhHant;
        if (roll < 0.67) {
            std::string en = industry.nameEn;
            if (draw.chance(0.5))
                for (auto& c : en)
                    c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
            return en;
        }
        if (roll < 0.85 && !industry.aliases.empty())
            return industry.aliases[draw.index(industry.aliases.size())];
        if (roll < 0.93 && !industry.gbt4754.empty()) {
            const std::string& code = industry.gbt4754[draw.index(industry.gbt4754.size())];
            return draw.chance(0.5) ? code : code.substr(1);  // with or without the section letter
        }
        if (roll < 0.97)
            return "  " + industry.nameZh + " ";  // stray spaces
        return industry.code;
    }

    const core::IndustryCatalogue& catalogue_;
    bool planarOnly_;
};

}  // namespace

void writeParcels(const std::string& path, const core::ZoneSet& zones, const core::IndustryCatalogue& catalogue,
                  const ParcelGeneratorOptions& options, const std::function<void(std::int64_t)>& progress,
                  const core::DesignationTable* designations)
{
    Draw draw(options.seed);
    std::vector<gis::PreparedGeometry> zoneShapes;
    std::vector<double> cumulativeArea;
    double totalArea = 0.0;
    for (const auto& zone : zones.zones()) {
        zoneShapes.emplace_back(gis::Geometry::fromWkb(zone.wkb));
        totalArea += zone.areaM2;
        cumulativeArea.push_back(totalArea);
    }
    gis::Envelope extent = zones.extent();
    const double margin = 2500.0;
    const gis::Envelope around{extent.minX - margin, extent.minY - margin, extent.maxX + margin, extent.maxY + margin};
    auto inAnyZone = [&](const gis::Geometry& point) {
        for (const auto& shape : zoneShapes) {
            if (shape.covers(point))
                return true;
        }
        return false;
    };

    const bool sameCrs = options.crs == core::kPlanarCrs;
    std::optional<gis::CrsTransform> toOutput;
    if (!sameCrs)
        toOutput = gis::CrsTransform::create(core::kPlanarCrs, options.crs);

    gis::VectorWriterOptions writerOptions;
    writerOptions.layerName = "parcels";
    writerOptions.crs = options.crs;
    writerOptions.geometry = gis::WriterGeometry::Unknown;
    writerOptions.fields = {{"地块编号"}, {"产业"}, {"用地性质"}};
    writerOptions.coordinateDecimals = toOutput ? 7 : 2;  // 1 cm either way
    auto writer = gis::VectorWriter::create(path, writerOptions);
    const IndustryWriter industries(catalogue, options.planarOnly);
    static const char* const landUses[] = {"M0", "B29", "B2", "0902", "0901", "1001", "M1", "A3"};
    static const char* const districts[] = {"海珠", "天河", "黄埔", "番禺"};

    for (std::int64_t i = 0; i < options.count; ++i) {
        // Where: inside a zone (weighted by area), on a zone boundary, or outside.
        const double where = draw.unit();
        double cx = 0.0;
        double cy = 0.0;
        std::string zoneId;  // where the parcel was placed, if in a zone
        if (where < options.insideShare) {
            const double pick = draw.unit() * totalArea;
            std::size_t z = 0;
            while (z + 1 < cumulativeArea.size() && pick > cumulativeArea[z])
                ++z;
            const auto& box = zoneShapes[z].envelope();
            do {
                cx = draw.between(box.minX, box.maxX);
                cy = draw.between(box.minY, box.maxY);
            } while (!zoneShapes[z].covers(gis::Geometry::point(cx, cy)));
            zoneId = zones.zones()[z].id;
        } else if (where < options.insideShare + options.straddlingShare) {
            const std::size_t z = draw.index(zoneShapes.size());
            std::tie(cx, cy) = boundaryPoint(draw, zoneShapes[z].geometry());
            zoneId = zones.zones()[z].id;
        } else {
            do {
                cx = draw.between(around.minX, around.maxX);
                cy = draw.between(around.minY, around.maxY);
            } while (inAnyZone(gis::Geometry::point(cx, cy)));
        }

        std::vector<unsigned char> wkb;
        const double broken = options.planarOnly ? 1.0 : draw.unit();
        if (broken < options.brokenShare * 0.6) {
            // A bowtie: the ring crosses itself.
            const double s = draw.between(15, 60);
            wkb = gis::Geometry::fromWkt("POLYGON ((" + std::to_string(cx) + " " + std::to_string(cy) + ", " +
                                         std::to_string(cx + s) + " " + std::to_string(cy + s) + ", " +
                                         std::to_string(cx + s) + " " + std::to_string(cy) + ", " +
                                         std::to_string(cx) + " " + std::to_string(cy + s) + ", " +
                                         std::to_string(cx) + " " + std::to_string(cy) + "))")
                      .toWkb();
        } else if (broken < options.brokenShare * 0.8) {
            wkb = gis::Geometry::fromWkt("POLYGON EMPTY").toWkb();
        } else if (broken < options.brokenShare) {
            // no geometry at all
        } else if (!options.planarOnly && draw.chance(0.02)) {
            wkb = gis::Geometry::point(cx, cy).toWkb();  // a site given as a point
        } else {
            wkb = gis::Geometry::polygon(parcelShape(draw, cx, cy)).toWkb();
        }
        if (toOutput && !wkb.empty())
            wkb = gis::transformGeometry(gis::Geometry::fromWkb(wkb), *toOutput).toWkb();

        char id[64];
        std::snprintf(id, sizeof id, "%s-%04d-%06lld", districts[draw.index(std::size(districts))],
                      2019 + static_cast<int>(draw.index(6)), static_cast<long long>(i + 1));
        std::string industry;
        if (designations && !zoneId.empty() && draw.chance(0.5)) {
            const auto designated = designations->forZone(zoneId);
            const core::Designation* d = designated[draw.index(designated.size())];
            industry = catalogue.find(d->industryCode)->nameZh;
        } else {
            industry = industries.next(draw);
        }
        writer.write({std::string(id), industry, std::string(landUses[draw.index(std::size(landUses))])}, wkb);
        if (progress && (i + 1) % 100000 == 0)
            progress(i + 1);
    }
    writer.close();
}

}  // namespace pearlzone::datagen
