#include "core/industry_catalogue.h"

#include "core/data_table.h"
#include "core/name_suggestions.h"
#include "gis/error.h"

#include <QRegularExpression>
#include <QString>

#include <algorithm>

namespace pearlzone::core {

namespace {

const QRegularExpression& separators()
{
    static const QRegularExpression pattern(QStringLiteral("[;,/\u3001\uFF1B\uFF0C\uFF0F]"));
    return pattern;
}

const QRegularExpression& gbtPattern()
{
    // An optional section letter, then a 2-digit division or a 4-digit class.
    static const QRegularExpression pattern(QStringLiteral("^([A-Za-z])?(\\d{2}|\\d{4})$"));
    return pattern;
}

}  // namespace

IndustryCatalogue IndustryCatalogue::load(const std::string& source)
{
    const DataTable table = DataTable::load(source, {"code", "name_zh", "name_zh_hant", "name_en", "aliases", "parent", "gbt4754"});
    IndustryCatalogue catalogue;
    for (std::size_t row = 0; row < table.rowCount(); ++row) {
        Industry industry;
        industry.code = table.value(row, "code");
        industry.nameZh = table.value(row, "name_zh");
        industry.nameZhHant = table.value(row, "name_zh_hant");
        industry.nameEn = table.value(row, "name_en");
        industry.aliases = splitList(table.value(row, "aliases"));
        industry.parent = table.value(row, "parent");
        industry.gbt4754 = splitList(table.value(row, "gbt4754"));
        const std::string where = source + " line " + std::to_string(table.lineOf(row));
        if (industry.code.empty() || industry.nameZh.empty() || industry.nameEn.empty())
            throw gis::Error(where + ": an industry needs a code, name_zh and name_en");
        if (!catalogue.byCode_.emplace(industry.code, catalogue.industries_.size()).second)
            throw gis::Error(where + ": the code '" + industry.code + "' appears twice");
        catalogue.industries_.push_back(industry);
    }
    // Every parent known before any walk up (a parent's own parent may come later).
    for (std::size_t i = 0; i < catalogue.industries_.size(); ++i) {
        const Industry& industry = catalogue.industries_[i];
        if (!industry.parent.empty() && !catalogue.find(industry.parent))
            throw gis::Error(source + " line " + std::to_string(i + 2) + ": '" + industry.code +
                             "' has the unknown parent '" + industry.parent + "'");
    }
    for (std::size_t i = 0; i < catalogue.industries_.size(); ++i) {
        const Industry& industry = catalogue.industries_[i];
        const std::string where = source + " line " + std::to_string(i + 2);
        // Walking up must reach a root within as many steps as there are industries.
        std::string at = industry.parent;
        for (std::size_t steps = 0; !at.empty(); ++steps) {
            if (steps > catalogue.industries_.size() || at == industry.code)
                throw gis::Error(where + ": the parents of '" + industry.code + "' form a cycle");
            at = catalogue.find(at)->parent;
        }
        catalogue.index(industry.code, i, source, i + 2);
        catalogue.index(industry.nameZh, i, source, i + 2);
        catalogue.index(industry.nameZhHant, i, source, i + 2);
        catalogue.index(industry.nameEn, i, source, i + 2);
        for (const auto& alias : industry.aliases)
            catalogue.index(alias, i, source, i + 2);
        for (const auto& gbt : industry.gbt4754) {
            const auto match = gbtPattern().match(QString::fromStdString(gbt));
            if (!match.hasMatch())
                throw gis::Error(where + ": '" + gbt + "' is not a GB/T 4754-2017 division or class");
            catalogue.byGbt_[match.captured(2).toStdString()].push_back(i);
        }
    }
    return catalogue;
}

void IndustryCatalogue::index(const std::string& name, std::size_t industry, const std::string& source, std::size_t line)
{
    const long owner = byName_.add(name, industry);
    if (owner >= 0)
        throw gis::Error(source + " line " + std::to_string(line) + ": the name '" + name + "' of '" +
                         industries_[industry].code + "' is already a name of '" +
                         industries_[static_cast<std::size_t>(owner)].code + "'");
}

const Industry* IndustryCatalogue::find(const std::string& code) const
{
    const auto it = byCode_.find(code);
    return it == byCode_.end() ? nullptr : &industries_[it->second];
}

std::vector<std::string> IndustryCatalogue::lineage(const std::string& code) const
{
    std::vector<std::string> chain;
    for (const Industry* at = find(code); at; at = at->parent.empty() ? nullptr : find(at->parent))
        chain.push_back(at->code);
    return chain;
}

IndustryMatch IndustryCatalogue::resolveOne(const std::string& name) const
{
    IndustryMatch match;
    const std::string key = normaliseName(name);
    match.text = abbreviatedName(QString::fromStdString(name).trimmed().toStdString());  // quoted in reasons
    if (const auto* owners = byName_.find(key)) {
        for (std::size_t i : *owners)
            match.codes.push_back(industries_[i].code);
        return match;
    }
    const auto gbt = gbtPattern().match(QString::fromStdString(key));
    if (gbt.hasMatch()) {
        if (const auto it = byGbt_.find(gbt.captured(2).toStdString()); it != byGbt_.end()) {
            for (std::size_t i : it->second)
                match.codes.push_back(industries_[i].code);
        }
        return match;
    }
    // Unknown: suggest the closest names, at most three industries, none absurdly far.
    for (std::size_t industry : closestOwners(key, byName_.entries()))
        match.suggestions.push_back(industries_[industry].nameZh);
    return match;
}

std::vector<IndustryMatch> IndustryCatalogue::resolve(const std::string& field) const
{
    std::vector<IndustryMatch> matches;
    const QString folded = QString::fromUtf8(field).normalized(QString::NormalizationForm_KC);
    for (const QString& part : folded.split(separators(), Qt::SkipEmptyParts)) {
        if (part.trimmed().isEmpty())
            continue;
        matches.push_back(resolveOne(part.toStdString()));
    }
    return matches;
}

}  // namespace pearlzone::core
