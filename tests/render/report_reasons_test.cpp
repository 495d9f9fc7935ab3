// The report PDF's table says in its reason cell only what the row's other cells and its
// group's header do not (core::reasonInTable through core::TableReasons), and gives each
// place's guideline quotes once, on its group's first page. Parcels checked for real on the
// square zones of tests/data/rules; the expected words are written out here by hand.
#include "core/check_reason.h"
#include "core/check_report_contents.h"
#include "core/parcel_checker.h"
#include "core/table_reasons.h"
#include "render/map_scene.h"
#include "render/report_pdf.h"

#include "pearlzone_catch.h"
#include "program_output.h"
#include "temp_dir.h"
#include "test_data.h"

#include <QRegularExpression>

using namespace pearlzone;
using pearlzone::test::squareZones;

namespace {

std::string square(double x0, double y0, double x1, double y1)
{
    const auto n = [](double v) { return std::to_string(static_cast<long long>(v)); };
    return "POLYGON ((" + n(x0) + " " + n(y0) + ", " + n(x1) + " " + n(y0) + ", " + n(x1) + " " + n(y1) + ", " + n(x0) + " " + n(y1) +
           ", " + n(x0) + " " + n(y0) + "))";
}

// Pazhou sub-area of the Pazhou Core Zone: 430000–431000 × 2550000–2551000 (a hole at
// 430400–430600); the gap east of it is in no zone; Yuzhu: 433000–434000.
const std::string kInPazhou = square(430100, 2550100, 430300, 2550300);
const std::string kHalfInPazhou = square(430900, 2550100, 431100, 2550300);  // half east of it
const std::string kInYuzhu = square(433100, 2550100, 433300, 2550300);
const std::string kOutside = square(425000, 2550000, 425100, 2550100);

// The guideline sentence that designates AI (and big data …) in the whole Pazhou Core Zone.
const QString kQuoteZh = QStringLiteral("重点发展工业互联网、大数据、人工智能、新一代信息技术等数字技术产业");
const QString kQuoteEn = QStringLiteral("The Pazhou Core Zone focuses on digital technology industries");

core::ParcelResult checked(const core::ParcelChecker& checker, const std::string& id, const std::string& wkt, const std::string& industry,
                           const std::optional<std::string>& landUse = std::nullopt)
{
    return checker.check(id, wkt.empty() ? gis::Geometry() : gis::Geometry::fromWkt(wkt), industry, {}, landUse);
}

}  // namespace

TEST_CASE("the table's reason leaves out the place, the share, the quotes and the constraint lines", "[pdf][report][reason]")
{
    const core::CheckSettings zh{0.99, core::Language::Chinese};
    const core::ParcelChecker checker(squareZones(), zh);
    const core::TableReasons reasons(squareZones(), zh);

    const core::ParcelResult designated = checked(checker, "A", kInPazhou, "人工智能");
    REQUIRE(designated.location == core::Location::Inside);
    REQUIRE(QString::fromStdString(designated.reason).contains(kQuoteZh));  // the CSV's sentence keeps it
    CHECK(reasons.reason(designated).text == "属本片区指定产业。");

    const core::ParcelResult partial = checked(checker, "B", kHalfInPazhou, "人工智能");
    REQUIRE(partial.location == core::Location::Partial);
    CHECK(reasons.reason(partial).text == "低于要求的99.0%；属本片区指定产业。");

    const core::ParcelResult elsewhere = checked(checker, "C", kInYuzhu, "人工智能");
    REQUIRE(elsewhere.verdict == core::Verdict::Fail);
    CHECK(reasons.reason(elsewhere).text == "非本片区指定产业，指定片区为琶洲核心片区。");

    // The land use's refusal and why (the column has the class and "incompatible"); a
    // compatible class says nothing the column does not.
    const core::ParcelResult housing = checked(checker, "D", kInPazhou, "人工智能", std::string("0701"));
    REQUIRE(housing.landUseStatus == core::LandUseStatus::Incompatible);
    // The refusal's why, and a condition, are notes the group lists once; the row has a mark.
    CHECK(reasons.reason(housing).text == "属本片区指定产业；用地不允许。");
    CHECK(reasons.reason(housing).note.rfind("用地性质为0701", 0) == 0);
    CHECK(QString::fromStdString(reasons.reason(housing).note).endsWith(QStringLiteral("，不允许：居住用地只供住宅及其配套设施。")));
    const core::ParcelResult m1 = checked(checker, "M", kInPazhou, "人工智能", std::string("M1"));
    REQUIRE(m1.landUseStatus == core::LandUseStatus::Conditional);
    const core::TableReason conditional = reasons.reason(m1);
    CHECK(conditional.text == "属本片区指定产业；用地有条件允许。");
    CHECK(conditional.note ==
          "用地性质为M1 一类工业用地，有条件允许：一类工业用地上的办公及生活配套不得超过地方规定的计容建筑面积比例（广州为15%）。");
    CHECK(core::tableReasonText(conditional, 2, core::Language::Chinese) == "属本片区指定产业；用地有条件允许（注2）。");
    CHECK(core::tableNoteLine(conditional.note, 2, core::Language::Chinese) == "注2：" + conditional.note);
    const core::ParcelResult business = checked(checker, "D2", kInPazhou, "人工智能", std::string("0902"));
    REQUIRE(business.landUseStatus == core::LandUseStatus::Compatible);
    CHECK(reasons.reason(business).text == "属本片区指定产业。");
    // Two industries: the names say which is which.
    const core::ParcelResult two = checked(checker, "D3", kInYuzhu, "人工智能；区块链");
    REQUIRE(two.industryStatus == core::IndustryStatus::PartlyDesignated);
    CHECK(reasons.reason(two).text == "区块链为该片区指定产业，但人工智能不是，其指定片区为琶洲核心片区。");
    // Two industries on a class with conditions: the clause names which industry has which
    // condition, so it is the row's own and stays in the row (as the CSV sentence words it),
    // not a note.
    const core::ParcelResult twoOnM1 = checked(checker, "D4", kInPazhou, "人工智能；区块链", std::string("M1"));
    REQUIRE(twoOnM1.landUseStatus == core::LandUseStatus::Conditional);
    const core::TableReason own = reasons.reason(twoOnM1);
    CHECK(own.note.empty());
    const QString ownText = QString::fromStdString(own.text);
    const qsizetype clauseAt = ownText.indexOf(QStringLiteral("用地性质为M1 一类工业用地，"));
    REQUIRE(clauseAt > 0);
    CHECK(ownText.endsWith(QStringLiteral("有条件允许。")));
    CHECK(QString::fromStdString(twoOnM1.reason).contains(ownText.mid(clauseAt).chopped(1)));
    CHECK_FALSE(ownText.contains(QStringLiteral("（注")));

    // Outside every zone and errors: the whole sentence, nearest zone and geometry problem.
    const core::ParcelResult outside = checked(checker, "E", kOutside, "人工智能");
    REQUIRE(outside.location == core::Location::Outside);
    CHECK(reasons.reason(outside).text == outside.reason);
    CHECK(QString::fromStdString(reasons.reason(outside).text).contains(QStringLiteral("地块不在试验区任何片区内（距最近的")));
    const core::ParcelResult error = checked(checker, "F", "", "人工智能");
    REQUIRE(error.location == core::Location::Error);
    CHECK(reasons.reason(error).text == error.reason);

    // English, from the same facts.
    const core::CheckSettings en{0.99, core::Language::English};
    const core::ParcelChecker englishChecker(squareZones(), en);
    const core::TableReasons english(squareZones(), en);
    CHECK(english.reason(checked(englishChecker, "A", kInPazhou, "人工智能")).text == "Designated here.");
    CHECK(english.reason(checked(englishChecker, "B", kHalfInPazhou, "人工智能")).text ==
          "Below the 99.0% required; designated here.");
    CHECK(english.reason(checked(englishChecker, "G", kInPazhou, "")).text == "No industry is given.");
    const core::TableReason englishConditional = english.reason(checked(englishChecker, "M", kInPazhou, "人工智能", std::string("M1")));
    CHECK(core::tableReasonText(englishConditional, 1, core::Language::English) ==
          "Designated here; the land use admits it only on condition (note 1).");
    CHECK(englishConditional.note.rfind("The planned land use M1 ", 0) == 0);
    CHECK(QString::fromStdString(englishConditional.note).contains(QStringLiteral(" admits it only on condition: on class 1 industrial land")));
    CHECK(QString::fromStdString(englishConditional.note).contains(QStringLiteral("(15% in Guangzhou)")));
    CHECK(core::tableNoteLine(englishConditional.note, 1, core::Language::English) == "Note 1: " + englishConditional.note);
}

TEST_CASE("the table's reason says no constraint line but the check's sentence does", "[pdf][report][reason]")
{
    core::ReasonFacts facts;
    facts.location = core::Location::Inside;
    facts.insideRatio = 1.0;
    facts.placeName = "鱼珠片区";
    facts.status = core::IndustryStatus::Designated;
    facts.designated = {"区块链"};
    facts.provenance = {"鱼珠片区打造以区块链为特色"};
    facts.constraints = {{"红线", "生态红线甲", "生态保护红线", core::ConstraintRule::Prohibited, 12.5}};
    CHECK(core::reasonSentence(facts, core::Language::Chinese) ==
          "地块完全位于鱼珠片区，区块链为该片区指定产业（导则：“鱼珠片区打造以区块链为特色”）；涉及管控线：生态红线甲（生态保护红线，禁止建设）重叠12.50平方米。");
    CHECK(core::reasonInTable(facts, core::Language::Chinese).text == "属本片区指定产业。");
    CHECK(core::reasonInTable(facts, core::Language::Chinese).note.empty());
}

TEST_CASE("a place's guideline text: each quote once, with the industries it designates there", "[pdf][report][reason]")
{
    const core::TableReasons reasons(squareZones(), {0.99, core::Language::Chinese});
    const auto pazhou = reasons.guidelines("pazhou_core", "pazhou");
    const auto digital = std::find_if(pazhou.begin(), pazhou.end(), [](const auto& g) { return QString::fromStdString(g.quote) == kQuoteZh; });
    REQUIRE(digital != pazhou.end());
    CHECK(digital->industries == std::vector<std::string>{"工业互联网", "大数据", "人工智能", "新一代信息技术"});
    CHECK(std::count_if(pazhou.begin(), pazhou.end(), [](const auto& g) { return QString::fromStdString(g.quote) == kQuoteZh; }) == 1);
    const auto mobile = [](const auto& g) { return g.quote.rfind("琶洲重点发展移动互联网", 0) == 0; };
    CHECK(std::any_of(pazhou.begin(), pazhou.end(), mobile));
    // The sub-area's own designations are not the university town's.
    const auto town = reasons.guidelines("pazhou_core", "university_town");
    CHECK(std::none_of(town.begin(), town.end(), mobile));
    CHECK(std::any_of(town.begin(), town.end(), [](const auto& g) { return QString::fromStdString(g.quote) == kQuoteZh; }));
    CHECK(reasons.guidelines("nowhere", "").empty());
}

namespace {

// 120 failing AI parcels on housing land in Pazhou (more than a page), 5 on class 1 industrial
// land (conditional), a partial one, one in no zone and one without geometry; the report as pdftotext reads it, a string per page.
QStringList reportPages(const test::TempDir& dir, core::Language language, render::PdfRows rows, const std::string& name)
{
    const core::CheckSettings settings{0.99, language};
    const core::ParcelChecker checker(squareZones(), settings);
    const core::TableReasons reasons(squareZones(), settings);
    const render::MapScene scene = render::sceneFromData(squareZones());
    render::PdfPageSettings page;
    page.language = language;
    page.rows = rows;
    render::ReportPdfStream stream(scene, &squareZones().zones, page, &reasons);
    core::BatchSummary summary;
    auto add = [&](const core::ParcelResult& result, const std::string& wkt) {
        stream.add(result, wkt.empty() ? render::ParcelShape{} : render::parcelShape(gis::Geometry::fromWkt(wkt).toWkb(), result.verdict));
        summary.count(result);
        ++summary.total;
    };
    core::ParcelResult housing = checked(checker, "H", kInPazhou, "人工智能", std::string("0701"));
    for (int i = 0; i < 120; ++i) {
        housing.parcelId = "H-" + std::to_string(1000 + i);
        add(housing, kInPazhou);
    }
    core::ParcelResult conditional = checked(checker, "M", kInPazhou, "人工智能", std::string("M1"));
    for (int i = 0; i < 5; ++i) {
        conditional.parcelId = "M-" + std::to_string(i);
        add(conditional, kInPazhou);
    }
    add(checked(checker, "PARTIAL", kHalfInPazhou, "人工智能"), kHalfInPazhou);
    add(checked(checker, "OUTSIDE", kOutside, "人工智能"), kOutside);
    add(checked(checker, "BROKEN", "", "人工智能"), "");
    const QString pdf = QString::fromStdString(dir.file(name));
    const auto content = core::checkReportContents(QStringLiteral("测试.gpkg"), QStringLiteral("parcels"), QStringLiteral("EPSG:4547"), 0.99,
                                                   QDateTime::currentDateTime(), summary, nullptr, &squareZones().zones);
    REQUIRE(stream.finish(pdf, content).status == render::ExportStatus::Written);
    return test::programOutput(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), pdf, QStringLiteral("-")}).split(QLatin1Char('\f'));
}

int pageWith(const QStringList& pages, const QString& text)
{
    for (int i = 0; i < pages.size(); ++i) {
        if (pages[i].contains(text))
            return i;
    }
    return -1;
}

}  // namespace

TEST_CASE("the report's table gives a zone's guideline quote once, on its group's first page, not in the rows", "[pdf][report][reason]")
{
    test::TempDir dir;
    SECTION("Chinese")
    {
        const QStringList pages = reportPages(dir, core::Language::Chinese, render::PdfRows::All, "导则.pdf");
        const QString all = pages.join(QString()).remove(QLatin1Char('\n'));
        CHECK(all.count(kQuoteZh) == 1);
        const int first = pageWith(pages, QStringLiteral("H-1000"));
        const int last = pageWith(pages, QStringLiteral("H-1119"));
        REQUIRE(first > 0);
        REQUIRE(last > first);  // the group takes more than a page
        CHECK(QString(pages[first]).remove(QLatin1Char('\n')).contains(kQuoteZh));
        CHECK(pages[first].contains(QStringLiteral("本片区指定产业（导则原文）")));
        CHECK_FALSE(QString(pages[last]).remove(QLatin1Char('\n')).contains(kQuoteZh));
        // No place column (the running header names it): the share follows the industry.
        CHECK(pages[first].contains(QStringLiteral("H-1000 人工智能 100.0% ")));
        // The land use's notes: numbered as the rows first need them, listed once, on the
        // group's first page; the rows have the mark, not the text.
        CHECK(all.count(QStringLiteral("属本片区指定产业；用地不允许（注1）。")) == 120);
        CHECK(all.count(QStringLiteral("属本片区指定产业；用地有条件允许（注2）。")) == 5);
        CHECK(all.count(QStringLiteral("居住用地只供住宅及其配套设施")) == 1);
        CHECK(all.count(QStringLiteral("计容建筑面积比例（广州为15%）")) == 1);
        const QString firstPage = QString(pages[first]).remove(QLatin1Char('\n'));
        CHECK(firstPage.contains(QStringLiteral("注1：用地性质为0701")));
        CHECK(firstPage.contains(QStringLiteral("注2：用地性质为M1 一类工业用地，有条件允许：一类工业用地上的办公及生活配套不得超过地方规定的计容建筑面积比例（广州为15%）。")));
        CHECK(firstPage.contains(QStringLiteral("用地性质说明（见理由中的注）")));
        const QString partial = QString(pages[pageWith(pages, QStringLiteral("PARTIAL"))]).remove(QLatin1Char('\n'));
        CHECK(partial.contains(QStringLiteral("低于要求的99.0%；属本片区指定产业。")));
        const QString outside = QString(pages[pageWith(pages, QStringLiteral("OUTSIDE"))]).remove(QLatin1Char('\n'));
        CHECK(outside.contains(QStringLiteral("地块不在试验区任何片区内（距最近的")));
        const QString broken = QString(pages[pageWith(pages, QStringLiteral("BROKEN"))]).remove(QLatin1Char('\n'));
        CHECK(broken.contains(QStringLiteral("无法检查该地块")));
    }
    SECTION("English")
    {
        const QStringList pages = reportPages(dir, core::Language::English, render::PdfRows::Attention, "guideline.pdf");
        const QString all = pages.join(QString()).simplified();
        CHECK(all.count(kQuoteEn) == 1);
        const int first = pageWith(pages, QStringLiteral("H-1000"));
        REQUIRE(first > 0);
        CHECK(pages[first].simplified().contains(kQuoteEn));
        CHECK(pages[first].contains(QStringLiteral("Guideline text for the industries designated here")));
        CHECK_FALSE(pages[pageWith(pages, QStringLiteral("H-1119"))].simplified().contains(kQuoteEn));
        CHECK(all.count(QStringLiteral("Designated here; the land use does not admit it (note 1).")) == 120);
        CHECK(all.count(QStringLiteral("Designated here; the land use admits it only on condition (note 2).")) == 5);
        CHECK(all.count(QStringLiteral("(15% in Guangzhou)")) == 1);
        CHECK(pages[first].simplified().contains(QStringLiteral("Note 1: The planned land use 0701")));
        CHECK(pages[first].simplified().contains(QStringLiteral("Note 2: The planned land use M1")));
        CHECK(pages[first].contains(QStringLiteral("Notes on the land use (marked in the reasons)")));
        CHECK(all.contains(QStringLiteral("Below the 99.0% required; designated here.")));
        CHECK(pageWith(pages, QStringLiteral("OUTSIDE")) < 0);  // attention: not listed
        CHECK(all.contains(QStringLiteral("The parcel cannot be checked")));
    }
}
