// The sampler's rules and statistics, on an in-memory bank (no PostgreSQL): uniformity and
// usage weighting by chi-square on fixed seeds (p > 0.001), skills preference, exact split,
// fallbacks with their notices, no repeats, recent questions avoided, seeded reproducibility.
#include "core/sampler.hpp"

#include "core/error.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <set>

using namespace utopiahire::core;

namespace {

// Language ids as the PostgreSQL side passes them (regconfig oids; any distinct numbers do).
constexpr uint32_t english = 3748, french = 3757, arabic = 3741;

struct FakeQuestion {
    int32_t id;
    std::string type;
    Level level;
    std::string region;
    std::vector<std::string> roles;
    std::vector<std::string> skills;
    int32_t usage_at_load;
    int32_t usage_now;
    uint32_t language = english;
};

struct Outcome {
    std::vector<DrawnQuestion> result;
    std::vector<std::string> notices;
    bool satisfied;
    std::string message;
    size_t fetched;
    std::string shortage_detail;
};

class FakeBank {
public:
    FakeBank() { cache_.reset(1, 1); }

    void add(std::string type, Level level, std::string region = "Global", std::vector<std::string> roles = {},
             std::vector<std::string> skills = {}, int32_t usage = 0, int32_t usage_now = -1) {
        const int32_t id = static_cast<int32_t>(questions_.size()) + 1;
        questions_.push_back({id, std::move(type), level, std::move(region), std::move(roles), std::move(skills), usage,
                              usage_now < 0 ? usage : usage_now});
    }

    Outcome draw(DrawRequest request) {
        Draw draw(cache_, std::move(request));
        for (;;) {
            const Draw::Need need = draw.next();
            if (need == Draw::Need::done) break;
            if (need == Draw::Need::keys) {
                for (const CacheKey& key : draw.missing_keys()) load(key);
            } else {
                std::vector<int32_t> ids, usage;
                for (int32_t id : draw.usage_request()) {
                    ids.push_back(id);
                    usage.push_back(questions_[id - 1].usage_now);
                }
                draw.provide_usage(ids.data(), usage.data(), ids.size());
            }
        }
        return {draw.result(), draw.notices(), draw.satisfied(), draw.shortage_message(), draw.candidates_fetched(),
                draw.shortage_detail()};
    }

    const FakeQuestion& question(int32_t id) const { return questions_[id - 1]; }
    FakeQuestion& edit(int32_t id) { return questions_[id - 1]; }
    void remove(int32_t id) { questions_[id - 1].level = static_cast<Level>(9); }   // gone
    size_t size() const { return questions_.size(); }
    const BankCache& cache() const { return cache_; }

    // A bank with the same questions and an empty cache.
    FakeBank fresh_copy() const {
        FakeBank copy;
        copy.questions_ = questions_;
        for (auto& q : copy.questions_) q.usage_at_load = q.usage_now;
        return copy;
    }

    // The incremental refresh the PostgreSQL side does from the change log.
    void patch(const std::vector<int32_t>& changed) {
        cache_.begin_patch();
        for (int32_t id : changed) cache_.remove_question(id);
        for (int32_t id : changed) {
            const FakeQuestion& q = questions_[id - 1];
            if (static_cast<int>(q.level) > 2) continue;
            std::vector<const char*> roles, skills;
            std::vector<int> role_lengths, skill_lengths;
            for (const auto& r : q.roles) { roles.push_back(r.c_str()); role_lengths.push_back(static_cast<int>(r.size())); }
            for (const auto& k : q.skills) { skills.push_back(k.c_str()); skill_lengths.push_back(static_cast<int>(k.size())); }
            cache_.add_question(id, q.type, q.language, level_name(q.level), q.region, roles.data(), role_lengths.data(),
                                static_cast<int>(roles.size()), skills.data(), skill_lengths.data(),
                                static_cast<int>(skills.size()), q.usage_now);
        }
        cache_.finish_patch(cache_.token() + 1);
    }

private:
    void load(const CacheKey& key) {
        cache_.begin_load(key);
        for (const auto& q : questions_) {
            if (q.level != key.level || q.region != key.region) continue;
            const bool has_role = std::find(q.roles.begin(), q.roles.end(), key.role) != q.roles.end();
            if (key.scope == RoleScope::role && !has_role) continue;
            if (key.scope == RoleScope::agnostic && !q.roles.empty()) continue;
            std::vector<const char*> skills;
            std::vector<int> lengths;
            for (const auto& s : q.skills) {
                skills.push_back(s.c_str());
                lengths.push_back(static_cast<int>(s.size()));
            }
            cache_.add_row(key, q.type, q.language, q.id, q.usage_at_load, skills.data(), lengths.data(), static_cast<int>(skills.size()));
        }
        cache_.finish_load(key);
    }

    std::vector<FakeQuestion> questions_;
    BankCache cache_;
};

// Regularized upper incomplete gamma Q(a, x): series below a + 1, continued fraction above.
double upper_gamma_q(double a, double x) {
    if (x <= 0) return 1.0;
    const double log_prefix = -x + a * std::log(x) - std::lgamma(a);
    if (x < a + 1) {
        double term = 1.0 / a, sum = term;
        for (int n = 1; n < 10000 && std::fabs(term) > std::fabs(sum) * 1e-15; ++n) {
            term *= x / (a + n);
            sum += term;
        }
        return 1.0 - sum * std::exp(log_prefix);
    }
    const double tiny = 1e-300;
    double b = x + 1 - a, c = 1 / tiny, d = 1 / b, h = d;
    for (int i = 1; i < 10000; ++i) {
        const double an = -i * (i - a);
        b += 2;
        d = an * d + b;
        if (std::fabs(d) < tiny) d = tiny;
        c = b + an / c;
        if (std::fabs(c) < tiny) c = tiny;
        d = 1 / d;
        const double delta = d * c;
        h *= delta;
        if (std::fabs(delta - 1) < 1e-15) break;
    }
    return std::exp(log_prefix) * h;
}

// p-value of Pearson's chi-square test of observed counts against expected counts.
double chi_square_p(const std::vector<double>& observed, const std::vector<double>& expected) {
    double statistic = 0;
    for (size_t i = 0; i < observed.size(); ++i)
        statistic += (observed[i] - expected[i]) * (observed[i] - expected[i]) / expected[i];
    return upper_gamma_q((static_cast<double>(observed.size()) - 1) / 2, statistic / 2);
}

DrawRequest technical_request(int n, uint64_t seed) {
    DrawRequest request;
    request.kind = SessionKind::technical;
    request.level = Level::mid;
    request.n = n;
    request.seed = seed;
    return request;
}

// Draws one question `draws` times (seeds 1..draws) and returns how often each id came up.
std::vector<double> single_draw_counts(FakeBank& bank, int draws, DrawRequest base = technical_request(1, 0)) {
    std::vector<double> counts(bank.size(), 0);
    for (int seed = 1; seed <= draws; ++seed) {
        base.seed = static_cast<uint64_t>(seed);
        const Outcome outcome = bank.draw(base);
        EXPECT_EQ(outcome.result.size(), 1u);
        counts[outcome.result[0].id - 1] += 1;
    }
    return counts;
}

int count_types(const Outcome& outcome, std::initializer_list<const char*> types) {
    int count = 0;
    for (const auto& q : outcome.result)
        for (const char* type : types)
            if (q.type == type) ++count;
    return count;
}

}  // namespace

TEST(ChiSquareHelper, KnownValues) {
    // chi-square with 2 degrees of freedom: Q = exp(-x/2).
    EXPECT_NEAR(upper_gamma_q(1.0, 3.0), std::exp(-3.0), 1e-12);
    // 0.999 quantile of chi-square(10) is 29.588.
    EXPECT_NEAR(upper_gamma_q(5.0, 29.588 / 2), 0.001, 2e-5);
}

TEST(Sampler, UniformAmongEqualUsageLargePool) {
    FakeBank bank;
    for (int i = 0; i < 200; ++i) bank.add(i % 3 == 0 ? "coding" : "technical", Level::mid, "Global", {}, {}, 5);
    const int draws = 40000;
    const auto counts = single_draw_counts(bank, draws);
    const double p = chi_square_p(counts, std::vector<double>(200, draws / 200.0));
    EXPECT_GT(p, 0.001) << "uniform draw rejected by chi-square";
    // A handful of candidates per draw have their usage read, not the pool.
    EXPECT_LT(bank.draw(technical_request(1, 3)).fetched, 40u);
}

TEST(Sampler, UniformAmongEqualUsageSmallPool) {
    FakeBank bank;
    for (int i = 0; i < 40; ++i) bank.add("system_design", Level::mid);
    const int draws = 20000;
    const auto counts = single_draw_counts(bank, draws);
    EXPECT_GT(chi_square_p(counts, std::vector<double>(40, draws / 40.0)), 0.001);
}

TEST(Sampler, LessUsedQuestionsAreLikelier) {
    // Weights 1 / (1 + usage); usage grew after the cache loaded (all loaded at 0): the draw
    // must follow the current usage, not the cached one.
    for (int size : {120, 40}) {
        FakeBank bank;
        std::vector<double> weights;
        for (int i = 0; i < size; ++i) {
            const int usage = (i % 4) * 3;   // 0, 3, 6, 9
            bank.add("technical", Level::mid, "Global", {}, {}, 0, usage);
            weights.push_back(1.0 / (1 + usage));
        }
        const int draws = 40000;
        const auto counts = single_draw_counts(bank, draws);
        double total = 0;
        for (double w : weights) total += w;
        std::vector<double> expected;
        for (double w : weights) expected.push_back(draws * w / total);
        EXPECT_GT(chi_square_p(counts, expected), 0.001) << "pool of " << size;
        // Sanity: the unused quarter is drawn about 10x as often as the most used one.
        double unused = 0, most_used = 0;
        for (int i = 0; i < size; ++i) (i % 4 == 0 ? unused : i % 4 == 3 ? most_used : total) += counts[i];
        EXPECT_GT(unused / most_used, 7.0);
        EXPECT_LT(unused / most_used, 13.0);
    }
}

TEST(Sampler, SharedSkillsArePreferred) {
    FakeBank bank;
    for (int i = 0; i < 100; ++i)
        bank.add("technical", Level::mid, "Global", {}, i % 2 ? std::vector<std::string>{"Python", "SQL"} : std::vector<std::string>{"Go"});
    DrawRequest request = technical_request(1, 0);
    request.skills = {"python", "sql", "Kafka"};   // compared case-insensitively; Kafka is in no question
    const int draws = 30000;
    const auto counts = single_draw_counts(bank, draws, request);
    double sharing = 0, other = 0;
    for (int i = 0; i < 100; ++i) (i % 2 ? sharing : other) += counts[i];
    // Weight 3 (two shared skills) against 1.
    EXPECT_GT(chi_square_p({sharing, other}, {draws * 0.75, draws * 0.25}), 0.001);
}

TEST(Sampler, UniformInclusionWithoutRepeats) {
    FakeBank bank;
    for (int i = 0; i < 100; ++i) bank.add("technical", Level::mid);
    const int draws = 5000;
    std::vector<double> counts(100, 0);
    for (int seed = 1; seed <= draws; ++seed) {
        const Outcome outcome = bank.draw(technical_request(5, static_cast<uint64_t>(seed)));
        ASSERT_EQ(outcome.result.size(), 5u);
        std::set<int32_t> ids;
        for (const auto& q : outcome.result) {
            ids.insert(q.id);
            counts[q.id - 1] += 1;
        }
        ASSERT_EQ(ids.size(), 5u) << "a question twice in one draw";
    }
    EXPECT_GT(chi_square_p(counts, std::vector<double>(100, draws * 5 / 100.0)), 0.001);
}

TEST(Sampler, SameSeedSameDraw) {
    FakeBank bank;
    for (int i = 0; i < 300; ++i) bank.add(i % 2 ? "technical" : "behavioral", Level::mid);
    DrawRequest request = technical_request(10, 12345);
    request.kind = SessionKind::mixed;
    const Outcome a = bank.draw(request), b = bank.draw(request);
    ASSERT_EQ(a.result.size(), 10u);
    for (size_t i = 0; i < a.result.size(); ++i) EXPECT_EQ(a.result[i].id, b.result[i].id);
    request.seed = 54321;
    const Outcome c = bank.draw(request);
    bool differs = false;
    for (size_t i = 0; i < a.result.size(); ++i) differs |= a.result[i].id != c.result[i].id;
    EXPECT_TRUE(differs);
}

TEST(Sampler, SeededDrawDoesNotDependOnCacheAge) {
    // Same questions and current usage; one cache loaded long ago (usage 0 then), one fresh.
    FakeBank stale, fresh;
    for (int i = 0; i < 500; ++i) {
        const int usage = (i * 7) % 13;
        stale.add(i % 3 ? "technical" : "behavioral", Level::mid, "Global", {}, {}, 0, usage);
        fresh.add(i % 3 ? "technical" : "behavioral", Level::mid, "Global", {}, {}, usage, usage);
    }
    for (uint64_t seed = 1; seed <= 50; ++seed) {
        DrawRequest request = technical_request(10, seed);
        request.kind = SessionKind::mixed;
        const Outcome a = stale.draw(request), b = fresh.draw(request);
        ASSERT_EQ(a.result.size(), b.result.size());
        for (size_t i = 0; i < a.result.size(); ++i) ASSERT_EQ(a.result[i].id, b.result[i].id) << "seed " << seed;
        EXPECT_LE(b.fetched, a.fetched);
    }
}

TEST(Sampler, MixedSplitIsExact) {
    FakeBank bank;
    for (int i = 0; i < 100; ++i) bank.add((const char*[]){"technical", "coding", "system_design", "behavioral", "situational"}[i % 5], Level::mid);
    const std::vector<std::tuple<int, double, int>> cases{{10, 0.7, 7}, {5, 0.7, 4}, {3, 0.7, 2}, {10, 0.0, 0}, {10, 1.0, 10}, {15, 0.3, 5}};
    for (const auto& [n, ratio, technical] : cases) {
        for (uint64_t seed = 1; seed <= 20; ++seed) {
            DrawRequest request = technical_request(n, seed);
            request.kind = SessionKind::mixed;
            request.technical_ratio = ratio;
            const Outcome outcome = bank.draw(request);
            ASSERT_TRUE(outcome.satisfied);
            EXPECT_EQ(count_types(outcome, {"technical", "coding", "system_design"}), technical) << n << " x " << ratio;
            EXPECT_EQ(count_types(outcome, {"behavioral", "situational"}), n - technical);
        }
    }
}

TEST(Sampler, SessionTypesUseTheirGroups) {
    FakeBank bank;
    for (int i = 0; i < 100; ++i) bank.add((const char*[]){"technical", "coding", "system_design", "behavioral", "situational"}[i % 5], Level::mid);
    DrawRequest request = technical_request(12, 9);
    EXPECT_EQ(count_types(bank.draw(request), {"technical", "coding", "system_design"}), 12);
    request.kind = SessionKind::behavioral;
    EXPECT_EQ(count_types(bank.draw(request), {"behavioral", "situational"}), 12);
}

TEST(Sampler, RoleThenRoleAgnosticThenNeighbouringLevel) {
    FakeBank bank;
    for (int i = 0; i < 3; ++i) bank.add("technical", Level::mid, "MENA", {"Backend Developer"});
    for (int i = 0; i < 2; ++i) bank.add("technical", Level::mid, "Global", {});
    for (int i = 0; i < 2; ++i) bank.add("technical", Level::mid, "Africa", {"Backend Developer"});   // other region: never
    for (int i = 0; i < 2; ++i) bank.add("technical", Level::mid, "Global", {"Frontend Developer"});   // other role: never
    for (int i = 0; i < 4; ++i) bank.add("coding", Level::senior, "Global", {"Backend Developer"});
    DrawRequest request = technical_request(7, 5);
    request.region = "MENA";
    request.job_role = "Backend Developer";
    const Outcome outcome = bank.draw(request);
    ASSERT_TRUE(outcome.satisfied) << outcome.message;
    std::map<std::string, int> by_selection;
    for (const auto& q : outcome.result) {
        ++by_selection[q.selection];
        EXPECT_TRUE(q.region == "MENA" || q.region == "Global");
    }
    EXPECT_EQ(by_selection["primary"], 3);
    EXPECT_EQ(by_selection["role-agnostic"], 2);
    EXPECT_EQ(by_selection["neighbouring level"], 2);
    ASSERT_EQ(outcome.notices.size(), 2u);
    EXPECT_NE(outcome.notices[0].find("2 of 7 drawn as \"role-agnostic\""), std::string::npos) << outcome.notices[0];
    EXPECT_NE(outcome.notices[1].find("\"neighbouring level\""), std::string::npos) << outcome.notices[1];

    // job-specific: the role is required, role-agnostic questions are not used: 3 + 4 role
    // questions at mid and senior.
    request.kind = SessionKind::job_specific;
    request.technical_ratio = 1.0;
    request.n = 8;
    const Outcome job = bank.draw(request);
    EXPECT_FALSE(job.satisfied);
    EXPECT_NE(job.message.find("cannot supply 8 technical"), std::string::npos) << job.message;
    request.n = 7;
    const Outcome enough = bank.draw(request);
    ASSERT_TRUE(enough.satisfied) << enough.message;
    std::map<std::string, int> job_selection;
    for (const auto& q : enough.result) ++job_selection[q.selection];
    EXPECT_EQ(job_selection["primary"], 3);
    EXPECT_EQ(job_selection["neighbouring level"], 4);
}

TEST(Sampler, OtherRolesLastAndNeverForJobSpecific) {
    FakeBank bank;
    for (int i = 0; i < 2; ++i) bank.add("behavioral", Level::mid, "Global", {"Data Scientist"});
    for (int i = 0; i < 3; ++i) bank.add("situational", Level::senior, "Global", {"Data Scientist"});
    for (int i = 0; i < 4; ++i) bank.add("behavioral", Level::mid, "Global", {"Tech Lead"});
    for (int i = 0; i < 4; ++i) bank.add("behavioral", Level::senior, "Global", {"Tech Lead"});
    DrawRequest request = technical_request(11, 4);
    request.kind = SessionKind::behavioral;
    request.job_role = "Data Scientist";
    const Outcome outcome = bank.draw(request);
    ASSERT_TRUE(outcome.satisfied) << outcome.message;
    std::map<std::string, int> by_selection;
    for (const auto& q : outcome.result) ++by_selection[q.selection];
    EXPECT_EQ(by_selection["primary"], 2);
    EXPECT_EQ(by_selection["neighbouring level"], 3);
    EXPECT_EQ(by_selection["other roles"], 4);
    EXPECT_EQ(by_selection["neighbouring level, other roles"], 2);
    EXPECT_EQ(outcome.notices.size(), 3u);
    request.kind = SessionKind::job_specific;
    request.technical_ratio = 0.0;
    request.n = 6;
    const Outcome job = bank.draw(request);
    EXPECT_FALSE(job.satisfied);
    EXPECT_NE(job.message.find("cannot supply 6 behavioral"), std::string::npos) << job.message;
}

TEST(Sampler, RecentQuestionsAvoidedWhileOthersRemain) {
    FakeBank bank;
    for (int i = 0; i < 20; ++i) bank.add("technical", Level::mid);
    DrawRequest request = technical_request(5, 77);
    for (int32_t id = 1; id <= 15; ++id) request.recent_ids.push_back(id);
    const Outcome fresh = bank.draw(request);
    ASSERT_TRUE(fresh.satisfied);
    for (const auto& q : fresh.result) EXPECT_GT(q.id, 15);
    EXPECT_TRUE(fresh.notices.empty());
    request.n = 8;
    const Outcome repeats = bank.draw(request);
    ASSERT_TRUE(repeats.satisfied);
    int repeated = 0;
    for (const auto& q : repeats.result) repeated += q.id <= 15;
    EXPECT_EQ(repeated, 3);
    ASSERT_EQ(repeats.notices.size(), 1u);
    EXPECT_NE(repeats.notices[0].find("repeated"), std::string::npos);
}

TEST(Sampler, ShortBankFails) {
    FakeBank bank;
    for (int i = 0; i < 4; ++i) bank.add("technical", Level::junior);
    for (int i = 0; i < 4; ++i) bank.add("technical", Level::senior);   // not a neighbour of junior
    const Outcome outcome = bank.draw([] { DrawRequest r = technical_request(6, 1); r.level = Level::junior; return r; }());
    EXPECT_FALSE(outcome.satisfied);
    EXPECT_NE(outcome.message.find("cannot supply 6 technical"), std::string::npos);
}

TEST(Sampler, LargePoolReadsFewCandidates) {
    FakeBank bank;
    for (int i = 0; i < 20000; ++i) bank.add(i % 2 ? "technical" : "behavioral", Level::mid, "Global", {}, {}, i % 5);
    DrawRequest request = technical_request(10, 3);
    request.kind = SessionKind::mixed;
    const Outcome outcome = bank.draw(request);
    ASSERT_EQ(outcome.result.size(), 10u);
    // With the cache up to date, about r + 4 per group (7 + 3 questions here).
    EXPECT_LE(outcome.fetched, 30u) << outcome.fetched;
}

namespace {
DrawRequest in_languages(DrawRequest request, std::vector<Language> languages) {
    request.languages = std::move(languages);
    return request;
}
const Language english_language{english, "english"}, french_language{french, "french"};
}  // namespace

TEST(Sampler, AskedLanguageOnly) {
    FakeBank bank;
    for (int i = 0; i < 30; ++i) bank.add("technical", Level::mid);
    for (int i = 0; i < 6; ++i) bank.add("technical", Level::mid), bank.edit(static_cast<int32_t>(bank.size())).language = french;
    for (int i = 0; i < 6; ++i) bank.add("technical", Level::mid), bank.edit(static_cast<int32_t>(bank.size())).language = arabic;
    for (uint64_t seed = 1; seed <= 30; ++seed) {
        const Outcome in_english = bank.draw(in_languages(technical_request(10, seed), {english_language}));
        ASSERT_TRUE(in_english.satisfied);
        for (const auto& q : in_english.result) {
            EXPECT_EQ(bank.question(q.id).language, english);
            EXPECT_EQ(q.selection, "primary");
        }
        EXPECT_TRUE(in_english.notices.empty());
        const Outcome in_french = bank.draw(in_languages(technical_request(6, seed), {french_language, english_language}));
        ASSERT_TRUE(in_french.satisfied);
        for (const auto& q : in_french.result) EXPECT_EQ(bank.question(q.id).language, french);
        EXPECT_TRUE(in_french.notices.empty());
    }
    // No language named: any; over many draws every language shows up.
    std::set<uint32_t> seen;
    for (uint64_t seed = 1; seed <= 30; ++seed)
        for (const auto& q : bank.draw(technical_request(10, seed)).result) seen.insert(bank.question(q.id).language);
    EXPECT_EQ(seen, (std::set<uint32_t>{english, french, arabic}));
}

TEST(Sampler, AskedLanguageAtEveryLevelBeforeEnglish) {
    FakeBank bank;
    for (int i = 0; i < 20; ++i) bank.add("technical", Level::mid, "Global", {"Backend Developer"});
    auto add_french = [&](std::string type, Level level, std::vector<std::string> roles) {
        bank.add(std::move(type), level, "Global", std::move(roles));
        bank.edit(static_cast<int32_t>(bank.size())).language = french;
    };
    for (int i = 0; i < 2; ++i) add_french("technical", Level::mid, {"Backend Developer"});
    add_french("coding", Level::mid, {});
    add_french("technical", Level::senior, {"Backend Developer"});
    DrawRequest request = in_languages(technical_request(7, 9), {french_language, english_language});
    request.job_role = "Backend Developer";
    const Outcome outcome = bank.draw(request);
    ASSERT_TRUE(outcome.satisfied) << outcome.message;
    std::map<std::string, int> by_selection;
    for (const auto& q : outcome.result) {
        ++by_selection[q.selection];
        EXPECT_EQ(bank.question(q.id).language == french, q.selection.rfind("english fallback", 0) != 0) << q.selection;
    }
    EXPECT_EQ(by_selection["primary"], 2);
    EXPECT_EQ(by_selection["role-agnostic"], 1);
    EXPECT_EQ(by_selection["neighbouring level"], 1);
    EXPECT_EQ(by_selection["english fallback"], 3);
    ASSERT_EQ(outcome.notices.size(), 3u);
    EXPECT_NE(outcome.notices[2].find("3 of 7 drawn as \"english fallback\""), std::string::npos) << outcome.notices[2];
    // The same draw for the same seed.
    const Outcome again = bank.draw(request);
    ASSERT_EQ(again.result.size(), outcome.result.size());
    for (size_t i = 0; i < again.result.size(); ++i) EXPECT_EQ(again.result[i].id, outcome.result[i].id);
    // Short even with English: the detail names both languages.
    request.n = 30;
    const Outcome short_bank = bank.draw(request);
    EXPECT_FALSE(short_bank.satisfied);
    EXPECT_NE(short_bank.shortage_detail.find("language french or english"), std::string::npos) << short_bank.shortage_detail;
}

TEST(Sampler, FallbackLanguageAfterRecentQuestionsOfTheAskedOne) {
    FakeBank bank;
    for (int i = 0; i < 10; ++i) bank.add("technical", Level::mid);
    for (int i = 0; i < 4; ++i) bank.add("technical", Level::mid), bank.edit(static_cast<int32_t>(bank.size())).language = french;
    DrawRequest request = in_languages(technical_request(5, 3), {french_language, english_language});
    request.recent_ids = {11, 12};
    const Outcome outcome = bank.draw(request);
    ASSERT_TRUE(outcome.satisfied);
    std::map<std::string, int> by_selection;
    for (const auto& q : outcome.result) ++by_selection[q.selection];
    EXPECT_EQ(by_selection["primary"], 2);
    EXPECT_EQ(by_selection["primary, repeated"], 2);
    EXPECT_EQ(by_selection["english fallback"], 1);
}

TEST(Sampler, UniformWithinTheAskedLanguage) {
    FakeBank bank;
    for (int i = 0; i < 40; ++i) {
        bank.add("technical", Level::mid);
        if (i % 4 == 0) bank.edit(static_cast<int32_t>(bank.size())).language = french;
    }
    const std::vector<double> counts =
        single_draw_counts(bank, 2000, in_languages(technical_request(1, 0), {french_language, english_language}));
    std::vector<double> french_counts;
    for (size_t i = 0; i < counts.size(); ++i) {
        if (bank.question(static_cast<int32_t>(i + 1)).language == french) french_counts.push_back(counts[i]);
        else EXPECT_EQ(counts[i], 0) << "english question " << i + 1;
    }
    ASSERT_EQ(french_counts.size(), 10u);
    EXPECT_GT(chi_square_p(french_counts, std::vector<double>(10, 200.0)), 0.001);
}

TEST(Sampler, LanguageOfAnAllEnglishBankKeepsTheDraw) {
    FakeBank bank;
    for (int i = 0; i < 300; ++i) bank.add(i % 2 ? "technical" : "behavioral", Level::mid, "Global", {}, {}, i % 4);
    for (uint64_t seed = 1; seed <= 20; ++seed) {
        DrawRequest request = technical_request(10, seed);
        request.kind = SessionKind::mixed;
        const Outcome any = bank.draw(request);
        const Outcome english_only = bank.draw(in_languages(request, {english_language, english_language}));
        ASSERT_EQ(any.result.size(), english_only.result.size());
        for (size_t i = 0; i < any.result.size(); ++i) EXPECT_EQ(any.result[i].id, english_only.result[i].id);
        EXPECT_TRUE(english_only.notices.empty());
    }
}

TEST(Sampler, BadRequestsAreInvalidArguments) {
    auto expect_invalid = [](DrawRequest request, const std::string& fragment) {
        try {
            validate(request);
            ADD_FAILURE() << "accepted: " << fragment;
        } catch (const InputError& e) {
            EXPECT_EQ(e.kind(), ErrorKind::invalid_argument);
            EXPECT_NE(std::string(e.what()).find(fragment), std::string::npos) << e.what();
        }
    };
    expect_invalid(technical_request(0, 1), "n must be between 1 and 100");
    expect_invalid(technical_request(101, 1), "n must be between 1 and 100");
    DrawRequest request = technical_request(5, 1);
    request.technical_ratio = -0.1;
    expect_invalid(request, "technical_ratio");
    request.technical_ratio = std::numeric_limits<double>::quiet_NaN();
    expect_invalid(request, "technical_ratio");
    request = technical_request(5, 1);
    request.region = "";
    expect_invalid(request, "region");
    request = technical_request(5, 1);
    request.kind = SessionKind::job_specific;
    expect_invalid(request, "needs a job_role");
    EXPECT_THROW(parse_session_kind("casual"), InputError);
    EXPECT_THROW(parse_level("expert"), InputError);
    EXPECT_EQ(parse_session_kind("Job-Specific"), SessionKind::job_specific);
    EXPECT_EQ(parse_level("SENIOR"), Level::senior);
}

TEST(BankCache, EntriesSortedByIdWithTheirSkills) {
    BankCache cache;
    cache.reset(7, 1);
    EXPECT_TRUE(cache.matches(7, 1));
    EXPECT_FALSE(cache.matches(8, 1));
    EXPECT_FALSE(cache.matches(7, 2));
    const CacheKey key{Level::mid, "Global", RoleScope::any, ""};
    cache.begin_load(key);
    const char* first[] = {"SQL", "sql", "Python"};
    const int first_lengths[] = {3, 3, 6};
    const char* second[] = {"Go"};
    const int second_lengths[] = {2};
    cache.add_row(key, "technical", english, 30, 4, first, first_lengths, 3);
    cache.add_row(key, "technical", english, 10, -2, second, second_lengths, 1);
    cache.add_row(key, "behavioral", english, 20, 0, nullptr, nullptr, 0);
    EXPECT_EQ(cache.find(key), nullptr) << "an unfinished entry is not found";
    cache.finish_load(key);
    const KeyEntry* entry = cache.find(key);
    ASSERT_NE(entry, nullptr);
    ASSERT_EQ(entry->lists.size(), 2u);
    EXPECT_EQ(entry->lists[0].type, "behavioral");   // types in name order
    const TypedList& technical = entry->lists[1];
    EXPECT_EQ(technical.ids, (std::vector<int32_t>{10, 30}));
    EXPECT_EQ(technical.usage_at_load, (std::vector<int32_t>{0, 4}));   // negative usage counts as 0
    EXPECT_EQ(technical.min_usage, 0);
    EXPECT_EQ(technical.max_skills, 2u);   // SQL and sql are one skill
    EXPECT_EQ(technical.skill_begin[2] - technical.skill_begin[1], 2u);
    EXPECT_EQ(cache.skill_id("PYTHON"), cache.skill_id("python"));
    EXPECT_EQ(cache.skill_id("Rust"), BankCache::no_skill);
    EXPECT_EQ(cache.total_rows(), 3u);
    cache.clear_entries();
    EXPECT_EQ(cache.find(key), nullptr);
    EXPECT_EQ(cache.total_rows(), 0u);
}

TEST(BankCache, PatchedCacheDrawsLikeAFreshOne) {
    FakeBank bank;
    const char* types[] = {"technical", "coding", "behavioral", "situational", "system_design"};
    for (int i = 0; i < 400; ++i)
        bank.add(types[i % 5], i % 3 == 0 ? Level::senior : Level::mid, i % 2 ? "MENA" : "Global",
                 i % 7 == 0 ? std::vector<std::string>{} : std::vector<std::string>{i % 4 ? "Backend Developer" : "Tech Lead"},
                 i % 3 ? std::vector<std::string>{"Python", "SQL"} : std::vector<std::string>{"Go"}, i % 9);
    auto request = [](uint64_t seed, const char* role) {
        DrawRequest r = technical_request(10, seed);
        r.kind = SessionKind::mixed;
        r.region = "MENA";
        r.job_role = role;
        r.skills = {"python"};
        return r;
    };
    for (uint64_t seed = 1; seed <= 3; ++seed) {   // load the entries
        bank.draw(request(seed, "Backend Developer"));
        bank.draw(request(seed, ""));
    }
    // Changes: a new question, a deleted one, a moved one, new roles, new skills, lowered usage.
    bank.add("technical", Level::mid, "MENA", {"Backend Developer"}, {"Python"}, 0);
    const int32_t added = static_cast<int32_t>(bank.size());
    bank.remove(2);
    bank.edit(4).level = Level::senior;
    bank.edit(5).region = "Global";
    bank.edit(6).roles = {"Backend Developer", "Tech Lead"};
    bank.edit(8).roles = {};
    bank.edit(10).skills = {"Python", "Go"};
    bank.edit(11).usage_now = 0;
    bank.edit(12).type = "behavioral";
    bank.edit(13).language = french;
    bank.edit(15).language = french;
    bank.edit(17).language = arabic;
    bank.patch({added, 2, 4, 5, 6, 8, 10, 11, 12, 13, 15, 17});
    EXPECT_TRUE(bank.cache().valid());
    FakeBank fresh = bank.fresh_copy();
    for (uint64_t seed = 1; seed <= 40; ++seed) {
        for (const char* role : {"Backend Developer", ""}) {
            const Outcome a = bank.draw(request(seed, role)), b = fresh.draw(request(seed, role));
            ASSERT_EQ(a.result.size(), b.result.size());
            for (size_t i = 0; i < a.result.size(); ++i) ASSERT_EQ(a.result[i].id, b.result[i].id) << "seed " << seed;
        }
        // Languages patched too: the French questions first, then English ones.
        DrawRequest in_french = request(seed, "Backend Developer");
        in_french.languages = {{french, "french"}, {english, "english"}};
        const Outcome a = bank.draw(in_french), b = fresh.draw(in_french);
        ASSERT_EQ(a.result.size(), b.result.size());
        for (size_t i = 0; i < a.result.size(); ++i) {
            ASSERT_EQ(a.result[i].id, b.result[i].id) << "seed " << seed;
            const bool french_question = bank.question(a.result[i].id).language == french;
            EXPECT_EQ(french_question, a.result[i].selection.rfind("english fallback", 0) != 0) << a.result[i].selection;
            EXPECT_NE(bank.question(a.result[i].id).language, arabic);
        }
    }
    // And the entries hold the same ids.
    const CacheKey key{Level::mid, "MENA", RoleScope::role, "Backend Developer"};
    const KeyEntry* patched = bank.cache().find(key);
    const KeyEntry* loaded = fresh.cache().find(key);
    ASSERT_NE(patched, nullptr);
    ASSERT_NE(loaded, nullptr);
    ASSERT_EQ(patched->lists.size(), loaded->lists.size());
    for (size_t l = 0; l < patched->lists.size(); ++l) {
        EXPECT_EQ(patched->lists[l].type, loaded->lists[l].type);
        EXPECT_EQ(patched->lists[l].ids, loaded->lists[l].ids);
        EXPECT_EQ(patched->lists[l].min_usage, loaded->lists[l].min_usage);
        EXPECT_EQ(patched->lists[l].max_skills, loaded->lists[l].max_skills);
        EXPECT_EQ(patched->lists[l].skill_begin, loaded->lists[l].skill_begin);
    }
    EXPECT_EQ(patched->rows, loaded->rows);
}
