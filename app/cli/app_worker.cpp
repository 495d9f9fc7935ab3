#include "app/cli/app_worker.h"

#include "app/cli/check_options.h"
#include "app/cli/cli_context.h"
#include "app/cli/stop_signals.h"
#include "core/check_stream.h"
#include "core/wording.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace pearlzone::cli::app_worker {

namespace {

void printLine(const QByteArray& line)
{
    std::fwrite(line.constData(), 1, static_cast<std::size_t>(line.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);  // the app reads it as it comes
}

}  // namespace

void printFailure(const gis::Error& error, core::Language language)
{
    const QJsonObject failure{{QStringLiteral("message"), core::Wording(language).errorMessage(error)},
                              {QStringLiteral("details"), QString::fromStdString(error.detail())}};
    printLine("failure " + QJsonDocument(failure).toJson(QJsonDocument::Compact));
}

int run(const core::PilotZoneData& data, core::ParcelSource& source, const core::BatchCheckOptions& options,
        const QString& resultsPath)
{
    core::CheckStreamWriter stream(resultsPath.toStdString(), source.layerName(), source.crsLabel());
    const StopListening stop;
    const core::BatchSummary summary = core::runBatchCheck(
        data, source, options, stream,
        [](const core::BatchProgress& p) { printLine("progress " + QByteArray::number(p.done) + ' ' + QByteArray::number(p.totalHint)); },
        stop.flag());
    if (summary.cancelled)
        return kExitInterrupted;  // the stream's destructor removes its unfinished file
    stream.finish(summary);
    return kExitOk;
}

}  // namespace pearlzone::cli::app_worker
