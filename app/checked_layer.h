#pragma once
// CheckedLayer: one checked parcel file as the app holds it — how it was read and checked, and
// its parcels compactly: the results (app/parcel_results.h) and the map shapes
// (render/parcel_layer.h), index for index. Built by appending each checked parcel in input
// order and finish(), on the checking side; then shared read-only with the GUI.

#include "app/parcel_results.h"
#include "core/batch_check.h"
#include "render/parcel_layer.h"

#include <QDateTime>
#include <QString>

#include <memory>

namespace pearlzone::app {

struct CheckedLayer {
    QString source;  // file path or connection
    QString name;    // for the layers panel (the planner may rename it)
    core::ParcelInputOptions input;  // how it was read, to check it again
    QDateTime checkedAt;             // when the check ran (the report's cover says so)
    bool drawn = false;              // the drawn parcels, not a file
    QString crs;     // what the parcels' coordinates were taken to be
    double minInside = 0.99;
    bool pushedDown = false;  // checked by --engine postgis (core/postgis_engine.h)
    core::Language language = core::Language::Chinese;  // of its reasons
    core::BatchSummary summary;
    // The parcels as map shapes, index for index with the results; set by finish().
    std::shared_ptr<const render::ParcelLayer> shapes;

    // Building: each checked parcel (its result and its geometry's WKB) in input order, then
    // finish() once. The parcel is copied into the compact form; it may be dropped after.
    void append(const core::CheckedParcel& parcel);
    void finish();

    std::size_t size() const { return results_.size(); }
    bool empty() const { return results_.size() == 0; }
    const ParcelResults& results() const { return results_; }
    core::ParcelResult result(std::size_t parcel) const { return results_.at(parcel); }
    // The parcel with its geometry, for exports (the same bytes as appended).
    core::CheckedParcel parcel(std::size_t parcel) const;

private:
    ParcelResults results_;
    std::shared_ptr<render::ParcelLayer> building_;
};

// Once, when the app starts: blocks of 1 MiB and more (a sort's keys, the table's row order)
// are taken from the system and given back to it each time. glibc otherwise raises that limit
// to the largest block freed so far, and the table's sorts of a million rows then left ~25 MB in
// malloc's arenas for good. Does nothing where the C library is not glibc.
void useMappedLargeBlocks();

// A CheckSink that appends every checked parcel to a layer as the check writes them, so that
// the whole layer is never held in the check's own form.
class CheckedLayerSink : public core::CheckSink {
public:
    explicit CheckedLayerSink(CheckedLayer& layer) : layer_(layer) {}
    bool wantsGeometry() const override { return true; }
    void write(const std::vector<core::CheckedParcel>& parcels) override
    {
        for (const auto& parcel : parcels)
            layer_.append(parcel);
    }

private:
    CheckedLayer& layer_;
};

}  // namespace pearlzone::app
