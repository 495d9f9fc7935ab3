#include "core/name_normaliser.h"

#include <QString>

#include <algorithm>

namespace pearlzone::core {

std::string normaliseName(const std::string& text)
{
    QString name = QString::fromUtf8(text).normalized(QString::NormalizationForm_KC).toCaseFolded();
    return name.simplified().toStdString();
}

long NameIndex::add(const std::string& name, std::size_t thing)
{
    const std::string key = normaliseName(name);
    if (key.empty())
        return -1;
    auto& owners = byName_[key];
    if (std::find(owners.begin(), owners.end(), thing) != owners.end())
        return -1;
    if (!owners.empty())
        return static_cast<long>(owners.front());
    owners.push_back(thing);
    return -1;
}

const std::vector<std::size_t>* NameIndex::find(const std::string& name) const
{
    const auto it = byName_.find(normaliseName(name));
    return it == byName_.end() ? nullptr : &it->second;
}

}  // namespace pearlzone::core
