#include "core/cad_drawing.h"

#include "core/industry_catalogue.h"
#include "core/land_use_catalogue.h"
#include "gis/error.h"
#include "gis/geometry.h"
#include "gis/spatial_index.h"

#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <limits>

namespace pearlzone::core {

namespace {

struct Label {
    std::string text;  // one line
    double x = 0.0;
    double y = 0.0;
};

struct Outline {
    CadOutline parcel;
    gis::Geometry shape;  // valid, for containment
    gis::Envelope box;
    double area = 0.0;
    bool isHatch = false;
};

QString qs(const std::string& text) { return QString::fromStdString(text); }

std::string quoted(const std::string& text) { return "'" + text + "'"; }

bool isPolygonal(gis::GeometryType type)
{
    return type == gis::GeometryType::Polygon || type == gis::GeometryType::MultiPolygon;
}

// The outline a label lies in: the one holding it, or the innermost of nested ones; -1 for
// none, -2 when it lies in outlines that overlap without one holding the others.
long outlineOf(const Label& label, const std::vector<Outline>& outlines, const gis::SpatialIndex& index,
               std::vector<std::size_t>& holding)
{
    const gis::Geometry point = gis::Geometry::point(label.x, label.y);
    holding.clear();
    gis::Envelope at;
    at.expandToInclude(label.x, label.y);
    for (std::size_t i : index.query(at)) {
        if (outlines[i].shape.covers(point))
            holding.push_back(i);
    }
    if (holding.empty())
        return -1;
    std::stable_sort(holding.begin(), holding.end(),
                     [&](std::size_t a, std::size_t b) { return outlines[a].area < outlines[b].area; });
    // Nested outlines (a parcel in a block boundary): the innermost, when it is truly smaller.
    const Outline& innermost = outlines[holding.front()];
    for (std::size_t k = 1; k < holding.size(); ++k) {
        const Outline& outer = outlines[holding[k]];
        if (outer.area <= innermost.area * (1.0 + 1e-9) || !outer.shape.covers(innermost.shape))
            return -2;
    }
    return static_cast<long>(holding.front());
}

// The outline nearest a stray label, when the label lies within half the outline's size of it
// (so that a title block's text notes no parcel); -1 otherwise.
long nearbyOutline(const Label& label, const std::vector<Outline>& outlines)
{
    const gis::Geometry point = gis::Geometry::point(label.x, label.y);
    long nearest = -1;
    double best = std::numeric_limits<double>::infinity();
    for (std::size_t i = 0; i < outlines.size(); ++i) {
        const gis::Envelope& box = outlines[i].box;
        const double reach = 0.5 * std::max(box.width(), box.height());
        const double dx = std::max({0.0, box.minX - label.x, label.x - box.maxX});
        const double dy = std::max({0.0, box.minY - label.y, label.y - box.maxY});
        if (std::hypot(dx, dy) > std::min(reach, best))
            continue;
        const double d = outlines[i].shape.distance(point);
        if (d <= reach && d < best) {
            best = d;
            nearest = static_cast<long>(i);
        }
    }
    return nearest;
}

// A hatch drawn over an outline fills the same parcel: of a hatch and an outline with the same
// box and area, the outline stays. (Two equal outlines are two parcels, as in any other file.)
std::vector<Outline> withoutHatchDuplicates(std::vector<Outline> outlines, std::int64_t& dropped)
{
    std::vector<std::size_t> order(outlines.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return std::make_pair(outlines[a].box.minX, a) < std::make_pair(outlines[b].box.minX, b);
    });
    auto same = [](const Outline& a, const Outline& b, double tolerance) {
        return std::fabs(a.box.maxX - b.box.maxX) <= tolerance && std::fabs(a.box.minY - b.box.minY) <= tolerance &&
               std::fabs(a.box.maxY - b.box.maxY) <= tolerance && std::fabs(a.area - b.area) <= 1e-6 * a.area;
    };
    std::vector<bool> duplicate(outlines.size(), false);
    for (std::size_t k = 0; k < order.size(); ++k) {
        const Outline& first = outlines[order[k]];
        const double tolerance = 1e-6 * std::max({first.box.width(), first.box.height(), 1e-9});
        for (std::size_t m = k + 1; m < order.size() && outlines[order[m]].box.minX - first.box.minX <= tolerance; ++m) {
            const Outline& other = outlines[order[m]];
            if (first.isHatch != other.isHatch && same(first, other, tolerance))
                duplicate[first.isHatch ? order[k] : order[m]] = true;
        }
    }
    std::vector<Outline> kept;
    for (std::size_t i = 0; i < outlines.size(); ++i) {
        if (duplicate[i])
            ++dropped;
        else
            kept.push_back(std::move(outlines[i]));
    }
    return kept;
}

bool namesIndustries(const std::string& text, const IndustryCatalogue& catalogue)
{
    // A number alone is an id, even where it reads as a GB/T 4754 class.
    if (text.find_first_not_of("0123456789") == std::string::npos)
        return false;
    const auto matches = catalogue.resolve(text);
    return !matches.empty() &&
           std::all_of(matches.begin(), matches.end(), [](const IndustryMatch& m) { return !m.codes.empty(); });
}

// Stricter than a land-use field: each part must be a class's code itself (B2, 0902) or a name
// (商务用地); parcel ids such as A-01 or B-07 begin with a code but are not land uses.
bool namesLandUses(const std::string& text, const LandUseCatalogue& landUses)
{
    const auto isClass = [](const LandUseMatch& m) {
        if (m.code.empty())
            return false;
        const QString key = qs(m.text).normalized(QString::NormalizationForm_KC).toUpper().remove(QLatin1Char(' '));
        return key == qs(m.code) ||
               std::none_of(key.begin(), key.end(), [](QChar c) { return c.unicode() < 128 && c.isLetterOrNumber(); });
    };
    const auto matches = landUses.resolve(text);
    return !matches.empty() && std::all_of(matches.begin(), matches.end(), isClass);
}

std::string joined(const std::vector<std::string>& parts, const char* separator)
{
    std::string out;
    for (const auto& part : parts)
        out += (out.empty() ? "" : separator) + part;
    return out;
}

}  // namespace

const std::vector<std::string>& cadColumns()
{
    static const std::vector<std::string> columns = {"id", "industry", "land_use", "labels", "Layer", "EntityHandle"};
    return columns;
}

std::vector<std::string> cadLabelLines(const std::string& text)
{
    QString value = qs(text);
    // \U+XXXX: a character outside the drawing's code page (GDAL decodes it only in MTEXT).
    static const QRegularExpression unicodeEscape(QStringLiteral("\\\\U\\+([0-9A-Fa-f]{4})"));
    for (auto match = unicodeEscape.match(value); match.hasMatch(); match = unicodeEscape.match(value))
        value.replace(match.capturedStart(), match.capturedLength(), QChar(match.captured(1).toUShort(nullptr, 16)));
    // %% codes: underline, overline and strike-through toggles, and three symbols.
    static const QRegularExpression toggles(QStringLiteral("%%[uokUOK]"));
    value.remove(toggles);
    value.replace(QStringLiteral("%%c"), QStringLiteral("Ø"), Qt::CaseInsensitive);
    value.replace(QStringLiteral("%%d"), QStringLiteral("°"), Qt::CaseInsensitive);
    value.replace(QStringLiteral("%%p"), QStringLiteral("±"), Qt::CaseInsensitive);
    value.replace(QStringLiteral("%%%"), QStringLiteral("%"));
    // MTEXT paragraphs: GDAL makes \P a line break; a line is a label of its own.
    value.replace(QStringLiteral("\\P"), QStringLiteral("\n"));
    std::vector<std::string> lines;
    for (const QString& line : value.split(QLatin1Char('\n'))) {
        const QString trimmed = line.trimmed();
        if (!trimmed.isEmpty())
            lines.push_back(trimmed.toStdString());
    }
    return lines;
}

CadDrawing readCadDrawing(gis::VectorLayerReader& entities)
{
    for (const char* field : {"Layer", "EntityHandle", "Text", "SubClasses"}) {
        if (entities.fieldIndex(field) < 0)
            throw gis::Error("the drawing's layer '" + entities.name() + "' lacks the DXF field '" + field + "'");
    }
    entities.selectFields({"Layer", "EntityHandle", "Text", "SubClasses"});
    CadDrawing drawing;
    std::vector<Outline> outlines;
    std::vector<Label> labels;
    std::vector<gis::VectorFeature> batch;
    while (entities.readBatch(batch, 1024) > 0) {
        for (const auto& feature : batch) {
            gis::Geometry geometry;
            try {
                if (!feature.wkb.empty())
                    geometry = gis::Geometry::fromWkb(feature.wkb).closedLinesAsPolygons();
            } catch (const gis::Error&) {
                geometry = gis::Geometry();
            }
            if (geometry && !geometry.isEmpty() && geometry.type() == gis::GeometryType::Point && !feature.attributes[2].empty()) {
                const auto xy = geometry.pointCoordinates();
                for (const auto& line : cadLabelLines(feature.attributes[2]))
                    labels.push_back({line, xy[0], xy[1]});
                continue;
            }
            if (!geometry || geometry.isEmpty() || !isPolygonal(geometry.type())) {
                ++drawing.otherEntities;
                continue;
            }
            Outline outline;
            outline.parcel.fid = feature.fid;
            outline.parcel.layer = feature.attributes[0];
            outline.parcel.handle = feature.attributes[1];
            outline.parcel.wkb = geometry.toWkb();
            outline.box = geometry.envelope();
            outline.shape = geometry.isValid() ? std::move(geometry) : geometry.makeValid();
            outline.area = outline.shape.area();
            outline.isHatch = feature.attributes[3].find("AcDbHatch") != std::string::npos;
            outlines.push_back(std::move(outline));
        }
    }

    outlines = withoutHatchDuplicates(std::move(outlines), drawing.duplicateOutlines);
    gis::SpatialIndex index;
    for (std::size_t i = 0; i < outlines.size(); ++i)
        index.insert(outlines[i].box, i);
    std::vector<std::size_t> holding;
    for (const auto& label : labels) {
        const long found = outlines.empty() ? -1 : outlineOf(label, outlines, index, holding);
        if (found >= 0) {
            outlines[static_cast<std::size_t>(found)].parcel.labels.push_back(label.text);
        } else if (found == -2) {
            drawing.sharedLabels.push_back(label.text);
            for (std::size_t i : holding)
                outlines[i].parcel.notes.push_back("the label " + quoted(label.text) +
                                                   " lies in overlapping outlines and was not used");
        } else {
            drawing.strayLabels.push_back(label.text);
            if (const long near = nearbyOutline(label, outlines); near >= 0)
                outlines[static_cast<std::size_t>(near)].parcel.notes.push_back(
                    "the label " + quoted(label.text) + " lies just outside this outline and was not used");
        }
    }
    for (auto& outline : outlines)
        drawing.outlines.push_back(std::move(outline.parcel));
    return drawing;
}

CadAttributes cadAttributes(const CadOutline& outline, const IndustryCatalogue& catalogue, const LandUseCatalogue& landUses)
{
    CadAttributes attributes;
    std::vector<std::string> industries;
    std::vector<std::string> landUseLabels;
    for (const auto& label : outline.labels) {
        if (namesIndustries(label, catalogue))
            industries.push_back(label);
        else if (namesLandUses(label, landUses))
            landUseLabels.push_back(label);
        else if (attributes.id.empty())
            attributes.id = label;
        else
            attributes.unused.push_back(label);
    }
    attributes.industry = joined(industries, ";");
    attributes.landUse = joined(landUseLabels, "/");
    if (attributes.industry.empty() && namesIndustries(outline.layer, catalogue))
        attributes.industry = outline.layer;
    if (attributes.id.empty())
        attributes.id = outline.handle.empty() ? std::to_string(outline.fid) : outline.handle;
    return attributes;
}

std::string cadColumnValue(const CadOutline& outline, const CadAttributes& attributes, const std::string& column)
{
    if (column == "id")
        return attributes.id;
    if (column == "industry")
        return attributes.industry;
    if (column == "land_use")
        return attributes.landUse;
    if (column == "labels")
        return joined(outline.labels, "; ");
    if (column == "Layer")
        return outline.layer;
    if (column == "EntityHandle")
        return outline.handle;
    return {};
}

}  // namespace pearlzone::core
