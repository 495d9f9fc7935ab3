// The parcel raster is a fast path for crowds (render/parcel_raster.h): QPainter stays the
// authority for what a fill covers. Random parcels - star-shaped, self-crossing, with holes,
// overlapping - filled both ways without anti-aliasing must cover the same pixels, except
// where a pixel centre lies so close to an edge that QPainter's 1/64-pixel fixed point may
// round it to the other side.
#include "render/parcel_raster.h"

#include "pearlzone_catch.h"

#include <QImage>
#include <QPainter>
#include <QPainterPath>

#include <cmath>
#include <random>

using namespace pearlzone;

namespace {

constexpr double kPi = 3.14159265358979323846;

struct Parcel {
    std::vector<QPointF> points;
    std::vector<int> ringEnds;
};

std::vector<QPointF> starRing(std::mt19937& random, QPointF centre, double radius, int corners)
{
    std::uniform_real_distribution<double> reach(0.2, 1.0);
    std::vector<QPointF> ring;
    for (int k = 0; k < corners; ++k) {
        const double angle = 2 * kPi * k / corners;
        ring.emplace_back(centre.x() + radius * reach(random) * std::cos(angle), centre.y() + radius * reach(random) * std::sin(angle));
    }
    return ring;
}

Parcel randomParcel(std::mt19937& random, QSize size)
{
    std::uniform_real_distribution<double> x(-10.0, size.width() + 10.0), y(-10.0, size.height() + 10.0);
    std::uniform_real_distribution<double> radius(0.3, 40.0);
    std::uniform_int_distribution<int> corners(3, 12), kind(0, 2);
    Parcel parcel;
    const QPointF centre(x(random), y(random));
    const double r = radius(random);
    switch (kind(random)) {
    case 0:  // a simple star
        parcel.points = starRing(random, centre, r, corners(random));
        break;
    case 1:  // any polygon: corners anywhere near the centre, edges crossing
        for (int k = corners(random); k > 0; --k) {
            std::uniform_real_distribution<double> offset(-r, r);
            parcel.points.emplace_back(centre.x() + offset(random), centre.y() + offset(random));
        }
        break;
    default:  // a star with a hole of the same turning
        parcel.points = starRing(random, centre, r, corners(random));
        parcel.ringEnds.push_back(static_cast<int>(parcel.points.size()));
        for (const QPointF& p : starRing(random, centre, r * 0.15, 5))
            parcel.points.push_back(p);
        break;
    }
    parcel.ringEnds.push_back(static_cast<int>(parcel.points.size()));
    return parcel;
}

double distanceToSegment(QPointF p, QPointF a, QPointF b)
{
    const QPointF d = b - a;
    const double length2 = QPointF::dotProduct(d, d);
    const double t = length2 > 0 ? std::clamp(QPointF::dotProduct(p - a, d) / length2, 0.0, 1.0) : 0.0;
    const QPointF nearest = a + t * d;
    return std::hypot(p.x() - nearest.x(), p.y() - nearest.y());
}

double distanceToEdges(QPointF p, const std::vector<Parcel>& parcels)
{
    double best = 1e300;
    for (const Parcel& parcel : parcels) {
        int start = 0;
        for (int end : parcel.ringEnds) {
            for (int i = start, j = end - 1; i < end; j = i++)
                best = std::min(best, distanceToSegment(p, parcel.points[static_cast<std::size_t>(j)],
                                                        parcel.points[static_cast<std::size_t>(i)]));
            start = end;
        }
    }
    return best;
}

}  // namespace

TEST_CASE("the parcel raster fills the pixels QPainter fills, on random parcels", "[render][batch]")
{
    const QSize size(160, 120);
    std::mt19937 random(20261127);
    long long compared = 0, covered = 0, nearEdge = 0;
    for (int trial = 0; trial < 200; ++trial) {
        std::vector<Parcel> parcels;
        for (int n = std::uniform_int_distribution<int>(1, 12)(random); n > 0; --n)
            parcels.push_back(randomParcel(random, size));

        render::ParcelRaster raster(QRect(QPoint(0, 0), size));
        QImage reference(size, QImage::Format_ARGB32_Premultiplied);
        reference.fill(Qt::transparent);
        QPainter painter(&reference);
        painter.setRenderHint(QPainter::Antialiasing, false);
        painter.setPen(Qt::NoPen);
        painter.setBrush(Qt::black);
        for (const Parcel& parcel : parcels) {
            raster.fill(parcel.points, parcel.ringEnds, 0);
            QPainterPath path;
            path.setFillRule(Qt::OddEvenFill);
            int start = 0;
            for (int end : parcel.ringEnds) {
                QPolygonF ring;
                for (int i = start; i < end; ++i)
                    ring << parcel.points[static_cast<std::size_t>(i)];
                path.addPolygon(ring);
                path.closeSubpath();
                start = end;
            }
            painter.drawPath(path);
        }
        painter.end();

        render::ParcelRaster::Style style;
        style.fill[0] = qRgba(0, 0, 0, 255);
        QPoint topLeft;
        const QImage drawn = raster.image(style, topLeft);
        for (int y = 0; y < size.height(); ++y) {
            for (int x = 0; x < size.width(); ++x) {
                const QPoint inDrawn = QPoint(x, y) - topLeft;
                const bool fast = drawn.rect().contains(inDrawn) && qAlpha(drawn.pixel(inDrawn)) > 0;
                const bool authority = qAlpha(reference.pixel(x, y)) > 0;
                ++compared;
                covered += authority ? 1 : 0;
                if (fast == authority)
                    continue;
                const double distance = distanceToEdges(QPointF(x + 0.5, y + 0.5), parcels);
                ++nearEdge;
                INFO("trial " << trial << ", pixel (" << x << ", " << y << "): raster " << fast << ", QPainter " << authority
                              << ", centre " << distance << " px from an edge");
                CHECK(distance < 1.0 / 32);
            }
        }
    }
    // The parcels covered a real share of the pixels, and the disagreements are rare.
    CHECK(covered > compared / 10);
    CHECK(nearEdge < compared / 10000);
}

TEST_CASE("a raster split in bands of rows marks exactly the pixels of one raster of the whole", "[render][batch]")
{
    // The map rasters a crowd in bands on several threads: fills and outlines that cross the
    // bands' edges, or run off the raster, must come out the same pixel for pixel.
    const QRect whole(10, 20, 160, 120);
    std::mt19937 random(20261128);
    render::ParcelRaster::Style style;
    for (std::size_t slot = 0; slot < render::ParcelRaster::kSlots; ++slot) {
        style.fill[slot] = qRgba(40 * static_cast<int>(slot), 200, 0, 120);
        style.outline[slot] = qRgba(0, 0, 50 * static_cast<int>(slot), 255);
    }
    const auto paint = [&](QImage& canvas, render::ParcelRaster& raster) {
        QPoint topLeft;
        const QImage image = raster.image(style, topLeft);
        QPainter painter(&canvas);
        painter.setCompositionMode(QPainter::CompositionMode_Source);
        painter.drawImage(topLeft - whole.topLeft(), image);
    };
    for (int trial = 0; trial < 50; ++trial) {
        std::vector<std::pair<Parcel, std::size_t>> parcels;
        for (int n = std::uniform_int_distribution<int>(1, 30)(random); n > 0; --n) {
            Parcel parcel = randomParcel(random, whole.size());
            for (QPointF& p : parcel.points)
                p += whole.topLeft();
            parcels.emplace_back(std::move(parcel), std::uniform_int_distribution<std::size_t>(0, 4)(random));
        }
        const auto draw = [&](render::ParcelRaster& raster) {
            for (std::size_t slot = 0; slot < render::ParcelRaster::kSlots; ++slot) {
                for (const auto& [parcel, parcelSlot] : parcels) {
                    if (parcelSlot == slot) {
                        raster.fill(parcel.points, parcel.ringEnds, slot);
                        raster.outline(parcel.points, parcel.ringEnds, slot);
                    }
                }
            }
        };
        QImage one(whole.size(), QImage::Format_ARGB32_Premultiplied);
        one.fill(Qt::transparent);
        render::ParcelRaster single(whole);
        draw(single);
        paint(one, single);

        QImage banded(whole.size(), QImage::Format_ARGB32_Premultiplied);
        banded.fill(Qt::transparent);
        const int cuts[] = {0, 37, 38, 90, whole.height()};  // a one-row band among them
        for (std::size_t b = 0; b + 1 < std::size(cuts); ++b) {
            render::ParcelRaster band(QRect(whole.left(), whole.top() + cuts[b], whole.width(), cuts[b + 1] - cuts[b]));
            draw(band);
            paint(banded, band);
        }
        INFO("trial " << trial);
        int differing = 0;
        for (int y = 0; y < whole.height(); ++y)
            for (int x = 0; x < whole.width(); ++x)
                differing += one.pixel(x, y) != banded.pixel(x, y) ? 1 : 0;
        CHECK(differing == 0);
        int drawn = 0;
        for (int y = 0; y < whole.height(); ++y)
            for (int x = 0; x < whole.width(); ++x)
                drawn += qAlpha(one.pixel(x, y)) > 0 ? 1 : 0;
        CHECK(drawn > 0);
    }
}
