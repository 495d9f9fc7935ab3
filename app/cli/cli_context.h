#pragma once
// What every pearlzone-cli command shares: exit codes (SPEC section 5), output helpers, and
// where the bundled data is.

#include <QString>
#include <QStringList>

#include <filesystem>
#include <functional>

namespace pearlzone::core {
struct PilotZoneData;
enum class Language;
}  // namespace pearlzone::core

namespace pearlzone::gis {
class Error;
}

namespace pearlzone::cli {

enum ExitCode {
    kExitOk = 0,
    kExitUsage = 1,
    kExitBadInput = 2,
    kExitOutputFailed = 3,
};

void printOut(const QString& text);
void printErr(const QString& text);
// Says what is wrong with a command line, how the command is used and where its help is;
// returns kExitUsage.
int usageError(const QString& command, const QString& message);
// Says why a command failed, in the person's words (core::Wording::errorMessage), and with
// verbose (--verbose) what the library said as it said it; returns exitCode.
int reportFailure(const QString& command, const gis::Error& error, core::Language language, bool verbose, int exitCode);

// The bundled data folder, found relative to the program; empty with a message if missing.
std::filesystem::path bundledDataDirectory();

// A command that lists part of the bundled data, as text or with --json as JSON (both made by
// describe from the loaded data): `industries`, `land-uses`.
int runDataListing(const QStringList& arguments, const QString& command,
                   const std::function<QString(const core::PilotZoneData&, bool json)>& describe);

// Runs one command: arguments start with the command's name.
int runCheck(const QStringList& arguments);
int runCompare(const QStringList& arguments);
int runMap(const QStringList& arguments);
int runZones(const QStringList& arguments);
int runIndustries(const QStringList& arguments);
int runLandUses(const QStringList& arguments);

}  // namespace pearlzone::cli
