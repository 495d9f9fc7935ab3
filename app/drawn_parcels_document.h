#pragma once
// DrawnParcelsDocument: the parcels a planner drew, each checked as soon as it changes. The
// undo commands act on it; the window, map and panels follow its changed() signal. It saves
// itself as it changes (autosave, a GeoPackage in the user's data folder) so that a crash or
// restart loses nothing, and re-checks everything when the zones or the language change.

#include "app/check_runner.h"
#include "core/parcel_checker.h"
#include "core/pilot_zone_data.h"

#include <QObject>
#include <QString>

#include <memory>
#include <vector>

namespace pearlzone::app {

struct DrawnParcel {
    QString id;
    QString industry;
    std::vector<unsigned char> wkb;  // EPSG:4547
    core::ParcelResult result;
};

class DrawnParcelsDocument : public QObject {
    Q_OBJECT
public:
    DrawnParcelsDocument(std::shared_ptr<const core::PilotZoneData> data, core::Language language,
                         QObject* parent = nullptr);
    ~DrawnParcelsDocument() override;

    const std::vector<DrawnParcel>& parcels() const { return parcels_; }
    std::size_t size() const { return parcels_.size(); }
    const DrawnParcel& at(std::size_t index) const { return parcels_.at(index); }
    // The parcels as a checked layer (map shapes, results table, exports), made on change.
    const std::shared_ptr<const CheckedLayer>& layer() const { return layer_; }

    // A new parcel from a drawn outline (EPSG:4547, at least 3 corners), checked but not
    // added (push an AddDrawnParcel). Throws gis::Error for an outline GEOS cannot take.
    DrawnParcel makeParcel(const std::vector<unsigned char>& wkb, const QString& industry);

    // The edits the undo commands make; each re-checks the parcel and emits changed().
    void insert(std::size_t index, DrawnParcel parcel);
    DrawnParcel take(std::size_t index);
    void setIndustry(std::size_t index, const QString& industry);
    void setOutline(std::size_t index, const std::vector<unsigned char>& wkb);

    // Re-checks every parcel against other zones or in another language.
    void setData(std::shared_ptr<const core::PilotZoneData> data);
    void setLanguage(core::Language language);
    // Re-checks every parcel against these constraint lines (null: none).
    void setConstraints(std::shared_ptr<const core::ConstraintSet> constraints);

    // Work not yet written to a file the planner chose (the autosave does not count).
    bool isModified() const { return modified_; }
    // Writes the parcels to path; throws core::OutputError.
    void saveTo(const QString& path);

    // Autosave: every change is written to path; restore() reads it back (true if any).
    void setAutosavePath(const QString& path) { autosavePath_ = path; }
    const QString& autosavePath() const { return autosavePath_; }
    bool restore();

signals:
    void changed();
    void autosaveFailed(const QString& message);

private:
    core::ParcelResult check(const std::vector<unsigned char>& wkb, const QString& id, const QString& industry);
    void recheckAll();
    void afterChange(bool modifies);

    std::shared_ptr<const core::PilotZoneData> data_;
    core::Language language_;
    std::shared_ptr<const core::ConstraintSet> constraints_;  // outlives checker_, which points into it
    std::unique_ptr<core::ParcelChecker> checker_;  // on the GUI thread; drawn parcels are few
    std::vector<DrawnParcel> parcels_;
    std::shared_ptr<const CheckedLayer> layer_;
    QString autosavePath_;
    int counter_ = 0;
    bool modified_ = false;
};

}  // namespace pearlzone::app
