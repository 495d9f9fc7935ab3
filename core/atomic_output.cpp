#include "core/atomic_output.h"

#include "core/check_errors.h"
#include "gis/utf8_path.h"

#include <array>
#include <atomic>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <regex>
#include <system_error>

#if defined(_WIN32)
#include <process.h>
#include <windows.h>
#else
#include <csignal>
#include <fcntl.h>
#include <unistd.h>
#endif

namespace pearlzone::core {

namespace {

constexpr const char* kSideFileSuffixes[] = {"-journal", "-wal", "-shm"};  // SQLite's (GeoPackage)
constexpr auto kStaleAfter = std::chrono::hours(1);

long long currentProcessId()
{
#if defined(_WIN32)
    return static_cast<long long>(_getpid());
#else
    return static_cast<long long>(getpid());
#endif
}

// Whether process id may still be running (when unsure: yes, and its files stay).
bool processMayBeAlive(long long id)
{
    if (id <= 0 || id > 0x7fffffff)
        return false;  // no process has such an id (e.g. an older naming scheme's time stamp)
#if defined(_WIN32)
    HANDLE process = OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, FALSE, static_cast<DWORD>(id));
    if (!process)
        return GetLastError() == ERROR_ACCESS_DENIED;
    DWORD code = 0;
    const bool running = GetExitCodeProcess(process, &code) && code == STILL_ACTIVE;
    CloseHandle(process);
    return running;
#else
    return kill(static_cast<pid_t>(id), 0) == 0 || errno != ESRCH;
#endif
}

// The named temporary files of live outputs, for removeUnfinishedOutputs() in a signal
// handler: fixed storage, each slot's path complete before its state says "ready".
constexpr std::size_t kSlots = 32;
constexpr std::size_t kPathBytes = 4096;
enum SlotState : int { kFree = 0, kClaimed = 1, kReady = 2 };
struct Slot {
    std::atomic<int> state{kFree};
    char path[kPathBytes] = {};
};
std::array<Slot, kSlots> registry;

int registerTemporary(const std::string& path)
{
    if (path.size() + 16 >= kPathBytes)
        return -1;
    for (std::size_t i = 0; i < kSlots; ++i) {
        int expected = kFree;
        if (registry[i].state.compare_exchange_strong(expected, kClaimed)) {
            std::memcpy(registry[i].path, path.c_str(), path.size() + 1);
            registry[i].state.store(kReady);
            return static_cast<int>(i);
        }
    }
    return -1;  // more than kSlots outputs at once: the sweep still finds the file later
}

void unregisterTemporary(int slot)
{
    if (slot >= 0)
        registry[static_cast<std::size_t>(slot)].state.store(kFree);
}

// "<stem>.partial-<pid>-<n><ext>", and the side files SQLite makes beside one.
const std::regex& ourTemporaryName()
{
    static const std::regex pattern(R"(^.+\.partial-(\d{1,19})-\d+(\.[^.]*)?(-journal|-wal|-shm)?$)");
    return pattern;
}

std::filesystem::path folderOf(const std::filesystem::path& destination)
{
    return destination.parent_path().empty() ? std::filesystem::path(".") : destination.parent_path();
}

#if defined(__linux__) && defined(O_TMPFILE)
// An unnamed file in folder (-1 where the file system or kernel has none, or /proc is missing).
int openUnnamedFile(const std::filesystem::path& folder)
{
    const int descriptor = open(folder.c_str(), O_TMPFILE | O_WRONLY | O_CLOEXEC, 0666);
    if (descriptor >= 0 && access(("/proc/self/fd/" + std::to_string(descriptor)).c_str(), F_OK) != 0) {
        close(descriptor);
        return -1;
    }
    return descriptor;
}
#endif

void removeFile(const char* path) noexcept
{
#if defined(_WIN32)
    std::remove(path);
#else
    unlink(path);  // async-signal-safe
#endif
}

}  // namespace

AtomicOutput::AtomicOutput(const std::string& destination, Writing writing)
    : destination_(gis::pathFromUtf8(destination)), destinationUtf8_(destination)
{
    static std::atomic<unsigned> counter{0};
    const std::string tag = ".partial-" + std::to_string(currentProcessId()) + "-" + std::to_string(counter++);
    temporary_ = destination_.parent_path() /
                 gis::pathFromUtf8(gis::pathToUtf8(destination_.stem()) + tag + gis::pathToUtf8(destination_.extension()));
    temporaryUtf8_ = gis::pathToUtf8(temporary_);
    std::error_code error;
    const auto folder = folderOf(destination_);
    if (!std::filesystem::is_directory(folder, error))
        throw OutputError(destination + ": the folder " + gis::pathToUtf8(folder) + " does not exist");
    sweepStaleOutputs(folder);
#if defined(__linux__) && defined(O_TMPFILE)
    if (writing == Writing::Stream && (unnamedFile_ = openUnnamedFile(folder)) >= 0) {
        temporaryUtf8_ = "/proc/self/fd/" + std::to_string(unnamedFile_);
        return;
    }
#else
    (void)writing;
#endif
    registrySlot_ = registerTemporary(temporaryUtf8_);
}

AtomicOutput::~AtomicOutput()
{
    discard();
}

void AtomicOutput::commit()
{
    if (unnamedFile_ >= 0) {
        commitUnnamed();
        return;
    }
    std::error_code error;
    std::filesystem::rename(temporary_, destination_, error);
    if (error) {
        discard();
        throw OutputError(destinationUtf8_ + ": cannot write the file (" + error.message() + ")");
    }
    unregisterTemporary(registrySlot_);
    done_ = true;
}

void AtomicOutput::commitUnnamed()
{
#if defined(__linux__) && defined(O_TMPFILE)
    // linkat cannot replace a file: the written file gets the temporary name for the moment
    // of a rename over the destination, which is atomic.
    registrySlot_ = registerTemporary(gis::pathToUtf8(temporary_));
    std::error_code error;
    if (linkat(AT_FDCWD, temporaryUtf8_.c_str(), AT_FDCWD, temporary_.c_str(), AT_SYMLINK_FOLLOW) != 0)
        error = std::error_code(errno, std::generic_category());
    else
        std::filesystem::rename(temporary_, destination_, error);
    close(unnamedFile_);
    unnamedFile_ = -1;
    if (error) {
        discard();
        throw OutputError(destinationUtf8_ + ": cannot write the file (" + error.message() + ")");
    }
    unregisterTemporary(registrySlot_);
    done_ = true;
#endif
}

void AtomicOutput::discard() noexcept
{
    if (done_)
        return;
#if !defined(_WIN32)
    if (unnamedFile_ >= 0) {
        close(unnamedFile_);  // the kernel frees the unnamed file
        unnamedFile_ = -1;
        done_ = true;
        return;
    }
#endif
    std::error_code ignored;
    std::filesystem::remove(temporary_, ignored);
    // SQLite (GeoPackage) side files, should a crash have left them.
    for (const char* suffix : kSideFileSuffixes)
        std::filesystem::remove(gis::pathFromUtf8(temporaryUtf8_ + suffix), ignored);
    unregisterTemporary(registrySlot_);
    done_ = true;
}

void removeUnfinishedOutputs() noexcept
{
    for (auto& slot : registry) {
        if (slot.state.load() != kReady)
            continue;
        char side[kPathBytes];
        const std::size_t length = std::strlen(slot.path);
        removeFile(slot.path);
        for (const char* suffix : kSideFileSuffixes) {
            std::memcpy(side, slot.path, length);
            std::memcpy(side + length, suffix, std::strlen(suffix) + 1);
            removeFile(side);
        }
    }
}

int sweepStaleOutputs(const std::filesystem::path& folder) noexcept
{
    int removed = 0;
    std::error_code error;
    const auto now = std::filesystem::file_time_type::clock::now();
    for (std::filesystem::directory_iterator it(folder, error), end; !error && it != end; it.increment(error)) {
        const std::string name = gis::pathToUtf8(it->path().filename());
        std::smatch parts;
        if (name.find(".partial-") == std::string::npos || !std::regex_match(name, parts, ourTemporaryName()))
            continue;
        std::error_code fileError;
        if (!it->is_regular_file(fileError))
            continue;
        const auto changed = it->last_write_time(fileError);
        if (fileError || now - changed < kStaleAfter)
            continue;
        const long long owner = parts[1].length() > 12 ? -1 : std::stoll(parts[1].str());
        if (processMayBeAlive(owner))
            continue;
        if (std::filesystem::remove(it->path(), fileError))
            ++removed;
    }
    return removed;
}

}  // namespace pearlzone::core
