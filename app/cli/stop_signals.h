#pragma once
// Stop signals: Ctrl+C, SIGTERM and SIGHUP (a closed terminal) alike, and on Windows the
// console's Ctrl+C, Ctrl+Break and close events. While a check listens, the first one cancels
// it (the run ends cleanly, no report written); otherwise, or at a second one, the process
// removes its unfinished outputs (core::removeUnfinishedOutputs) and ends as the signal says.

#include <atomic>

namespace pearlzone::cli {

// Installed once, at start.
void installStopHandlers();

// While a StopListening lives, a stop signal sets flag() instead of ending the process.
class StopListening {
public:
    StopListening();
    ~StopListening();
    StopListening(const StopListening&) = delete;
    StopListening& operator=(const StopListening&) = delete;
    const std::atomic<bool>* flag() const;
};

}  // namespace pearlzone::cli
