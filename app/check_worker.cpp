#include "app/check_worker.h"

#include "core/check_errors.h"
#include "core/check_stream.h"
#include "core/wording.h"
#include "core/zone_set_writer.h"
#include "gis/utf8_path.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <csignal>

namespace pearlzone::app {

namespace {

constexpr const char* kContext = "pearlzone::app::CheckWorker";
constexpr qsizetype kStderrKept = 64 * 1024;  // the end of what the worker said, for "details"

QString words(const CheckJob& job, const char* source)
{
    return core::Wording(job.options.settings.language).translate(kContext, source);
}

QString fileName(const CheckJob& job) { return QFileInfo(QString::fromStdString(job.input.source)).fileName(); }

// The zones the worker is to use: none when they are the bundled ones (the worker reads
// dataDir's own), else the app's zones saved as a zone set in folder.
QString zonesFor(const core::PilotZoneData& data, const std::filesystem::path& dataDir, const QTemporaryDir& folder)
{
    const QFileInfo bundled(QString::fromStdString(gis::pathToUtf8(dataDir / "zones.geojson")));
    const QFileInfo used(QString::fromStdString(data.zones.source()));
    if (bundled.exists() && used.canonicalFilePath() == bundled.canonicalFilePath())
        return {};
    const QString path = folder.filePath(QStringLiteral("zones.gpkg"));
    core::saveZoneSet(data.zones, data.zones.info(), path.toStdString());
    return path;
}

#ifndef Q_OS_WIN
QString signalName(int signal)
{
    switch (signal) {
    case SIGILL: return QStringLiteral("SIGILL");
    case SIGABRT: return QStringLiteral("SIGABRT");
    case SIGBUS: return QStringLiteral("SIGBUS");
    case SIGFPE: return QStringLiteral("SIGFPE");
    case SIGKILL: return QStringLiteral("SIGKILL");
    case SIGSEGV: return QStringLiteral("SIGSEGV");
    case SIGTERM: return QStringLiteral("SIGTERM");
    default: return QStringLiteral("?");
    }
}
#endif

// What the worker did, as it did it: the program, how it ended and the end of its stderr.
QString detailsOf(const CheckJob& job, const QProcess& process, const QByteArray& said)
{
    QString text = QDir::toNativeSeparators(process.program()) + QLatin1Char('\n');
    if (process.exitStatus() == QProcess::CrashExit)
#ifdef Q_OS_WIN
        text += words(job, QT_TRANSLATE_NOOP("pearlzone::app::CheckWorker", "Ended abnormally (code %1)")).arg(process.exitCode(), 0, 16);
#else
        text += words(job, QT_TRANSLATE_NOOP("pearlzone::app::CheckWorker", "Ended by signal %1 (%2)"))
                    .arg(process.exitCode())
                    .arg(signalName(process.exitCode()));
#endif
    else
        text += words(job, QT_TRANSLATE_NOOP("pearlzone::app::CheckWorker", "Exit code %1")).arg(process.exitCode());
    const QString output = QString::fromUtf8(said).trimmed();
    if (!output.isEmpty())
        text += QStringLiteral("\n\n") + words(job, QT_TRANSLATE_NOOP("pearlzone::app::CheckWorker", "What it said:")) +
                QLatin1Char('\n') + output;
    return text;
}

JobOutcome failure(QString message, QString details)
{
    return {JobOutcome::Status::Failed, nullptr, std::move(message), std::move(details)};
}

}  // namespace

QString checkWorkerProgram()
{
    const QString hook = qEnvironmentVariable("PEARLZONE_CHECK_WORKER");
    if (!hook.isEmpty())
        return QFileInfo(hook).isExecutable() ? hook : QString();
#ifdef Q_OS_WIN
    const QString name = QStringLiteral("/pearlzone-cli.exe");
#else
    const QString name = QStringLiteral("/pearlzone-cli");
#endif
    const QString beside = QCoreApplication::applicationDirPath() + name;
    return QFileInfo(beside).isExecutable() ? beside : QString();
}

bool checkedInWorker(const CheckJob& job)
{
    return !job.pushDown && !QString::fromStdString(job.input.source).startsWith(QStringLiteral("PG:"));
}

QStringList workerArguments(const CheckJob& job, const QString& resultsPath, const QString& zonesPath)
{
    const core::ParcelInputOptions& input = job.input;
    QStringList arguments{QStringLiteral("check"), QString::fromStdString(input.source)};
    const auto add = [&arguments](const char* option, const std::string& value) {
        if (!value.empty())
            arguments << QStringLiteral("--") + QLatin1String(option) << QString::fromStdString(value);
    };
    add("layer", input.layer);
    add("id-field", input.idField);
    add("industry-field", input.industryField);
    add("land-use-field", input.landUseField);
    if (!input.checkLandUse)
        arguments << QStringLiteral("--no-land-use");
    add("crs", input.crs);
    add("encoding", input.encoding);
    if (!zonesPath.isEmpty())
        arguments << QStringLiteral("--zones") << zonesPath;
    if (job.constraints)
        for (const auto& info : job.constraints->layers()) {
            const core::ConstraintLayerOptions& layer = info.options;
            arguments << QStringLiteral("--constraints") << QString::fromStdString(layer.source);
            arguments << QStringLiteral("--constraint-layer") << QString::fromStdString(layer.layer);
            arguments << QStringLiteral("--constraint-rule")
                      << (!layer.rule ? QStringLiteral("field") : QString::fromLatin1(core::toString(*layer.rule)));
        }
    const core::CheckSettings& settings = job.options.settings;
    arguments << QStringLiteral("--min-inside") << QString::number(settings.minInside, 'g', 17);
    arguments << QStringLiteral("--lang") << (settings.language == core::Language::English ? QStringLiteral("en") : QStringLiteral("zh"));
    if (job.options.threads > 0)
        arguments << QStringLiteral("--threads") << QString::number(job.options.threads);
    arguments << QStringLiteral("--app-results") << resultsPath;
    return arguments;
}

JobOutcome checkInWorker(const QString& program, const CheckJob& job, const core::PilotZoneData& data,
                         const std::filesystem::path& dataDir, const std::atomic<bool>& cancel, const WorkerTimings& timings,
                         const WorkerCalls& calls)
{
    const QString file = fileName(job);
    // Removed with everything in it when this returns: success, failure, crash or cancel.
    QTemporaryDir folder(QDir::tempPath() + QStringLiteral("/pearlzone-check-XXXXXX"));
    if (!folder.isValid())
        return failure(words(job, QT_TRANSLATE_NOOP("pearlzone::app::CheckWorker", "The check of %1 could not start: no temporary folder can be made."))
                           .arg(file),
                       folder.errorString());
    const QString results = folder.filePath(QStringLiteral("results.pzcs"));
    QString zones;
    try {
        zones = zonesFor(data, dataDir, folder);
    } catch (const gis::Error& error) {
        return failure(core::Wording(job.options.settings.language).errorMessage(error), QString::fromStdString(error.detail()));
    }

    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (!dataDir.empty())  // the same catalogue, designations and rules as the app's
        environment.insert(QStringLiteral("PEARLZONE_DATA_DIR"), QString::fromStdString(gis::pathToUtf8(dataDir)));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));  // never a window
    process.setProcessEnvironment(environment);
    process.setProgram(program);
    process.setArguments(workerArguments(job, results, zones));
    const QDateTime checkedAt = QDateTime::currentDateTime();
    process.start();
    if (!process.waitForStarted(30000))
        return failure(words(job, QT_TRANSLATE_NOOP("pearlzone::app::CheckWorker", "The check of %1 could not start its worker program."))
                           .arg(file),
                       QDir::toNativeSeparators(program) + QLatin1Char('\n') + process.errorString());

    QByteArray lines, said, failureLine;
    QElapsedTimer sinceProgress, sinceStop;
    sinceProgress.start();
    bool stalled = false, wasStalled = false, stopping = false;
    const auto readOutput = [&] {
        lines += process.readAllStandardOutput();
        said += process.readAllStandardError();
        if (said.size() > kStderrKept)
            said = said.right(kStderrKept);
        for (qsizetype end = lines.indexOf('\n'); end >= 0; end = lines.indexOf('\n')) {
            const QByteArray line = lines.left(end).trimmed();
            lines.remove(0, end + 1);
            if (line.startsWith("progress ")) {
                const QList<QByteArray> numbers = line.split(' ');
                if (numbers.size() == 3 && calls.progress)
                    calls.progress(numbers[1].toLongLong(), numbers[2].toLongLong());
                sinceProgress.restart();
                stalled = false;
            } else if (line.startsWith("failure ")) {
                failureLine = line.mid(8);
            }
        }
    };
    while (process.state() != QProcess::NotRunning) {
        process.waitForReadyRead(100);
        readOutput();
        if (cancel.load() && !stopping) {
            stopping = true;
            wasStalled = stalled;
            process.terminate();  // the worker ends cleanly on SIGTERM, like on Ctrl+C
            sinceStop.start();
        } else if (stopping && sinceStop.elapsed() > timings.graceMilliseconds) {
            process.kill();  // stuck in a reader: it cannot hear the request
            process.waitForFinished(5000);
        }
        if (!stalled && !stopping && sinceProgress.elapsed() > timings.stallSeconds * 1000LL) {
            stalled = true;
            if (calls.stalled)
                calls.stalled(timings.stallSeconds);
        }
    }
    readOutput();

    if (stopping && wasStalled)
        return failure(words(job, QT_TRANSLATE_NOOP("pearlzone::app::CheckWorker",
                                                    "%1 could not be read: the check made no progress and was stopped. The file may "
                                                    "be damaged or use a form the reader cannot handle."))
                           .arg(file),
                       detailsOf(job, process, said));
    if (stopping)
        return {JobOutcome::Status::Cancelled, nullptr, {}, {}};
    if (process.exitStatus() == QProcess::CrashExit)
        return failure(words(job, QT_TRANSLATE_NOOP("pearlzone::app::CheckWorker",
                                                    "%1 could not be read: the program reading it stopped unexpectedly. The file may "
                                                    "be damaged or use a form the reader cannot handle. Nothing else was affected."))
                           .arg(file),
                       detailsOf(job, process, said));
    if (process.exitCode() == 0) {
        try {
            std::shared_ptr<CheckedLayer> layer;
            core::BatchSummary summary = core::readCheckStream(
                results.toStdString(),
                [&](const std::string& layerName, const std::string& crsLabel) {
                    layer = checkedLayerFor(job, QString::fromStdString(layerName), QString::fromStdString(crsLabel), checkedAt);
                },
                [&](core::CheckedParcel&& parcel) { layer->append(parcel); });
            layer->summary = std::move(summary);
            layer->finish();
            return {JobOutcome::Status::Checked, std::move(layer), {}, {}};
        } catch (const core::InputError& error) {
            said += QByteArray("\n") + error.what();
        }
    }
    if (process.exitCode() == 130)  // stopped from outside the app (a signal to the worker)
        return {JobOutcome::Status::Cancelled, nullptr, {}, {}};
    const QJsonObject reported = QJsonDocument::fromJson(failureLine).object();
    if (!reported.isEmpty()) {  // the worker's own message, in the planner's words already
        const QString libraries = reported.value(QStringLiteral("details")).toString();
        return failure(reported.value(QStringLiteral("message")).toString(),
                       (libraries.isEmpty() ? QString() : libraries + QStringLiteral("\n\n")) + detailsOf(job, process, said));
    }
    return failure(words(job, QT_TRANSLATE_NOOP("pearlzone::app::CheckWorker", "%1 could not be checked: the checking program ended with an error."))
                       .arg(file),
                   detailsOf(job, process, said));
}

}  // namespace pearlzone::app
