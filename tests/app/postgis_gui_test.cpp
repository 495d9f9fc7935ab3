// The app against a throwaway PostGIS server (started by postgis_gui_test.sh, which names it
// in PEARLZONE_TEST_PG_HOST / PEARLZONE_TEST_PG_DATABASE): File → Export results → PostGIS
// table… through the real dialog, the password kept out of the settings file, an existing
// table kept with a message, and a PG: table checked inside PostGIS from the batch dialog.

#include "gui_test_support.h"

#include "app/batch_check_dialog.h"
#include "app/layers_panel.h"
#include "app/export_controller.h"
#include "app/main_actions.h"
#include "app/password_store.h"
#include "app/postgis_export_dialog.h"
#include "app/results_panel.h"
#include "app/results_export.h"
#include "gis/sql_database.h"

#include "pearlzone_catch.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTreeWidgetItemIterator>

#include <map>

using namespace pearlzone;
using app::MainWindow;
using test::waitFor;

namespace {

QString host() { return qEnvironmentVariable("PEARLZONE_TEST_PG_HOST"); }
QString database() { return qEnvironmentVariable("PEARLZONE_TEST_PG_DATABASE"); }
std::string connection()
{
    return "PG:host=" + host().toStdString() + " dbname=" + database().toStdString() + " user=postgres";
}

// The first column of a query's rows, as text.
std::vector<std::string> column(const std::string& select)
{
    auto db = gis::SqlDatabase::open(connection());
    auto rows = db.query(select);
    std::vector<std::string> values;
    std::vector<gis::VectorFeature> batch;
    while (const std::size_t n = rows.readBatch(batch, 256))
        for (std::size_t i = 0; i < n; ++i)
            values.push_back(batch[i].attributes.at(0));
    return values;
}
std::string value(const std::string& select) { return column(select).at(0); }
void execute(const std::string& statement) { gis::SqlDatabase::open(connection()).execute(statement); }

// A secret store in memory: the test never touches the machine's keychain.
class MemoryPasswordStore : public app::PasswordStore {
public:
    explicit MemoryPasswordStore(bool available) : available_(available) {}
    void read(const QString& account, QObject* context, std::function<void(const app::PasswordLookup&)> done) override
    {
        app::PasswordLookup lookup;
        if (available_) {
            const auto it = saved.find(account);
            lookup.status = it == saved.end() ? app::PasswordLookup::Status::NotFound : app::PasswordLookup::Status::Found;
            if (it != saved.end())
                lookup.password = it->second;
        }
        QTimer::singleShot(0, context, [done, lookup] { done(lookup); });
    }
    void write(const QString& account, const QString& password, QObject* context, std::function<void(bool)> done) override
    {
        if (available_)
            saved[account] = password;
        QTimer::singleShot(0, context, [done, stored = available_] { done(stored); });
    }
    std::map<QString, QString> saved;

private:
    bool available_;
};

// Fills the export dialog and presses Export.
void fillAndExport(app::PostgisExportDialog* dialog, const QString& table, bool overwrite, const QString& password = {})
{
    dialog->hostEdit()->setText(host());
    dialog->portBox()->setValue(5432);
    dialog->databaseEdit()->setText(database());
    dialog->userEdit()->setText(QStringLiteral("postgres"));
    if (!password.isEmpty())
        dialog->passwordEdit()->setText(password);
    dialog->tableEdit()->setText(table);
    dialog->overwriteBox()->setChecked(overwrite);
    dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
}

struct CheckedWindow {
    CheckedWindow()
    {
        window.setLanguage(MainWindow::Language::English);
        window.show();
        window.checkFiles({test::sampleParcels()});
    }
    bool ready() const { return window.checkedLayers().size() == 1 && !window.runner()->isRunning(); }
    test::TestWindow w;
    MainWindow& window = w.window;
};

std::map<std::string, std::int64_t> verdictCounts(const app::CheckedLayer& layer)
{
    std::map<std::string, std::int64_t> counts;
    for (std::size_t i = 0; i < layer.size(); ++i)
        ++counts[core::toString(layer.result(i).verdict)];
    return counts;
}

std::map<std::string, std::int64_t> verdictCounts(const std::string& table)
{
    std::map<std::string, std::int64_t> counts;
    for (const auto& verdict : column("SELECT verdict FROM " + table))
        ++counts[verdict];
    return counts;
}

}  // namespace

TEST_CASE("Export results → PostGIS table writes the rows; the password stays out of the settings", "[app][postgis]")
{
    REQUIRE(!host().isEmpty());  // run by postgis_gui_test.sh
    CheckedWindow checked;
    REQUIRE(waitFor([&] { return checked.ready(); }));
    MainWindow& window = checked.window;
    const auto layer = window.checkedLayers().front();
    auto store = std::make_shared<MemoryPasswordStore>(true);
    window.exporter()->setPasswordStore(store);
    const QString password = QStringLiteral("秘密-Pw'4711");  // trust auth: any password is accepted

    // The planner fills the dialog, asks to remember the password, and exports.
    const auto seen = test::whenModal<app::PostgisExportDialog>([&](app::PostgisExportDialog* dialog) {
        dialog->rememberBox()->setChecked(true);
        fillAndExport(dialog, QStringLiteral("检查结果"), false, password);
    });
    window.actions().exportResultsPostgis->trigger();
    REQUIRE(*seen);
    REQUIRE(waitFor([&] { return !window.exporter()->isBusy(); }));

    // Every row, verdict for verdict, in the order checked; a GiST index; the run recorded.
    REQUIRE(value("SELECT count(*) FROM \"检查结果\"") == std::to_string(layer->size()));
    CHECK(verdictCounts("\"检查结果\"") == verdictCounts(*layer));
    const auto ids = column("SELECT parcel_id FROM \"检查结果\" ORDER BY fid");
    for (std::size_t i = 0; i < ids.size(); i += 97)
        CHECK(ids[i] == layer->result(i).parcelId);
    CHECK(value("SELECT count(*) FROM pg_indexes WHERE tablename = '检查结果' AND indexdef LIKE '%USING gist (geom)%'") == "1");
    CHECK(value("SELECT engine || '|' || report_table || '|' || input || '|' || parcels FROM pearlzone_runs") ==
          "local|检查结果|" + test::sampleParcels().toStdString() + "|" + std::to_string(layer->size()));

    // The connection is remembered without the password; the password went to the secret store.
    QSettings settings;
    settings.sync();
    QFile file(settings.fileName());
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray saved = file.readAll();
    CHECK(saved.contains("postgisExport"));
    CHECK(!saved.contains(password.toUtf8()));
    CHECK(!saved.contains("4711"));
    CHECK(!saved.contains("password"));
    CHECK(store->saved[QStringLiteral("postgres@") + host() + QStringLiteral(":5432/") + database()] == password);

    // An existing table without "Replace": the dialog comes back filled in (the password from
    // the store), a message says so, and the table is left as it was.
    execute("UPDATE \"检查结果\" SET reason = 'marker' WHERE fid = 1");
    QString offeredPassword, offeredDatabase, warning;
    const auto again = test::whenModal<app::PostgisExportDialog>([&](app::PostgisExportDialog* dialog) {
        waitFor([&] { return dialog->passwordLookupDone(); });
        offeredPassword = dialog->passwordEdit()->text();
        offeredDatabase = dialog->databaseEdit()->text();
        dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    });
    const auto refused = test::whenModal<QMessageBox>([&](QMessageBox* box) {
        warning = box->text();
        box->accept();
    }, 30000);
    window.actions().exportResultsPostgis->trigger();
    REQUIRE(*again);
    REQUIRE(waitFor([&] { return *refused && !window.exporter()->isBusy(); }));
    CHECK(offeredPassword == password);
    CHECK(offeredDatabase == database());
    CHECK(warning.contains(QStringLiteral("检查结果")));
    CHECK(warning.contains(QStringLiteral("exists already")));
    CHECK(value("SELECT reason FROM \"检查结果\" WHERE fid = 1") == "marker");
    CHECK(value("SELECT count(*) FROM pearlzone_runs") == "1");

    // With "Replace the table if it exists" it is replaced, in one transaction.
    const auto replace = test::whenModal<app::PostgisExportDialog>(
        [&](app::PostgisExportDialog* dialog) { fillAndExport(dialog, QStringLiteral("检查结果"), true); });
    window.actions().exportResultsPostgis->trigger();
    REQUIRE(*replace);
    REQUIRE(waitFor([&] { return !window.exporter()->isBusy() && value("SELECT count(*) FROM pearlzone_runs") == "2"; }));
    CHECK(value("SELECT reason FROM \"检查结果\" WHERE fid = 1") == layer->result(0).reason);
    CHECK(value("SELECT count(*) FROM \"检查结果\"") == std::to_string(layer->size()));
}

TEST_CASE("without a secret store the export dialog asks for the password each time", "[app][postgis]")
{
    QSettings().setValue(QStringLiteral("postgisExport/database"), database());
    QSettings().setValue(QStringLiteral("postgisExport/user"), QStringLiteral("postgres"));
    QSettings().setValue(QStringLiteral("postgisExport/keepInKeychain"), true);
    // The platform's store as this test runs (no D-Bus session), then one that is unavailable.
    for (auto store : {app::systemPasswordStore(), std::shared_ptr<app::PasswordStore>(std::make_shared<MemoryPasswordStore>(false))}) {
        app::PostgisExportDialog dialog(store);
        REQUIRE(waitFor([&] { return dialog.passwordLookupDone(); }, 20000));
        CHECK(dialog.passwordEdit()->text().isEmpty());
        CHECK(!dialog.rememberBox()->isEnabled());
        CHECK(!dialog.rememberPassword());
        CHECK(dialog.keychainNote()->text().contains(QStringLiteral("asked for each time")));
    }
}

TEST_CASE("an unreachable database and a cancelled export are told apart and leave nothing", "[app][postgis]")
{
    CheckedWindow checked;
    REQUIRE(waitFor([&] { return checked.ready(); }));
    MainWindow& window = checked.window;
    window.exporter()->setPasswordStore(std::make_shared<MemoryPasswordStore>(false));
    QString warning;
    // Port 1: no server listens there.
    const auto refused = test::whenModal<QMessageBox>([&](QMessageBox* box) {
        warning = box->text();
        box->accept();
    }, 30000);
    auto portOne = test::whenModal<app::PostgisExportDialog>([&](app::PostgisExportDialog* dialog) {
        dialog->hostEdit()->setText(host());
        dialog->databaseEdit()->setText(database());
        dialog->userEdit()->setText(QStringLiteral("postgres"));
        dialog->portBox()->setValue(1);
        dialog->tableEdit()->setText(QStringLiteral("无处"));
        dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    });
    window.actions().exportResultsPostgis->trigger();
    REQUIRE(*portOne);
    REQUIRE(waitFor([&] { return *refused && !window.exporter()->isBusy(); }));
    CHECK(warning.contains(QStringLiteral("Could not connect")));
    CHECK(value("SELECT count(*) FROM pg_tables WHERE tablename = '无处'") == "0");

    // Cancelled before the commit: no table, no run.
    const std::atomic<bool> cancelled{true};
    core::ReportOptions options = app::reportOptionsFor(*window.checkedLayers().front(), false);
    options.outLayer = "取消了";
    const app::ResultsExport outcome =
        app::writeResults(connection(), *window.checkedLayers().front(), &window.data().zones, options, {}, &cancelled);
    CHECK(outcome.problem == app::ResultsProblem::Cancelled);
    CHECK(value("SELECT count(*) FROM pg_tables WHERE tablename = '取消了'") == "0");
}

TEST_CASE("a PostGIS table from the batch dialog is checked inside PostGIS, as the file is here", "[app][postgis]")
{
    test::TestWindow w;
    MainWindow& window = w.window;
    window.setLanguage(MainWindow::Language::English);
    window.show();
    // The same parcels checked from their file, here.
    window.checkFiles({test::sampleParcels()});
    REQUIRE(waitFor([&] { return window.checkedLayers().size() == 1 && !window.runner()->isRunning(); }));
    const auto fromFile = window.checkedLayers().front();

    // The planner adds the table through "Add PostGIS table…", picks it and "Inside PostGIS".
    // With a password (trust authentication takes any), which the recent files must not keep.
    const QString pg = QString::fromStdString(connection()) + QStringLiteral(" password=秘密");
    const auto typed = test::whenModal<QInputDialog>([&](QInputDialog* input) {
        input->setTextValue(pg);
        input->accept();
    });
    bool engineEnabledBefore = true, engineEnabledAfter = false;
    QString listed;
    const auto seen = test::whenModal<app::BatchCheckDialog>([&](app::BatchCheckDialog* dialog) {
        engineEnabledBefore = dialog->engineBox()->isEnabled();
        for (auto* button : dialog->findChildren<QPushButton*>())
            if (button->text() == QStringLiteral("Add PostGIS table…"))
                button->click();
        waitFor([&] { return *typed; });
        engineEnabledAfter = dialog->engineBox()->isEnabled();
        listed = dialog->fileList()->item(0)->text();
        dialog->layerBox()->setCurrentIndex(dialog->layerBox()->findText(QStringLiteral("地块")));
        dialog->engineBox()->setCurrentIndex(dialog->engineBox()->findData(QStringLiteral("postgis")));
        dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    });
    window.batchCheckAction()->trigger();
    REQUIRE(*seen);
    CHECK(!engineEnabledBefore);  // no PG: source yet
    CHECK(engineEnabledAfter);
    CHECK(listed == QString::fromStdString(connection()) + QStringLiteral(" password=***"));  // shown without it
    REQUIRE(waitFor([&] { return window.checkedLayers().size() == 2 && !window.runner()->isRunning(); }, 60000));
    std::shared_ptr<const app::CheckedLayer> pushed;
    for (const auto& layer : window.checkedLayers())
        if (layer != fromFile)
            pushed = layer;
    REQUIRE(pushed);
    CHECK(pushed->pushedDown);
    CHECK(pushed->name == QStringLiteral("地块"));  // the table, not the connection
    REQUIRE(pushed->size() == fromFile->size());
    for (std::size_t i = 0; i < pushed->size(); ++i) {
        const auto& a = pushed->result(i);
        const auto& b = fromFile->result(i);
        CHECK(a.parcelId == b.parcelId);
        CHECK(a.verdict == b.verdict);
        CHECK(a.zoneId == b.zoneId);
        CHECK(a.insideRatio == Approx(b.insideRatio).margin(1e-6));
    }
    // The connection holds a password: it is not among the recent files.
    const QStringList recent = QSettings().value(QStringLiteral("recentFiles")).toStringList();
    CHECK(recent.contains(test::sampleParcels()));
    CHECK(recent.filter(QStringLiteral("秘密")).isEmpty());
    int tooltips = 0;  // nor in the layers panel
    for (QTreeWidgetItemIterator it(window.layersPanel()); *it; ++it) {
        tooltips += (*it)->toolTip(0).contains(QStringLiteral("导出库"));
        CHECK(!(*it)->toolTip(0).contains(QStringLiteral("秘密")));
    }
    CHECK(tooltips == 1);

    // Its export records the engine.
    const auto exported = test::whenModal<app::PostgisExportDialog>(
        [&](app::PostgisExportDialog* dialog) { fillAndExport(dialog, QStringLiteral("下推结果"), true); });
    window.resultsPanel()->setLayer(pushed);
    window.exporter()->setPasswordStore(std::make_shared<MemoryPasswordStore>(false));
    window.actions().exportResultsPostgis->trigger();
    REQUIRE(*exported);
    REQUIRE(waitFor([&] { return !window.exporter()->isBusy(); }));
    CHECK(value("SELECT engine || '|' || query FROM pearlzone_runs WHERE report_table = '下推结果'") == "postgis|地块");
}
