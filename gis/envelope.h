#pragma once
// An axis-aligned bounding box. Empty boxes (nothing added) have min > max.

#include <algorithm>
#include <limits>

namespace pearlzone::gis {

struct Envelope {
    double minX = std::numeric_limits<double>::infinity();
    double minY = std::numeric_limits<double>::infinity();
    double maxX = -std::numeric_limits<double>::infinity();
    double maxY = -std::numeric_limits<double>::infinity();

    bool isEmpty() const { return minX > maxX || minY > maxY; }
    double width() const { return isEmpty() ? 0.0 : maxX - minX; }
    double height() const { return isEmpty() ? 0.0 : maxY - minY; }

    void expandToInclude(double x, double y)
    {
        minX = std::min(minX, x);
        minY = std::min(minY, y);
        maxX = std::max(maxX, x);
        maxY = std::max(maxY, y);
    }
    void expandToInclude(const Envelope& other)
    {
        if (other.isEmpty())
            return;
        expandToInclude(other.minX, other.minY);
        expandToInclude(other.maxX, other.maxY);
    }
    bool intersects(const Envelope& other) const
    {
        return !isEmpty() && !other.isEmpty() && minX <= other.maxX && other.minX <= maxX &&
               minY <= other.maxY && other.minY <= maxY;
    }
    bool contains(const Envelope& other) const
    {
        return !isEmpty() && !other.isEmpty() && minX <= other.minX && other.maxX <= maxX &&
               minY <= other.minY && other.maxY <= maxY;
    }
};

}  // namespace pearlzone::gis
