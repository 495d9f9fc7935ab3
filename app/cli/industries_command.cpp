// pearlzone-cli industries [--json]: the industry catalogue, as a tree, with where each
// industry is designated.
#include "app/cli/cli_context.h"
#include "core/pilot_zone_data.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <functional>

namespace pearlzone::cli {

namespace {

QString qs(const std::string& text) { return QString::fromStdString(text); }

QJsonArray toJson(const std::vector<std::string>& list)
{
    QJsonArray array;
    for (const auto& item : list)
        array.append(qs(item));
    return array;
}

QJsonArray catalogueJson(const core::IndustryCatalogue& catalogue)
{
    QJsonArray out;
    for (const auto& industry : catalogue.industries()) {
        out.append(QJsonObject{{QStringLiteral("code"), qs(industry.code)},
                               {QStringLiteral("name_zh"), qs(industry.nameZh)},
                               {QStringLiteral("name_zh_hant"), qs(industry.nameZhHant)},
                               {QStringLiteral("name_en"), qs(industry.nameEn)},
                               {QStringLiteral("aliases"), toJson(industry.aliases)},
                               {QStringLiteral("parent"), industry.parent.empty() ? QJsonValue() : QJsonValue(qs(industry.parent))},
                               {QStringLiteral("gbt4754"), toJson(industry.gbt4754)}});
    }
    return out;
}

QString catalogueText(const core::PilotZoneData& data)
{
    QString out;
    std::function<void(const core::Industry&, int)> print = [&](const core::Industry& industry, int depth) {
        QStringList places;
        for (const auto& place : data.designations.placesFor(industry.code))
            places << qs(place.subareaId.empty() ? place.zoneId : place.zoneId + "/" + place.subareaId);
        out += QString(depth * 2, QLatin1Char(' ')) +
               QStringLiteral("%1  %2 / %3 / %4").arg(qs(industry.code), qs(industry.nameZh), qs(industry.nameZhHant), qs(industry.nameEn));
        if (!industry.gbt4754.empty())
            out += QStringLiteral("  [GB/T %1]").arg(QString::fromStdString([&] {
                std::string joined;
                for (const auto& c : industry.gbt4754)
                    joined += (joined.empty() ? "" : " ") + c;
                return joined;
            }()));
        out += QStringLiteral("\n") + QString(depth * 2 + 4, QLatin1Char(' ')) + QStringLiteral("designated in: ") +
               (places.isEmpty() ? QStringLiteral("-") : places.join(QStringLiteral(", "))) + QStringLiteral("\n");
        for (const auto& child : data.catalogue.industries()) {
            if (child.parent == industry.code)
                print(child, depth + 1);
        }
    };
    for (const auto& industry : data.catalogue.industries()) {
        if (industry.parent.empty())
            print(industry, 0);
    }
    return out;
}

}  // namespace

int runIndustries(const QStringList& arguments)
{
    return runDataListing(arguments, QStringLiteral("industries"), [](const core::PilotZoneData& data, bool json) {
        return json ? QString::fromUtf8(QJsonDocument(catalogueJson(data.catalogue)).toJson(QJsonDocument::Indented)) : catalogueText(data);
    });
}

}  // namespace pearlzone::cli
