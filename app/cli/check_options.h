#pragma once
// What `check` and `compare` share: the parcel input options and the check settings, how they
// are read, where the zones come from, the progress bar and Ctrl+C.

#include "core/batch_check.h"
#include "core/constraint_layers.h"
#include "core/parcel_source.h"
#include "core/pilot_zone_data.h"

#include <QCommandLineParser>
#include <QString>

#include <atomic>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>

namespace pearlzone::cli {

constexpr int kExitInterrupted = 130;

// Loads the bundled data with the zones a command was given (empty: the bundled ones), and
// says on stderr how the zones were read when it matters (sub-area designations made
// zone-wide, places missing). Throws gis::Error.
std::unique_ptr<core::PilotZoneData> loadDataWithZones(const std::filesystem::path& dataDir, const QString& zones,
                                                       const QString& zoneField);

// The options `check` and `compare` share, read by their names in command_help.cpp: the parcel
// input (--layer, --id-field, --industry-field, --land-use-field, --crs, --encoding), the
// constraint lines (--constraints) and the check settings (--min-inside, --lang, --threads,
// --quiet, and --pdf naming a .pdf).
namespace check_arguments {

// Parses arguments into parser (already holding the command's options): one parcel source,
// the settings into options. Returns the message for a usage error.
std::optional<QString> parse(QCommandLineParser& parser, const QStringList& arguments, core::BatchCheckOptions& options);
// The parcel input as given for source.
core::ParcelInputOptions parcelInput(const QCommandLineParser& parser, const QString& source);
// --constraint-rule's words: prohibited, restricted, or field (rule: none, each line's rule
// field); false for anything else.
bool constraintRuleNamed(const QString& name, std::optional<core::ConstraintRule>& rule);
// The constraint layers given (with their --constraint-layer and --constraint-rule), read in
// the parcels' encoding. Throws gis::Error.
core::ConstraintSet constraints(const QCommandLineParser& parser, const core::ParcelInputOptions& input);
// A progress bar unless --quiet or stderr is not a terminal.
bool showProgress(const QCommandLineParser& parser);

}  // namespace check_arguments

// "<parcels name>.<suffix>" in the current folder ("postgis.<suffix>" for a connection).
QString defaultOutputName(const QString& parcels, const QString& suffix);

// Runs the batch check with a progress bar on stderr (when showProgress) and a stop signal
// (Ctrl+C, SIGTERM, SIGHUP: app/cli/stop_signals.h) setting the summary's cancelled.
core::BatchSummary runInterruptibleCheck(const core::PilotZoneData& data, core::ParcelSource& source,
                                         const core::BatchCheckOptions& options, core::CheckSink& sink, bool showProgress);
// The same for any run given a progress function and the cancel flag (e.g. --engine postgis).
using ProgressFunction = std::function<void(const core::BatchProgress&)>;
core::BatchSummary runInterruptible(const std::function<core::BatchSummary(const ProgressFunction&, const std::atomic<bool>*)>& run,
                                    bool showProgress);
// The progress bar on stderr while a PDF's pages are written (percent of the pages).
void drawPdfProgress(int percent);

}  // namespace pearlzone::cli
