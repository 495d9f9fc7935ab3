// The results table's order, worked out here independently of how the model sorts: QString
// comparisons and std::stable_sort over the parcels in layer order (so ties keep that order),
// for text columns with Chinese and characters beyond the basic plane, a numeric column,
// descending, and filters then a sort — through the real panel, for a small layer (sorted at
// once) and a large one (sorted on a worker thread). Also the compact results' round trip.
#include "app/checked_layer.h"
#include "app/results_panel.h"
#include "app/text_order.h"
#include "core/wording.h"

#include "gui_test_support.h"
#include "pearlzone_catch.h"

#include <QComboBox>
#include <QTableView>

#include <algorithm>
#include <functional>
#include <numeric>

using namespace pearlzone;
using test::waitFor;

namespace {

// U+20000 (𠀀) lies beyond the basic plane: as UTF-16 (a surrogate pair, D840 DC00) it comes
// before U+E000 and U+FF21 (Ａ), in code point order after them.
const std::vector<std::string> kIndustries = {
    "总部经济", "物联网及车联网", "云计算与大数据应用", "人工智能", "abc", "ABC", "", "\xF0\xA0\x80\x80字", "\xEE\x80\x80私用", "Ａ全角", "人工智能"};

QString q(const std::string& text) { return QString::fromStdString(text); }

struct Fixture {
    std::shared_ptr<app::CheckedLayer> layer = std::make_shared<app::CheckedLayer>();
    std::vector<core::ParcelResult> results;  // as appended
};

Fixture makeLayer(std::size_t count)
{
    std::vector<std::string> zones = {""};
    for (const auto& zone : test::pilotData()->zones.zones())
        zones.push_back(zone.id);
    Fixture f;
    for (std::size_t i = 0; i < count; ++i) {
        core::CheckedParcel parcel;
        core::ParcelResult& r = parcel.result;
        r.parcelId = "地块-" + std::to_string((i * 7919) % count);
        r.industry = kIndustries[(i * 7) % kIndustries.size()];
        r.zoneId = zones[(i / 3) % zones.size()];
        r.insideRatio = static_cast<double>((i * 31) % 100) / 100.0;  // each ratio many times
        r.verdict = static_cast<core::Verdict>(i % 3);
        r.reason = "理由 " + std::to_string(i % 11);
        f.results.push_back(r);
        f.layer->append(parcel);
    }
    f.layer->finish();
    return f;
}

// The parcels passing `keep`, in layer order, stably sorted by `less` (or by its reverse).
std::vector<std::size_t> expectedOrder(std::size_t count, const std::function<bool(std::size_t)>& keep,
                                       const std::function<bool(std::size_t, std::size_t)>& less, bool descending)
{
    std::vector<std::size_t> order;
    for (std::size_t i = 0; i < count; ++i)
        if (keep(i))
            order.push_back(i);
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return descending ? less(b, a) : less(a, b); });
    return order;
}

std::vector<std::size_t> shownOrder(const app::ResultsModel& model)
{
    std::vector<std::size_t> order;
    for (int row = 0; row < model.rowCount(); ++row)
        order.push_back(model.parcelAt(row));
    return order;
}

void sortBy(app::ResultsPanel& panel, int column, Qt::SortOrder order)
{
    panel.table()->sortByColumn(column, order);
    REQUIRE(waitFor([&] { return !panel.model()->isBusy(); }));
}

}  // namespace

TEST_CASE("text keeps QString's order when compared as UTF-8 bytes", "[app][table]")
{
    std::vector<std::string> texts = kIndustries;
    texts.insert(texts.end(), {"人工", "人工智能产业", "a", "ab", "\xF0\x9F\x98\x80", "\xEF\xBC\x81", "\xED\x9F\xBF", "z\xF0\xA0\x80\x80"});
    for (const auto& a : texts) {
        for (const auto& b : texts) {
            INFO(a << " / " << b);
            CHECK(app::plainUtf8(a));
            CHECK(app::utf16Less(a, b) == (q(a) < q(b)));
        }
    }
    // By hand: the surrogate pair (D840) before U+E000 and U+FF21; ASCII before all; a prefix first.
    CHECK(app::utf16Less("\xF0\xA0\x80\x80字", "\xEE\x80\x80私用"));
    CHECK(app::utf16Less("\xF0\xA0\x80\x80字", "Ａ全角"));
    CHECK_FALSE(app::utf16Less("Ａ全角", "\xF0\xA0\x80\x80字"));
    CHECK(app::utf16Less("人工", "人工智能"));
    CHECK(app::utf16Less("ABC", "abc"));
    // Bytes that are not UTF-8 (a lone continuation byte, an overlong form, a surrogate, a cut
    // character, a byte-order mark) are compared as the QStrings made from them.
    const std::vector<std::string> odd = {"a\x80", "\xC0\xAF", "\xED\xA0\x80", "中\xE4\xB8", "\xEF\xBB\xBF" "a", "a", "\xEF\xBF\xBD"};
    for (const auto& a : odd) {
        for (const auto& b : odd)
            CHECK(app::utf16LessAnyBytes(a, b) == (q(a) < q(b)));
    }
    CHECK_FALSE(app::plainUtf8("\xC0\xAF"));
    CHECK_FALSE(app::plainUtf8("\xED\xA0\x80"));
    CHECK_FALSE(app::plainUtf8("中\xE4\xB8"));
    // Ranks: equal items share one.
    const std::vector<int> values = {30, 10, 20, 10};
    CHECK(app::ranksOf(values.size(), [&](std::uint32_t a, std::uint32_t b) { return values[a] < values[b]; }) ==
          std::vector<std::uint32_t>{3, 0, 2, 0});
}

TEST_CASE("the table sorts by text and numbers, either way, after filters, in the order worked out here", "[app][gui][table]")
{
    for (const std::size_t count : {std::size_t(300), app::ResultsModel::kSynchronousRows + 5000}) {
        INFO(count << " parcels");
        const Fixture f = makeLayer(count);
        const auto shown = test::panelShowing(f.layer);
        app::ResultsPanel& panel = *shown;
        app::ResultsModel& model = *panel.model();
        REQUIRE(model.rowCount() == static_cast<int>(count));
        const auto all = [](std::size_t) { return true; };
        const auto byIndustry = [&](std::size_t a, std::size_t b) { return q(f.results[a].industry) < q(f.results[b].industry); };
        const auto byRatio = [&](std::size_t a, std::size_t b) { return f.results[a].insideRatio < f.results[b].insideRatio; };

        sortBy(panel, app::ResultsModel::Industry, Qt::AscendingOrder);
        CHECK(shownOrder(model) == expectedOrder(count, all, byIndustry, false));
        // By hand: "" first, then ASCII; the last three as UTF-16 orders them.
        CHECK(model.index(0, app::ResultsModel::Industry).data().toString().isEmpty());
        CHECK(model.index(model.rowCount() - 1, app::ResultsModel::Industry).data().toString() == QStringLiteral("Ａ全角"));
        CHECK(f.results[model.parcelAt(model.rowCount() - 1)].industry == "Ａ全角");
        sortBy(panel, app::ResultsModel::Industry, Qt::DescendingOrder);
        CHECK(shownOrder(model) == expectedOrder(count, all, byIndustry, true));
        CHECK(model.index(0, app::ResultsModel::Industry).data().toString() == QStringLiteral("Ａ全角"));

        sortBy(panel, app::ResultsModel::InsideRatio, Qt::AscendingOrder);
        CHECK(shownOrder(model) == expectedOrder(count, all, byRatio, false));
        CHECK(model.parcelAt(0) == 0);  // ratio 0: parcels 0, 100, 200, ... in layer order
        CHECK(model.parcelAt(1) == 100);
        sortBy(panel, app::ResultsModel::InsideRatio, Qt::DescendingOrder);
        CHECK(shownOrder(model) == expectedOrder(count, all, byRatio, true));

        // Zones by their names as shown (English), ties in layer order.
        const core::Wording words(core::Language::English);
        const auto zoneName = [&](std::size_t i) { return words.zoneName(test::pilotData()->zones, f.results[i].zoneId); };
        sortBy(panel, app::ResultsModel::Zone, Qt::DescendingOrder);
        CHECK(shownOrder(model) == expectedOrder(count, all, [&](std::size_t a, std::size_t b) { return zoneName(a) < zoneName(b); }, true));

        // Ids by their bytes (code point order): "地块-1" < "地块-10" < "地块-2".
        const auto byId = [&](std::size_t a, std::size_t b) { return f.results[a].parcelId < f.results[b].parcelId; };
        sortBy(panel, app::ResultsModel::Id, Qt::AscendingOrder);
        CHECK(shownOrder(model) == expectedOrder(count, all, byId, false));

        // Filters, then sorts: one zone and failing parcels only, by industry descending, then by ratio.
        QComboBox* zoneFilter = nullptr;
        for (QComboBox* box : panel.findChildren<QComboBox*>())
            if (box->findData(QStringLiteral("pazhou_core")) >= 0)
                zoneFilter = box;
        REQUIRE(zoneFilter);
        zoneFilter->setCurrentIndex(zoneFilter->findData(QStringLiteral("pazhou_core")));
        REQUIRE(waitFor([&] { return !model.isBusy(); }));
        panel.verdictFilter()->setCurrentIndex(3);  // All, pass, review, fail
        REQUIRE(waitFor([&] { return !model.isBusy(); }));
        const auto failingInPazhou = [&](std::size_t i) { return f.results[i].zoneId == "pazhou_core" && f.results[i].verdict == core::Verdict::Fail; };
        CHECK(shownOrder(model) == expectedOrder(count, failingInPazhou, byId, false));  // the id sort stays
        sortBy(panel, app::ResultsModel::Industry, Qt::DescendingOrder);
        const auto filtered = expectedOrder(count, failingInPazhou, byIndustry, true);
        CHECK_FALSE(filtered.empty());
        CHECK(shownOrder(model) == filtered);
        CHECK(model.shownWith(core::Verdict::Fail) == static_cast<std::int64_t>(filtered.size()));
        CHECK(model.shownWith(core::Verdict::Pass) == 0);
        sortBy(panel, app::ResultsModel::InsideRatio, Qt::DescendingOrder);
        CHECK(shownOrder(model) == expectedOrder(count, failingInPazhou, byRatio, true));
    }
}

TEST_CASE("the compact results give back every parcel's result as appended, profiles shared", "[app][table]")
{
    app::ParcelResults results;
    core::ParcelResult a;
    a.parcelId = "甲-1";
    a.industry = "人工智能";
    a.zoneId = "pazhou_core";
    a.subareaId = "pazhou";
    a.insideRatio = 0.75;
    a.areaM2 = 1200.5;
    a.insideM2 = 900.375;
    a.location = core::Location::Partial;
    a.industryStatus = core::IndustryStatus::Designated;
    a.verdict = core::Verdict::Review;
    a.reason = "理由一";
    a.landUse = "M1";
    a.landUseStatus = core::LandUseStatus::Compatible;
    a.constraintsChecked = true;
    core::ParcelResult b = a;  // the same profile, another reason and numbers
    b.parcelId = "甲-2";
    b.reason = "理由二";
    b.insideRatio = 0.5;
    core::ParcelResult c = a;  // one code differs: another profile
    c.parcelId = "甲-3";
    c.landUseStatus = core::LandUseStatus::Incompatible;
    c.constraintHits.push_back({});
    c.constraintM2 = 12.5;
    core::ParcelResult outside;  // outside every zone: its nearest zone kept (the report counts by it)
    outside.parcelId = "甲-外";
    outside.location = core::Location::Outside;
    outside.verdict = core::Verdict::Fail;
    outside.nearestZoneId = "yuzhu";
    for (const auto* r : {&a, &b, &c, &outside})
        results.append(*r);
    results.shrinkToFit();
    CHECK(results.profileCount() == 3);
    const auto same = [](const core::ParcelResult& x, const core::ParcelResult& y) {
        return x.parcelId == y.parcelId && x.industry == y.industry && x.zoneId == y.zoneId && x.subareaId == y.subareaId &&
               x.insideRatio == y.insideRatio && x.areaM2 == y.areaM2 && x.insideM2 == y.insideM2 && x.location == y.location &&
               x.industryStatus == y.industryStatus && x.verdict == y.verdict && x.reason == y.reason && x.landUse == y.landUse &&
               x.landUseStatus == y.landUseStatus && x.constraintsChecked == y.constraintsChecked &&
               x.constraintHits.size() == y.constraintHits.size() && x.constraintM2 == y.constraintM2 &&
               x.nearestZoneId == y.nearestZoneId;
    };
    CHECK(same(results.at(0), a));
    CHECK(same(results.at(1), b));
    CHECK(same(results.at(2), c));
    CHECK(same(results.at(3), outside));
    CHECK(results.at(3).nearestZoneId == "yuzhu");
    // Appending after sealing still finds the existing profile.
    core::ParcelResult d = b;
    d.parcelId = "甲-4";
    results.append(d);
    CHECK(results.profileCount() == 3);
    CHECK(same(results.at(4), d));
    // A copy (a renamed layer) shares the texts; what either appends after stays its own.
    app::ParcelResults copy = results;
    core::ParcelResult e = a, g = a;
    e.parcelId = "乙-5";
    e.reason = "复制后的理由";
    g.parcelId = "丙-5";
    g.reason = "原来的理由，更长一些";
    copy.append(e);
    results.append(g);
    CHECK(same(copy.at(5), e));
    CHECK(same(results.at(5), g));
    for (std::size_t i = 0; i < 5; ++i)
        CHECK(same(copy.at(i), results.at(i)));
}
