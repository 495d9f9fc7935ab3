// The app with a million checked parcels: what it holds in memory once CheckRunner has made the
// CheckedLayer (as the app does), and the longest stall of the GUI thread while the real results
// panel (offscreen) is sorted by every column and filtered.
//   bench_app PARCELS DATA_DIR      (PARCELS synthetic:N: N made-up results, the table only)
// The stall is the longest time the GUI thread took to run a call posted to it from another
// thread every 2 ms: what a click or a key waits for.
// The last lines are machine-readable (scripts/bench.sh reads them).
#include "app/check_runner.h"
#include "app/results_panel.h"
#include "core/pilot_zone_data.h"
#include "gis/utf8_path.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHeaderView>
#include <QTableView>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <thread>
#include <cstdio>
#include <functional>

namespace {

// Resident and peak resident memory in MB (Linux; 0 elsewhere).
std::pair<double, double> residentMb()
{
    double rss = 0, peak = 0;
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray& line : status.readAll().split('\n')) {
            const auto kb = [&] { return line.simplified().split(' ').value(1).toDouble() / 1024.0; };
            if (line.startsWith("VmRSS:"))
                rss = kb();
            if (line.startsWith("VmHWM:"))
                peak = kb();
        }
    }
    return {rss, peak};
}

// The longest time the GUI thread took to answer: a watcher thread posts a stamped call to the
// GUI thread every 2 ms (as input events arrive) and the longest wait between posting and the
// GUI running it is the stall a planner would feel.
class StallWatch {
public:
    void start()
    {
        longest_ = 0;
        running_ = true;
        thread_ = std::thread([this] {
            while (running_) {
                const auto posted = std::chrono::steady_clock::now();
                QMetaObject::invokeMethod(&receiver_, [this, posted] {
                    const auto waited = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - posted).count();
                    longest_ = std::max<qint64>(longest_, waited);
                }, Qt::QueuedConnection);
                std::this_thread::sleep_for(std::chrono::milliseconds(2));
            }
        });
    }
    qint64 stop()
    {
        running_ = false;
        thread_.join();
        QCoreApplication::processEvents();  // the last calls posted
        return longest_;
    }

private:
    QObject receiver_;
    std::thread thread_;
    std::atomic<bool> running_{false};
    std::atomic<qint64> longest_{0};
};

// Starts the peak (VmHWM) again from the resident memory now (Linux 4.0+; false elsewhere), so
// that the table's own peak can be told from the check's.
bool resetPeak()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    return clear.open(QIODevice::WriteOnly) && clear.write("5") == 1;
}

void spinUntil(const std::function<bool()>& done)
{
    while (!done())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
}

}  // namespace

int main(int argc, char* argv[])
{
    if (argc != 3) {
        std::fprintf(stderr, "usage: bench_app PARCELS DATA_DIR\n");
        return 1;
    }
    pearlzone::app::useMappedLargeBlocks();  // as the app's main() does
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    using namespace pearlzone;
    const std::shared_ptr<const core::PilotZoneData> data = core::PilotZoneData::load(gis::pathFromUtf8(argv[2]));
    const auto [baseline, baselinePeak] = residentMb();

    // The check as the app runs it: CheckRunner → CheckedLayer.
    app::CheckRunner runner;
    std::shared_ptr<app::CheckedLayer> layer;
    QObject::connect(&runner, &app::CheckRunner::layerChecked, [&](std::shared_ptr<app::CheckedLayer> l) { layer = std::move(l); });
    core::ParcelInputOptions input;
    input.source = argv[1];
    core::BatchCheckOptions options;
    options.threads = 2;
    QElapsedTimer checkClock;
    checkClock.start();
    if (input.source.rfind("synthetic:", 0) == 0) {  // only the table: N made-up results, no check
        layer = std::make_shared<app::CheckedLayer>();
        const std::size_t n = std::stoul(input.source.substr(10));
        for (std::size_t i = 0; i < n; ++i) {
            core::CheckedParcel parcel;
            parcel.result.parcelId = "DK" + std::to_string((i * 7919) % n);
            parcel.result.insideRatio = static_cast<double>(i % 1000) / 1000.0;
            parcel.result.verdict = static_cast<core::Verdict>(i % 4);
            parcel.result.reason = "reason " + std::to_string(i % 50000);
            layer->append(parcel);
        }
        layer->finish();
    } else {
        runner.start(data, {input}, options);
        spinUntil([&] { return !runner.isRunning(); });
    }
    const double checkSeconds = checkClock.elapsed() / 1000.0;
    if (!layer) {
        std::fprintf(stderr, "bench_app: the check failed\n");
        return 2;
    }
    const auto [holding, checkPeak] = residentMb();
    std::size_t textBytes = 0, texts = 0;
    for (int field = 0; field < app::ParcelResults::TextCount; ++field) {
        const auto& pool = layer->results().pool(static_cast<app::ParcelResults::Text>(field));
        texts += pool.size();
        for (std::uint32_t id = 0; id < pool.size(); ++id)
            textBytes += pool.text(id).size();
    }
    std::printf("distinct texts: %zu (%.1f MB of characters); reasons: %zu\n", texts, textBytes / 1e6,
                layer->results().pool(app::ParcelResults::Reason).size());

    const bool peakReset = resetPeak();
    app::ResultsPanel panel;
    panel.resize(1600, 500);
    panel.setContext(data, core::Language::Chinese);
    panel.show();
    app::ResultsModel* model = panel.model();
    StallWatch watch;
    QElapsedTimer clock;
    std::printf("%zu checked parcels (check %.1f s with 2 threads)\n\n", layer->size(), checkSeconds);
    std::printf("| app memory | MB |\n| --- | ---: |\n");
    std::printf("| resident before the check (zones, Qt) | %.0f |\n", baseline);
    std::printf("| resident holding the checked layer | %.0f |\n", holding);
    std::printf("| peak during the check | %.0f |\n\n", checkPeak);

    std::printf("| results table, 1,600 x 500 offscreen | until shown (ms) | longest GUI stall (ms) | resident after (MB) |\n| --- | ---: | ---: | ---: |\n");
    qint64 worst = 0;
    const auto timed = [&](const char* what, const QString& detail, const std::function<void()>& act) {
        watch.start();
        clock.start();
        act();
        if (model->isBusy()) {  // the app's own event loop runs meanwhile, as in the window
            QEventLoop loop;
            QObject::connect(model, &app::ResultsModel::busyChanged, &loop, [&loop](bool busy) {
                if (!busy)
                    QTimer::singleShot(0, &loop, &QEventLoop::quit);
            });
            loop.exec();
        }
        const qint64 stall = watch.stop();
        worst = std::max(worst, stall);
        const qint64 took = clock.elapsed();
        std::printf("| %s %s | %lld | %lld | %.0f |\n", what, qPrintable(detail), static_cast<long long>(took), static_cast<long long>(stall),
                    residentMb().first);
    };
    timed("show the layer", QString(), [&] { panel.setLayer(layer); });
    const qint64 showStall = worst;
    worst = 0;  // the target is for sorting and filtering
    for (int column : {1, 0, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}) {
        const QString header = model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
        timed("sort by", header, [&] { panel.table()->sortByColumn(column, Qt::AscendingOrder); });
    }
    timed("sort by", QStringLiteral("Parcel, descending"),
          [&] { panel.table()->sortByColumn(app::ResultsModel::Id, Qt::DescendingOrder); });
    timed("sort by", QStringLiteral("Verdict, descending"),
          [&] { panel.table()->sortByColumn(app::ResultsModel::Verdict, Qt::DescendingOrder); });
    for (int index : {1, 2, 3, 0})
        timed("verdict filter:", panel.verdictFilter()->itemText(index), [&] { panel.verdictFilter()->setCurrentIndex(index); });
    timed("search by id", QString(), [&] { panel.findParcel(QStringLiteral("999999")); });
    const auto [after, tablePeak] = residentMb();
    const double peak = peakReset ? std::max(checkPeak, tablePeak) : tablePeak;
    std::printf("\nresident after sorting and filtering: %.0f MB; peak while the table was shown, sorted and filtered: %s MB; "
                "peak of the whole run: %.0f MB\n",
                after, peakReset ? qPrintable(QString::number(tablePeak, 'f', 0)) : "?", peak);
    std::printf("bench_app parcels=%zu holding_mb=%.0f check_peak_mb=%.0f table_peak_mb=%s peak_mb=%.0f longest_stall_ms=%lld "
                "show_stall_ms=%lld\n",
                layer->size(), holding, checkPeak, peakReset ? qPrintable(QString::number(tablePeak, 'f', 0)) : "?", peak,
                static_cast<long long>(worst), static_cast<long long>(showStall));
    return 0;
}
