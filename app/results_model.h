#pragma once
// The results table's model (one checked layer) and its filter by verdict and zone.

#include "app/check_runner.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

#include <memory>
#include <optional>

namespace pearlzone::app {

class ResultsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Id, Industry, Zone, Subarea, InsideRatio, Location, Status, Verdict, Reason, ColumnCount };
    static constexpr int kSortRole = Qt::UserRole + 1;

    explicit ResultsModel(QObject* parent = nullptr);
    void setLayer(std::shared_ptr<const CheckedLayer> layer);
    const std::shared_ptr<const CheckedLayer>& layer() const { return layer_; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    void retranslate();

private:
    std::shared_ptr<const CheckedLayer> layer_;
};

class ResultsFilter : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit ResultsFilter(QObject* parent = nullptr);
    void setVerdict(std::optional<core::Verdict> verdict);
    // std::nullopt: any zone; "": parcels in no zone.
    void setZone(std::optional<std::string> zoneId);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    std::optional<core::Verdict> verdict_;
    std::optional<std::string> zone_;
};

}  // namespace pearlzone::app
