#pragma once
// LandUseCatalogue: the planned land-use classes (用地性质) of two schemes and a local class,
// each a tree: 《国土空间调查、规划、用途管制用地用海分类指南》 (two- to six-digit codes such as
// 0902, 100101), GB 50137-2011 (R, B2, B29, M1, ...) and Guangzhou's 新型产业用地 M0, with the
// crosswalk from GB classes to the national ones. A parcel's land-use text is resolved like
// an industry: code or name, full-width or not, mixed uses (0902/0901, B2+M0, B1B2) as parts.

#include "core/check_result.h"

#include <map>
#include <string>
#include <vector>

namespace pearlzone::core {

struct LandUseClass {
    std::string code;
    std::string scheme;  // "national", "gb50137" or "local"
    std::string nameZh;
    std::string nameEn;
    std::vector<std::string> aliases;
    std::string parent;     // "" for a first-level class
    std::string crosswalk;  // the national class a GB class corresponds to, "" where none fits
    std::string source;     // the document and edition it comes from
};

// One part of a land-use field.
struct LandUseMatch {
    std::string text;                      // as written, trimmed (long text cut, with …)
    std::string code;                      // "" when not recognised
    std::vector<std::string> suggestions;  // for unrecognised text: "code name" of the closest classes
};

class LandUseCatalogue {
public:
    // Throws gis::Error naming the file and line for missing codes or names, duplicate codes,
    // dangling parents or crosswalks, cycles, and a name given to two unrelated classes.
    static LandUseCatalogue load(const std::string& source);

    const std::vector<LandUseClass>& classes() const { return classes_; }
    const LandUseClass* find(const std::string& code) const;

    // The class, its ancestors, and from the first of them with a crosswalk on, the national
    // class it corresponds to and that class's ancestors: B29 → B2 → 0902 → 09; M0 → M → 1001 → 10.
    // The order is the order of precedence for rules: the most specific first.
    std::vector<std::string> lineage(const std::string& code) const;

    // Splits a field into its parts (/ + ; , 、 and their full-width forms; concatenated GB
    // codes such as B1B2) and resolves each. An all-blank field gives no parts.
    std::vector<LandUseMatch> resolve(const std::string& field) const;
    LandUseMatch resolveOne(const std::string& text) const;

    // "0902 商务金融用地" or "0902 Business and finance land".
    std::string label(const std::string& code, Language language) const;

private:
    std::vector<LandUseClass> classes_;
    std::map<std::string, std::size_t> byCode_;
    std::map<std::string, std::vector<std::size_t>> byName_;  // normalised names and aliases
};

}  // namespace pearlzone::core
