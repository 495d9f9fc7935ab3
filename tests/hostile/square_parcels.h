#pragma once
// Parcel files the hostile tests make: count 100 m squares along a row inside the Pazhou core
// test zone (x 430000..431000, EPSG:4547), ids P1, P2, ..., industry 人工智能; each 10,000 m².

#include "gis/geometry.h"
#include "gis/vector_writer.h"

#include <string>

namespace pearlzone::test {

inline void writeSquares(const std::string& path, int count, const std::string& layer = "parcels")
{
    gis::VectorWriterOptions options;
    options.layerName = layer;
    options.crs = "EPSG:4547";
    options.geometry = gis::WriterGeometry::Polygon;
    options.fields = {{"parcel_id", gis::FieldType::String}, {"industry", gis::FieldType::String}};
    auto writer = gis::VectorWriter::create(path, options);
    for (int i = 0; i < count; ++i) {
        const double x = 430100 + i * 150.0;
        writer.write({"P" + std::to_string(i + 1), std::string("人工智能")},
                     gis::Geometry::rectangle({x, 2550100, x + 100, 2550200}).toWkb());
    }
    writer.close();
}

}  // namespace pearlzone::test
