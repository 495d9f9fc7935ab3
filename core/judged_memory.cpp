#include "core/judged_memory.h"

#include <cstring>

namespace pearlzone::core {

namespace {

constexpr std::size_t kMaxEntries = 20000;  // then the memory starts over

// An entry's first words; its texts follow, one after the other.
struct Header {
    JudgedKey key;
    std::uint32_t lengths[4];  // land use, its codes, suggested zones, reason
    std::uint8_t industryStatus;
    std::uint8_t landUseStatus;
    std::uint8_t verdict;
};

constexpr std::size_t kHeaderWords = (sizeof(Header) + 7) / 8;

}  // namespace

std::uint64_t JudgedMemory::hash(const JudgedKey& key)
{
    std::uint64_t h = key.industry * 0x9e3779b97f4a7c15ull;
    for (std::uint64_t part : {key.landUse, std::uint64_t(key.zone) << 32 | key.subarea, std::uint64_t(key.location)})
        h = (h ^ part) * 0x9e3779b97f4a7c15ull + (h >> 29);
    return h ^ (h >> 31);
}

JudgedMemory::Slot& JudgedMemory::slotFor(const JudgedKey& key, std::uint64_t h)
{
    const std::size_t mask = slots_.size() - 1;
    const auto check = static_cast<std::uint32_t>(h >> 32);
    for (std::size_t i = static_cast<std::size_t>(h) & mask;; i = (i + 1) & mask) {
        const Slot& slot = slots_[i];
        if (slot.entry == kEmpty)
            return slots_[i];
        if (slot.check == check) {
            Header header;
            std::memcpy(&header, &arena_[slot.entry], sizeof header);
            if (header.key == key)
                return slots_[i];
        }
    }
}

std::uint32_t JudgedMemory::lookup(const JudgedKey& key, std::uint64_t h) const
{
    if (slots_.empty())
        return kEmpty;
    return const_cast<JudgedMemory*>(this)->slotFor(key, h).entry;
}

std::uint32_t JudgedMemory::store(const JudgedKey& key, std::uint64_t h, const JudgedTexts& texts)
{
    if (entries_ >= kMaxEntries || slots_.empty()) {
        entries_ = 0;
        arena_.clear();
        slots_.assign(1024, Slot{});
    }
    const std::string* parts[] = {&texts.landUse, &texts.landUseCodes, &texts.suggestedZones, &texts.reason};
    Header header{key, {}, static_cast<std::uint8_t>(texts.industryStatus), static_cast<std::uint8_t>(texts.landUseStatus),
                  static_cast<std::uint8_t>(texts.verdict)};
    std::size_t bytes = 0;
    for (int i = 0; i < 4; ++i) {
        header.lengths[i] = static_cast<std::uint32_t>(parts[i]->size());
        bytes += parts[i]->size();
    }
    const auto at = static_cast<std::uint32_t>(arena_.size());
    arena_.resize(arena_.size() + kHeaderWords + (bytes + 7) / 8);
    auto* out = reinterpret_cast<char*>(&arena_[at]);
    std::memcpy(out, &header, sizeof header);
    out += kHeaderWords * 8;
    for (const std::string* part : parts) {
        std::memcpy(out, part->data(), part->size());
        out += part->size();
    }
    ++entries_;
    if (2 * entries_ > slots_.size()) {
        // Twice the slots, every entry placed anew.
        slots_.assign(2 * slots_.size(), Slot{});
        for (std::size_t word = 0; word < arena_.size();) {
            Header each;
            std::memcpy(&each, &arena_[word], sizeof each);
            const std::uint64_t eachHash = hash(each.key);
            slotFor(each.key, eachHash) = Slot{static_cast<std::uint32_t>(eachHash >> 32), static_cast<std::uint32_t>(word)};
            word += kHeaderWords + (std::size_t{each.lengths[0]} + each.lengths[1] + each.lengths[2] + each.lengths[3] + 7) / 8;
        }
    } else {
        slotFor(key, h) = Slot{static_cast<std::uint32_t>(h >> 32), at};
    }
    return at;
}

Judged JudgedMemory::entry(std::uint32_t at) const
{
    Header header;
    std::memcpy(&header, &arena_[at], sizeof header);
    const char* text = reinterpret_cast<const char*>(&arena_[at + kHeaderWords]);
    std::string_view views[4];
    for (int i = 0; i < 4; ++i) {
        views[i] = std::string_view(text, header.lengths[i]);
        text += header.lengths[i];
    }
    return Judged{static_cast<IndustryStatus>(header.industryStatus), static_cast<LandUseStatus>(header.landUseStatus),
                  static_cast<Verdict>(header.verdict), views[0], views[1], views[2], views[3]};
}

}  // namespace pearlzone::core
