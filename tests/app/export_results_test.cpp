// File → Export results → To a file: the app writes the report through core::ReportWriter like
// the CLI, an Excel workbook included (results and summary sheets), off the GUI thread.

#include "gui_test_support.h"

#include "app/export_controller.h"
#include "gis/vector_source.h"

#include "pearlzone_catch.h"

#include <QCryptographicHash>
#include <QFile>

using namespace pearlzone;
using app::MainWindow;
using test::waitFor;

TEST_CASE("the app exports checked results as an Excel workbook with a summary sheet", "[app][gui][xlsx]")
{
    test::TestWindow w;
    MainWindow& window = w.window;
    window.setLanguage(MainWindow::Language::English);
    window.checkFiles({test::sampleParcels()});
    REQUIRE(waitFor([&] { return window.checkedLayers().size() == 1 && !window.runner()->isRunning(); }));
    const auto layer = window.checkedLayers().front();

    const QString path = QString::fromStdString(w.dir.file("结果.xlsx"));
    window.exporter()->exportResultsTo(path, layer, std::make_shared<core::PilotZoneData>(window.data()));
    REQUIRE(waitFor([&] { return !window.exporter()->isBusy(); }));
    REQUIRE(QFile::exists(path));

    // Read back through GDAL's XLSX driver, as another program would.
    const auto source = gis::VectorSource::open(path.toStdString());
    CHECK(source.layerNames() == std::vector<std::string>{"Results", "Summary"});
    auto results = source.layer("Results");
    CHECK(results.fieldNames().size() == 18);  // SPEC section 5's columns
    std::vector<gis::VectorFeature> batch;
    std::size_t rows = 0, passes = 0;
    const int verdict = 10;  // the 11th column (SPEC section 5)
    while (const std::size_t n = results.readBatch(batch, 512)) {
        for (std::size_t i = 0; i < n; ++i)
            passes += batch[i].attributes.at(verdict) == "pass";
        rows += n;
    }
    CHECK(rows == layer->size());
    std::size_t expectedPasses = 0;
    for (std::size_t i = 0; i < layer->size(); ++i)
        expectedPasses += layer->result(i).verdict == core::Verdict::Pass;
    CHECK(passes == expectedPasses);

    // The summary names the input's SHA-256, computed here independently.
    QFile input(test::sampleParcels());
    REQUIRE(input.open(QIODevice::ReadOnly));
    const std::string checksum = QCryptographicHash::hash(input.readAll(), QCryptographicHash::Sha256).toHex().toStdString();
    auto summary = source.layer("Summary");
    bool checksumShown = false;
    for (const auto& heading : summary.fieldNames())  // GDAL may take the first row for headings
        checksumShown = checksumShown || heading == checksum;
    while (const std::size_t n = summary.readBatch(batch, 64))
        for (std::size_t i = 0; i < n; ++i)
            for (const auto& cell : batch[i].attributes)
                checksumShown = checksumShown || cell == checksum;
    CHECK(checksumShown);
}
