#pragma once
// The check stream: every checked parcel (all its results, the compared ones, its geometry
// in EPSG:4547) and the summary, as our own binary file. The app's worker process
// (`pearlzone-cli check --app-results FILE`) writes it and the app reads it back, so that a
// file checked in the worker gives the app exactly what a check in its own process would.
// Not a report format: versioned, for the same program version on both ends; the reader
// refuses anything truncated or not ours.

#include "core/batch_check.h"

#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace pearlzone::core {

// What was read: the source's layer name and CRS label, the parcels in input order and
// the summary.
struct CheckStream {
    std::string layerName;
    std::string crsLabel;
    std::vector<CheckedParcel> parcels;
    BatchSummary summary;
};

// A sink that streams parcels to path (written atomically: core/atomic_output.h); the file
// appears only at finish(). Throws OutputError.
class CheckStreamWriter : public CheckSink {
public:
    CheckStreamWriter(const std::string& path, const std::string& layerName, const std::string& crsLabel);
    ~CheckStreamWriter() override;
    bool wantsGeometry() const override { return true; }
    void write(const std::vector<CheckedParcel>& parcels) override;
    // Writes the summary and puts the file in place.
    void finish(const BatchSummary& summary);

private:
    struct State;
    std::unique_ptr<State> state_;
};

// Reads a complete stream, handing its layer name and CRS label to begin and then each parcel
// to parcel in input order (so that a million parcels need not be held twice); returns the
// summary. Throws InputError when the file is missing, truncated or not one.
BatchSummary readCheckStream(const std::string& path,
                             const std::function<void(const std::string& layerName, const std::string& crsLabel)>& begin,
                             const std::function<void(CheckedParcel&& parcel)>& parcel);
// The same, all of it at once.
CheckStream readCheckStream(const std::string& path);

}  // namespace pearlzone::core
