#include "gis/spatial_index.h"

#include "gis/error.h"
#include "gis/geometry.h"
#include "gis/geos_context.h"

#include <algorithm>
#include <cstdint>

namespace pearlzone::gis {

namespace {

// Items are stored in the tree's void* slot as numbers, not pointers.
void* itemToPointer(std::size_t item) { return reinterpret_cast<void*>(static_cast<std::uintptr_t>(item)); }
std::size_t pointerToItem(void* p) { return static_cast<std::size_t>(reinterpret_cast<std::uintptr_t>(p)); }

}  // namespace

SpatialIndex::SpatialIndex(std::size_t nodeCapacity)
    : tree_(GEOSSTRtree_create_r(geosHandle(), nodeCapacity))
{
    if (!tree_)
        GeosContext::forThisThread().fail("cannot create a spatial index");
}

SpatialIndex::SpatialIndex(SpatialIndex&& other) noexcept
    : tree_(other.tree_), size_(other.size_), queried_(other.queried_.load())
{
    other.tree_ = nullptr;
    other.size_ = 0;
}

SpatialIndex& SpatialIndex::operator=(SpatialIndex&& other) noexcept
{
    if (this != &other) {
        if (tree_)
            GEOSSTRtree_destroy_r(geosHandle(), tree_);
        tree_ = other.tree_;
        size_ = other.size_;
        queried_ = other.queried_.load();
        other.tree_ = nullptr;
        other.size_ = 0;
    }
    return *this;
}

SpatialIndex::~SpatialIndex()
{
    if (tree_)
        GEOSSTRtree_destroy_r(geosHandle(), tree_);
}

void SpatialIndex::insert(const Envelope& box, std::size_t item)
{
    if (box.isEmpty())
        return;  // an empty geometry can never be found by an envelope query
    insert(Geometry::rectangle(box), item);
}

void SpatialIndex::insert(const Geometry& geometry, std::size_t item)
{
    if (queried_)
        throw Error("a spatial index cannot take new items after it has been queried");
    if (geometry.isNull() || geometry.isEmpty())
        return;
    // Since GEOS 3.9 the tree copies the envelope, so the geometry need not outlive it.
    GEOSSTRtree_insert_r(geosHandle(), tree_, geometry.get(), itemToPointer(item));
    ++size_;
}

void SpatialIndex::query(const Envelope& box, const std::function<void(std::size_t)>& visit) const
{
    if (box.isEmpty() || size_ == 0)
        return;
    const Geometry probe = Geometry::rectangle(box);
    if (!queried_.load(std::memory_order_relaxed))
        queried_.store(true);
    auto callback = [](void* item, void* userdata) {
        (*static_cast<const std::function<void(std::size_t)>*>(userdata))(pointerToItem(item));
    };
    GEOSSTRtree_query_r(geosHandle(), tree_, probe.get(), callback,
                        const_cast<std::function<void(std::size_t)>*>(&visit));
}

std::vector<std::size_t> SpatialIndex::query(const Envelope& box) const
{
    std::vector<std::size_t> items;
    query(box, [&items](std::size_t item) { items.push_back(item); });
    std::sort(items.begin(), items.end());
    return items;
}

}  // namespace pearlzone::gis
