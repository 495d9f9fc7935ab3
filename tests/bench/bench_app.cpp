// The app with a million checked parcels: what it holds in memory once CheckRunner has made the
// CheckedLayer (as the app does), and the longest stall of the GUI thread while the real results
// panel (offscreen) is sorted by every column and filtered.
//   bench_app PARCELS DATA_DIR
// The stall is the longest gap between two turns of the event loop, measured by a timer that
// fires whenever the loop is free; a turn that takes longer is a frozen window.
// The last lines are machine-readable (scripts/bench.sh reads them).
#include "app/check_runner.h"
#include "app/results_panel.h"
#include "core/pilot_zone_data.h"
#include "gis/utf8_path.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QTableView>
#include <QTimer>

#include <algorithm>
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

// The longest time the event loop did not turn, while it is being watched.
class StallWatch {
public:
    StallWatch()
    {
        QObject::connect(&timer_, &QTimer::timeout, [this] {
            longest_ = std::max(longest_, clock_.restart());
        });
    }
    void start()
    {
        longest_ = 0;
        clock_.start();
        timer_.start(0);
    }
    qint64 stop()
    {
        timer_.stop();
        return std::max(longest_, clock_.elapsed());
    }

private:
    QTimer timer_;
    QElapsedTimer clock_;
    qint64 longest_ = 0;
};

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
    runner.start(data, {input}, options);
    spinUntil([&] { return !runner.isRunning(); });
    const double checkSeconds = checkClock.elapsed() / 1000.0;
    if (!layer) {
        std::fprintf(stderr, "bench_app: the check failed\n");
        return 2;
    }
    const auto [holding, checkPeak] = residentMb();

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

    std::printf("| results table, 1,600 x 500 offscreen | until shown (ms) | longest GUI stall (ms) |\n| --- | ---: | ---: |\n");
    qint64 worst = 0;
    const auto timed = [&](const char* what, const QString& detail, const std::function<void()>& act) {
        watch.start();
        clock.start();
        act();
        spinUntil([&] { return !model->isBusy(); });
        QCoreApplication::processEvents();
        const qint64 stall = watch.stop();
        worst = std::max(worst, stall);
        std::printf("| %s %s | %lld | %lld |\n", what, qPrintable(detail), static_cast<long long>(clock.elapsed()),
                    static_cast<long long>(stall));
    };
    timed("show the layer", QString(), [&] { panel.setLayer(layer); });
    for (int column = 0; column < app::ResultsModel::ColumnCount; ++column) {
        const QString header = model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
        timed("sort by", header, [&] { panel.table()->sortByColumn(column, Qt::AscendingOrder); });
    }
    timed("sort by", QStringLiteral("Verdict, descending"),
          [&] { panel.table()->sortByColumn(app::ResultsModel::Verdict, Qt::DescendingOrder); });
    for (int index : {1, 2, 3, 0})
        timed("verdict filter:", panel.verdictFilter()->itemText(index), [&] { panel.verdictFilter()->setCurrentIndex(index); });
    timed("search by id", QString(), [&] { panel.findParcel(QStringLiteral("999999")); });
    const auto [after, peak] = residentMb();
    std::printf("\nresident after sorting and filtering: %.0f MB, peak %.0f MB\n", after, peak);
    std::printf("bench_app parcels=%zu holding_mb=%.0f peak_mb=%.0f longest_stall_ms=%lld\n", layer->size(), holding,
                peak, static_cast<long long>(worst));
    return 0;
}
