#pragma once
// The one form in which names a planner writes are compared with the names we know
// (industries, zones, sub-areas): full-width and half-width alike, case ignored, spaces tidied.

#include <map>
#include <string>
#include <vector>

namespace pearlzone::core {

// NFKC (full-width to half-width, Kangxi radicals to ideographs), case-folded, with runs of
// white space made one space and the ends trimmed.
std::string normaliseName(const std::string& text);

// Names of things, each known by several names (Simplified, Traditional, English, aliases),
// looked up in normalised form. A name may belong to one thing only.
class NameIndex {
public:
    // Returns the thing that already owns the name when it belongs to another one, else -1.
    // Blank names are ignored.
    long add(const std::string& name, std::size_t thing);
    // The things a name belongs to (empty when none).
    const std::vector<std::size_t>* find(const std::string& name) const;
    const std::map<std::string, std::vector<std::size_t>>& entries() const { return byName_; }

private:
    std::map<std::string, std::vector<std::size_t>> byName_;
};

}  // namespace pearlzone::core
