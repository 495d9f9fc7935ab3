#pragma once
// A CAD drawing (DXF) as parcels: a drawing has no attribute table, so its closed outlines are
// the parcels and the text labels (TEXT, MTEXT) inside each outline are its attributes
// (SPEC section 5). A label in no outline, or in several overlapping ones, is never guessed
// onto a parcel: it is noted instead.

#include "gis/vector_source.h"

#include <cstdint>
#include <string>
#include <vector>

namespace pearlzone::core {

class IndustryCatalogue;
class LandUseCatalogue;

struct CadOutline {
    std::int64_t fid = -1;
    std::string handle;  // the entity handle, which CAD software can search for
    std::string layer;
    std::vector<std::string> labels;  // the lines of the labels inside it, in drawing order
    std::vector<std::string> notes;   // labels near or shared that were not used
    std::vector<unsigned char> wkb;   // a polygon
};

struct CadDrawing {
    std::vector<CadOutline> outlines;
    std::vector<std::string> strayLabels;   // in no outline
    std::vector<std::string> sharedLabels;  // in overlapping outlines, none inside the others
    std::int64_t otherEntities = 0;         // open lines, points, symbols: not parcels
    std::int64_t duplicateOutlines = 0;     // hatches filling an outline: not parcels of their own
};

// The columns a drawing offers as fields, for --id-field, --industry-field and --land-use-field.
const std::vector<std::string>& cadColumns();

// Reads a DXF layer GDAL opened (fields Layer, EntityHandle, Text, SubClasses). Throws gis::Error.
CadDrawing readCadDrawing(gis::VectorLayerReader& entities);

// A label's text as lines, with MTEXT and TEXT control codes GDAL leaves (\U+XXXX, %%u,
// %%d, ...) turned into text or removed; blank lines dropped.
std::vector<std::string> cadLabelLines(const std::string& text);

// What an outline's labels say: labels that name catalogue industries are its industry,
// labels that are land-use classes (B2, 0902, 商务用地, B2/M0) its land use, the first other
// label its id; failing labels, a layer name that names industries is the industry. unused:
// the other labels.
struct CadAttributes {
    std::string id;
    std::string industry;
    std::string landUse;
    std::vector<std::string> unused;
};
CadAttributes cadAttributes(const CadOutline& outline, const IndustryCatalogue& industries, const LandUseCatalogue& landUses);

// The value of one of cadColumns() for an outline.
std::string cadColumnValue(const CadOutline& outline, const CadAttributes& attributes, const std::string& column);

}  // namespace pearlzone::core
