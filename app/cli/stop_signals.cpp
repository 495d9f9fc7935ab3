#include "app/cli/stop_signals.h"

#include "core/atomic_output.h"

#include <csignal>

#if defined(_WIN32)
#include <windows.h>
#endif

namespace pearlzone::cli {

namespace {

std::atomic<bool> listening{false};
std::atomic<bool> stopRequested{false};

// True when a listening run takes the stop; false when the process must end now.
bool takeStop()
{
    if (listening.load() && !stopRequested.exchange(true))
        return true;
    core::removeUnfinishedOutputs();
    return false;
}

#if defined(_WIN32)
BOOL WINAPI onConsoleEvent(DWORD event)
{
    // Ctrl+C and Ctrl+Break can be taken; closing the console ends the process regardless.
    const bool canContinue = event == CTRL_C_EVENT || event == CTRL_BREAK_EVENT;
    if (takeStop() && canContinue)
        return TRUE;
    if (!canContinue)
        core::removeUnfinishedOutputs();
    return FALSE;  // the default handler ends the process
}
#else
extern "C" void onStopSignal(int signal)
{
    if (takeStop())
        return;
    std::signal(signal, SIG_DFL);
    std::raise(signal);  // ends the process as the signal would have
}
#endif

}  // namespace

void installStopHandlers()
{
#if defined(_WIN32)
    SetConsoleCtrlHandler(onConsoleEvent, TRUE);
#else
    for (int signal : {SIGINT, SIGTERM, SIGHUP})
        std::signal(signal, onStopSignal);
#endif
}

StopListening::StopListening()
{
    stopRequested.store(false);
    listening.store(true);
}

StopListening::~StopListening()
{
    listening.store(false);
}

const std::atomic<bool>* StopListening::flag() const
{
    return &stopRequested;
}

}  // namespace pearlzone::cli
