#include "gis/error.h"

#include <atomic>
#include <cctype>
#include <cstring>
#include <vector>

namespace pearlzone::gis {

namespace {

std::atomic<bool> shown{false};

bool startsWithAt(const std::string& text, std::size_t at, const char* prefix)
{
    return text.compare(at, std::strlen(prefix), prefix) == 0;
}

// "path/file.cpp, 166: " (GDAL's CPLDebug/CPLError source prefix) removed wherever it occurs.
std::string withoutSourceLocations(const std::string& text)
{
    std::string out;
    std::size_t i = 0;
    while (i < text.size()) {
        bool removed = false;
        for (const char* extension : {".cpp, ", ".c, ", ".h, "}) {
            if (!startsWithAt(text, i, extension))
                continue;
            // Back to the start of the path (a run of path characters), forward over the digits.
            std::size_t start = out.size();
            while (start > 0 && (std::isalnum(static_cast<unsigned char>(out[start - 1])) ||
                                 std::strchr("./_-\\", out[start - 1])))
                --start;
            std::size_t end = i + std::strlen(extension);
            const std::size_t digits = end;
            while (end < text.size() && std::isdigit(static_cast<unsigned char>(text[end])))
                ++end;
            if (end == digits || start == out.size())
                break;
            if (end < text.size() && text[end] == ':')
                ++end;
            while (end < text.size() && text[end] == ' ')
                ++end;
            out.erase(start);
            i = end;
            removed = true;
            break;
        }
        if (!removed)
            out += text[i++];
    }
    return out;
}

std::vector<std::string> sentencesOf(const std::string& text)
{
    std::vector<std::string> sentences;
    std::string current;
    for (std::size_t i = 0; i < text.size(); ++i) {
        current += text[i];
        const bool end = (text[i] == '.' || text[i] == '\n') && (i + 1 == text.size() || text[i + 1] == ' ' || text[i + 1] == '\n');
        if (end || i + 1 == text.size()) {
            sentences.push_back(current);
            current.clear();
        }
    }
    return sentences;
}

bool isConfigurationAdvice(const std::string& sentence)
{
    for (const char* mark : {"config option", "configuration option", "OSM_USE_CUSTOM_INDEXING", "SHAPE_RESTORE_SHX"})
        if (sentence.find(mark) != std::string::npos)
            return true;
    return false;
}

// "IllegalArgumentException: x" → "x"; also "geos::util::TopologyException: x".
std::string withoutExceptionNames(std::string text)
{
    for (std::size_t at; (at = text.find("Exception: ")) != std::string::npos;) {
        std::size_t start = at;
        while (start > 0 && (std::isalnum(static_cast<unsigned char>(text[start - 1])) || text[start - 1] == ':'))
            --start;
        text.erase(start, at + std::strlen("Exception: ") - start);
    }
    return text;
}

// A WKT definition (ENGCRS["Undefined SRS", ...]) cut off where it starts.
std::string withoutCrsDumps(std::string text)
{
    for (const char* keyword : {"ENGCRS[", "PROJCRS[", "GEOGCRS[", "GEODCRS[", "BOUNDCRS[", "COMPOUNDCRS[", "LOCAL_CS[",
                                "PROJCS[", "GEOGCS[", "ENGINEERINGCRS["}) {
        if (const std::size_t at = text.find(keyword); at != std::string::npos)
            text.erase(at);
    }
    return text;
}

std::string tidied(const std::string& text)
{
    std::string out;
    for (char c : text) {
        const bool space = c == ' ' || c == '\n' || c == '\r' || c == '\t';
        if (space && (out.empty() || out.back() == ' '))
            continue;
        out += space ? ' ' : c;
    }
    while (!out.empty() && (out.back() == ' ' || out.back() == ':' || out.back() == ',' || out.back() == '('))
        out.pop_back();
    return out;
}

}  // namespace

std::string plainLibraryText(const std::string& raw)
{
    constexpr std::size_t kLongest = 300;  // a message, not a dump
    std::string kept;
    for (const std::string& sentence : sentencesOf(withoutSourceLocations(raw.substr(0, 4 * kLongest)))) {
        if (!isConfigurationAdvice(sentence))
            kept += sentence;
    }
    std::string text = tidied(withoutCrsDumps(withoutExceptionNames(kept)));
    if (text.size() > kLongest) {
        text.resize(kLongest);
        while (!text.empty() && (static_cast<unsigned char>(text.back()) & 0xC0) == 0x80)
            text.pop_back();  // not inside a UTF-8 character
        if (!text.empty())
            text.pop_back();
        text += "...";
    }
    return text;
}

void showLibraryMessages(bool show) { shown.store(show); }

bool libraryMessagesShown() { return shown.load(); }

}  // namespace pearlzone::gis
