#pragma once
// The map of a zone-set comparison: the "from" zones filled, the changed parcels coloured by
// their new verdict, and the "to" boundaries drawn over them dashed, with a small legend.

#include "app/map_canvas.h"
#include "core/zone_compare.h"

#include <QPainterPath>

namespace pearlzone::app {

class CompareMap : public MapCanvas {
    Q_OBJECT
public:
    explicit CompareMap(QWidget* parent = nullptr);
    // changed: as the comparison listed them (the map's parcel layer, index for index).
    void show(const core::PilotZoneData& from, const core::PilotZoneData& to, const std::vector<core::ChangedParcel>& changed,
              core::Language language);
    // Highlights these changed parcels (indexes into changed) and zooms to them.
    void selectChanged(const std::vector<std::size_t>& parcels);

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    void zoomAround(const gis::Envelope& box);

    std::vector<QPainterPath> newBoundaries_;  // EPSG:4547
    QString fromLabel_;
    QString toLabel_;
};

}  // namespace pearlzone::app
