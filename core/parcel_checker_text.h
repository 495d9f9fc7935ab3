#pragma once
// Internal to ParcelChecker's files (parcel_checker.cpp, parcel_judgement.cpp): the names
// of places and industries in the report language, and the checker's text caches.

#include "core/check_result.h"
#include "core/industry_catalogue.h"
#include "core/zone_set.h"

#include <string>
#include <unordered_map>

namespace pearlzone::core::checker_text {

constexpr std::size_t kTextCacheLimit = 20000;

inline const std::string& nameIn(const ZoneRegion& region, Language language)
{
    return language == Language::Chinese ? region.nameZh : region.nameEn;
}

inline std::string placeName(const Zone& zone, const ZoneRegion* subarea, Language language)
{
    std::string name = nameIn(zone, language);
    if (subarea)
        name += (language == Language::Chinese ? "·" : ", ") + nameIn(*subarea, language);
    return name;
}

inline std::string industryName(const IndustryCatalogue& catalogue, const std::string& code, Language language)
{
    const Industry* industry = catalogue.find(code);
    if (!industry)
        return code;
    return language == Language::Chinese ? industry->nameZh : industry->nameEn;
}

// The value cached under key, computed and remembered when missing (a full cache starts over).
template <typename Cache, typename Compute>
const typename Cache::mapped_type& cached(Cache& cache, const typename Cache::key_type& key, Compute compute)
{
    if (const auto it = cache.find(key); it != cache.end())
        return it->second;
    if (cache.size() >= kTextCacheLimit)
        cache.clear();
    return cache.emplace(key, compute()).first->second;
}

}  // namespace pearlzone::core::checker_text
