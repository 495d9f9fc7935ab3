#pragma once
// "Did you mean": the names closest to one that matched nothing, shared by the industry
// catalogue and the land-use classes.

#include <cstddef>
#include <map>
#include <string>
#include <vector>

namespace pearlzone::core {

// The owners (indices into the caller's own list) of the names in byName closest to
// wantedKey (both in normaliseName form), best first, each owner once, at most maxCount.
// A name counts as close when its edit distance is at most half the longer name's length,
// or when one name contains the other.
std::vector<std::size_t> closestOwners(const std::string& wantedKey,
                                       const std::map<std::string, std::vector<std::size_t>>& byName,
                                       std::size_t maxCount = 3);

}  // namespace pearlzone::core
