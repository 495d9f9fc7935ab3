#include "core/batch_check.h"

#include "core/check_errors.h"
#include "core/parcel_checker.h"
#include "gis/crs_transform.h"
#include "gis/geometry_transform.h"
#include "gis/planar_ring.h"

#include <algorithm>
#include <array>
#include <cstdlib>
#include <condition_variable>
#include <deque>
#include <exception>
#include <mutex>
#include <optional>
#include <thread>
#include <utility>

namespace pearlzone::core {

namespace {

constexpr double kFarAwayMetres = 20000.0;

// PEARLZONE_GEOS_ONLY=1 turns the fast path off, to compare the two paths' reports.
bool fastPathDisabledByEnvironment()
{
    const char* value = std::getenv("PEARLZONE_GEOS_ONLY");
    return value && *value && std::string(value) != "0";
}

struct Job {
    std::size_t sequence = 0;
    std::vector<gis::VectorFeature> features;
};

// BatchSummary's counts of one batch, kept by the worker that checked it (no map lookups per
// parcel) and added to the summary when the batch is written.
struct BatchCounts {
    std::array<std::int64_t, 4> verdicts{};   // by Verdict
    std::array<std::int64_t, 6> landUses{};   // by LandUseStatus
    std::vector<std::pair<std::string, std::int64_t>> zones;  // a few: linear search
    std::int64_t withConflicts = 0;
    std::int64_t checkedForConflicts = 0;
    std::int64_t conflicts = 0;

    void clear()
    {
        verdicts.fill(0);
        landUses.fill(0);
        zones.clear();
        withConflicts = checkedForConflicts = conflicts = 0;
    }
    void count(const ParcelResult& result)
    {
        ++verdicts[static_cast<std::size_t>(result.verdict)];
        ++landUses[static_cast<std::size_t>(result.landUseStatus)];
        const auto zone = std::find_if(zones.begin(), zones.end(), [&](const auto& z) { return z.first == result.zoneId; });
        if (zone == zones.end())
            zones.emplace_back(result.zoneId, 1);
        else
            ++zone->second;
        if (result.constraintsChecked)
            ++checkedForConflicts;
        if (!result.constraintHits.empty()) {
            ++withConflicts;
            conflicts += static_cast<std::int64_t>(result.constraintHits.size());
        }
    }
    // The same entries BatchSummary::count makes: only for what was counted.
    void addTo(BatchSummary& summary) const
    {
        for (std::size_t i = 0; i < verdicts.size(); ++i) {
            if (verdicts[i] > 0)
                summary.byVerdict[static_cast<Verdict>(i)] += verdicts[i];
        }
        for (std::size_t i = 0; i < landUses.size(); ++i) {
            if (landUses[i] > 0)
                summary.byLandUseStatus[static_cast<LandUseStatus>(i)] += landUses[i];
        }
        for (const auto& [zone, n] : zones)
            summary.byZone[zone] += n;
        summary.parcelsWithConflicts += withConflicts;
        summary.parcelsCheckedForConflicts += checkedForConflicts;
        summary.conflicts += conflicts;
    }
};

// A batch checked: its parcels or, for a sink that writes rows (CheckSink::writesRows), only
// their rows in one text; and their counts.
struct CheckedBatch {
    std::vector<CheckedParcel> parcels;
    std::string rows;
    BatchCounts counts;
    std::size_t size = 0;
};

struct Shared {
    std::mutex mutex;
    std::condition_variable changed;
    std::deque<Job> jobs;
    std::map<std::size_t, CheckedBatch> finished;
    // Batches done with, handed back to be filled again: their features' and results' strings
    // keep their capacity, so that a steady run hardly allocates, and memory is not freed on
    // another thread than the one that allocated it (the allocator's arenas then contend).
    std::vector<std::vector<gis::VectorFeature>> spareFeatures;  // checked by a worker
    std::vector<CheckedBatch> spareBatches;                      // written

    std::size_t batchesRead = 0;
    std::size_t batchesWritten = 0;  // read minus written is what memory holds
    bool readingDone = false;
    bool reading = false;  // a worker is reading the next batch (Reading::byWorkers)
    bool stop = false;
    std::exception_ptr failure;
    std::int64_t farAway = 0;
    std::int64_t located = 0;  // parcels whose position could be judged
    std::int64_t fastPath = 0;
    std::optional<std::pair<double, double>> sampleCoordinate;  // a raw coordinate, for CRS hints
};

// A polygon of one ring (or a multipolygon of one such polygon) as coordinates.
bool singleRing(const gis::Geometry& geometry, gis::PlanarRing& ring)
{
    if (geometry.isNull() || geometry.isEmpty())
        return false;
    std::vector<gis::PolygonRings> polygons = geometry.polygonRings();
    if (polygons.size() != 1 || polygons.front().rings.size() != 1)
        return false;
    ring.xy = std::move(polygons.front().rings.front());
    return true;
}

void fail(Shared& shared, std::exception_ptr error)
{
    std::lock_guard lock(shared.mutex);
    if (!shared.failure)
        shared.failure = error;
    shared.stop = true;
    shared.changed.notify_all();
}

// One worker thread's checkers (its own GEOS and PROJ contexts) and what it has seen of the
// parcels' positions since the last batch.
class Worker {
public:
    Worker(const PilotZoneData& data, const ParcelSource& source, const BatchCheckOptions& options, bool wantsGeometry,
           const ZoneGrid* grid)
        : checker_(data, options.settings, options.constraints, grid), wantsGeometry_(wantsGeometry),
          hasLandUse_(!source.landUseField().empty())
    {
        if (options.compareWith)
            comparedChecker_.emplace(*options.compareWith, options.settings, options.constraints);
        if (!source.isPlanarTarget())
            toPlanar_ = gis::CrsTransform::create(source.crs(), kPlanarCrs);
        // A comparison and constraint lines need the GEOS geometry anyway.
        fast_ = grid && !comparedChecker_ && !options.constraints;
        const gis::Envelope zones = data.zones.extent();
        nearZones_ = {zones.minX - kFarAwayMetres, zones.minY - kFarAwayMetres, zones.maxX + kFarAwayMetres,
                      zones.maxY + kFarAwayMetres};
    }

    void check(const gis::VectorFeature& feature, CheckedParcel& out);

    std::int64_t far = 0;
    std::int64_t located = 0;
    std::int64_t fastPath = 0;
    std::optional<std::pair<double, double>> sample;

private:
    const ParcelChecker checker_;
    std::optional<ParcelChecker> comparedChecker_;
    std::optional<gis::CrsTransform> toPlanar_;
    bool fast_ = false;
    bool wantsGeometry_;
    bool hasLandUse_;
    gis::Envelope nearZones_;
    // Reused parcel after parcel: their buffers keep their capacity.
    gis::PlanarRing ring_;
    std::string note_;
    std::optional<std::string> landUse_;  // nullopt when the input has no land-use field
};

void Worker::check(const gis::VectorFeature& feature, CheckedParcel& out)
{
    note_ = feature.note;
    if (feature.textRepaired) {
        note_ += note_.empty() ? "" : "; ";
        note_ += "text not valid in the file's encoding (try --encoding)";
    }
    out.compared.reset();
    out.wkb.clear();
    out.row.clear();
    if (hasLandUse_)
        landUse_ = feature.attributes[2];
    const std::string& id = feature.attributes[0];
    const std::string& industry = feature.attributes[1];
    // The fast path first (issue 16): a parcel it decides needs no GEOS geometry; one it does
    // not still skips GEOS's validity test when its ring is certainly simple.
    bool knownValid = false;
    if (fast_ && !toPlanar_ && gis::decodeSingleRingPolygon(feature.wkb.data(), feature.wkb.size(), ring_)) {
        if (checker_.checkRing(id, ring_, industry, note_, landUse_, out.result)) {
            ++fastPath;
            const gis::Envelope box = gis::ringEnvelope(ring_);
            if (!sample)
                sample = std::make_pair(box.minX, box.minY);
            ++located;
            if (!box.intersects(nearZones_))
                ++far;
            if (wantsGeometry_) {
                // The WKB as GEOS writes it: copied when the bytes already are (nearly always).
                if (gis::wkbAsGeosWrites(feature.wkb.data(), feature.wkb.size()))
                    out.wkb.assign(feature.wkb.begin(), feature.wkb.end());
                else
                    out.wkb = gis::Geometry::fromWkb(feature.wkb).toWkb();
            }
            return;
        }
        knownValid = gis::ringCertainlySimple(ring_);
    }
    gis::Geometry geometry;
    std::string problem;
    bool untransformable = false;
    try {
        if (!feature.wkb.empty()) {
            geometry = gis::Geometry::fromWkb(feature.wkb);
            if (!sample && !geometry.isEmpty()) {
                const gis::Envelope raw = geometry.envelope();
                sample = std::make_pair(raw.minX, raw.minY);
            }
            if (toPlanar_ && !geometry.isEmpty()) {
                untransformable = true;
                geometry = gis::transformGeometry(geometry, *toPlanar_);
                untransformable = false;
            }
        }
    } catch (const gis::Error& error) {
        geometry = gis::Geometry();
        problem = std::string("geometry unusable: ") + error.what();
    }
    std::string note = note_;
    if (!problem.empty())
        note = problem + (note.empty() ? "" : "; " + note);
    if (untransformable) {
        // Coordinates impossible in the declared CRS: the CRS is surely wrong.
        ++located;
        ++far;
    }
    // Reprojected parcels: the fast path on the coordinates GEOS now holds.
    std::optional<ParcelResult> decided;
    if (fast_ && toPlanar_ && singleRing(geometry, ring_)) {
        decided = checker_.checkRing(id, ring_, industry, note, landUse_);
        fastPath += decided ? 1 : 0;
        knownValid = !decided && gis::ringCertainlySimple(ring_);
    }
    out.result = decided ? std::move(*decided) : checker_.check(id, geometry, industry, note, landUse_, knownValid);
    if (comparedChecker_)
        out.compared = comparedChecker_->check(id, geometry, industry, note, landUse_);
    if (!geometry.isNull() && !geometry.isEmpty() && out.result.location != Location::Error) {
        ++located;
        const gis::Envelope box = geometry.envelope();
        if (!box.intersects(nearZones_))
            ++far;
        if (wantsGeometry_)
            out.wkb = geometry.toWkb();
    }
}

// How batches are read: by the workers themselves, in turn (each batch is then checked on the
// core that read it, its features still in that core's cache, rather than handed over from a
// reader thread's), or, with one worker, by a reader thread of its own so that reading and
// checking overlap. Either way one thread at a time touches the source (Shared::reading).
struct Reading {
    ParcelSource& source;
    bool byWorkers;
    std::size_t batchSize;
    std::size_t maxInFlight;  // batches read and not yet written
    const std::atomic<bool>* cancel;
    bool cancelled() const { return cancel && cancel->load(std::memory_order_relaxed); }
};

// The next batch for a worker: one read and waiting (the reader thread's), or one it reads
// itself; false when there are none left or the run stops.
bool nextJob(Shared& shared, const Reading& reading, std::vector<gis::VectorFeature>& ownFeatures, Job& job)
{
    {
        std::unique_lock lock(shared.mutex);
        shared.changed.wait(lock, [&] {
            return shared.stop || !shared.jobs.empty() || shared.readingDone ||
                   (reading.byWorkers && !shared.reading && shared.batchesRead - shared.batchesWritten < reading.maxInFlight);
        });
        if (shared.stop)
            return false;
        if (!shared.jobs.empty()) {
            job = std::move(shared.jobs.front());
            shared.jobs.pop_front();
            return true;
        }
        if (shared.readingDone)
            return false;
        shared.reading = true;  // this worker's turn
        job.sequence = shared.batchesRead;
    }
    job.features = std::move(ownFeatures);
    std::size_t count = 0;
    try {
        count = reading.source.readBatch(job.features, reading.batchSize);
    } catch (...) {
        fail(shared, std::current_exception());
        return false;
    }
    std::lock_guard lock(shared.mutex);
    shared.reading = false;
    if (count == 0 || reading.cancelled())
        shared.readingDone = true;
    else
        ++shared.batchesRead;
    shared.changed.notify_all();
    if (shared.readingDone)
        ownFeatures = std::move(job.features);
    return !shared.readingDone;
}

void workerLoop(Shared& shared, const PilotZoneData& data, const Reading& reading, const BatchCheckOptions& options,
                const CheckSink& sink, const ZoneGrid* grid, bool rows)
{
    try {
        Worker worker(data, reading.source, options, sink.wantsGeometry(), grid);
        CheckedParcel scratch;  // rows: each parcel is checked into this one, its row appended
        std::vector<gis::VectorFeature> ownFeatures;  // the batches this worker reads, refilled
        for (;;) {
            Job job;
            if (!nextJob(shared, reading, ownFeatures, job))
                return;
            CheckedBatch batch;
            {
                std::lock_guard lock(shared.mutex);
                if (!shared.spareBatches.empty()) {
                    batch = std::move(shared.spareBatches.back());
                    shared.spareBatches.pop_back();
                }
            }
            batch.size = job.features.size();
            batch.counts.clear();
            batch.rows.clear();
            if (rows) {
                for (const gis::VectorFeature& feature : job.features) {
                    worker.check(feature, scratch);
                    sink.appendRow(scratch.result, batch.rows);
                    batch.counts.count(scratch.result);
                }
            } else {
                batch.parcels.resize(job.features.size());
                for (std::size_t i = 0; i < job.features.size(); ++i) {
                    worker.check(job.features[i], batch.parcels[i]);
                    sink.prepare(batch.parcels[i]);  // while the result's strings are still in the cache
                    batch.counts.count(batch.parcels[i].result);
                }
            }
            std::lock_guard lock(shared.mutex);
            shared.finished.emplace(job.sequence, std::move(batch));
            if (reading.byWorkers)
                ownFeatures = std::move(job.features);  // read here, refilled here
            else
                shared.spareFeatures.push_back(std::move(job.features));
            shared.farAway += std::exchange(worker.far, 0);
            shared.located += std::exchange(worker.located, 0);
            shared.fastPath += std::exchange(worker.fastPath, 0);
            if (!shared.sampleCoordinate && worker.sample)
                shared.sampleCoordinate = worker.sample;
            shared.changed.notify_all();
        }
    } catch (...) {
        fail(shared, std::current_exception());
    }
}

}  // namespace

void BatchSummary::count(const ParcelResult& result)
{
    ++byVerdict[result.verdict];
    ++byZone[result.zoneId];
    ++byLandUseStatus[result.landUseStatus];
    if (result.constraintsChecked)
        ++parcelsCheckedForConflicts;
    if (!result.constraintHits.empty()) {
        ++parcelsWithConflicts;
        conflicts += static_cast<std::int64_t>(result.constraintHits.size());
    }
}

BatchSummary runBatchCheck(const PilotZoneData& data, ParcelSource& source, const BatchCheckOptions& options,
                           CheckSink& sink, const std::function<void(const BatchProgress&)>& progress,
                           const std::atomic<bool>* cancel)
{
    const auto started = std::chrono::steady_clock::now();
    BatchSummary summary;
    summary.threads = options.threads > 0 ? options.threads : std::max(1, static_cast<int>(std::thread::hardware_concurrency()));
    const std::size_t batchSize = std::max<std::size_t>(1, options.batchSize);
    const std::size_t maxInFlight = static_cast<std::size_t>(summary.threads) * 3 + 2;
    auto cancelled = [cancel] { return cancel && cancel->load(std::memory_order_relaxed); };
    // Ask for the count now: once the reader thread runs, no other thread may touch the layer
    // (a GDAL dataset, like a PostgreSQL connection under it, serves one thread at a time).
    BatchProgress state;
    state.totalHint = source.featureCountHint();
    source.useCatalogues(data.catalogue, data.landUses);  // a CAD drawing's labels are read by them

    Shared shared;
    const Reading reading{source, summary.threads > 1, batchSize, maxInFlight, cancel};
    std::thread reader;
    if (!reading.byWorkers) {
        reader = std::thread([&] {
            try {
                for (;;) {
                    Job job;
                    {
                        std::unique_lock lock(shared.mutex);
                        shared.changed.wait(lock, [&] {
                            return shared.stop || shared.batchesRead - shared.batchesWritten < maxInFlight;
                        });
                        if (shared.stop)
                            break;
                        if (!shared.spareFeatures.empty()) {
                            job.features = std::move(shared.spareFeatures.back());
                            shared.spareFeatures.pop_back();
                        }
                        job.sequence = shared.batchesRead;
                    }
                    if (source.readBatch(job.features, batchSize) == 0 || cancelled())
                        break;
                    std::lock_guard lock(shared.mutex);
                    shared.jobs.push_back(std::move(job));
                    ++shared.batchesRead;
                    shared.changed.notify_all();
                }
            } catch (...) {
                fail(shared, std::current_exception());
            }
            std::lock_guard lock(shared.mutex);
            shared.readingDone = true;
            shared.changed.notify_all();
        });
    }

    // While the reader reads the first batches: the fast path's grid, built once and read by
    // every worker, and the workers.
    std::optional<ZoneGrid> grid;
    std::vector<std::thread> workers;
    const bool rows = sink.writesRows() && !options.compareWith;
    try {
        if (options.fastPath && !fastPathDisabledByEnvironment())
            grid.emplace(data.zones);
        const ZoneGrid* sharedGrid = grid && !grid->empty() ? &*grid : nullptr;
        for (int i = 0; i < summary.threads; ++i)
            workers.emplace_back(workerLoop, std::ref(shared), std::cref(data), std::cref(reading), std::cref(options),
                                 std::cref(sink), sharedGrid, rows);
    } catch (...) {
        fail(shared, std::current_exception());
    }

    // This thread writes, in order.
    try {
        CheckedBatch batch;
        bool spare = false;  // batch is a written one, to hand back
        for (std::size_t next = 0;; ++next) {
            {
                std::unique_lock lock(shared.mutex);
                if (spare)
                    shared.spareBatches.push_back(std::move(batch));
                shared.changed.wait(lock, [&] {
                    return shared.stop || shared.finished.count(next) || (shared.readingDone && next >= shared.batchesRead);
                });
                if (shared.stop || !shared.finished.count(next))
                    break;
                batch = std::move(shared.finished.at(next));
                spare = true;
                shared.finished.erase(next);
                ++shared.batchesWritten;
                shared.changed.notify_all();
            }
            if (cancelled()) {
                summary.cancelled = true;
                break;
            }
            if (rows)
                sink.writeRows(batch.rows);
            else
                sink.write(batch.parcels);
            batch.counts.addTo(summary);
            summary.total += static_cast<std::int64_t>(batch.size);
            state.done = summary.total;
            if (progress)
                progress(state);
        }
    } catch (...) {
        fail(shared, std::current_exception());
    }
    {
        std::lock_guard lock(shared.mutex);
        shared.stop = true;
        shared.changed.notify_all();
    }
    if (reader.joinable())
        reader.join();
    for (auto& worker : workers)
        worker.join();
    if (shared.failure)
        std::rethrow_exception(shared.failure);
    summary.cancelled = summary.cancelled || cancelled();
    if (summary.total == 0 && !summary.cancelled)
        throw InputError(source.source() + ": the layer '" + source.layerName() + "' has no parcels");

    summary.fastPathParcels = shared.fastPath;
    summary.warnings = source.notices();
    if (shared.located > 0 && shared.farAway * 2 > shared.located) {
        std::string warning = std::to_string(shared.farAway) + " of " + std::to_string(shared.located) +
                              " parcels lie more than 20 km from the pilot zone: their CRS (" + source.crsLabel() +
                              ") is probably wrong";
        if (shared.sampleCoordinate) {
            const bool geographic = source.crsLabel() == "EPSG:4326" || source.crsLabel() == "EPSG:4490" ||
                                    source.crsLabel() == "GCJ02" || source.crsLabel() == "BD09";
            const std::string hint =
                guessCrsFromCoordinates(shared.sampleCoordinate->first, shared.sampleCoordinate->second, geographic);
            if (!hint.empty())
                warning += "; " + hint;
        }
        summary.warnings.push_back(warning);
    }
    summary.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    return summary;
}

}  // namespace pearlzone::core
