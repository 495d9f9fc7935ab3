// A stand-in for pearlzone-cli as the app's worker process (test hook: the app runs whatever
// PEARLZONE_CHECK_WORKER names). PEARLZONE_FAKE_WORKER says how it misbehaves, after a
// progress line and a word on stderr, as a reader crashing or hanging on a file would:
//   crash  dies of a segmentation fault (a real signal, SIGSEGV);
//   hang   leaves a file in the app's results folder, ignores SIGTERM and never ends.
// PEARLZONE_FAKE_WORKER_PID, when set, is a file it writes its process id to.
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <string>
#include <thread>

#ifdef _WIN32
#include <process.h>
#define getpid _getpid
#else
#include <unistd.h>
#endif

int main(int argc, char* argv[])
{
    std::string results;
    for (int i = 1; i + 1 < argc; ++i)
        if (std::strcmp(argv[i], "--app-results") == 0)
            results = argv[i + 1];
    if (const char* pidFile = std::getenv("PEARLZONE_FAKE_WORKER_PID"))
        std::ofstream(pidFile) << getpid();
    const char* mode = std::getenv("PEARLZONE_FAKE_WORKER");
    std::printf("progress 10 100\n");
    std::fflush(stdout);
    std::fprintf(stderr, "fake worker: reading the parcels\n");
    std::fflush(stderr);
    if (mode && std::strcmp(mode, "crash") == 0) {
        std::raise(SIGSEGV);
    } else if (mode && std::strcmp(mode, "hang") == 0) {
        std::signal(SIGTERM, SIG_IGN);  // stuck where a stop request is not heard
        std::ofstream(results + ".partial") << "unfinished";
        for (;;)
            std::this_thread::sleep_for(std::chrono::seconds(1));
    }
    std::fprintf(stderr, "fake worker: PEARLZONE_FAKE_WORKER is neither crash nor hang\n");
    return 2;
}
