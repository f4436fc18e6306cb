#include "core/cpp_only.hpp"

#include "core/question_cache.hpp"

#include "core/text.hpp"

#include <algorithm>
#include <numeric>
#include <tuple>

namespace utopiahire::core {

const char* level_name(Level level) noexcept {
    switch (level) {
        case Level::junior: return "junior";
        case Level::mid: return "mid";
        case Level::senior: return "senior";
    }
    return "mid";
}

bool CacheKey::operator<(const CacheKey& other) const {
    return std::tie(level, region, scope, role) < std::tie(other.level, other.region, other.scope, other.role);
}

bool CacheKey::operator==(const CacheKey& other) const {
    return std::tie(level, region, scope, role) == std::tie(other.level, other.region, other.scope, other.role);
}

bool TypedList::contains(int32_t id) const { return std::binary_search(ids.begin(), ids.end(), id); }

void BankCache::reset(int64_t token, uint32_t table_oid) {
    tentative_ = false;
    entries_.clear();
    skill_ids_.clear();
    total_rows_ = 0;
    token_ = token;
    table_oid_ = table_oid;
    valid_ = true;
}

void BankCache::clear_entries() {
    entries_.clear();
    skill_ids_.clear();
    total_rows_ = 0;
}

const KeyEntry* BankCache::find(const CacheKey& key) const {
    auto it = entries_.find(key);
    return it != entries_.end() && it->second.complete ? &it->second : nullptr;
}

void BankCache::begin_load(const CacheKey& key) {
    KeyEntry& entry = entries_[key];
    total_rows_ -= std::min(total_rows_, entry.rows);
    entry = KeyEntry{};
}

uint32_t BankCache::intern(std::string_view skill) {
    std::string lowered = lower_ascii(skill);
    auto it = skill_ids_.find(lowered);
    if (it != skill_ids_.end()) return it->second;
    const auto id = static_cast<uint32_t>(skill_ids_.size());
    skill_ids_.emplace(std::move(lowered), id);
    return id;
}

uint32_t BankCache::skill_id(std::string_view skill) const {
    auto it = skill_ids_.find(lower_ascii(skill));
    return it == skill_ids_.end() ? no_skill : it->second;
}

void BankCache::add_row(const CacheKey& key, std::string_view type, uint32_t language, int32_t id, int32_t usage,
                        const char* const* skills, const int* skill_lengths, int skill_count) {
    KeyEntry& entry = entries_[key];
    TypedList* list = nullptr;
    for (auto& candidate : entry.lists)
        if (candidate.type == type && candidate.language == language) list = &candidate;
    if (list == nullptr) {
        entry.lists.emplace_back();
        list = &entry.lists.back();
        list->type = std::string(type);
        list->language = language;
        list->skill_begin.push_back(0);
    }
    list->ids.push_back(id);
    list->usage_at_load.push_back(std::max(usage, 0));
    const size_t first = list->skills.size();
    for (int i = 0; i < skill_count; ++i) {
        const uint32_t skill = intern(std::string_view(skills[i], static_cast<size_t>(skill_lengths[i])));
        // A question listing a skill twice shares it once.
        if (std::find(list->skills.begin() + static_cast<std::ptrdiff_t>(first), list->skills.end(), skill) == list->skills.end())
            list->skills.push_back(skill);
    }
    list->skill_begin.push_back(static_cast<uint32_t>(list->skills.size()));
    ++entry.rows;
    ++total_rows_;
}

namespace {
bool list_order(const TypedList& a, const TypedList& b) {
    return std::tie(a.type, a.language) < std::tie(b.type, b.language);
}

// min_usage and max_skills of a list, from its rows.
void summarize(TypedList& list) {
    list.min_usage = list.usage_at_load.empty() ? 0 : *std::min_element(list.usage_at_load.begin(), list.usage_at_load.end());
    list.max_skills = 0;
    for (size_t i = 0; i < list.size(); ++i)
        list.max_skills = std::max(list.max_skills, list.skill_begin[i + 1] - list.skill_begin[i]);
}

// Rows normally arrive sorted by id (the load query orders them); this restores the order
// if they did not, so that membership tests can binary-search and draws are reproducible.
void sort_by_id(TypedList& list) {
    if (std::is_sorted(list.ids.begin(), list.ids.end())) return;
    std::vector<size_t> order(list.ids.size());
    std::iota(order.begin(), order.end(), size_t{0});
    std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return list.ids[a] < list.ids[b]; });
    TypedList sorted;
    sorted.type = list.type;
    sorted.language = list.language;
    sorted.skill_begin.push_back(0);
    for (size_t i : order) {
        sorted.ids.push_back(list.ids[i]);
        sorted.usage_at_load.push_back(list.usage_at_load[i]);
        sorted.skills.insert(sorted.skills.end(), list.skills.begin() + list.skill_begin[i],
                             list.skills.begin() + list.skill_begin[i + 1]);
        sorted.skill_begin.push_back(static_cast<uint32_t>(sorted.skills.size()));
    }
    list = std::move(sorted);
}
}  // namespace

void BankCache::finish_load(const CacheKey& key) {
    KeyEntry& entry = entries_[key];
    for (auto& list : entry.lists) {
        sort_by_id(list);
        summarize(list);
    }
    // Lists in a fixed order (type, then language), so a seeded draw does not depend on the
    // order rows arrived in.
    std::sort(entry.lists.begin(), entry.lists.end(), list_order);
    entry.complete = true;
}

void BankCache::begin_patch() {
    valid_ = false;
    touched_.clear();
}

void BankCache::touch(const CacheKey& key, const std::string& type) {
    for (const auto& [k, t] : touched_)
        if (k == key && t == type) return;
    touched_.emplace_back(key, type);
}

void BankCache::remove_question(int32_t id) {
    for (auto& [key, entry] : entries_) {
        if (!entry.complete) continue;
        for (auto& list : entry.lists) {
            auto it = std::lower_bound(list.ids.begin(), list.ids.end(), id);
            if (it == list.ids.end() || *it != id) continue;
            const size_t i = static_cast<size_t>(it - list.ids.begin());
            const uint32_t first = list.skill_begin[i], last = list.skill_begin[i + 1];
            list.skills.erase(list.skills.begin() + first, list.skills.begin() + last);
            list.skill_begin.erase(list.skill_begin.begin() + static_cast<std::ptrdiff_t>(i) + 1);
            for (size_t j = i + 1; j < list.skill_begin.size(); ++j) list.skill_begin[j] -= last - first;
            list.ids.erase(it);
            list.usage_at_load.erase(list.usage_at_load.begin() + static_cast<std::ptrdiff_t>(i));
            --entry.rows;
            --total_rows_;
            touch(key, list.type);
        }
    }
}

void BankCache::add_question(int32_t id, std::string_view type, uint32_t language, std::string_view level, std::string_view region,
                             const char* const* roles, const int* role_lengths, int role_count,
                             const char* const* skills, const int* skill_lengths, int skill_count, int32_t usage) {
    const std::string level_text = lower_ascii(level);
    if (level_text != "junior" && level_text != "mid" && level_text != "senior") return;   // never drawn
    const Level question_level = level_text == "junior" ? Level::junior : level_text == "mid" ? Level::mid : Level::senior;
    std::vector<uint32_t> skill_ids;
    for (int i = 0; i < skill_count; ++i) {
        const uint32_t skill = intern(std::string_view(skills[i], static_cast<size_t>(skill_lengths[i])));
        if (std::find(skill_ids.begin(), skill_ids.end(), skill) == skill_ids.end()) skill_ids.push_back(skill);
    }
    for (auto& [key, entry] : entries_) {
        if (!entry.complete || key.level != question_level || key.region != region) continue;
        bool matches = key.scope == RoleScope::any;
        for (int i = 0; i < role_count && key.scope == RoleScope::role && !matches; ++i)
            matches = std::string_view(roles[i], static_cast<size_t>(role_lengths[i])) == key.role;
        if (key.scope == RoleScope::agnostic) matches = role_count == 0;
        if (!matches) continue;
        auto list_it = std::find_if(entry.lists.begin(), entry.lists.end(),
                                    [&](const TypedList& l) { return l.type == type && l.language == language; });
        if (list_it == entry.lists.end()) {
            TypedList list;
            list.type = std::string(type);
            list.language = language;
            list.skill_begin.push_back(0);
            const auto at = std::upper_bound(entry.lists.begin(), entry.lists.end(), list, list_order);
            list_it = entry.lists.insert(at, std::move(list));
        }
        TypedList& list = *list_it;
        const auto at = std::lower_bound(list.ids.begin(), list.ids.end(), id);
        if (at != list.ids.end() && *at == id) continue;   // already there
        const size_t i = static_cast<size_t>(at - list.ids.begin());
        list.ids.insert(at, id);
        list.usage_at_load.insert(list.usage_at_load.begin() + static_cast<std::ptrdiff_t>(i), std::max(usage, 0));
        const uint32_t first = list.skill_begin[i];
        list.skills.insert(list.skills.begin() + first, skill_ids.begin(), skill_ids.end());
        list.skill_begin.insert(list.skill_begin.begin() + static_cast<std::ptrdiff_t>(i) + 1, first);
        for (size_t j = i + 1; j < list.skill_begin.size(); ++j) list.skill_begin[j] += static_cast<uint32_t>(skill_ids.size());
        ++entry.rows;
        ++total_rows_;
        touch(key, list.type);
    }
}

void BankCache::finish_patch(int64_t token) {
    for (const auto& [key, type] : touched_) {
        auto entry = entries_.find(key);
        if (entry == entries_.end()) continue;
        for (auto& list : entry->second.lists)
            if (list.type == type) summarize(list);
    }
    touched_.clear();
    token_ = token;
    valid_ = true;
}

}  // namespace utopiahire::core
