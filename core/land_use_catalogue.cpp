#include "core/land_use_catalogue.h"

#include "core/data_table.h"
#include "core/industry_catalogue.h"
#include "core/name_suggestions.h"
#include "gis/error.h"

#include <QRegularExpression>
#include <QString>

#include <algorithm>

namespace pearlzone::core {

namespace {

const QRegularExpression& separators()
{
    // After NFKC, full-width ／ ＋ ； ， are their ASCII forms; 、 and the ideographic
    // semicolon and comma are listed as they are.
    static const QRegularExpression pattern(QStringLiteral("[/+;,\u3001\uFF1B\uFF0C]"));
    return pattern;
}

// Several GB codes written together, as 控规 drawings do: "B1B2", "R2B1": a letter and up to two
// digits, at least twice. Checked by hand: a regular expression's backtracking stack gives up on
// long text (a 400,000-character value).
bool isGluedGbCodes(const QString& text)
{
    int pieces = 0;
    for (qsizetype i = 0; i < text.size(); ++pieces) {
        if (text[i] < QLatin1Char('A') || text[i] > QLatin1Char('Z'))
            return false;
        ++i;
        for (int digits = 0; digits < 2 && i < text.size() && text[i].isDigit() && text[i] < QLatin1Char(0x80); ++digits)
            ++i;
    }
    return pieces >= 2;
}

// A code at the start, followed by its name or a note: "0902 商务金融用地", "B29（其他商务）".
const QRegularExpression& leadingCode()
{
    static const QRegularExpression pattern(QStringLiteral("^([A-Z]\\d{0,2}|\\d{2,6})(?![0-9A-Z])\\s*(.*)$"));
    return pattern;
}

// The form codes are compared in: NFKC, upper case, no spaces at all.
std::string codeKey(const QString& text)
{
    QString key = text.normalized(QString::NormalizationForm_KC).toUpper();
    key.remove(QRegularExpression(QStringLiteral("\\s")));
    return key.toStdString();
}

}  // namespace

LandUseCatalogue LandUseCatalogue::load(const std::string& source)
{
    const DataTable table = DataTable::load(source, {"code", "scheme", "name_zh", "name_en", "aliases", "parent", "crosswalk", "source"});
    LandUseCatalogue catalogue;
    for (std::size_t row = 0; row < table.rowCount(); ++row) {
        LandUseClass c;
        c.code = codeKey(QString::fromStdString(table.value(row, "code")));
        c.scheme = table.value(row, "scheme");
        c.nameZh = table.value(row, "name_zh");
        c.nameEn = table.value(row, "name_en");
        c.aliases = splitList(table.value(row, "aliases"));
        c.parent = table.value(row, "parent");
        c.crosswalk = table.value(row, "crosswalk");
        c.source = table.value(row, "source");
        const std::string where = source + " line " + std::to_string(table.lineOf(row));
        if (c.code.empty() || c.nameZh.empty() || c.nameEn.empty())
            throw gis::Error(where + ": a land-use class needs a code, name_zh and name_en");
        if (c.scheme != "national" && c.scheme != "gb50137" && c.scheme != "local")
            throw gis::Error(where + ": the scheme '" + c.scheme + "' is not national, gb50137 or local");
        if (!catalogue.byCode_.emplace(c.code, catalogue.classes_.size()).second)
            throw gis::Error(where + ": the code '" + c.code + "' appears twice");
        catalogue.classes_.push_back(c);
    }
    for (std::size_t i = 0; i < catalogue.classes_.size(); ++i) {
        const LandUseClass& c = catalogue.classes_[i];
        const std::string where = source + " line " + std::to_string(table.lineOf(i));
        if (!c.parent.empty() && !catalogue.find(c.parent))
            throw gis::Error(where + ": '" + c.code + "' has the unknown parent '" + c.parent + "'");
        if (!c.crosswalk.empty()) {
            const LandUseClass* target = catalogue.find(c.crosswalk);
            if (!target || target->scheme != "national")
                throw gis::Error(where + ": '" + c.code + "' crosswalks to '" + c.crosswalk + "', which is not a national class");
        }
        std::string at = c.parent;
        for (std::size_t steps = 0; !at.empty(); ++steps) {
            if (steps > catalogue.classes_.size() || at == c.code)
                throw gis::Error(where + ": the parents of '" + c.code + "' form a cycle");
            at = catalogue.find(at)->parent;
        }
    }
    // Names: a GB class may share its name with the national class it corresponds to (科研用地
    // is A35 and 0802), and a class with its parent (留白用地); the name then means the first.
    for (std::size_t i = 0; i < catalogue.classes_.size(); ++i) {
        const LandUseClass& c = catalogue.classes_[i];
        std::vector<std::string> names = {c.nameZh, c.nameEn};
        names.insert(names.end(), c.aliases.begin(), c.aliases.end());
        for (const auto& name : names) {
            const std::string key = normaliseName(name);
            auto& owners = catalogue.byName_[key];
            if (!owners.empty() && owners.front() != i) {
                const LandUseClass& first = catalogue.classes_[owners.front()];
                if (c.crosswalk != first.code && c.parent != first.code)
                    throw gis::Error(source + " line " + std::to_string(table.lineOf(i)) + ": the name '" + name + "' of '" +
                                     c.code + "' is already a name of '" + first.code + "'");
                continue;
            }
            if (owners.empty())
                owners.push_back(i);
        }
    }
    return catalogue;
}

const LandUseClass* LandUseCatalogue::find(const std::string& code) const
{
    const auto it = byCode_.find(code);
    return it == byCode_.end() ? nullptr : &classes_[it->second];
}

std::vector<std::string> LandUseCatalogue::lineage(const std::string& code) const
{
    std::vector<std::string> chain;
    for (const LandUseClass* at = find(code); at; at = at->parent.empty() ? nullptr : find(at->parent)) {
        chain.push_back(at->code);
        if (!at->crosswalk.empty()) {
            for (const LandUseClass* national = find(at->crosswalk); national;
                 national = national->parent.empty() ? nullptr : find(national->parent))
                chain.push_back(national->code);
            break;
        }
    }
    return chain;
}

LandUseMatch LandUseCatalogue::resolveOne(const std::string& text) const
{
    LandUseMatch match;
    const QString written = QString::fromStdString(text).trimmed();
    match.text = abbreviatedName(written.toStdString());  // quoted in reasons
    const std::string key = codeKey(written);
    if (find(key)) {
        match.code = key;
        return match;
    }
    // Spreadsheets drop the leading zero of national codes: 902 for 0902.
    if (!key.empty() && key.size() % 2 == 1 && std::all_of(key.begin(), key.end(), [](char c) { return c >= '0' && c <= '9'; }) && find("0" + key)) {
        match.code = "0" + key;
        return match;
    }
    if (const auto it = byName_.find(normaliseName(text)); it != byName_.end()) {
        match.code = classes_[it->second.front()].code;
        return match;
    }
    const auto leading = leadingCode().match(written.normalized(QString::NormalizationForm_KC).toUpper());
    if (leading.hasMatch() && find(leading.captured(1).toStdString())) {
        match.code = leading.captured(1).toStdString();
        return match;
    }
    for (std::size_t i : closestOwners(normaliseName(text), byName_))
        match.suggestions.push_back(classes_[i].code + " " + classes_[i].nameZh);
    return match;
}

std::vector<LandUseMatch> LandUseCatalogue::resolve(const std::string& field) const
{
    std::vector<LandUseMatch> matches;
    const QString folded = QString::fromUtf8(field).normalized(QString::NormalizationForm_KC);
    for (const QString& part : folded.split(separators(), Qt::SkipEmptyParts)) {
        const QString trimmed = part.trimmed();
        if (trimmed.isEmpty())
            continue;
        LandUseMatch match = resolveOne(trimmed.toStdString());
        const QString glued = QString::fromStdString(codeKey(trimmed));
        if (match.code.empty() && isGluedGbCodes(glued)) {
            // B1B2: every piece must be a known code, else the part stays unrecognised.
            std::vector<LandUseMatch> pieces;
            static const QRegularExpression piece(QStringLiteral("[A-Z]\\d{0,2}"));
            for (auto it = piece.globalMatch(glued); it.hasNext();) {
                const std::string code = it.next().captured(0).toStdString();
                if (!find(code)) {
                    pieces.clear();
                    break;
                }
                pieces.push_back({code, code, {}});
            }
            if (!pieces.empty()) {
                matches.insert(matches.end(), pieces.begin(), pieces.end());
                continue;
            }
        }
        matches.push_back(std::move(match));
    }
    return matches;
}

std::string LandUseCatalogue::label(const std::string& code, Language language) const
{
    const LandUseClass* c = find(code);
    if (!c)
        return code;
    return c->code + " " + (language == Language::Chinese ? c->nameZh : c->nameEn);
}

}  // namespace pearlzone::core
