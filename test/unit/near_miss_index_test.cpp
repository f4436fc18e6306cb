// The near-miss index (near_miss_index.hpp) finds, by lookup, every word of a question an answer
// word may match: it must miss nothing the pairwise comparison accepts, and the match lists it
// gives the model's terms must be those of the comparison of every term with every answer word.
#include "core/matcher.hpp"
#include "core/near_miss_index.hpp"

#include "test_tokens.hpp"

#include <gtest/gtest.h>

#include <set>
#include <string>
#include <vector>

using namespace utopiahire::core;
using uh_test::Question;

namespace {

const std::vector<std::string> words = {
    "order",      "orders",       "ordering",    "ordereddict", "immutable",  "imutable",   "mutable",     "mutation",
    "replica",    "replicate",    "impact",      "impact/effort", "impact_effort", "act",     "action",      "actor",
    "db",         "dbs",          "io",          "i/o",          "api",        "apis",       "cache",       "caching",
    "cach",       "chace",        "cahce",       "localization", "locally",    "local",      "organ",       "organization",
    "index",      "indexes",      "indices",     "indx",         "données",    "donnees",    "deadlock",    "deadlocks",
    "dealock",    "deadlok",      "kubernetes",  "k8s",          "kubernets",  "transaction", "transactions", "transation",
    "x",          "a",            "ab",          "abc",          "abcd",       "abcde",      "abcdef",      "abdcef",
    "serializable", "serialisable", "serialize", "seriall",      "throughput", "througput",  "latency",     "latencies",
    "élève",      "eleve",        "réentraîner", "reentrainer",  "g1/zgc",     "zgc",        "non-blocking", "nonblocking"};

// Spellings one edit away from a word (typos), for the answer side.
std::vector<std::string> typos(const std::string& w) {
    std::vector<std::string> out;
    for (size_t i = 0; i < w.size(); ++i) {
        out.push_back(w.substr(0, i) + w.substr(i + 1));                       // deletion
        out.push_back(w.substr(0, i) + "q" + w.substr(i + 1));                 // substitution
        out.push_back(w.substr(0, i) + "e" + w.substr(i));                     // insertion
        if (i + 1 < w.size()) out.push_back(w.substr(0, i) + w[i + 1] + w[i] + w.substr(i + 2));   // transposition
    }
    out.push_back(w + "s");
    out.push_back(w + "ing");
    return out;
}

Term term_of(Lexicon& lexicon, const std::string& lexeme, const std::string& surface) {
    Term t;
    t.lex = lexicon.intern(lexeme);
    t.surface = surface;
    return t;
}

}  // namespace

TEST(NearMissIndex, FindsEveryFormTheComparisonAccepts) {
    Lexicon lexicon;
    std::vector<Term> forms;
    for (const std::string& w : words) {
        forms.push_back(term_of(lexicon, uh_test::stem(w), w));   // a stemmed lexeme
        forms.push_back(term_of(lexicon, w, w));                  // the word itself
    }
    std::vector<NearMissIndex::Form> filed;
    for (const Term& t : forms) filed.push_back(NearMissIndex::Form{t.lex, lexicon.str(t.lex), t.surface});
    NearMissIndex index;
    index.build(filed, lexicon.size());
    std::set<std::string> answer_words(words.begin(), words.end());
    for (const std::string& w : words)
        for (const std::string& typo : typos(w)) answer_words.insert(typo);
    size_t accepted = 0;
    for (const std::string& w : answer_words) {
        for (const std::string& lexeme : {uh_test::stem(w), w}) {
            const Term answer = term_of(lexicon, lexeme, w);
            std::vector<char> visited(filed.size(), 0);
            index.candidates(answer.lex, lexicon.str(answer.lex), answer.surface,
                             [&](int form) { visited[static_cast<size_t>(form)] = 1; });
            for (size_t f = 0; f < forms.size(); ++f) {
                const bool matches = forms[f].lex == answer.lex || term_quality_strings(lexicon, forms[f], answer) > 0.0;
                accepted += matches;
                EXPECT_TRUE(!matches || visited[f]) << "answer word '" << w << "' (" << lexeme << ") vs '"
                                                    << forms[f].surface << "' (" << lexicon.str(forms[f].lex) << ")";
            }
        }
    }
    EXPECT_GT(accepted, 1000u);   // the words above do exercise the comparison
}

TEST(NearMissIndex, ModelTermsMatchWhatTheComparisonOfEveryWordFinds) {
    uh_test::keep_slashed_words() = true;
    Question q;
    q.question_text = "How do you keep a cache consistent with the database under concurrent transactions?";
    q.key_points = R"({"must_mention": ["invalidate the cache entry after the transaction commits",
                        "serializable isolation or row locks prevent lost updates",
                        {"point": "non-blocking reads from replicas", "aliases": ["read replicas"]}],
                       "bonus_points": ["measure latency/throughput before and after", "données récentes"]})";
    q.mistakes = R"({"mistakes": [{"mistake": "Caching everything forever is always safe",
                                  "correction": "Entries expire or are invalidated."}]})";
    q.sample = "Invalidate cached entries on commit; use serializable transactions or locking to avoid lost updates.";
    const std::vector<std::string> answers = {
        "I would invalidate the cahce entry after the transation commits, with serialisable isolation.",
        "Caching everything forever is safe. Replicas serve nonblocking reads; latencies and througput matter.",
        "Les donnees recentes sont invalidées; the db locks rows so no update is lost, indexes help.",
        "",
        "Serializable serializable serialization; replica replicate replicated; throughput/latency measured."};
    size_t spelt_as_forms = 0;
    for (const std::string& text : answers) {
        const AnalysisInput in = q.input(text);
        QuestionModel model;
        build_question_model(in, model);
        Context ctx(model);
        build_answer(in.answer, ctx);
        // Answer words spelt as a form of the model take that form's list (NearMissIndex::exact):
        // the comparison below checks those too.
        for (const Context::AnswerLexeme& a : ctx.answer_lexemes)
            spelt_as_forms += model.near_misses.exact_form(a.lex, a.surface) >= 0;
        size_t compared = 0, found = 0;
        auto compare = [&](const std::vector<Term>& terms) {
            for (const Term& t : terms) {
                ASSERT_GE(t.key, 0);
                Term unnumbered = t;   // a term the model does not know: compared with every answer word
                unnumbered.key = -1;
                const TermMatches by_index = term_matches(ctx, t);
                const TermMatches by_comparison = term_matches(ctx, unnumbered);
                const std::vector<std::pair<int, double>> a(by_index.begin(), by_index.end());
                const std::vector<std::pair<int, double>> b(by_comparison.begin(), by_comparison.end());
                EXPECT_EQ(a, b) << "term '" << t.surface << "' in answer '" << text << "'";
                ++compared;
                found += !a.empty();
            }
        };
        for (const auto* points : {&model.must, &model.bonus})
            for (const PointModel& p : *points) {
                for (const auto& v : p.variants) compare(v);
                for (const auto& s : p.support) compare(s);
            }
        for (const MistakeModel& m : model.mistakes) compare(m.terms);
        compare(model.sample_terms);
        compare(model.question_terms);
        compare(model.vocabulary);
        EXPECT_GT(compared, 20u);
        if (!text.empty()) EXPECT_GT(found, 5u) << text;
    }
    EXPECT_GT(spelt_as_forms, 8u);
    uh_test::keep_slashed_words() = false;
}
