#include "core/batch_check.h"

#include "core/check_errors.h"
#include "core/parcel_checker.h"
#include "gis/crs_transform.h"
#include "gis/geometry_transform.h"
#include "gis/planar_ring.h"

#include <algorithm>
#include <cstdlib>
#include <condition_variable>
#include <deque>
#include <exception>
#include <mutex>
#include <optional>
#include <thread>

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

struct Shared {
    std::mutex mutex;
    std::condition_variable changed;
    std::deque<Job> jobs;
    std::map<std::size_t, std::vector<CheckedParcel>> finished;
    // Batches done with, handed back to be filled again: their features' and results' strings
    // keep their capacity, so that a steady run hardly allocates, and memory is not freed on
    // another thread than the one that allocated it (the allocator's arenas then contend).
    std::vector<std::vector<gis::VectorFeature>> spareFeatures;  // checked by a worker
    std::vector<std::vector<CheckedParcel>> spareResults;        // written

    std::size_t batchesRead = 0;
    std::size_t batchesWritten = 0;  // read minus written is what memory holds
    bool readingDone = false;
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

void workerLoop(Shared& shared, const PilotZoneData& data, const ParcelSource& source, const BatchCheckOptions& options,
                const CheckSink& sink, const ZoneGrid* grid)
{
    try {
        const bool wantsGeometry = sink.wantsGeometry();
        const ParcelChecker checker(data, options.settings, options.constraints, grid);
        std::optional<ParcelChecker> comparedChecker;
        if (options.compareWith)
            comparedChecker.emplace(*options.compareWith, options.settings, options.constraints);
        const bool hasLandUse = !source.landUseField().empty();
        std::optional<gis::CrsTransform> toPlanar;
        if (!source.isPlanarTarget())
            toPlanar = gis::CrsTransform::create(source.crs(), kPlanarCrs);
        // A comparison and constraint lines need the GEOS geometry anyway.
        const bool fast = grid && !comparedChecker && !options.constraints;
        gis::PlanarRing ring;  // reused: one allocation per worker, not per parcel
        gis::Envelope nearZones = data.zones.extent();
        nearZones = {nearZones.minX - kFarAwayMetres, nearZones.minY - kFarAwayMetres, nearZones.maxX + kFarAwayMetres,
                     nearZones.maxY + kFarAwayMetres};
        for (;;) {
            Job job;
            std::vector<CheckedParcel> results;
            {
                std::unique_lock lock(shared.mutex);
                shared.changed.wait(lock, [&] { return shared.stop || !shared.jobs.empty() || shared.readingDone; });
                if (shared.stop || (shared.jobs.empty() && shared.readingDone))
                    return;
                job = std::move(shared.jobs.front());
                shared.jobs.pop_front();
                if (!shared.spareResults.empty()) {
                    results = std::move(shared.spareResults.back());
                    shared.spareResults.pop_back();
                }
            }
            results.resize(job.features.size());
            std::int64_t far = 0;
            std::int64_t located = 0;
            std::int64_t fastPath = 0;
            std::optional<std::pair<double, double>> sample;
            for (std::size_t i = 0; i < job.features.size(); ++i) {
                const gis::VectorFeature& feature = job.features[i];
                std::string note = feature.note;
                if (feature.textRepaired)
                    note += std::string(note.empty() ? "" : "; ") + "text not valid in the file's encoding (try --encoding)";
                CheckedParcel& out = results[i];
                out.compared.reset();
                out.wkb.clear();
                out.row.clear();
                const std::optional<std::string> landUse =
                    hasLandUse ? std::optional<std::string>(feature.attributes[2]) : std::nullopt;
                // The fast path first (issue 16): a parcel it decides needs no GEOS geometry; one
                // it does not still skips GEOS's validity test when its ring is certainly simple.
                bool knownValid = false;
                if (fast && !toPlanar && gis::decodeSingleRingPolygon(feature.wkb.data(), feature.wkb.size(), ring)) {
                    if (checker.checkRing(feature.attributes[0], ring, feature.attributes[1], note, landUse, out.result)) {
                        ++fastPath;
                        const gis::Envelope box = gis::ringEnvelope(ring);
                        if (!sample)
                            sample = std::make_pair(box.minX, box.minY);
                        ++located;
                        if (!box.intersects(nearZones))
                            ++far;
                        if (wantsGeometry)
                            out.wkb = gis::Geometry::fromWkb(feature.wkb).toWkb();
                        sink.prepare(out);  // while the result's strings are still in the cache
                        continue;
                    }
                    knownValid = gis::ringCertainlySimple(ring);
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
                        if (toPlanar && !geometry.isEmpty()) {
                            untransformable = true;
                            geometry = gis::transformGeometry(geometry, *toPlanar);
                            untransformable = false;
                        }
                    }
                } catch (const gis::Error& error) {
                    geometry = gis::Geometry();
                    problem = std::string("geometry unusable: ") + error.what();
                }
                if (!problem.empty())
                    note = problem + (note.empty() ? "" : "; " + note);
                if (untransformable) {
                    // Coordinates impossible in the declared CRS: the CRS is surely wrong.
                    ++located;
                    ++far;
                }
                // Reprojected parcels: the fast path on the coordinates GEOS now holds.
                std::optional<ParcelResult> decided;
                if (fast && toPlanar && singleRing(geometry, ring)) {
                    decided = checker.checkRing(feature.attributes[0], ring, feature.attributes[1], note, landUse);
                    fastPath += decided ? 1 : 0;
                    knownValid = !decided && gis::ringCertainlySimple(ring);
                }
                out.result = decided ? std::move(*decided)
                                     : checker.check(feature.attributes[0], geometry, feature.attributes[1], note, landUse, knownValid);
                if (comparedChecker)
                    out.compared = comparedChecker->check(feature.attributes[0], geometry, feature.attributes[1], note, landUse);
                if (!geometry.isNull() && !geometry.isEmpty() && out.result.location != Location::Error) {
                    ++located;
                    const gis::Envelope box = geometry.envelope();
                    if (!box.intersects(nearZones))
                        ++far;
                    if (wantsGeometry)
                        out.wkb = geometry.toWkb();
                }
                sink.prepare(out);
            }
            std::lock_guard lock(shared.mutex);
            shared.finished.emplace(job.sequence, std::move(results));
            shared.spareFeatures.push_back(std::move(job.features));
            shared.farAway += far;
            shared.located += located;
            shared.fastPath += fastPath;
            if (!shared.sampleCoordinate && sample)
                shared.sampleCoordinate = sample;
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

    // The fast path's grid: built once, read by every worker.
    std::optional<ZoneGrid> grid;
    if (options.fastPath && !fastPathDisabledByEnvironment())
        grid.emplace(data.zones);
    const ZoneGrid* sharedGrid = grid && !grid->empty() ? &*grid : nullptr;

    Shared shared;
    std::vector<std::thread> workers;
    for (int i = 0; i < summary.threads; ++i)
        workers.emplace_back(workerLoop, std::ref(shared), std::cref(data), std::cref(source), std::cref(options), std::cref(sink),
                             sharedGrid);

    std::thread reader([&] {
        try {
            for (std::size_t sequence = 0;; ++sequence) {
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
                }
                job.sequence = sequence;
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

    // This thread writes, in order.
    try {
        std::vector<CheckedParcel> results;
        for (std::size_t next = 0;; ++next) {
            {
                std::unique_lock lock(shared.mutex);
                if (!results.empty())
                    shared.spareResults.push_back(std::move(results));
                shared.changed.wait(lock, [&] {
                    return shared.stop || shared.finished.count(next) || (shared.readingDone && next >= shared.batchesRead);
                });
                if (shared.stop || !shared.finished.count(next))
                    break;
                results = std::move(shared.finished.at(next));
                shared.finished.erase(next);
                ++shared.batchesWritten;
                shared.changed.notify_all();
            }
            if (cancelled()) {
                summary.cancelled = true;
                break;
            }
            sink.write(results);
            for (const auto& parcel : results)
                summary.count(parcel.result);
            summary.total += static_cast<std::int64_t>(results.size());
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
