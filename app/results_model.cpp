#include "app/results_model.h"

#include "render/map_style.h"

#ifdef __GLIBC__
#include <malloc.h>
#endif

#include <QFutureWatcher>
#include <QtConcurrent>

#include <algorithm>
#include <numeric>
#include <unordered_map>

namespace pearlzone::app {

namespace {

// The table's columns, in one place: header, displayed text, and what it sorts by. A column
// without a sort key sorts by its displayed text.
struct ColumnSpec {
    const char* header;
    QString (*display)(const ParcelResults&, std::size_t, const core::Wording&, const core::ZoneSet&);
    double (*key)(const ParcelResults&, std::size_t);
};

QString text(const std::string& s) { return QString::fromStdString(s); }

using Field = ParcelResults::Text;

const ColumnSpec kColumns[ResultsModel::ColumnCount] = {
    {QT_TRANSLATE_NOOP("pearlzone::app::ResultsModel", "Parcel"),
     [](const ParcelResults& r, std::size_t i, const core::Wording&, const core::ZoneSet&) {
         const std::string_view id = r.parcelId(i);
         return QString::fromUtf8(id.data(), static_cast<qsizetype>(id.size()));
     },
     nullptr},
    {QT_TRANSLATE_NOOP("pearlzone::app::ResultsModel", "Industry"),
     [](const ParcelResults& r, std::size_t i, const core::Wording&, const core::ZoneSet&) { return text(r.text(i, Field::Industry)); },
     nullptr},
    {QT_TRANSLATE_NOOP("pearlzone::app::ResultsModel", "Zone"),
     [](const ParcelResults& r, std::size_t i, const core::Wording& w, const core::ZoneSet& z) { return w.zoneName(z, r.text(i, Field::Zone)); },
     nullptr},
    {QT_TRANSLATE_NOOP("pearlzone::app::ResultsModel", "Sub-area"),
     [](const ParcelResults& r, std::size_t i, const core::Wording& w, const core::ZoneSet& z) {
         const std::string& subarea = r.text(i, Field::Subarea);
         return subarea.empty() ? QString() : w.subareaName(z, r.text(i, Field::Zone), subarea);
     },
     nullptr},
    {QT_TRANSLATE_NOOP("pearlzone::app::ResultsModel", "Inside"),
     [](const ParcelResults& r, std::size_t i, const core::Wording&, const core::ZoneSet&) {
         return QString::number(r.insideRatio(i) * 100.0, 'f', 1) + QLatin1Char('%');
     },
     [](const ParcelResults& r, std::size_t i) { return r.insideRatio(i); }},
    {QT_TRANSLATE_NOOP("pearlzone::app::ResultsModel", "Location"),
     [](const ParcelResults& r, std::size_t i, const core::Wording& w, const core::ZoneSet&) { return w.location(r.location(i)); }, nullptr},
    {QT_TRANSLATE_NOOP("pearlzone::app::ResultsModel", "Industry status"),
     [](const ParcelResults& r, std::size_t i, const core::Wording& w, const core::ZoneSet&) { return w.industryStatus(r.industryStatus(i)); },
     nullptr},
    {QT_TRANSLATE_NOOP("pearlzone::app::ResultsModel", "Land use"),
     [](const ParcelResults& r, std::size_t i, const core::Wording&, const core::ZoneSet&) { return text(r.text(i, Field::LandUse)); },
     nullptr},
    {QT_TRANSLATE_NOOP("pearlzone::app::ResultsModel", "Land-use status"),
     [](const ParcelResults& r, std::size_t i, const core::Wording& w, const core::ZoneSet&) {
         return r.landUseStatus(i) == core::LandUseStatus::NotApplicable ? QString() : w.landUseStatus(r.landUseStatus(i));
     },
     nullptr},
    {QT_TRANSLATE_NOOP("pearlzone::app::ResultsModel", "Constraints"),
     [](const ParcelResults& r, std::size_t i, const core::Wording& w, const core::ZoneSet&) { return w.constraintHits(r.constraintHits(i)); },
     nullptr},
    {QT_TRANSLATE_NOOP("pearlzone::app::ResultsModel", "Verdict"),
     [](const ParcelResults& r, std::size_t i, const core::Wording& w, const core::ZoneSet&) { return w.verdict(r.verdict(i)); },
     [](const ParcelResults& r, std::size_t i) { return static_cast<double>(r.verdict(i)); }},
    {QT_TRANSLATE_NOOP("pearlzone::app::ResultsModel", "Reason"),
     [](const ParcelResults& r, std::size_t i, const core::Wording&, const core::ZoneSet&) { return text(r.text(i, Field::Reason)); },
     nullptr},
};

// What makes two parcels' texts in a column equal without making the text: the pooled texts'
// numbers, the enum values; parcels with constraint hits are each their own (they are few).
std::uint64_t textGroup(int column, const ParcelResults& r, std::size_t i)
{
    switch (column) {
    case ResultsModel::Industry: return r.textId(i, Field::Industry);
    case ResultsModel::Zone: return r.textId(i, Field::Zone);
    case ResultsModel::Subarea: return (std::uint64_t(r.textId(i, Field::Zone)) << 32) | r.textId(i, Field::Subarea);
    case ResultsModel::Location: return static_cast<std::uint64_t>(r.location(i));
    case ResultsModel::Status: return static_cast<std::uint64_t>(r.industryStatus(i));
    case ResultsModel::LandUse: return r.textId(i, Field::LandUse);
    case ResultsModel::LandUseStatus: return static_cast<std::uint64_t>(r.landUseStatus(i));
    case ResultsModel::Constraints: return r.constraintHits(i).empty() ? 0 : i + 1;
    case ResultsModel::Reason: return r.textId(i, Field::Reason);
    default: return i;
    }
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

bool shown(const Query& q, const ParcelResults& r, std::size_t i)
{
    return (!q.verdict || r.verdict(i) == *q.verdict) && (!q.zone || r.text(i, Field::Zone) == *q.zone) &&
           (!q.landUse || r.landUseStatus(i) == *q.landUse) && (!q.conflictsOnly || !r.constraintHits(i).empty());
}

// A compact sort key per shown row: the column's number, or the rank of its text among the
// column's distinct texts (each distinct text made once).
std::vector<double> sortKeys(const Query& q, const std::vector<std::uint32_t>& rows)
{
    const ParcelResults& r = q.layer->results();
    std::vector<double> keys(rows.size());
    const ColumnSpec& spec = kColumns[q.column];
    if (spec.key) {
        for (std::size_t k = 0; k < rows.size(); ++k)
            keys[k] = spec.key(r, rows[k]);
        return keys;
    }
    if (q.column == ResultsModel::Id) {  // unique texts: ranked by their UTF-8 bytes (code point order)
        // By their first eight bytes as one number first (no text read), then the rest where those tie.
        std::vector<std::pair<std::uint64_t, std::uint32_t>> byId(rows.size());
        for (std::size_t k = 0; k < rows.size(); ++k) {
            const std::string_view id = r.parcelId(rows[k]);
            std::uint64_t prefix = 0;
            for (std::size_t b = 0; b < 8; ++b)
                prefix = prefix << 8 | (b < id.size() ? static_cast<unsigned char>(id[b]) : 0u);
            byId[k] = {prefix, static_cast<std::uint32_t>(k)};
        }
        std::sort(byId.begin(), byId.end());
        const auto rest = [&](std::uint32_t k) {
            const std::string_view id = r.parcelId(rows[k]);
            return id.size() > 8 ? id.substr(8) : std::string_view();
        };
        for (std::size_t begin = 0, end = 0; begin < byId.size(); begin = end) {
            for (end = begin + 1; end < byId.size() && byId[end].first == byId[begin].first;)
                ++end;
            if (end - begin > 1)
                std::sort(byId.begin() + static_cast<std::ptrdiff_t>(begin), byId.begin() + static_cast<std::ptrdiff_t>(end),
                          [&](const auto& a, const auto& b) { return rest(a.second) < rest(b.second); });
        }
        for (std::size_t rank = 0; rank < byId.size(); ++rank)
            keys[byId[rank].second] = rank > 0 && r.parcelId(rows[byId[rank].second]) == r.parcelId(rows[byId[rank - 1].second])
                                          ? keys[byId[rank - 1].second]
                                          : static_cast<double>(rank);
        return keys;
    }
    const core::Wording words(q.language);
    std::unordered_map<std::uint64_t, std::uint32_t> groupIndex;
    std::vector<QString> texts;
    std::vector<std::uint32_t> groupOfRow(rows.size());
    for (std::size_t k = 0; k < rows.size(); ++k) {
        const auto [it, added] = groupIndex.emplace(textGroup(q.column, r, rows[k]), static_cast<std::uint32_t>(texts.size()));
        if (added)
            texts.push_back(spec.display(r, rows[k], words, q.data->zones));
        groupOfRow[k] = it->second;
    }
    std::vector<std::uint32_t> order(texts.size());
    std::iota(order.begin(), order.end(), 0u);
    std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) { return texts[a] < texts[b]; });
    std::vector<double> rank(texts.size());
    for (std::size_t k = 0; k < order.size(); ++k)
        rank[order[k]] = k > 0 && texts[order[k]] == texts[order[k - 1]] ? rank[order[k - 1]] : static_cast<double>(k);
    for (std::size_t k = 0; k < rows.size(); ++k)
        keys[k] = rank[groupOfRow[k]];
    return keys;
}

// The shown rows in order and their verdicts counted; runs on any thread (it only reads).
ResultsModel::Rows shownRows(const Query& q)
{
    ResultsModel::Rows shownRows;
    std::vector<std::uint32_t>& rows = shownRows.order;
    if (!q.layer)
        return shownRows;
    const ParcelResults& results = q.layer->results();
    rows.reserve(results.size());
    for (std::size_t i = 0; i < results.size(); ++i) {
        if (shown(q, results, i)) {
            rows.push_back(static_cast<std::uint32_t>(i));
            ++shownRows.verdictCounts[static_cast<std::size_t>(results.verdict(i)) % shownRows.verdictCounts.size()];
        }
    }
    if (q.column < 0 || q.column >= ResultsModel::ColumnCount || !q.data)
        return shownRows;
    // Sorted as (key, row): equal keys keep the layer's order either way.
    const std::vector<double> keys = sortKeys(q, rows);
    std::vector<std::pair<double, std::uint32_t>> keyed(rows.size());
    for (std::size_t k = 0; k < rows.size(); ++k)
        keyed[k] = {keys[k], rows[k]};
    if (q.order == Qt::AscendingOrder)
        std::sort(keyed.begin(), keyed.end());
    else
        std::sort(keyed.begin(), keyed.end(), [](const auto& a, const auto& b) { return a.first > b.first || (a.first == b.first && a.second < b.second); });
    for (std::size_t k = 0; k < rows.size(); ++k)
        rows[k] = keyed[k].second;
    return shownRows;
}

}  // namespace

ResultsModel::ResultsModel(QObject* parent) : QAbstractTableModel(parent) {}

ResultsModel::~ResultsModel() { ++generation_; }

void ResultsModel::setLayer(std::shared_ptr<const CheckedLayer> layer)
{
    beginResetModel();
    layer_ = std::move(layer);
    rows_.clear();
    verdictCounts_ = {};
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
    // QTableView::sortByColumn asks twice (its header's signal, then itself): one sort is enough.
    if (busy_ > 0 && column == sortColumn_ && order == sortOrder_)
        return;
    sortColumn_ = column;
    sortOrder_ = order;
    recompute();
}

void ResultsModel::recompute()
{
    const quint64 generation = ++generation_;
    const Query query{layer_, data_, language_, verdict_, zone_, landUse_, conflictsOnly_, sortColumn_, sortOrder_};
    if (!layer_ || layer_->size() <= kSynchronousRows) {
        applyRows(shownRows(query));
        return;
    }
    if (busy_++ == 0)
        emit busyChanged(true);
    auto* watcher = new QFutureWatcher<Rows>(this);
    connect(watcher, &QFutureWatcher<Rows>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation == generation_)  // a newer request supersedes this one
            applyRows(watcher->result());
        if (--busy_ == 0)
            emit busyChanged(false);
    });
    watcher->setFuture(QtConcurrent::run([query] {
        Rows rows = shownRows(query);
#ifdef __GLIBC__
        malloc_trim(0);  // the sort's keys are gone: give their memory back rather than keep it in this thread's arena
#endif
        return rows;
    }));
}

void ResultsModel::applyRows(Rows rows)
{
    beginResetModel();
    rows_ = std::move(rows.order);
    verdictCounts_ = rows.verdictCounts;
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
    // Compared as UTF-8 bytes (no text made per row); the prefix ignores the case of ASCII letters.
    const QByteArray text = wanted.trimmed().toUtf8();
    const std::string_view exact(text.constData(), static_cast<std::size_t>(text.size()));
    const auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
    int prefix = -1;
    for (std::size_t row = 0; row < rows_.size(); ++row) {
        const std::string_view id = layer_->results().parcelId(rows_[row]);
        if (id == exact)
            return static_cast<int>(row);
        if (prefix < 0 && id.size() >= exact.size() &&
            std::equal(exact.begin(), exact.end(), id.begin(), [&](char a, char b) { return lower(a) == lower(b); }))
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
    const ParcelResults& r = layer_->results();
    const std::size_t parcel = rows_[static_cast<std::size_t>(index.row())];
    const core::Wording words(language_);
    if (role == Qt::DisplayRole)
        return kColumns[index.column()].display(r, parcel, words, data_->zones);
    if (role == Qt::DecorationRole && index.column() == Verdict)
        return render::verdictColour(r.verdict(parcel));
    if (role == Qt::ToolTipRole && index.column() == Reason)
        return QStringLiteral("<p>%1</p>").arg(text(r.text(parcel, Field::Reason)).toHtmlEscaped());  // rich text wraps
    if (role == Qt::ToolTipRole)
        return kColumns[index.column()].display(r, parcel, words, data_->zones);
    return {};
}

QVariant ResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    return core::Wording(language_).translate("pearlzone::app::ResultsModel", kColumns[section].header);
}

}  // namespace pearlzone::app
