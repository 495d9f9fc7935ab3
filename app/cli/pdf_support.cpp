#include "app/cli/pdf_support.h"

namespace pearlzone::cli {

void ShapeSink::write(const std::vector<core::CheckedParcel>& parcels)
{
    for (const auto& parcel : parcels) {
        render::ParcelShape shape = render::parcelShapeFromWkb(parcel.wkb).value_or(render::ParcelShape{});
        shape.verdict = parcel.result.verdict;
        shapes_.push_back(std::move(shape));
    }
}

std::shared_ptr<const render::ParcelLayer> parcelLayerOf(const QString& name, const std::vector<core::CheckedParcel>& parcels)
{
    std::vector<render::ParcelShape> shapes;
    shapes.reserve(parcels.size());
    for (const auto& parcel : parcels) {
        render::ParcelShape shape = render::parcelShapeFromWkb(parcel.wkb).value_or(render::ParcelShape{});
        shape.verdict = parcel.result.verdict;
        shapes.push_back(std::move(shape));
    }
    return std::make_shared<render::ParcelLayer>(name, std::move(shapes));
}

}  // namespace pearlzone::cli
