#pragma once
// IndustryCatalogue: the industries the guideline names, as a shallow tree, with every name a
// planner might write for them: code, Simplified and Traditional Chinese names, English
// name (any case), aliases, and GB/T 4754-2017 classes (with or without the section letter).

#include "core/name_normaliser.h"

#include <map>
#include <string>
#include <vector>

namespace pearlzone::core {

struct Industry {
    std::string code;
    std::string nameZh;
    std::string nameZhHant;
    std::string nameEn;
    std::vector<std::string> aliases;
    std::string parent;  // "" for a root
    std::vector<std::string> gbt4754;  // e.g. "I6513", or a whole division "I65"
};

// One industry named in a parcel's industry field.
struct IndustryMatch {
    std::string text;                      // as written, trimmed (long text cut, with …)
    std::vector<std::string> codes;        // empty when unknown; several for a broad GB/T class
    std::vector<std::string> suggestions;  // for unknown names: the closest catalogue names
};

class IndustryCatalogue {
public:
    // Throws gis::Error for unreadable files, duplicate codes or names, dangling parents and
    // cycles, naming the file and line.
    static IndustryCatalogue load(const std::string& source);

    const std::vector<Industry>& industries() const { return industries_; }
    const Industry* find(const std::string& code) const;
    // The industry and then its ancestors up to the root.
    std::vector<std::string> lineage(const std::string& code) const;

    // Splits a field on ; ； 、 , ， / (full-width forms and stray spaces ignored) and resolves
    // each part. Blank parts are dropped; an all-blank field gives no matches.
    std::vector<IndustryMatch> resolve(const std::string& field) const;
    IndustryMatch resolveOne(const std::string& name) const;

private:
    void index(const std::string& key, std::size_t industry, const std::string& source, std::size_t line);

    std::vector<Industry> industries_;
    std::map<std::string, std::size_t> byCode_;
    NameIndex byName_;                                          // names and aliases
    std::map<std::string, std::vector<std::size_t>> byGbt_;    // GB/T class without letter
};

}  // namespace pearlzone::core
