#include "app/results_model.h"

#include "app/text_order.h"
#include "render/map_style.h"

#ifdef __GLIBC__
#include <malloc.h>
#endif

#include <QFutureWatcher>
#include <QtConcurrent>

#include <algorithm>
#include <cstring>
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

QString text(std::string_view s) { return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size())); }

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
     [](const ParcelResults& r, std::size_t i, const core::Wording& w, const core::ZoneSet& z) { return w.zoneName(z, std::string(r.text(i, Field::Zone))); },
     nullptr},
    {QT_TRANSLATE_NOOP("pearlzone::app::ResultsModel", "Sub-area"),
     [](const ParcelResults& r, std::size_t i, const core::Wording& w, const core::ZoneSet& z) {
         const std::string_view subarea = r.text(i, Field::Subarea);
         return subarea.empty() ? QString() : w.subareaName(z, std::string(r.text(i, Field::Zone)), std::string(subarea));
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

// The zone filter as the zone's number in the layer's pool: no text compared per row.
std::optional<std::uint32_t> zoneNumber(const Query& q, const ParcelResults& r)
{
    if (!q.zone)
        return std::nullopt;
    const TextPool& zones = r.pool(Field::Zone);
    for (std::uint32_t id = 0; id < zones.size(); ++id) {
        if (zones.text(id) == *q.zone)
            return id;
    }
    return static_cast<std::uint32_t>(zones.size());  // no parcel lies in it
}

// A 64-bit number ordering as the double does (-0 as 0).
std::uint64_t orderedBits(double value)
{
    if (value == 0.0)
        value = 0.0;
    std::uint64_t bits = 0;
    std::memcpy(&bits, &value, sizeof bits);
    constexpr std::uint64_t sign = std::uint64_t(1) << 63;
    return bits & sign ? ~bits : bits | sign;
}

// The ranks of a text column's pool, in the order of the texts as QStrings.
std::vector<std::uint32_t> poolRanks(const TextPool& pool)
{
    bool plain = true;
    for (std::uint32_t id = 0; id < pool.size() && plain; ++id)
        plain = plainUtf8(pool.text(id));
    if (plain)
        return ranksOf(pool.size(), [&](std::uint32_t a, std::uint32_t b) { return utf16Less(pool.text(a), pool.text(b)); });
    return ranksOf(pool.size(), [&](std::uint32_t a, std::uint32_t b) { return utf16LessAnyBytes(pool.text(a), pool.text(b)); });
}

// Each shown parcel's sort key, by parcel index (one number per parcel, nothing per row made):
// the column's number; for the texts of a pool the rank of the pooled text; for the other
// texts the rank of the displayed text among the column's distinct ones (each made once); for
// ids their first eight bytes as one number, the rest compared afterwards.
std::vector<std::uint64_t> sortKeys(const Query& q, const std::vector<std::uint32_t>& rows)
{
    const ParcelResults& r = q.layer->results();
    std::vector<std::uint64_t> keys(r.size());
    const ColumnSpec& spec = kColumns[q.column];
    if (spec.key) {
        for (const std::uint32_t i : rows)
            keys[i] = orderedBits(spec.key(r, i));
        return keys;
    }
    if (q.column == ResultsModel::Id) {
        for (const std::uint32_t i : rows) {
            const std::string_view id = r.parcelId(i);
            std::uint64_t prefix = 0;
            for (std::size_t b = 0; b < 8; ++b)
                prefix = prefix << 8 | (b < id.size() ? static_cast<unsigned char>(id[b]) : 0u);
            keys[i] = prefix;
        }
        return keys;
    }
    if (q.column == ResultsModel::Industry || q.column == ResultsModel::LandUse || q.column == ResultsModel::Reason) {
        const Field field = q.column == ResultsModel::Industry ? Field::Industry : q.column == ResultsModel::LandUse ? Field::LandUse : Field::Reason;
        const std::vector<std::uint32_t> rank = poolRanks(r.pool(field));
        for (const std::uint32_t i : rows)
            keys[i] = rank[r.textId(i, field)];
        return keys;
    }
    const core::Wording words(q.language);
    std::unordered_map<std::uint64_t, std::uint32_t> groupIndex;
    std::vector<QString> texts;
    for (const std::uint32_t i : rows) {
        const auto [it, added] = groupIndex.emplace(textGroup(q.column, r, i), static_cast<std::uint32_t>(texts.size()));
        if (added)
            texts.push_back(spec.display(r, i, words, q.data->zones));
        keys[i] = it->second;
    }
    const std::vector<std::uint32_t> rank = ranksOf(texts.size(), [&](std::uint32_t a, std::uint32_t b) { return texts[a] < texts[b]; });
    for (const std::uint32_t i : rows)
        keys[i] = rank[keys[i]];
    return keys;
}

// The rows sorted in place by their keys; equal keys keep the layer's order either way. Ids
// whose first eight bytes tie are then ordered by all their bytes (code point order).
void sortRows(const Query& q, std::vector<std::uint32_t>& rows)
{
    const std::vector<std::uint64_t> keys = sortKeys(q, rows);
    const bool ascending = q.order == Qt::AscendingOrder;
    std::sort(rows.begin(), rows.end(), [&](std::uint32_t a, std::uint32_t b) {
        return keys[a] != keys[b] ? (ascending ? keys[a] < keys[b] : keys[a] > keys[b]) : a < b;
    });
    if (q.column != ResultsModel::Id)
        return;
    const ParcelResults& r = q.layer->results();
    for (auto begin = rows.begin(), end = begin; begin != rows.end(); begin = end) {
        end = std::find_if(begin, rows.end(), [&](std::uint32_t i) { return keys[i] != keys[*begin]; });
        if (end - begin > 1)
            std::sort(begin, end, [&](std::uint32_t a, std::uint32_t b) {
                const int order = r.parcelId(a).compare(r.parcelId(b));
                return order != 0 ? (ascending ? order < 0 : order > 0) : a < b;
            });
    }
}

// The shown rows in order and their verdicts counted; runs on any thread (it only reads).
ResultsModel::Rows shownRows(const Query& q)
{
    ResultsModel::Rows shownRows;
    std::vector<std::uint32_t>& rows = shownRows.order;
    if (!q.layer)
        return shownRows;
    const ParcelResults& r = q.layer->results();
    const std::optional<std::uint32_t> zone = zoneNumber(q, r);
    rows.reserve(r.size());
    for (std::size_t i = 0; i < r.size(); ++i) {
        if ((!q.verdict || r.verdict(i) == *q.verdict) && (!zone || r.textId(i, Field::Zone) == *zone) &&
            (!q.landUse || r.landUseStatus(i) == *q.landUse) && (!q.conflictsOnly || !r.constraintHits(i).empty())) {
            rows.push_back(static_cast<std::uint32_t>(i));
            ++shownRows.verdictCounts[static_cast<std::size_t>(r.verdict(i)) % shownRows.verdictCounts.size()];
        }
    }
    if (rows.size() < rows.capacity() / 2)
        rows.shrink_to_fit();
    if (q.column >= 0 && q.column < ResultsModel::ColumnCount && q.data)
        sortRows(q, rows);
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
            applyRows(watcher->future().takeResult());  // moved, not copied
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
