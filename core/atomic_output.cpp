#include "core/atomic_output.h"

#include "core/check_errors.h"
#include "gis/utf8_path.h"

#include <atomic>
#include <chrono>
#include <system_error>

namespace pearlzone::core {

AtomicOutput::AtomicOutput(const std::string& destination)
    : destination_(gis::pathFromUtf8(destination)), destinationUtf8_(destination)
{
    static std::atomic<unsigned> counter{0};
    const auto stamp = std::chrono::steady_clock::now().time_since_epoch().count();
    const std::string tag = ".partial-" + std::to_string(stamp % 1000000007) + "-" + std::to_string(counter++);
    temporary_ = destination_.parent_path() /
                 gis::pathFromUtf8(gis::pathToUtf8(destination_.stem()) + tag + gis::pathToUtf8(destination_.extension()));
    temporaryUtf8_ = gis::pathToUtf8(temporary_);
    std::error_code error;
    const auto folder = destination_.parent_path().empty() ? std::filesystem::path(".") : destination_.parent_path();
    if (!std::filesystem::is_directory(folder, error))
        throw OutputError(destination + ": the folder " + gis::pathToUtf8(folder) + " does not exist");
}

AtomicOutput::~AtomicOutput()
{
    discard();
}

void AtomicOutput::commit()
{
    std::error_code error;
    std::filesystem::rename(temporary_, destination_, error);
    if (error) {
        discard();
        throw OutputError(destinationUtf8_ + ": cannot write the file (" + error.message() + ")");
    }
    done_ = true;
}

void AtomicOutput::discard() noexcept
{
    if (done_)
        return;
    std::error_code ignored;
    std::filesystem::remove(temporary_, ignored);
    // SQLite (GeoPackage) side files, should a crash have left them.
    for (const char* suffix : {"-journal", "-wal", "-shm"})
        std::filesystem::remove(gis::pathFromUtf8(temporaryUtf8_ + suffix), ignored);
    done_ = true;
}

}  // namespace pearlzone::core
