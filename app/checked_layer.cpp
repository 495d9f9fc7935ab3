#include "app/checked_layer.h"

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace pearlzone::app {

void CheckedLayer::append(const core::CheckedParcel& parcel)
{
    if (!building_)
        building_ = std::make_shared<render::ParcelLayer>(name);
    results_.append(parcel.result);
    building_->appendWkb(parcel.wkb, parcel.result.verdict);
}

void CheckedLayer::finish()
{
    if (!building_)
        building_ = std::make_shared<render::ParcelLayer>(name);
    results_.shrinkToFit();
    building_->finish();
    shapes = std::move(building_);
#ifdef __GLIBC__
    malloc_trim(0);  // the check's batches are gone: give their memory back
#endif
}

void useMappedLargeBlocks()
{
#ifdef __GLIBC__
    mallopt(M_MMAP_THRESHOLD, 1 << 20);
#endif
}

core::CheckedParcel CheckedLayer::parcel(std::size_t index) const
{
    core::CheckedParcel parcel;
    parcel.result = results_.at(index);
    if (shapes)
        parcel.wkb = shapes->wkb(index);
    return parcel;
}

}  // namespace pearlzone::app
