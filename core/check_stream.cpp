#include "core/check_stream.h"

#include "core/atomic_output.h"
#include "core/check_errors.h"

#include <QDataStream>
#include <QFile>

#include <optional>

namespace pearlzone::core {

namespace {

constexpr quint32 kMagic = 0x505a4353;  // "PZCS"
constexpr quint32 kVersion = 2;  // 2: the nearest zone of a parcel outside every zone
constexpr quint8 kParcelTag = 1;
constexpr quint8 kSummaryTag = 2;
constexpr quint32 kEndMagic = 0x454e4421;  // "END!"

void put(QDataStream& out, const std::string& text) { out << QByteArray(text.data(), static_cast<qsizetype>(text.size())); }

void put(QDataStream& out, const ParcelResult& r)
{
    for (const std::string* text : {&r.parcelId, &r.industry, &r.industryCodes, &r.zoneId, &r.subareaId, &r.reason,
                                    &r.suggestedZones, &r.geometryNote, &r.landUse, &r.landUseCodes, &r.nearestZoneId})
        put(out, *text);
    out << r.insideRatio << r.areaM2 << r.insideM2 << r.constraintM2;
    out << qint32(r.location) << qint32(r.industryStatus) << qint32(r.verdict) << qint32(r.landUseStatus);
    out << r.constraintsChecked << quint32(r.constraintHits.size());
    for (const auto& hit : r.constraintHits) {
        put(out, hit.layer);
        put(out, hit.name);
        put(out, hit.kind);
        out << qint32(hit.rule) << hit.areaM2;
    }
}

template <typename Key>
void putCounts(QDataStream& out, const std::map<Key, std::int64_t>& counts)
{
    out << quint32(counts.size());
    for (const auto& [key, count] : counts) {
        if constexpr (std::is_same_v<Key, std::string>)
            put(out, key);
        else
            out << qint32(key);
        out << qint64(count);
    }
}

// Reading: every count is checked against what is left of the file, so a damaged length
// fails instead of asking for gigabytes.
class Reader {
public:
    explicit Reader(QFile& file) : in_(&file), file_(file) {}

    void check() const
    {
        if (in_.status() != QDataStream::Ok)
            throw InputError("the worker's results are incomplete: " + file_.fileName().toStdString());
    }
    std::string text()
    {
        QByteArray bytes;
        in_ >> bytes;
        check();
        return bytes.toStdString();
    }
    template <typename T>
    T value()
    {
        T v{};
        in_ >> v;
        check();
        return v;
    }
    double real() { return value<double>(); }
    template <typename Enum>
    Enum code(int last)
    {
        const qint32 v = value<qint32>();
        if (v < 0 || v > last)
            throw InputError("the worker's results hold an unknown code: " + file_.fileName().toStdString());
        return static_cast<Enum>(v);
    }
    quint32 count()
    {
        const quint32 n = value<quint32>();
        if (n > static_cast<quint64>(file_.bytesAvailable()))
            throw InputError("the worker's results are damaged: " + file_.fileName().toStdString());
        return n;
    }

    ParcelResult result()
    {
        ParcelResult r;
        for (std::string* text : {&r.parcelId, &r.industry, &r.industryCodes, &r.zoneId, &r.subareaId, &r.reason,
                                  &r.suggestedZones, &r.geometryNote, &r.landUse, &r.landUseCodes, &r.nearestZoneId})
            *text = this->text();
        r.insideRatio = real();
        r.areaM2 = real();
        r.insideM2 = real();
        r.constraintM2 = real();
        r.location = code<Location>(int(Location::Error));
        r.industryStatus = code<IndustryStatus>(int(IndustryStatus::NotApplicable));
        r.verdict = code<Verdict>(int(Verdict::Error));
        r.landUseStatus = code<LandUseStatus>(int(LandUseStatus::NotApplicable));
        r.constraintsChecked = value<bool>();
        const quint32 hits = count();
        for (quint32 i = 0; i < hits; ++i) {
            ConstraintHit hit;
            hit.layer = text();
            hit.name = text();
            hit.kind = text();
            hit.rule = code<ConstraintRule>(int(ConstraintRule::Restricted));
            hit.areaM2 = real();
            r.constraintHits.push_back(std::move(hit));
        }
        return r;
    }

    template <typename Key>
    std::map<Key, std::int64_t> counts(int lastCode)
    {
        std::map<Key, std::int64_t> out;
        const quint32 n = count();
        for (quint32 i = 0; i < n; ++i) {
            Key key{};
            if constexpr (std::is_same_v<Key, std::string>)
                key = text();
            else
                key = code<Key>(lastCode);
            out[key] = value<qint64>();
        }
        return out;
    }

    QDataStream in_;

private:
    QFile& file_;
};

}  // namespace

struct CheckStreamWriter::State {
    explicit State(const std::string& path) : output(path, AtomicOutput::Writing::Stream) {}
    AtomicOutput output;
    QFile file;
    QDataStream out;
};

CheckStreamWriter::CheckStreamWriter(const std::string& path, const std::string& layerName, const std::string& crsLabel)
    : state_(std::make_unique<State>(path))
{
    state_->file.setFileName(QString::fromStdString(state_->output.temporaryPath()));
    if (!state_->file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        throw OutputError("cannot write " + path + ": " + state_->file.errorString().toStdString());
    state_->out.setDevice(&state_->file);
    state_->out << kMagic << kVersion;
    put(state_->out, layerName);
    put(state_->out, crsLabel);
}

CheckStreamWriter::~CheckStreamWriter() = default;

void CheckStreamWriter::write(const std::vector<CheckedParcel>& parcels)
{
    QDataStream& out = state_->out;
    for (const auto& parcel : parcels) {
        out << kParcelTag;
        put(out, parcel.result);
        out << parcel.compared.has_value();
        if (parcel.compared)
            put(out, *parcel.compared);
        out << QByteArray(reinterpret_cast<const char*>(parcel.wkb.data()), static_cast<qsizetype>(parcel.wkb.size()));
    }
    if (out.status() != QDataStream::Ok)
        throw OutputError("cannot write " + state_->output.destination() + ": " + state_->file.errorString().toStdString());
}

void CheckStreamWriter::finish(const BatchSummary& s)
{
    QDataStream& out = state_->out;
    out << kSummaryTag << qint64(s.total);
    putCounts(out, s.byVerdict);
    putCounts(out, s.byZone);
    putCounts(out, s.byLandUseStatus);
    out << qint64(s.parcelsWithConflicts) << qint64(s.parcelsCheckedForConflicts) << qint64(s.conflicts)
        << qint64(s.fastPathParcels) << s.seconds << s.cancelled << qint32(s.threads) << quint32(s.warnings.size());
    for (const auto& warning : s.warnings)
        put(out, warning);
    out << kEndMagic;
    state_->file.close();
    if (out.status() != QDataStream::Ok || state_->file.error() != QFileDevice::NoError)
        throw OutputError("cannot write " + state_->output.destination() + ": " + state_->file.errorString().toStdString());
    state_->output.commit();
}

BatchSummary readCheckStream(const std::string& path,
                             const std::function<void(const std::string& layerName, const std::string& crsLabel)>& begin,
                             const std::function<void(CheckedParcel&& parcel)>& parcel)
{
    QFile file(QString::fromStdString(path));
    if (!file.open(QIODevice::ReadOnly))
        throw InputError("the worker's results cannot be read: " + path);
    Reader read(file);
    if (read.value<quint32>() != kMagic || read.value<quint32>() != kVersion)
        throw InputError("not the worker's results: " + path);
    const std::string layerName = read.text();
    const std::string crsLabel = read.text();
    begin(layerName, crsLabel);
    for (;;) {
        const quint8 tag = read.value<quint8>();
        if (tag == kSummaryTag)
            break;
        if (tag != kParcelTag)
            throw InputError("the worker's results are damaged: " + path);
        CheckedParcel checked;
        checked.result = read.result();
        if (read.value<bool>())
            checked.compared = read.result();
        const QByteArray wkb = read.value<QByteArray>();
        checked.wkb.assign(wkb.begin(), wkb.end());
        parcel(std::move(checked));
    }
    BatchSummary s;
    s.total = read.value<qint64>();
    s.byVerdict = read.counts<Verdict>(int(Verdict::Error));
    s.byZone = read.counts<std::string>(0);
    s.byLandUseStatus = read.counts<LandUseStatus>(int(LandUseStatus::NotApplicable));
    s.parcelsWithConflicts = read.value<qint64>();
    s.parcelsCheckedForConflicts = read.value<qint64>();
    s.conflicts = read.value<qint64>();
    s.fastPathParcels = read.value<qint64>();
    s.seconds = read.real();
    s.cancelled = read.value<bool>();
    s.threads = read.value<qint32>();
    const quint32 warnings = read.count();
    for (quint32 i = 0; i < warnings; ++i)
        s.warnings.push_back(read.text());
    if (read.value<quint32>() != kEndMagic)
        throw InputError("the worker's results are damaged: " + path);
    return s;
}

CheckStream readCheckStream(const std::string& path)
{
    CheckStream stream;
    stream.summary = readCheckStream(
        path,
        [&](const std::string& layerName, const std::string& crsLabel) {
            stream.layerName = layerName;
            stream.crsLabel = crsLabel;
        },
        [&](CheckedParcel&& parcel) { stream.parcels.push_back(std::move(parcel)); });
    return stream;
}

}  // namespace pearlzone::core
