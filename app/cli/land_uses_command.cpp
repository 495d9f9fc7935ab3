// pearlzone-cli land-uses [--json]: the planned land-use classes of both schemes and the local
// M0, as trees, with the crosswalk from GB 50137 classes to the national ones.
#include "app/cli/cli_context.h"
#include "core/pilot_zone_data.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <functional>

namespace pearlzone::cli {

namespace {

QString qs(const std::string& text) { return QString::fromStdString(text); }

QJsonValue orNull(const std::string& text) { return text.empty() ? QJsonValue() : QJsonValue(qs(text)); }

QJsonArray classesJson(const core::LandUseCatalogue& landUses)
{
    QJsonArray out;
    for (const auto& c : landUses.classes()) {
        QJsonArray aliases;
        for (const auto& alias : c.aliases)
            aliases.append(qs(alias));
        out.append(QJsonObject{{QStringLiteral("code"), qs(c.code)},
                               {QStringLiteral("scheme"), qs(c.scheme)},
                               {QStringLiteral("name_zh"), qs(c.nameZh)},
                               {QStringLiteral("name_en"), qs(c.nameEn)},
                               {QStringLiteral("aliases"), aliases},
                               {QStringLiteral("parent"), orNull(c.parent)},
                               {QStringLiteral("crosswalk"), orNull(c.crosswalk)},
                               {QStringLiteral("source"), qs(c.source)}});
    }
    return out;
}

QString classesText(const core::LandUseCatalogue& landUses)
{
    QString out;
    std::function<void(const core::LandUseClass&, int)> print = [&](const core::LandUseClass& c, int depth) {
        out += QString(depth * 2, QLatin1Char(' ')) + QStringLiteral("%1  %2 / %3").arg(qs(c.code), qs(c.nameZh), qs(c.nameEn));
        if (!c.crosswalk.empty())
            out += QStringLiteral("  → %1").arg(qs(landUses.label(c.crosswalk, core::Language::Chinese)));
        out += QStringLiteral("\n");
        for (const auto& child : landUses.classes()) {
            if (child.parent == c.code)
                print(child, depth + 1);
        }
    };
    const std::pair<const char*, const char*> schemes[] = {
        {"national", "《国土空间调查、规划、用途管制用地用海分类指南》"},
        {"gb50137", "GB 50137-2011 《城市用地分类与规划建设用地标准》 (→ the national class it corresponds to)"},
        {"local", "local classes"}};
    for (const auto& [scheme, title] : schemes) {
        out += QString::fromUtf8(title) + QStringLiteral("\n");
        for (const auto& c : landUses.classes()) {
            const core::LandUseClass* parent = c.parent.empty() ? nullptr : landUses.find(c.parent);
            // Roots of the scheme, and local classes hung under another scheme's class.
            if (c.scheme == scheme && (!parent || parent->scheme != scheme))
                print(c, 1);
        }
    }
    return out;
}

}  // namespace

int runLandUses(const QStringList& arguments)
{
    return runDataListing(arguments, QStringLiteral("land-uses"), [](const core::PilotZoneData& data, bool json) {
        return json ? QString::fromUtf8(QJsonDocument(classesJson(data.landUses)).toJson(QJsonDocument::Indented)) : classesText(data.landUses);
    });
}

}  // namespace pearlzone::cli
