#pragma once
// ParcelLayer: a parcel layer held compactly for the map — every coordinate of the layer in one
// flat array, a box and a verdict per parcel, and a grid index over the boxes — so that a
// million parcels cost a few hundred bytes each rather than a few allocations each. Built by
// appending in parcel order and finish(), then read-only (the render thread and the GUI read it
// at once). ParcelShape is the one-parcel value form, made on demand.

#include "core/check_result.h"
#include "gis/envelope.h"

#include <QPointF>
#include <QPolygonF>
#include <QString>

#include <cstdint>
#include <deque>
#include <memory>
#include <optional>
#include <unordered_map>
#include <vector>

namespace pearlzone::render {

struct ParcelShape {
    std::vector<QPolygonF> rings;  // shells and holes; empty for a point parcel
    QPointF point;                 // the point of a point parcel, else the box centre
    gis::Envelope box;
    std::optional<core::Verdict> verdict;  // none until checked
};

// One ring's points in the layer's array; a closed ring's last point (the first again) is not
// repeated: QPainter and QPolygonF::containsPoint close rings themselves.
struct ParcelRing {
    const QPointF* points = nullptr;
    int count = 0;
};

class ParcelLayer {
public:
    explicit ParcelLayer(QString name);
    ParcelLayer(QString name, const std::vector<ParcelShape>& parcels);  // appended and finished

    // Building: each parcel in turn, then finish() once.
    void append(const ParcelShape& shape);
    // From the geometry's WKB (EPSG:4547); an unusable geometry gives an empty parcel, so that
    // the layer stays index for index with its parcels.
    void appendWkb(const std::vector<unsigned char>& wkb, std::optional<core::Verdict> verdict);
    void finish();

    const QString& name() const { return name_; }
    std::size_t size() const { return boxes_.size(); }
    const gis::Envelope& box(std::size_t parcel) const { return boxes_[parcel]; }
    std::optional<core::Verdict> verdict(std::size_t parcel) const;
    QPointF point(std::size_t parcel) const;  // a point parcel's point, else its box centre
    std::size_t ringCount(std::size_t parcel) const { return firstRing_[parcel + 1] - firstRing_[parcel]; }
    ParcelRing ring(std::size_t parcel, std::size_t index) const;
    ParcelShape shape(std::size_t parcel) const;
    // The parcel's geometry as WKB, byte for byte as appended through appendWkb (empty when it
    // had none).
    std::vector<unsigned char> wkb(std::size_t parcel) const;

    // Parcels whose boxes intersect box, in ascending order.
    std::vector<std::size_t> query(const gis::Envelope& box) const;
    const gis::Envelope& extent() const { return extent_; }

private:
    enum class Kind : std::uint8_t { Empty, Point, Polygon, MultiPolygon };
    void appendParts(const std::vector<std::vector<QPolygonF>>& polygons, Kind kind, const gis::Envelope& box,
                     std::optional<core::Verdict> verdict);
    std::vector<unsigned char> rebuiltWkb(std::size_t parcel) const;

    struct RingSpan {
        const QPointF* points;
        std::uint32_t count;
        bool startsPolygon;
        bool closed;  // the last point, the same as the first, is not stored
    };
    // Growing without copying (deques and fixed chunks), so that building never holds a layer twice.
    static constexpr std::size_t kChunkPoints = 1 << 16;
    QString name_;
    std::vector<std::unique_ptr<QPointF[]>> chunks_;  // every ring's points, parcel after parcel
    std::size_t chunkUsed_ = kChunkPoints;
    std::size_t chunkSize_ = 0;
    std::deque<RingSpan> rings_;
    std::deque<std::uint32_t> firstRing_{0};  // per parcel (and one past the last): its first ring
    std::deque<gis::Envelope> boxes_;
    std::deque<std::int8_t> verdicts_;  // -1: not checked
    std::deque<Kind> kinds_;
    std::unordered_map<std::uint32_t, std::vector<unsigned char>> unusualWkb_;  // WKB the flat form cannot rebuild
    gis::Envelope extent_;

    // The grid index: each parcel in the cell of its box centre; a query widens by the largest
    // half box; parcels much larger than a cell are kept aside and always tested.
    double cellSize_ = 1.0;
    int columns_ = 0;
    int rows_ = 0;
    double reachX_ = 0.0;
    double reachY_ = 0.0;
    std::vector<std::uint32_t> cellStart_;
    std::vector<std::uint32_t> cellItems_;
    std::vector<std::uint32_t> large_;
};

}  // namespace pearlzone::render
