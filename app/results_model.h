#pragma once
// The results table's model: one checked layer's parcels, filtered by verdict, zone, land-use
// status and constraint conflicts, and sorted by any column. Sorting and filtering a large layer run on a worker thread (the table
// keeps showing the old order meanwhile), so a million rows never freeze the window. Every
// word comes from core::Wording; the columns are listed once, in results_model.cpp.

#include "app/check_runner.h"
#include "core/wording.h"

#include <QAbstractTableModel>

#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

namespace pearlzone::app {

class ResultsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Id, Industry, Zone, Subarea, InsideRatio, Location, Status, LandUse, LandUseStatus, Constraints, Verdict, Reason, ColumnCount };
    // Layers up to this size are sorted and filtered at once, larger ones in the background.
    static constexpr std::size_t kSynchronousRows = 20000;

    explicit ResultsModel(QObject* parent = nullptr);
    ~ResultsModel() override;

    void setLayer(std::shared_ptr<const CheckedLayer> layer);
    const std::shared_ptr<const CheckedLayer>& layer() const { return layer_; }
    // The zones (for names) and the language of every word shown.
    void setContext(std::shared_ptr<const core::PilotZoneData> data, core::Language language);

    void setVerdictFilter(std::optional<core::Verdict> verdict);
    // std::nullopt: any zone; "": parcels in no zone.
    void setZoneFilter(std::optional<std::string> zoneId);
    // SPEC 4.1's land_use_status; std::nullopt: any.
    void setLandUseFilter(std::optional<core::LandUseStatus> status);
    // Only parcels that hit at least one constraint line (SPEC 4.2).
    void setConflictFilter(bool conflictsOnly);
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    bool isBusy() const { return busy_ > 0; }
    // The shown rows (parcel indexes in table order) and their verdicts counted, by Verdict value.
    struct Rows {
        std::vector<std::uint32_t> order;
        std::array<std::int64_t, 4> verdictCounts{};
    };
    std::int64_t shownWith(core::Verdict verdict) const { return verdictCounts_[static_cast<std::size_t>(verdict) % verdictCounts_.size()]; }

    // Row (in the table's order) <-> parcel index in the layer; -1 when filtered out.
    std::size_t parcelAt(int row) const { return rows_.at(static_cast<std::size_t>(row)); }
    int rowOf(std::size_t parcel) const;
    // The first shown row whose parcel id is text (else starts with it, ignoring case); -1.
    int findParcelId(const QString& text) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

signals:
    void busyChanged(bool busy);
    void rowsRecomputed();

private:
    void recompute();
    void applyRows(Rows rows);

    std::shared_ptr<const CheckedLayer> layer_;
    std::shared_ptr<const core::PilotZoneData> data_;
    core::Language language_ = core::Language::Chinese;
    std::optional<core::Verdict> verdict_;
    std::optional<std::string> zone_;
    std::optional<core::LandUseStatus> landUse_;
    bool conflictsOnly_ = false;
    int sortColumn_ = -1;
    Qt::SortOrder sortOrder_ = Qt::AscendingOrder;
    std::vector<std::uint32_t> rows_;  // parcel indexes in table order
    std::array<std::int64_t, 4> verdictCounts_{};
    quint64 generation_ = 0;
    int busy_ = 0;
};

}  // namespace pearlzone::app
