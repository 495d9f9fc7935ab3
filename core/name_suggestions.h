#pragma once
// "Did you mean": the names closest to one that matched nothing, shared by the industry
// catalogue and the land-use classes.

#include <cstddef>
#include <map>
#include <string>
#include <vector>

namespace pearlzone::core {

// What fuzzy matching considers of a written name, in UTF-16 code units: no catalogue name
// comes near it, and the edit distance costs the product of both names' lengths.
constexpr std::size_t kFuzzyLength = 64;

// text (UTF-8) cut to kFuzzyLength characters with "…" when longer, for messages that quote it.
std::string abbreviatedName(const std::string& text);

// The owners (indices into the caller's own list) of the names in byName closest to
// wantedKey (both in normaliseName form), best first, each owner once, at most maxCount.
// A name counts as close when its edit distance is at most half the longer name's length,
// or when one name contains the other. Only the first kFuzzyLength characters of wantedKey
// are considered, so that a long text costs time linear in its length.
std::vector<std::size_t> closestOwners(const std::string& wantedKey,
                                       const std::map<std::string, std::vector<std::size_t>>& byName,
                                       std::size_t maxCount = 3);

}  // namespace pearlzone::core
