#include "core/drawn_parcels_file.h"

#include "core/atomic_output.h"
#include "core/check_errors.h"
#include "core/zone_set.h"
#include "gis/vector_source.h"
#include "gis/vector_writer.h"

namespace pearlzone::core {

namespace {
constexpr const char* kLayer = "drawn_parcels";
}

void writeDrawnParcels(const std::string& path, const std::vector<DrawnParcelRecord>& parcels)
{
    try {
        AtomicOutput output(path);
        gis::VectorWriterOptions options;
        options.driver = "GPKG";
        options.layerName = kLayer;
        options.crs = kPlanarCrs;
        options.geometry = gis::WriterGeometry::Polygon;
        options.fields = {{"parcel_id"}, {"industry"}, {"verdict"}, {"reason"}};
        auto writer = gis::VectorWriter::create(output.temporaryPath(), options);
        for (const auto& parcel : parcels)
            writer.write({parcel.id, parcel.industry, std::string(toString(parcel.verdict)), parcel.reason}, parcel.wkb);
        writer.close();
        output.commit();
    } catch (const OutputError&) {
        throw;
    } catch (const gis::Error& error) {
        throw OutputError(error.what());
    }
}

std::vector<DrawnParcelRecord> readDrawnParcels(const std::string& path)
{
    try {
        const auto source = gis::VectorSource::open(path);
        const auto names = source.layerNames();
        bool hasLayer = false;
        for (const auto& name : names)
            hasLayer = hasLayer || name == kLayer;
        auto reader = source.layer(hasLayer ? kLayer : std::string());
        reader.selectFields({"parcel_id", "industry"});
        std::vector<DrawnParcelRecord> parcels;
        std::vector<gis::VectorFeature> batch;
        while (reader.readBatch(batch, 256) > 0) {
            for (auto& feature : batch) {
                if (feature.wkb.empty())
                    continue;
                DrawnParcelRecord record;
                record.id = feature.attributes.at(0);
                record.industry = feature.attributes.at(1);
                record.wkb = std::move(feature.wkb);
                parcels.push_back(std::move(record));
            }
        }
        return parcels;
    } catch (const gis::Error& error) {
        throw InputError(path + ": not a drawn-parcels file: " + error.what());
    }
}

}  // namespace pearlzone::core
