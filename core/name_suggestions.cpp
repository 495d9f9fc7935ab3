#include "core/name_suggestions.h"

#include <QString>

#include <algorithm>
#include <cstdlib>
#include <set>

namespace pearlzone::core {

namespace {

// Edit distance between two names, counted in UTF-16 code units (every CJK character the
// catalogues use is one unit).
int editDistance(const QString& a, const QString& b)
{
    std::vector<int> previous(static_cast<std::size_t>(b.size()) + 1);
    std::vector<int> current(previous.size());
    for (std::size_t j = 0; j < previous.size(); ++j)
        previous[j] = static_cast<int>(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = static_cast<int>(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int substitution = previous[static_cast<std::size_t>(j - 1)] + (a[i - 1] == b[j - 1] ? 0 : 1);
            current[static_cast<std::size_t>(j)] =
                std::min({previous[static_cast<std::size_t>(j)] + 1, current[static_cast<std::size_t>(j - 1)] + 1, substitution});
        }
        std::swap(previous, current);
    }
    return previous.back();
}

}  // namespace

std::string abbreviatedName(const std::string& text)
{
    const QString name = QString::fromUtf8(text);
    if (static_cast<std::size_t>(name.size()) <= kFuzzyLength)
        return text;
    return (name.left(static_cast<qsizetype>(kFuzzyLength)) + QChar(0x2026)).toStdString();
}

std::vector<std::size_t> closestOwners(const std::string& wantedKey,
                                       const std::map<std::string, std::vector<std::size_t>>& byName, std::size_t maxCount)
{
    const QString wanted = QString::fromUtf8(wantedKey.data(), static_cast<qsizetype>(std::min(wantedKey.size(), 4 * kFuzzyLength)))
                               .left(static_cast<qsizetype>(kFuzzyLength));
    std::vector<std::pair<int, std::size_t>> ranked;
    for (const auto& [candidate, owners] : byName) {
        const QString text = QString::fromStdString(candidate);
        const int limit = std::max<int>(1, static_cast<int>(std::max(wanted.size(), text.size()) / 2));
        // The distance is at least the difference in length (and just that when one name
        // contains the other): no need to count it when that is already too far.
        const int lengthGap = std::abs(static_cast<int>(wanted.size() - text.size()));
        const int distance = lengthGap <= limit ? editDistance(wanted, text) : lengthGap;
        if (distance <= limit || text.contains(wanted) || wanted.contains(text))
            ranked.emplace_back(distance, owners.front());
    }
    std::stable_sort(ranked.begin(), ranked.end());
    std::vector<std::size_t> closest;
    std::set<std::size_t> seen;
    for (const auto& [distance, owner] : ranked) {
        if (closest.size() == maxCount)
            break;
        if (seen.insert(owner).second)
            closest.push_back(owner);
    }
    return closest;
}

}  // namespace pearlzone::core
