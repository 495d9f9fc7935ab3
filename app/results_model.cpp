#include "app/results_model.h"

#include "render/map_style.h"

#include <QCoreApplication>

namespace pearlzone::app {

ResultsModel::ResultsModel(QObject* parent) : QAbstractTableModel(parent) {}

void ResultsModel::setLayer(std::shared_ptr<const CheckedLayer> layer)
{
    beginResetModel();
    layer_ = std::move(layer);
    endResetModel();
}

int ResultsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !layer_ ? 0 : static_cast<int>(layer_->parcels.size());
}

int ResultsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ResultsModel::data(const QModelIndex& index, int role) const
{
    if (!layer_ || !index.isValid())
        return {};
    const core::ParcelResult& r = layer_->parcels[static_cast<std::size_t>(index.row())].result;
    auto text = [](const std::string& s) { return QString::fromStdString(s); };
    if (role == Qt::DisplayRole || role == kSortRole) {
        switch (index.column()) {
        case Id: return text(r.parcelId);
        case Industry: return text(r.industry);
        case Zone: return text(r.zoneId);
        case Subarea: return text(r.subareaId);
        case InsideRatio:
            return role == kSortRole ? QVariant(r.insideRatio) : QVariant(QString::number(r.insideRatio * 100.0, 'f', 1) + QLatin1Char('%'));
        // The report's codes, in the interface language (exports keep the codes themselves).
        case Location: return QCoreApplication::translate("pearlzone::app::MainWindow", core::toString(r.location));
        case Status: return QCoreApplication::translate("pearlzone::app::MainWindow", core::toString(r.industryStatus));
        case Verdict:
            return role == kSortRole ? QVariant(static_cast<int>(r.verdict))
                                     : QVariant(QCoreApplication::translate("pearlzone::app::MainWindow", core::toString(r.verdict)));
        case Reason: return text(r.reason);
        default: return {};
        }
    }
    if (role == Qt::DecorationRole && index.column() == Verdict)
        return render::verdictColour(r.verdict);
    if (role == Qt::ToolTipRole && index.column() == Reason)
        return text(r.reason);
    return {};
}

QVariant ResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Id: return tr("Parcel");
    case Industry: return tr("Industry");
    case Zone: return tr("Zone");
    case Subarea: return tr("Sub-area");
    case InsideRatio: return tr("Inside");
    case Location: return tr("Location");
    case Status: return tr("Industry status");
    case Verdict: return tr("Verdict");
    case Reason: return tr("Reason");
    default: return {};
    }
}

void ResultsModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

ResultsFilter::ResultsFilter(QObject* parent) : QSortFilterProxyModel(parent)
{
    setSortRole(ResultsModel::kSortRole);
}

void ResultsFilter::setVerdict(std::optional<core::Verdict> verdict)
{
    verdict_ = verdict;
    invalidateFilter();
}

void ResultsFilter::setZone(std::optional<std::string> zoneId)
{
    zone_ = std::move(zoneId);
    invalidateFilter();
}

bool ResultsFilter::filterAcceptsRow(int sourceRow, const QModelIndex&) const
{
    const auto* model = static_cast<const ResultsModel*>(sourceModel());
    if (!model || !model->layer())
        return false;
    const core::ParcelResult& r = model->layer()->parcels[static_cast<std::size_t>(sourceRow)].result;
    return (!verdict_ || r.verdict == *verdict_) && (!zone_ || r.zoneId == *zone_);
}

}  // namespace pearlzone::app
