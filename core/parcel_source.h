#pragma once
// ParcelSource: a parcel layer opened for checking: any GDAL vector source (CSV and
// spreadsheets with a WKT column or lon/lat columns included; a CAD drawing's outlines with
// their labels, core/cad_drawing.h), its id and industry fields found or named, and the CRS
// its coordinates are in.

#include "gis/vector_source.h"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace pearlzone::core {

struct CadDrawing;
class IndustryCatalogue;
class LandUseCatalogue;

struct ParcelInputOptions {
    std::string source;         // file path (UTF-8) or "PG:..." connection
    std::string layer;          // empty: the first layer
    std::string idField;        // empty: detect (parcel_id, id, 地块编号, DKBH, ...), else the feature id
    std::string industryField;  // empty: detect (industry, 产业, 行业, 产业类型, ...); none: all "missing"
    std::string landUseField;   // empty: detect (land_use, 用地性质, ...); none is fine
    bool checkLandUse = true;   // false: land use is not checked even when a field is detected
    std::string crs;            // overrides the layer's CRS; required when it has none
    std::string encoding;       // e.g. GBK, for files that do not say
};

class ParcelSource {
public:
    // Throws InputError naming the source and, for unknown fields, the fields it has.
    static ParcelSource open(const ParcelInputOptions& options);

    const std::string& source() const { return source_; }
    const std::string& layerName() const { return reader_.name(); }
    const std::string& driverName() const { return driver_; }
    const std::vector<std::string>& fieldNames() const { return fields_; }
    const std::string& idField() const { return idField_; }  // "" when feature ids are used
    const std::string& industryField() const { return industryField_; }  // "" when there is none
    const std::string& landUseField() const { return landUseField_; }  // "" when the input has none
    // The CRS text the coordinates are in (a code, WKT, or GCJ02/BD09), and a short name for it.
    const std::string& crs() const { return crs_; }
    const std::string& crsLabel() const { return crsLabel_; }
    // For tables without geometry (spreadsheets): the columns positions are read from, e.g.
    // "经度 / 纬度" or "WKT"; "" otherwise.
    const std::string& positionColumns() const { return positionColumns_; }
    bool isPlanarTarget() const;  // already in EPSG:4547: no transform needed
    std::int64_t featureCountHint() const;

    // Read only parcels whose box meets this one, in the source's CRS (--near).
    void keepWithin(const gis::Envelope& box) { reader_.setSpatialFilter(box); }

    // A CAD drawing's labels name industries and land uses only by the catalogues: the batch
    // check gives them before reading (core/batch_check.h). A drawing has a land-use field
    // when it was named, or when a label in some outline is a land-use class.
    void useCatalogues(const IndustryCatalogue& industries, const LandUseCatalogue& landUses);

    // Attributes come back as {id, industry} (id "" when feature ids are used, industry "" when
    // there is no industry field), then the land use when there is a land-use field;
    // VectorFeature::note says what could not be read.
    std::size_t readBatch(std::vector<gis::VectorFeature>& batch, std::size_t maxCount);

    // What a planner should know about the input as a whole: no industry field, the text
    // encoding guessed, CAD labels not used. Complete once every parcel has been read.
    std::vector<std::string> notices() const;

private:
    std::string source_;
    std::string driver_;
    std::vector<std::string> fields_;
    std::string idField_;
    std::string industryField_;
    std::string landUseField_;
    bool checkLandUse_ = true;
    std::string crs_;
    std::string crsLabel_;
    std::string positionColumns_;  // for spreadsheets: where the positions came from
    gis::VectorLayerReader reader_;
    std::shared_ptr<const CadDrawing> drawing_;  // set for CAD drawings, read whole
    std::size_t nextOutline_ = 0;
    const IndustryCatalogue* catalogue_ = nullptr;
    const LandUseCatalogue* landUses_ = nullptr;

    explicit ParcelSource(gis::VectorLayerReader reader) : reader_(std::move(reader)) {}
    void chooseFields(const ParcelInputOptions& options);
    std::vector<std::string> selectedFields() const;  // id, industry, land use: those there, each once
    std::size_t readOutlines(std::vector<gis::VectorFeature>& batch, std::size_t maxCount);
};

// The first of the candidate names among the fields (any case), "" when none is there.
std::string detectField(const std::vector<std::string>& fields, const std::vector<std::string>& candidates);

// The fields the check would use when none is named ("" when none fits).
std::string detectLandUseField(const std::vector<std::string>& fields);
std::string detectIdField(const std::vector<std::string>& fields);
std::string detectIndustryField(const std::vector<std::string>& fields);

// How a parcel source is opened: the encoding, for CSV the options that let GDAL find
// geometry in a WKT column or lon/lat columns, for spreadsheets the header row.
gis::VectorOpenOptions parcelOpenOptions(const std::string& source, const std::string& encoding = {});

// When checked parcels mostly lie far from the pilot zone, a hint at the CRS their raw
// coordinates are probably in ("" when nothing recognisable).
std::string guessCrsFromCoordinates(double x, double y, bool declaredGeographic);

}  // namespace pearlzone::core
