// The sampler's view of the question bank: for each (difficulty level, region, role scope) that
// a draw has needed, the ids of the matching questions by type and language, with their skills
// and their usage_count as loaded. The PostgreSQL side keeps one cache per backend and reloads it when the
// bank's version token changes (a content change: insert, delete, a change of type, level,
// region, roles, skills or language, or a usage_count that went down; see sql_src/30_sampling.sql).
//
// usage_count only grows between two version changes, so the usage seen at load time is a lower
// bound of the current one: the draw uses it to bound the weights, and fetches the current usage
// of the few candidates it considers.
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace utopiahire::core {

enum class Level : uint8_t { junior = 0, mid = 1, senior = 2 };
const char* level_name(Level level) noexcept;

// Which questions of a (level, region) a cache entry holds.
enum class RoleScope : uint8_t {
    role,       // questions whose job_roles contain the role
    agnostic,   // questions with no job_roles (NULL or empty)
    any,        // all questions (no role asked)
};

struct CacheKey {
    Level level;
    std::string region;
    RoleScope scope;
    std::string role;   // empty unless scope == role

    bool operator<(const CacheKey& other) const;
    bool operator==(const CacheKey& other) const;
};

// The questions of one type and one language under one key, sorted by id.
struct TypedList {
    std::string type;
    uint32_t language = 0;               // the questions' regconfig (an oid; opaque to the core)
    std::vector<int32_t> ids;
    std::vector<int32_t> usage_at_load;
    std::vector<uint32_t> skill_begin;   // skills of ids[i]: skills[skill_begin[i] .. skill_begin[i+1])
    std::vector<uint32_t> skills;        // interned, lower-cased skill names
    int32_t min_usage = 0;
    uint32_t max_skills = 0;

    size_t size() const { return ids.size(); }
    bool contains(int32_t id) const;
};

struct KeyEntry {
    std::vector<TypedList> lists;
    bool complete = false;
    size_t rows = 0;
};

class BankCache {
public:
    static constexpr uint32_t no_skill = UINT32_MAX;

    // The cache belongs to one bank version: token from the version table, and the version
    // table's own oid (a new one after DROP/CREATE EXTENSION, where the token restarts).
    bool matches(int64_t token, uint32_t table_oid) const { return valid_ && token == token_ && table_oid == table_oid_; }
    void reset(int64_t token, uint32_t table_oid);
    // Drops every entry (memory cap) but keeps the version.
    void clear_entries();
    size_t total_rows() const { return total_rows_; }

    // A completely loaded entry, or nullptr.
    const KeyEntry* find(const CacheKey& key) const;

    // Loading an entry: begin, add each row, finish. An entry left unfinished (an error while
    // loading) is not found and is loaded again from scratch next time.
    void begin_load(const CacheKey& key);
    void add_row(const CacheKey& key, std::string_view type, uint32_t language, int32_t id, int32_t usage,
                 const char* const* skills, const int* skill_lengths, int skill_count);
    void finish_load(const CacheKey& key);

    // Interned id of a skill (compared lower-cased), or no_skill when no cached question has it.
    uint32_t skill_id(std::string_view skill) const;

    bool valid() const { return valid_; }
    int64_t token() const { return token_; }
    uint32_t table_oid() const { return table_oid_; }
    // Built from changes of the current transaction, not committed yet: such a cache is not
    // patched incrementally (a rollback would leave changes in it that no log shows).
    bool tentative() const { return tentative_; }
    void set_tentative(bool tentative) { tentative_ = tentative; }

    // Incremental refresh from the bank's change log: begin_patch, remove every changed
    // question, add each one that still exists (its current row), finish_patch with the new
    // token. The cache is invalid in between, so an error half-way forces a full reset.
    void begin_patch();
    void remove_question(int32_t id);
    void add_question(int32_t id, std::string_view type, uint32_t language, std::string_view level, std::string_view region,
                      const char* const* roles, const int* role_lengths, int role_count,
                      const char* const* skills, const int* skill_lengths, int skill_count, int32_t usage);
    void finish_patch(int64_t token);

private:
    uint32_t intern(std::string_view skill);
    void touch(const CacheKey& key, const std::string& type);

    bool valid_ = false;
    bool tentative_ = false;
    int64_t token_ = 0;
    std::vector<std::pair<CacheKey, std::string>> touched_;   // lists changed by the patch
    uint32_t table_oid_ = 0;
    size_t total_rows_ = 0;
    std::map<CacheKey, KeyEntry> entries_;
    std::unordered_map<std::string, uint32_t> skill_ids_;
};

}  // namespace utopiahire::core
