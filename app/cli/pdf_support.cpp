#include "app/cli/pdf_support.h"

namespace pearlzone::cli {

void ShapeSink::write(const std::vector<core::CheckedParcel>& parcels)
{
    for (const auto& parcel : parcels)
        shapes_.push_back(render::parcelShape(parcel.wkb, parcel.result.verdict));
}

}  // namespace pearlzone::cli
