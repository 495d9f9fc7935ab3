#include "app/results_model.h"

#include "render/map_style.h"

#include <QFutureWatcher>
#include <QtConcurrent>

#include <algorithm>
#include <numeric>
#include <variant>

namespace pearlzone::app {

namespace {

using SortKey = std::variant<double, QString>;

// The table's columns, in one place: header, displayed text, and the key it sorts by.
struct ColumnSpec {
    const char* header;
    QString (*display)(const core::ParcelResult&, const core::Wording&, const core::ZoneSet&);
    SortKey (*key)(const core::ParcelResult&, const core::Wording&, const core::ZoneSet&);
};

QString text(const std::string& s) { return QString::fromStdString(s); }

const ColumnSpec kColumns[ResultsModel::ColumnCount] = {
    {QT_TRANSLATE_NOOP("pearlzone::app::ResultsModel", "Parcel"),
     [](const core::ParcelResult& r, const core::Wording&, const core::ZoneSet&) { return text(r.parcelId); }, nullptr},
    {QT_TRANSLATE_NOOP("pearlzone::app::ResultsModel", "Industry"),
     [](const core::ParcelResult& r, const core::Wording&, const core::ZoneSet&) { return text(r.industry); }, nullptr},
    {QT_TRANSLATE_NOOP("pearlzone::app::ResultsModel", "Zone"),
     [](const core::ParcelResult& r, const core::Wording& w, const core::ZoneSet& z) { return w.zoneName(z, r.zoneId); }, nullptr},
    {QT_TRANSLATE_NOOP("pearlzone::app::ResultsModel", "Sub-area"),
     [](const core::ParcelResult& r, const core::Wording& w, const core::ZoneSet& z) {
         return r.subareaId.empty() ? QString() : w.subareaName(z, r.zoneId, r.subareaId);
     },
     nullptr},
    {QT_TRANSLATE_NOOP("pearlzone::app::ResultsModel", "Inside"),
     [](const core::ParcelResult& r, const core::Wording&, const core::ZoneSet&) {
         return QString::number(r.insideRatio * 100.0, 'f', 1) + QLatin1Char('%');
     },
     [](const core::ParcelResult& r, const core::Wording&, const core::ZoneSet&) { return SortKey(r.insideRatio); }},
    {QT_TRANSLATE_NOOP("pearlzone::app::ResultsModel", "Location"),
     [](const core::ParcelResult& r, const core::Wording& w, const core::ZoneSet&) { return w.location(r.location); }, nullptr},
    {QT_TRANSLATE_NOOP("pearlzone::app::ResultsModel", "Industry status"),
     [](const core::ParcelResult& r, const core::Wording& w, const core::ZoneSet&) { return w.industryStatus(r.industryStatus); },
     nullptr},
    {QT_TRANSLATE_NOOP("pearlzone::app::ResultsModel", "Land use"),
     [](const core::ParcelResult& r, const core::Wording&, const core::ZoneSet&) { return text(r.landUse); }, nullptr},
    {QT_TRANSLATE_NOOP("pearlzone::app::ResultsModel", "Land-use status"),
     [](const core::ParcelResult& r, const core::Wording& w, const core::ZoneSet&) {
         return r.landUseStatus == core::LandUseStatus::NotApplicable ? QString() : w.landUseStatus(r.landUseStatus);
     },
     nullptr},
    {QT_TRANSLATE_NOOP("pearlzone::app::ResultsModel", "Constraints"),
     [](const core::ParcelResult& r, const core::Wording& w, const core::ZoneSet&) { return w.constraintHits(r.constraintHits); },
     nullptr},
    {QT_TRANSLATE_NOOP("pearlzone::app::ResultsModel", "Verdict"),
     [](const core::ParcelResult& r, const core::Wording& w, const core::ZoneSet&) { return w.verdict(r.verdict); },
     [](const core::ParcelResult& r, const core::Wording&, const core::ZoneSet&) {
         return SortKey(static_cast<double>(r.verdict));
     }},
    {QT_TRANSLATE_NOOP("pearlzone::app::ResultsModel", "Reason"),
     [](const core::ParcelResult& r, const core::Wording&, const core::ZoneSet&) { return text(r.reason); }, nullptr},
};

SortKey keyOf(int column, const core::ParcelResult& r, const core::Wording& words, const core::ZoneSet& zones)
{
    const ColumnSpec& spec = kColumns[column];
    return spec.key ? spec.key(r, words, zones) : SortKey(spec.display(r, words, zones));
}

struct Query {
    std::shared_ptr<const CheckedLayer> layer;
    std::shared_ptr<const core::PilotZoneData> data;
    core::Language language;
    std::optional<core::Verdict> verdict;
    std::optional<std::string> zone;
    std::optional<core::LandUseStatus> landUse;
    bool conflictsOnly;
    int column;
    Qt::SortOrder order;
};

bool shown(const Query& q, const core::ParcelResult& r)
{
    return (!q.verdict || r.verdict == *q.verdict) && (!q.zone || r.zoneId == *q.zone) &&
           (!q.landUse || r.landUseStatus == *q.landUse) && (!q.conflictsOnly || !r.constraintHits.empty());
}

// The shown rows in order; runs on any thread (it only reads).
std::vector<std::uint32_t> shownRows(const Query& q)
{
    std::vector<std::uint32_t> rows;
    if (!q.layer)
        return rows;
    const auto& parcels = q.layer->parcels;
    rows.reserve(parcels.size());
    for (std::size_t i = 0; i < parcels.size(); ++i) {
        if (shown(q, parcels[i].result))
            rows.push_back(static_cast<std::uint32_t>(i));
    }
    if (q.column < 0 || q.column >= ResultsModel::ColumnCount || !q.data)
        return rows;
    const core::Wording words(q.language);
    std::vector<SortKey> keys(parcels.size());
    for (std::uint32_t row : rows)
        keys[row] = keyOf(q.column, parcels[row].result, words, q.data->zones);
    const bool ascending = q.order == Qt::AscendingOrder;
    std::stable_sort(rows.begin(), rows.end(), [&](std::uint32_t a, std::uint32_t b) {
        return ascending ? keys[a] < keys[b] : keys[b] < keys[a];
    });
    return rows;
}

}  // namespace

ResultsModel::ResultsModel(QObject* parent) : QAbstractTableModel(parent) {}

ResultsModel::~ResultsModel() { ++generation_; }

void ResultsModel::setLayer(std::shared_ptr<const CheckedLayer> layer)
{
    beginResetModel();
    layer_ = std::move(layer);
    rows_.clear();
    endResetModel();
    recompute();
}

void ResultsModel::setContext(std::shared_ptr<const core::PilotZoneData> data, core::Language language)
{
    data_ = std::move(data);
    language_ = language;
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!rows_.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void ResultsModel::setVerdictFilter(std::optional<core::Verdict> verdict)
{
    verdict_ = verdict;
    recompute();
}

void ResultsModel::setZoneFilter(std::optional<std::string> zoneId)
{
    zone_ = std::move(zoneId);
    recompute();
}

void ResultsModel::setLandUseFilter(std::optional<core::LandUseStatus> status)
{
    landUse_ = status;
    recompute();
}

void ResultsModel::setConflictFilter(bool conflictsOnly)
{
    conflictsOnly_ = conflictsOnly;
    recompute();
}

void ResultsModel::sort(int column, Qt::SortOrder order)
{
    sortColumn_ = column;
    sortOrder_ = order;
    recompute();
}

void ResultsModel::recompute()
{
    const quint64 generation = ++generation_;
    const Query query{layer_, data_, language_, verdict_, zone_, landUse_, conflictsOnly_, sortColumn_, sortOrder_};
    if (!layer_ || layer_->parcels.size() <= kSynchronousRows) {
        applyRows(shownRows(query));
        return;
    }
    if (busy_++ == 0)
        emit busyChanged(true);
    auto* watcher = new QFutureWatcher<std::vector<std::uint32_t>>(this);
    connect(watcher, &QFutureWatcher<std::vector<std::uint32_t>>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation == generation_)  // a newer request supersedes this one
            applyRows(watcher->result());
        if (--busy_ == 0)
            emit busyChanged(false);
    });
    watcher->setFuture(QtConcurrent::run([query] { return shownRows(query); }));
}

void ResultsModel::applyRows(std::vector<std::uint32_t> rows)
{
    beginResetModel();
    rows_ = std::move(rows);
    endResetModel();
    emit rowsRecomputed();
}

int ResultsModel::rowOf(std::size_t parcel) const
{
    const auto it = std::find(rows_.begin(), rows_.end(), static_cast<std::uint32_t>(parcel));
    return it == rows_.end() ? -1 : static_cast<int>(it - rows_.begin());
}

int ResultsModel::findParcelId(const QString& wanted) const
{
    if (!layer_ || wanted.trimmed().isEmpty())
        return -1;
    const QString text = wanted.trimmed();
    int prefix = -1;
    for (std::size_t row = 0; row < rows_.size(); ++row) {
        const QString id = QString::fromStdString(layer_->parcels[rows_[row]].result.parcelId);
        if (id == text)
            return static_cast<int>(row);
        if (prefix < 0 && id.startsWith(text, Qt::CaseInsensitive))
            prefix = static_cast<int>(row);
    }
    return prefix;
}

int ResultsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

int ResultsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ResultsModel::data(const QModelIndex& index, int role) const
{
    if (!layer_ || !data_ || !index.isValid() || static_cast<std::size_t>(index.row()) >= rows_.size())
        return {};
    const core::ParcelResult& r = layer_->parcels[rows_[static_cast<std::size_t>(index.row())]].result;
    const core::Wording words(language_);
    if (role == Qt::DisplayRole)
        return kColumns[index.column()].display(r, words, data_->zones);
    if (role == Qt::DecorationRole && index.column() == Verdict)
        return render::verdictColour(r.verdict);
    if (role == Qt::ToolTipRole && index.column() == Reason)
        return QStringLiteral("<p>%1</p>").arg(text(r.reason).toHtmlEscaped());  // rich text wraps
    if (role == Qt::ToolTipRole)
        return kColumns[index.column()].display(r, words, data_->zones);
    return {};
}

QVariant ResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    return core::Wording(language_).translate("pearlzone::app::ResultsModel", kColumns[section].header);
}

}  // namespace pearlzone::app
