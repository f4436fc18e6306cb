// Question selection for an interview: which questions a request may use, in which order of
// preference, and a weighted draw without repeats that reads only a few rows of the bank.
//
// Eligibility, in order of preference (each step used is reported as a notice):
//   1. the asked difficulty, the role's own questions (or all questions when no role is asked);
//   2. the asked difficulty, role-agnostic questions (none for job-specific sessions: role
//      match is required there);
//   3. and 4. the same at the neighbouring difficulty (junior <-> mid <-> senior);
//   5. and 6. (not job-specific) questions written for other roles, asked then neighbouring
//      difficulty: many behavioral questions carry roles yet suit any;
//   and, for a user, all of that first without the questions of the user's recent sessions,
//   then with them. Region: the asked region's questions plus Global ones, alike.
// Language: when the request names languages (the asked one, then English), all of the above
// is done with the questions in the first language before any question in the next one is
// considered ("<language> fallback" tiers); no languages named: questions in any language.
// Session types: technical -> technical, coding, system_design; behavioral -> behavioral,
// situational; mixed and job-specific -> exactly round(n * technical_ratio) from the first
// group and the rest from the second.
//
// Weight of an eligible question: (1 + skills shared with the request) / (1 + usage_count), so
// less-used questions are likelier and equal ones equally likely. The draw is successive
// sampling without replacement (each next question in proportion to its weight among those
// left), done as an exponential race (Efraimidis-Spirakis): every eligible question gets the key
// log(u) / weight for a uniform u, and the r largest keys win. Instead of giving every question
// of a large pool its u, the draw generates the pool's u values in decreasing order (order
// statistics) on a random permutation of the pool, and stops as soon as no question further
// down can beat the r-th key (its key is at most log(u) / bound, with bound >= every weight).
// usage_count only grows between two cache versions, so a question's weight with its cached
// usage bounds its current weight: the current usage_count is read (one query per round) only
// for the questions whose key so bounded can still win, about r + 4 per group when the cache
// is fresh. The result depends only on the seed, the bank's content and the current usage
// counts, not on the cache's age; each tier uses its own random stream derived from the seed.
//
// The draw is a state machine so that the PostgreSQL side can do the I/O between steps (the
// core never calls PostgreSQL): next() says what it needs (cache entries, or current usage
// counts of some ids) until it is done.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "core/question_cache.hpp"
#include "core/rng.hpp"

namespace utopiahire::core {

enum class SessionKind : uint8_t { technical, behavioral, mixed, job_specific };

constexpr int max_questions_per_draw = 100;
// A user's "recent" sessions: the last this many, whatever their status.
constexpr int recent_sessions_avoided = 5;

// Throw InputError (invalid_argument) for values outside the domain.
SessionKind parse_session_kind(std::string_view text);
Level parse_level(std::string_view text);
const char* session_kind_name(SessionKind kind) noexcept;

// A question language: the regconfig's oid (compared only) and its name (for messages).
struct Language {
    uint32_t id;
    std::string name;
};

struct DrawRequest {
    SessionKind kind = SessionKind::technical;
    Level level = Level::mid;
    int n = 10;
    double technical_ratio = 0.7;
    std::string region = "Global";
    std::string job_role;                 // empty: no role asked
    std::vector<std::string> skills;
    std::vector<int32_t> recent_ids;      // questions of the user's recent sessions
    // Languages in order of preference (later ones only when the bank is short in the earlier
    // ones); empty: any language.
    std::vector<Language> languages;
    uint64_t seed = 0;
};

// Throws InputError (invalid_argument) with a clear message for a request that cannot be drawn.
void validate(const DrawRequest& request);

struct GroupPlan {
    std::string name;                     // "technical" or "behavioral"
    std::vector<std::string> types;
    int count;
};
// The question-type groups of a request and how many questions each supplies.
std::vector<GroupPlan> plan_groups(const DrawRequest& request);

struct Tier {
    std::vector<Level> levels;
    RoleScope scope;
    std::string label;                    // "primary", "role-agnostic", "neighbouring level", ...
};
std::vector<Tier> plan_tiers(const DrawRequest& request);
std::vector<Level> neighbouring_levels(Level level);

struct DrawnQuestion {
    int32_t id;
    std::string type;
    Level level;
    std::string region;
    std::string selection;                // the tier label, ", repeated" for a recent question
};

class Draw {
public:
    enum class Need { keys, usage, done };

    // The cache must outlive the draw and stay valid (same version) until it is done; it may
    // gain entries between steps.
    Draw(const BankCache& cache, DrawRequest request);

    Need next();
    const std::vector<CacheKey>& missing_keys() const { return missing_; }
    const std::vector<int32_t>& usage_request() const { return usage_ids_; }
    // Current usage_count of (some of) the requested ids; an id left out no longer exists.
    void provide_usage(const int32_t* ids, const int32_t* usage, size_t count);

    // When done:
    bool satisfied() const { return shortage_message_.empty(); }
    const std::string& shortage_message() const { return shortage_message_; }
    const std::string& shortage_detail() const { return shortage_detail_; }
    const std::vector<DrawnQuestion>& result() const { return result_; }
    const std::vector<std::string>& notices() const { return notices_; }
    // How many candidates had their usage read (efficiency), and the mean over them of
    // (1 + usage at cache load) / (1 + usage now): well below 1 when the cache's usage has fallen
    // far behind, which loosens the bounds and makes draws read more candidates.
    size_t candidates_fetched() const { return candidates_fetched_; }
    double cache_usage_freshness() const {
        return usage_seen_ ? usage_freshness_sum_ / static_cast<double>(usage_seen_) : 1.0;
    }

private:
    enum class Phase { start_tier, await_batch, done };
    struct PoolPart {
        const TypedList* list;
        Level level;
        std::string region;
        double bound;                     // an upper bound of the weights in this list
    };
    struct Candidate {
        size_t part;
        size_t index;
        double log_u;
        double optimistic_key;            // log_u / (the question's weight with its cached usage)
    };
    struct Keyed {
        double key;
        size_t part;
        size_t index;
    };
    std::vector<CacheKey> tier_keys() const;
    std::string tier_label() const;
    void build_pool();
    bool excluded(int32_t id) const;
    size_t available_in_pool() const;
    int shared_skills(const PoolPart& part, size_t index) const;
    double weight(const PoolPart& part, size_t index, int32_t usage) const;
    void pick(const PoolPart& part, size_t index);
    void take_all_available();
    void start_walk();
    size_t walk_position();
    void walk_batch();
    void process_batch();
    void finish_walk();
    void finish_group();
    void fail_group();
    void finalize();

    const BankCache& cache_;
    DrawRequest request_;
    std::vector<GroupPlan> groups_;
    std::vector<Tier> tiers_;
    std::vector<uint32_t> request_skills_;     // interned, distinct
    std::unordered_set<int32_t> recent_;

    Phase phase_ = Phase::start_tier;
    size_t group_ = 0;
    size_t stage_ = 0;                         // index in request_.languages (0 when empty)
    size_t pass_ = 0;                          // 0: recent questions avoided, 1: allowed
    size_t tier_ = 0;
    int group_picked_ = 0;
    std::vector<PoolPart> pool_;
    std::vector<size_t> part_begin_;           // first walk position of each part
    double max_bound_ = 0;
    // The walk of the current tier: a lazy Fisher-Yates permutation of the pool positions, with
    // log(u) decreasing along it.
    Rng walk_rng_{0};
    size_t walk_size_ = 0;
    size_t walk_step_ = 0;
    double walk_log_u_ = 0;                    // log u of the next position (already drawn)
    bool walk_has_next_ = false;
    int walk_rounds_ = 0;
    std::unordered_map<size_t, size_t> walk_swaps_;
    std::vector<Candidate> pending_;           // walked, usage not read yet
    std::vector<Candidate> batch_;             // usage being read
    std::vector<Keyed> best_;                  // the tier's best actual keys so far, largest first
    double usage_freshness_sum_ = 0;
    size_t usage_seen_ = 0;
    std::unordered_map<int32_t, int32_t> usage_;
    std::unordered_set<int32_t> selected_;
    std::vector<DrawnQuestion> picks_;
    std::vector<std::pair<std::string, int>> group_fallbacks_;

    std::vector<CacheKey> missing_;
    std::vector<int32_t> usage_ids_;
    size_t candidates_fetched_ = 0;
    std::vector<DrawnQuestion> result_;
    std::vector<std::string> notices_;
    std::string shortage_message_;
    std::string shortage_detail_;
};

}  // namespace utopiahire::core
