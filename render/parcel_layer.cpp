#include "render/parcel_layer.h"

#include "gis/error.h"
#include "gis/geometry.h"
#include "gis/wkb_cursor.h"

#include <algorithm>
#include <cmath>
#include <cstring>

namespace pearlzone::render {

namespace {

// Little-endian 2D WKB, the form GEOS and GDAL write here, is read without GEOS (and written
// back the same way for exports); anything else is GEOS's and kept as it came.
bool readHeader(gis::WkbCursor& reader, std::uint32_t& type)
{
    return reader.byteOrder() && reader.littleEndian() && reader.uint32(type);
}

bool readPoint(gis::WkbCursor& reader, QPointF& p)
{
    double x = 0;
    double y = 0;
    if (!reader.float64(x) || !reader.float64(y) || !std::isfinite(x) || !std::isfinite(y))
        return false;
    p = QPointF(x, y);
    return true;
}

bool readPolygon(gis::WkbCursor& reader, std::vector<QPolygonF>& rings)
{
    std::uint32_t ringCount = 0;
    if (!reader.uint32(ringCount) || ringCount == 0 || ringCount > reader.remaining() / 4)
        return false;
    for (std::uint32_t r = 0; r < ringCount; ++r) {
        std::uint32_t pointCount = 0;
        if (!reader.uint32(pointCount) || pointCount < 4 || pointCount > reader.remaining() / 16)
            return false;
        QPolygonF ring;
        ring.reserve(pointCount);
        for (std::uint32_t i = 0; i < pointCount; ++i) {
            QPointF p;
            if (!readPoint(reader, p))
                return false;
            ring << p;
        }
        rings.push_back(std::move(ring));
    }
    return true;
}

void put(std::vector<unsigned char>& out, const void* data, std::size_t n)
{
    const auto* bytes = static_cast<const unsigned char*>(data);
    out.insert(out.end(), bytes, bytes + n);
}

void putHeader(std::vector<unsigned char>& out, std::uint32_t type)
{
    out.push_back(1);
    put(out, &type, 4);
}

}  // namespace

ParcelLayer::ParcelLayer(QString name) : name_(std::move(name)) {}

ParcelLayer::ParcelLayer(QString name, const std::vector<ParcelShape>& parcels) : name_(std::move(name))
{
    for (const auto& parcel : parcels)
        append(parcel);
    finish();
}

void ParcelLayer::append(const ParcelShape& shape)
{
    // A value shape does not say where its polygons begin: every ring is one polygon's.
    std::vector<std::vector<QPolygonF>> polygons;
    for (const auto& ring : shape.rings)
        polygons.push_back({ring});
    appendParts(polygons, shape.rings.empty() ? (shape.box.isEmpty() ? Kind::Empty : Kind::Point) : Kind::MultiPolygon,
                shape.box, shape.verdict);
}

void ParcelLayer::appendWkb(const std::vector<unsigned char>& wkb, std::optional<core::Verdict> verdict)
{
    std::vector<std::vector<QPolygonF>> polygons;
    gis::Envelope box;
    gis::WkbCursor reader(wkb.data(), wkb.size());
    std::uint32_t type = 0;
    bool read = readHeader(reader, type);
    Kind kind = Kind::Empty;
    if (read && type == 1) {
        QPointF p;
        read = readPoint(reader, p);
        box.expandToInclude(p.x(), p.y());
        kind = Kind::Point;
    } else if (read && type == 3) {
        polygons.emplace_back();
        read = readPolygon(reader, polygons.back());
        kind = Kind::Polygon;
    } else if (read && type == 6) {
        std::uint32_t parts = 0;
        read = reader.uint32(parts) && parts > 0 && parts <= reader.remaining() / 9;
        for (std::uint32_t i = 0; read && i < parts; ++i) {
            polygons.emplace_back();
            std::uint32_t partType = 0;
            read = readHeader(reader, partType) && partType == 3 && readPolygon(reader, polygons.back());
        }
        kind = Kind::MultiPolygon;
    } else {
        read = false;
    }
    if (read && reader.atEnd()) {
        for (const auto& polygon : polygons)
            for (const auto& ring : polygon)
                for (const QPointF& p : ring)
                    box.expandToInclude(p.x(), p.y());
        appendParts(polygons, kind, box, verdict);
        return;
    }
    // Anything else (big-endian, 3D, collections, damaged): as GEOS reads it, and kept as it was.
    polygons.clear();
    box = {};
    kind = Kind::Empty;
    if (!wkb.empty()) {
        try {
            const gis::Geometry geometry = gis::Geometry::fromWkb(wkb);
            if (!geometry.isEmpty()) {
                box = geometry.envelope();
                for (const auto& polygon : geometry.polygonRings()) {
                    polygons.emplace_back();
                    for (const auto& xy : polygon.rings) {
                        QPolygonF ring;
                        for (std::size_t i = 0; i + 1 < xy.size(); i += 2)
                            ring << QPointF(xy[i], xy[i + 1]);
                        polygons.back().push_back(std::move(ring));
                    }
                }
                kind = polygons.empty() ? Kind::Point : Kind::MultiPolygon;
            }
        } catch (const gis::Error&) {
            polygons.clear();
            box = {};
        }
        unusualWkb_[static_cast<std::uint32_t>(size())] = wkb;
    }
    appendParts(polygons, kind, box, verdict);
}

void ParcelLayer::appendParts(const std::vector<std::vector<QPolygonF>>& polygons, Kind kind, const gis::Envelope& box,
                              std::optional<core::Verdict> verdict)
{
    for (const auto& polygon : polygons) {
        for (std::size_t r = 0; r < polygon.size(); ++r) {
            const QPolygonF& given = polygon[r];
            const bool closed = given.size() >= 2 && given.front().x() == given.back().x() && given.front().y() == given.back().y();
            const auto count = static_cast<std::size_t>(given.size()) - (closed ? 1 : 0);
            if (chunkUsed_ + count > chunkSize_) {
                chunkSize_ = std::max(kChunkPoints, count);
                chunks_.push_back(std::make_unique<QPointF[]>(chunkSize_));
                chunkUsed_ = 0;
            }
            QPointF* points = chunks_.back().get() + chunkUsed_;
            std::copy(given.begin(), given.begin() + static_cast<qsizetype>(count), points);
            chunkUsed_ += count;
            rings_.push_back({points, static_cast<std::uint32_t>(count), r == 0, closed});
        }
    }
    firstRing_.push_back(static_cast<std::uint32_t>(rings_.size()));
    boxes_.push_back(box);
    verdicts_.push_back(verdict ? static_cast<std::int8_t>(*verdict) : std::int8_t(-1));
    kinds_.push_back(kind);
    extent_.expandToInclude(box);
}

void ParcelLayer::finish()
{
    const std::size_t n = size();
    if (n == 0 || extent_.isEmpty())
        return;
    // About eight parcels per cell.
    const double width = std::max(extent_.width(), 1e-9), height = std::max(extent_.height(), 1e-9);
    cellSize_ = std::max(std::sqrt(width * height * 8.0 / static_cast<double>(n)), 1e-6);
    columns_ = std::clamp(static_cast<int>(width / cellSize_) + 1, 1, 1 << 14);
    rows_ = std::clamp(static_cast<int>(height / cellSize_) + 1, 1, 1 << 14);
    cellSize_ = std::max(width / (columns_ - 0.5), height / (rows_ - 0.5));
    const auto cellOf = [&](const gis::Envelope& b) {
        const int cx = std::clamp(static_cast<int>((0.5 * (b.minX + b.maxX) - extent_.minX) / cellSize_), 0, columns_ - 1);
        const int cy = std::clamp(static_cast<int>((0.5 * (b.minY + b.maxY) - extent_.minY) / cellSize_), 0, rows_ - 1);
        return static_cast<std::size_t>(cy) * static_cast<std::size_t>(columns_) + static_cast<std::size_t>(cx);
    };
    const double largeSize = 4.0 * cellSize_;
    cellStart_.assign(static_cast<std::size_t>(columns_) * static_cast<std::size_t>(rows_) + 1, 0);
    for (std::size_t i = 0; i < n; ++i) {
        const gis::Envelope& b = boxes_[i];
        if (b.isEmpty())
            continue;
        if (b.width() > largeSize || b.height() > largeSize) {
            large_.push_back(static_cast<std::uint32_t>(i));
            continue;
        }
        reachX_ = std::max(reachX_, 0.5 * b.width());
        reachY_ = std::max(reachY_, 0.5 * b.height());
        ++cellStart_[cellOf(b) + 1];
    }
    for (std::size_t c = 1; c < cellStart_.size(); ++c)
        cellStart_[c] += cellStart_[c - 1];
    cellItems_.resize(cellStart_.back());
    std::vector<std::uint32_t> fill(cellStart_.begin(), cellStart_.end() - 1);
    for (std::size_t i = 0; i < n; ++i) {
        const gis::Envelope& b = boxes_[i];
        if (!b.isEmpty() && b.width() <= largeSize && b.height() <= largeSize)
            cellItems_[fill[cellOf(b)]++] = static_cast<std::uint32_t>(i);
    }
}

std::vector<std::size_t> ParcelLayer::query(const gis::Envelope& box) const
{
    std::vector<std::size_t> found;
    if (box.isEmpty() || !box.intersects(extent_) || cellStart_.empty())
        return found;
    if (box.contains(extent_)) {
        // Every parcel with a box (the whole layer in view): no cell to visit, nothing to order.
        found.reserve(size());
        for (std::size_t i = 0; i < size(); ++i) {
            if (!boxes_[i].isEmpty())
                found.push_back(i);
        }
        return found;
    }
    for (std::uint32_t i : large_) {
        if (boxes_[i].intersects(box))
            found.push_back(i);
    }
    // The cells whose parcels' boxes may reach the box.
    const auto cell = [&](double v, double origin, int cells) {
        return std::clamp(static_cast<int>(std::floor((v - origin) / cellSize_)), 0, cells - 1);
    };
    const int x0 = cell(box.minX - reachX_, extent_.minX, columns_), x1 = cell(box.maxX + reachX_, extent_.minX, columns_);
    const int y0 = cell(box.minY - reachY_, extent_.minY, rows_), y1 = cell(box.maxY + reachY_, extent_.minY, rows_);
    for (int y = y0; y <= y1; ++y) {
        const std::size_t row = static_cast<std::size_t>(y) * static_cast<std::size_t>(columns_);
        for (std::uint32_t k = cellStart_[row + static_cast<std::size_t>(x0)]; k < cellStart_[row + static_cast<std::size_t>(x1) + 1]; ++k) {
            if (boxes_[cellItems_[k]].intersects(box))
                found.push_back(cellItems_[k]);
        }
    }
    // Ascending order (drawing order): a sort for a few, a sweep over a bitmap for a crowd.
    if (found.size() < size() / 16) {
        std::sort(found.begin(), found.end());
        return found;
    }
    std::vector<std::uint64_t> marks((size() + 63) / 64, 0);
    for (std::size_t i : found)
        marks[i / 64] |= std::uint64_t(1) << (i % 64);
    found.clear();
    for (std::size_t word = 0; word < marks.size(); ++word) {
        if (!marks[word])
            continue;
        for (std::size_t bit = 0; bit < 64; ++bit) {
            if (marks[word] >> bit & 1u)
                found.push_back(word * 64 + bit);
        }
    }
    return found;
}

std::optional<core::Verdict> ParcelLayer::verdict(std::size_t parcel) const
{
    return verdicts_[parcel] < 0 ? std::nullopt : std::optional<core::Verdict>(static_cast<core::Verdict>(verdicts_[parcel]));
}

QPointF ParcelLayer::point(std::size_t parcel) const
{
    const gis::Envelope& b = boxes_[parcel];
    return b.isEmpty() ? QPointF() : QPointF(0.5 * (b.minX + b.maxX), 0.5 * (b.minY + b.maxY));
}

ParcelRing ParcelLayer::ring(std::size_t parcel, std::size_t index) const
{
    const RingSpan& span = rings_[firstRing_[parcel] + index];
    return {span.points, static_cast<int>(span.count)};
}

ParcelShape ParcelLayer::shape(std::size_t parcel) const
{
    ParcelShape shape;
    for (std::size_t r = 0; r < ringCount(parcel); ++r) {
        const ParcelRing points = ring(parcel, r);
        shape.rings.emplace_back(QPolygonF(QList<QPointF>(points.points, points.points + points.count)));
        if (rings_[firstRing_[parcel] + r].closed)
            shape.rings.back() << points.points[0];
    }
    shape.box = boxes_[parcel];
    shape.point = point(parcel);
    shape.verdict = verdict(parcel);
    return shape;
}

std::vector<unsigned char> ParcelLayer::wkb(std::size_t parcel) const
{
    const auto unusual = unusualWkb_.find(static_cast<std::uint32_t>(parcel));
    return unusual != unusualWkb_.end() ? unusual->second : rebuiltWkb(parcel);
}

std::vector<unsigned char> ParcelLayer::rebuiltWkb(std::size_t parcel) const
{
    std::vector<unsigned char> out;
    const Kind kind = kinds_[parcel];
    if (kind == Kind::Empty)
        return out;
    if (kind == Kind::Point) {
        const QPointF p = point(parcel);
        const double xy[2] = {p.x(), p.y()};
        putHeader(out, 1);
        put(out, xy, 16);
        return out;
    }
    // The polygons: each begins at a ring marked as its shell.
    std::vector<std::pair<std::size_t, std::size_t>> polygons;  // first ring, ring count
    for (std::size_t r = 0; r < ringCount(parcel); ++r) {
        if (r == 0 || rings_[firstRing_[parcel] + r].startsPolygon)
            polygons.push_back({r, 0});
        ++polygons.back().second;
    }
    if (kind == Kind::MultiPolygon) {
        putHeader(out, 6);
        const auto parts = static_cast<std::uint32_t>(polygons.size());
        put(out, &parts, 4);
    }
    for (const auto& [first, count] : polygons) {
        putHeader(out, 3);
        const auto rings = static_cast<std::uint32_t>(count);
        put(out, &rings, 4);
        for (std::size_t r = first; r < first + count; ++r) {
            const ParcelRing points = ring(parcel, r);
            const bool closed = rings_[firstRing_[parcel] + r].closed;
            const auto n = static_cast<std::uint32_t>(points.count + (closed ? 1 : 0));
            put(out, &n, 4);
            for (std::uint32_t i = 0; i < n; ++i) {
                const QPointF& p = points.points[i < static_cast<std::uint32_t>(points.count) ? i : 0];
                const double xy[2] = {p.x(), p.y()};
                put(out, xy, 16);
            }
        }
    }
    return out;
}

}  // namespace pearlzone::render
