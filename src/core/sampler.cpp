#include "core/cpp_only.hpp"

#include "core/sampler.hpp"

#include "core/text.hpp"

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <queue>

#include "core/error.hpp"

namespace utopiahire::core {

namespace {

InputError invalid(const std::string& message, std::string detail = {}) {
    return InputError(ErrorKind::invalid_argument, message, std::move(detail));
}

// A seed for each independent random stream of a draw (tiers, final order).
uint64_t stream_seed(uint64_t seed, uint64_t stream) { return seed ^ (0x9e3779b97f4a7c15ULL * (stream + 1)); }

}  // namespace

SessionKind parse_session_kind(std::string_view text) {
    const std::string lowered = lower_ascii(text);
    if (lowered == "technical") return SessionKind::technical;
    if (lowered == "behavioral") return SessionKind::behavioral;
    if (lowered == "mixed") return SessionKind::mixed;
    if (lowered == "job-specific" || lowered == "job_specific") return SessionKind::job_specific;
    throw invalid("unknown session_type \"" + std::string(text) + "\"",
                  "session_type is one of technical, behavioral, mixed, job-specific.");
}

Level parse_level(std::string_view text) {
    const std::string lowered = lower_ascii(text);
    if (lowered == "junior") return Level::junior;
    if (lowered == "mid") return Level::mid;
    if (lowered == "senior") return Level::senior;
    throw invalid("unknown difficulty_level \"" + std::string(text) + "\"",
                  "difficulty_level is one of junior, mid, senior.");
}

const char* session_kind_name(SessionKind kind) noexcept {
    switch (kind) {
        case SessionKind::technical: return "technical";
        case SessionKind::behavioral: return "behavioral";
        case SessionKind::mixed: return "mixed";
        case SessionKind::job_specific: return "job-specific";
    }
    return "technical";
}

void validate(const DrawRequest& request) {
    if (request.n < 1 || request.n > max_questions_per_draw)
        throw invalid("n must be between 1 and " + std::to_string(max_questions_per_draw),
                      "n is " + std::to_string(request.n) + ".");
    if (!std::isfinite(request.technical_ratio) || request.technical_ratio < 0.0 || request.technical_ratio > 1.0)
        throw invalid("technical_ratio must be between 0 and 1");
    if (request.region.empty())
        throw invalid("region must not be empty", "Use 'Global' for questions of no particular region.");
    if (request.kind == SessionKind::job_specific && request.job_role.empty())
        throw invalid("a job-specific session needs a job_role");
}

std::vector<GroupPlan> plan_groups(const DrawRequest& request) {
    const std::vector<std::string> technical{"technical", "coding", "system_design"};
    const std::vector<std::string> behavioral{"behavioral", "situational"};
    switch (request.kind) {
        case SessionKind::technical: return {{"technical", technical, request.n}};
        case SessionKind::behavioral: return {{"behavioral", behavioral, request.n}};
        case SessionKind::mixed:
        case SessionKind::job_specific: break;
    }
    // round(n * ratio), halves away from zero; the epsilon absorbs 0.7 * 5 = 3.4999...
    const int technical_count =
        std::min(request.n, static_cast<int>(std::floor(request.n * request.technical_ratio + 0.5 + 1e-9)));
    std::vector<GroupPlan> groups;
    if (technical_count > 0) groups.push_back({"technical", technical, technical_count});
    if (request.n - technical_count > 0) groups.push_back({"behavioral", behavioral, request.n - technical_count});
    return groups;
}

std::vector<Level> neighbouring_levels(Level level) {
    switch (level) {
        case Level::junior: return {Level::mid};
        case Level::mid: return {Level::junior, Level::senior};
        case Level::senior: return {Level::mid};
    }
    return {};
}

std::vector<Tier> plan_tiers(const DrawRequest& request) {
    const std::vector<Level> asked{request.level};
    const std::vector<Level> neighbours = neighbouring_levels(request.level);
    if (request.job_role.empty())
        return {{asked, RoleScope::any, "primary"}, {neighbours, RoleScope::any, "neighbouring level"}};
    if (request.kind == SessionKind::job_specific)
        return {{asked, RoleScope::role, "primary"}, {neighbours, RoleScope::role, "neighbouring level"}};
    // Last, questions written for other roles (the "any" entries: by then every question of the
    // role or of no role is drawn already, or avoided as recent).
    return {{asked, RoleScope::role, "primary"},
            {asked, RoleScope::agnostic, "role-agnostic"},
            {neighbours, RoleScope::role, "neighbouring level"},
            {neighbours, RoleScope::agnostic, "neighbouring level, role-agnostic"},
            {asked, RoleScope::any, "other roles"},
            {neighbours, RoleScope::any, "neighbouring level, other roles"}};
}

Draw::Draw(const BankCache& cache, DrawRequest request)
    : cache_(cache), request_(std::move(request)) {
    validate(request_);
    groups_ = plan_groups(request_);
    tiers_ = plan_tiers(request_);
    // A language named twice is tried once.
    std::vector<Language> languages;
    for (auto& language : request_.languages)
        if (std::none_of(languages.begin(), languages.end(), [&](const Language& l) { return l.id == language.id; }))
            languages.push_back(std::move(language));
    request_.languages = std::move(languages);
    recent_.insert(request_.recent_ids.begin(), request_.recent_ids.end());
}

std::vector<CacheKey> Draw::tier_keys() const {
    const Tier& tier = tiers_[tier_];
    std::vector<std::string> regions{request_.region};
    if (request_.region != "Global") regions.emplace_back("Global");
    std::vector<CacheKey> keys;
    for (Level level : tier.levels)
        for (const auto& region : regions)
            keys.push_back({level, region, tier.scope, tier.scope == RoleScope::role ? request_.job_role : std::string()});
    return keys;
}

// The selection label of the current tier: the tier's own, after "<language> fallback" past
// the first language.
std::string Draw::tier_label() const {
    const std::string& label = tiers_[tier_].label;
    if (stage_ == 0) return label;
    return request_.languages[stage_].name + " fallback" + (label == "primary" ? "" : ", " + label);
}

bool Draw::excluded(int32_t id) const {
    return selected_.count(id) > 0 || (pass_ == 0 && recent_.count(id) > 0);
}

int Draw::shared_skills(const PoolPart& part, size_t index) const {
    const TypedList& list = *part.list;
    int shared = 0;
    for (uint32_t s = list.skill_begin[index]; s < list.skill_begin[index + 1]; ++s)
        if (std::find(request_skills_.begin(), request_skills_.end(), list.skills[s]) != request_skills_.end()) ++shared;
    return shared;
}

double Draw::weight(const PoolPart& part, size_t index, int32_t usage) const {
    return (1.0 + shared_skills(part, index)) / (1.0 + std::max(usage, 0));
}

void Draw::build_pool() {
    // Skills are interned by the cache as entries load: look the request's up once they are.
    request_skills_.clear();
    for (const auto& skill : request_.skills) {
        const uint32_t id = cache_.skill_id(skill);
        if (id != BankCache::no_skill && std::find(request_skills_.begin(), request_skills_.end(), id) == request_skills_.end())
            request_skills_.push_back(id);
    }
    const GroupPlan& group = groups_[group_];
    pool_.clear();
    part_begin_.clear();
    max_bound_ = 0;
    size_t begin = 0;
    for (const CacheKey& key : tier_keys()) {
        const KeyEntry* entry = cache_.find(key);
        if (entry == nullptr) continue;
        for (const TypedList& list : entry->lists) {
            if (list.size() == 0 || std::find(group.types.begin(), group.types.end(), list.type) == group.types.end()) continue;
            if (!request_.languages.empty() && list.language != request_.languages[stage_].id) continue;
            const double skill_bound = 1.0 + std::min<double>(request_skills_.size(), list.max_skills);
            const double bound = skill_bound / (1.0 + list.min_usage);
            pool_.push_back({&list, key.level, key.region, bound});
            part_begin_.push_back(begin);
            begin += list.size();
            max_bound_ = std::max(max_bound_, bound);
        }
    }
    walk_size_ = begin;
}

size_t Draw::available_in_pool() const {
    size_t total = 0;
    for (const auto& part : pool_) total += part.list->size();
    size_t taken = 0;
    auto in_pool = [&](int32_t id) {
        for (const auto& part : pool_)
            if (part.list->contains(id)) return true;
        return false;
    };
    for (int32_t id : selected_)
        if (in_pool(id)) ++taken;
    if (pass_ == 0)
        for (int32_t id : recent_)
            if (selected_.count(id) == 0 && in_pool(id)) ++taken;
    return total - taken;
}

void Draw::pick(const PoolPart& part, size_t index) {
    const int32_t id = part.list->ids[index];
    std::string selection = tier_label();
    if (recent_.count(id) > 0) selection += ", repeated";
    if (selection != "primary") {
        auto it = std::find_if(group_fallbacks_.begin(), group_fallbacks_.end(),
                               [&](const auto& entry) { return entry.first == selection; });
        if (it == group_fallbacks_.end()) group_fallbacks_.emplace_back(selection, 1);
        else ++it->second;
    }
    selected_.insert(id);
    picks_.push_back({id, part.list->type, part.level, part.region, std::move(selection)});
    ++group_picked_;
}

void Draw::take_all_available() {
    for (size_t p = 0; p < pool_.size(); ++p)
        for (size_t i = 0; i < pool_[p].list->size(); ++i)
            if (!excluded(pool_[p].list->ids[i])) pick(pool_[p], i);
}

void Draw::start_walk() {
    walk_rng_ = Rng(stream_seed(request_.seed, stage_ * 4096 + (group_ * 2 + pass_) * 16 + tier_));
    walk_step_ = 0;
    walk_log_u_ = 0;
    walk_has_next_ = false;
    walk_rounds_ = 0;
    walk_swaps_.clear();
    pending_.clear();
    best_.clear();
}

// The next pool position of the lazy permutation.
size_t Draw::walk_position() {
    auto value_at = [&](size_t position) {
        auto it = walk_swaps_.find(position);
        return it == walk_swaps_.end() ? position : it->second;
    };
    const size_t j = walk_step_ + walk_rng_.below(walk_size_ - walk_step_);
    const size_t chosen = value_at(j);
    walk_swaps_[j] = value_at(walk_step_);
    ++walk_step_;
    return chosen;
}

// Chooses the next candidates whose current usage must be read. A question's key is
// log(u) / weight; with its cached usage (a lower bound of the current one) the same formula
// gives an optimistic key, and a question not walked yet has at most log(u_next) / max_bound_.
// Candidates are read best optimistic key first; the tier is done when no question, read or
// not, can still beat the r-th best actual key.
void Draw::walk_batch() {
    const size_t remaining = static_cast<size_t>(groups_[group_].count - group_picked_);
    const size_t wanted = (remaining + 4) << std::min(walk_rounds_, 8);
    const double no_key = -std::numeric_limits<double>::infinity();
    const double kth = best_.size() >= remaining ? best_.back().key : no_key;
    // Pending candidates that can no longer make it are dropped.
    pending_.erase(std::remove_if(pending_.begin(), pending_.end(),
                                  [&](const Candidate& c) { return c.optimistic_key <= kth; }),
                   pending_.end());
    // Walk until no unwalked question can beat the wanted-th best optimistic key (or the r-th
    // actual key).
    std::priority_queue<double, std::vector<double>, std::greater<double>> top;   // wanted largest
    for (const Candidate& c : pending_) {
        top.push(c.optimistic_key);
        if (top.size() > wanted) top.pop();
    }
    while (walk_step_ < walk_size_) {
        if (!walk_has_next_) {
            // The next largest of walk_size_ uniforms: log u decreases by log(V) / (values left).
            walk_log_u_ += std::log(walk_rng_.open_unit()) / static_cast<double>(walk_size_ - walk_step_);
            walk_has_next_ = true;
        }
        const double ceiling = walk_log_u_ / max_bound_;
        if (ceiling <= kth || (top.size() >= wanted && ceiling <= top.top())) break;
        walk_has_next_ = false;
        const size_t position = walk_position();
        const size_t part = static_cast<size_t>(std::upper_bound(part_begin_.begin(), part_begin_.end(), position) - part_begin_.begin()) - 1;
        const size_t index = position - part_begin_[part];
        if (excluded(pool_[part].list->ids[index])) continue;
        const double optimistic = walk_log_u_ / weight(pool_[part], index, pool_[part].list->usage_at_load[index]);
        if (optimistic <= kth) continue;
        pending_.push_back({part, index, walk_log_u_, optimistic});
        top.push(optimistic);
        if (top.size() > wanted) top.pop();
    }
    // The batch: the best optimistic keys.
    const size_t take = std::min(wanted, pending_.size());
    std::partial_sort(pending_.begin(), pending_.begin() + static_cast<std::ptrdiff_t>(take), pending_.end(),
                      [](const Candidate& a, const Candidate& b) { return a.optimistic_key > b.optimistic_key; });
    batch_.assign(pending_.begin(), pending_.begin() + static_cast<std::ptrdiff_t>(take));
    pending_.erase(pending_.begin(), pending_.begin() + static_cast<std::ptrdiff_t>(take));
    usage_ids_.clear();
    for (const Candidate& c : batch_) usage_ids_.push_back(pool_[c.part].list->ids[c.index]);
    std::sort(usage_ids_.begin(), usage_ids_.end());
    candidates_fetched_ += usage_ids_.size();
    ++walk_rounds_;
}

void Draw::process_batch() {
    const size_t remaining = static_cast<size_t>(groups_[group_].count - group_picked_);
    for (const Candidate& candidate : batch_) {
        const PoolPart& part = pool_[candidate.part];
        auto usage = usage_.find(part.list->ids[candidate.index]);
        if (usage == usage_.end()) continue;   // deleted since the cache was loaded
        usage_freshness_sum_ += (1.0 + part.list->usage_at_load[candidate.index]) / (1.0 + std::max(usage->second, 0));
        ++usage_seen_;
        const Keyed keyed{candidate.log_u / weight(part, candidate.index, usage->second), candidate.part, candidate.index};
        if (best_.size() >= remaining && keyed.key <= best_.back().key) continue;
        best_.insert(std::upper_bound(best_.begin(), best_.end(), keyed,
                                      [](const Keyed& a, const Keyed& b) { return a.key > b.key; }),
                     keyed);
        if (best_.size() > remaining) best_.pop_back();
    }
}

void Draw::finish_walk() {
    for (const Keyed& keyed : best_) pick(pool_[keyed.part], keyed.index);
    best_.clear();
    ++tier_;
    phase_ = Phase::start_tier;
}

void Draw::provide_usage(const int32_t* ids, const int32_t* usage, size_t count) {
    usage_.clear();
    for (size_t i = 0; i < count; ++i) usage_[ids[i]] = usage[i];
}

void Draw::finish_group() {
    const GroupPlan& group = groups_[group_];
    for (const auto& [label, count] : group_fallbacks_)
        notices_.push_back("not enough " + group.name + " questions for the request: " + std::to_string(count) +
                           " of " + std::to_string(group.count) + " drawn as \"" + label + "\"");
    group_fallbacks_.clear();
    ++group_;
    group_picked_ = 0;
    stage_ = 0;
    pass_ = 0;
    tier_ = 0;
    phase_ = Phase::start_tier;
}

void Draw::fail_group() {
    const GroupPlan& group = groups_[group_];
    shortage_message_ = "question bank cannot supply " + std::to_string(group.count) + " " + group.name +
                        " questions for this request";
    std::string levels = level_name(request_.level);
    const std::vector<Level> neighbours = neighbouring_levels(request_.level);
    for (size_t i = 0; i < neighbours.size(); ++i)
        levels += std::string(i ? ", " : " or neighbouring ") + level_name(neighbours[i]);
    std::string detail = "Found " + std::to_string(group_picked_) + " of type";
    for (size_t i = 0; i < group.types.size(); ++i) detail += (i ? ", " : " ") + group.types[i];
    detail += " at level " + levels + ", region " + request_.region;
    if (request_.region != "Global") detail += " or Global";
    if (!request_.job_role.empty() && request_.kind == SessionKind::job_specific)
        detail += ", role \"" + request_.job_role + "\"";
    for (size_t i = 0; i < request_.languages.size(); ++i)
        detail += (i ? " or " : ", language ") + request_.languages[i].name;
    shortage_detail_ = detail + ".";
    phase_ = Phase::done;
}

void Draw::finalize() {
    result_ = picks_;
    Rng order(stream_seed(request_.seed, 1u << 20));
    for (size_t i = result_.size(); i > 1; --i) std::swap(result_[i - 1], result_[order.below(i)]);
    phase_ = Phase::done;
}

Draw::Need Draw::next() {
    for (;;) {
        switch (phase_) {
            case Phase::done:
                return Need::done;
            case Phase::await_batch:
                process_batch();
                walk_batch();
                if (!batch_.empty()) return Need::usage;
                finish_walk();
                continue;
            case Phase::start_tier:
                break;
        }
        if (group_ >= groups_.size()) {
            finalize();
            return Need::done;
        }
        const GroupPlan& group = groups_[group_];
        if (group_picked_ >= group.count) {
            finish_group();
            continue;
        }
        if (tier_ >= tiers_.size()) {
            ++pass_;
            tier_ = 0;
            if (pass_ >= (recent_.empty() ? 1u : 2u)) {
                // The next language, if any.
                pass_ = 0;
                ++stage_;
                if (stage_ >= std::max<size_t>(1, request_.languages.size())) {
                    fail_group();
                    return Need::done;
                }
            }
            continue;
        }
        missing_.clear();
        for (const CacheKey& key : tier_keys())
            if (cache_.find(key) == nullptr) missing_.push_back(key);
        if (!missing_.empty()) return Need::keys;

        build_pool();
        const size_t available = available_in_pool();
        const int remaining = group.count - group_picked_;
        if (available == 0) {
            ++tier_;
        } else if (available <= static_cast<size_t>(remaining)) {
            take_all_available();
            ++tier_;
        } else {
            start_walk();
            walk_batch();
            if (batch_.empty()) {
                finish_walk();
                continue;
            }
            phase_ = Phase::await_batch;
            return Need::usage;
        }
    }
}

}  // namespace utopiahire::core
