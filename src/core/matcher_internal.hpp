// What the matcher's files share, and nothing else of the core reads: the tuning constants, the
// helpers one file defines and another calls, and the small ones that score_terms and match_point
// call for every window and term (defined here, inline, as they were when all of this was one
// file: a call across files would cost instructions on every window). The public side is
// matcher.hpp.
//   term_matching.cpp      which answer tokens a term matches (near misses, synonyms, accents)
//   answer_windows.cpp     the answer's lexemes and its windows (sentences and pairs)
//   negation_readings.cpp  what a negation denies: the word, a doing, absence, a prefix
//   proposal_readings.cpp  what the speaker says they do (the act a negative point rules out)
//   window_scoring.cpp     score_terms: how a term list meets one window
//   silent_windows.cpp     which windows a term list can score in at all (bits)
//   conflict_readings.cpp  what a window says against a point: order, sameness, other classes
//   lone_denial.cpp        a sentence naming a point only to deny it
//   matcher.cpp            match_point: the rules that make a point stated, denied or contradicted
//   mistake_matching.cpp   whether the answer makes one of the question's common mistakes
#pragma once

#include "core/matcher.hpp"

#include <algorithm>
#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

namespace utopiahire::core {

// Tuning constants: global, never per question.
constexpr double synonym_quality = 0.9;
constexpr double near_miss_quality = 0.9;
constexpr double related_form_quality = 0.7;
constexpr double wordnet_quality = 0.9;          // an answer word sharing a frequent WordNet sense (as a synonym: see add_wordnet_matches)
constexpr double pair_window_factor = 0.9;
constexpr double support_share = 0.45;       // weight of the sample sentence in a point's score
constexpr double support_alone = 0.75;       // the sample sentence restated in other words
constexpr double alias_minimum = 0.6;
constexpr double conflict_share = 0.3;          // share of a window's matched weight in conflict
constexpr double conflict_weight = 0.2;        // share of the point's own weight in conflict
constexpr double contradiction_minimum = 0.33;        // a denial of this share of the point's weight ...
constexpr double brief_contradiction_minimum = 0.25;  // ... or of this share naming two or more of its words
constexpr double contradiction_margin = 0.0;
constexpr double clean_ceiling = 0.6;            // a clean statement this good wins over a conflict
constexpr double swap_minimum = 0.4;
constexpr double full_denial_minimum = 0.9;        // a denial of (nearly) all of a wording of the point ...
constexpr double full_denial_clean_ceiling = 0.7;  // ... outweighs a clean statement short of this
constexpr double dismissal_minimum = 0.08;       // share of the point's weight a dismissal denies ...
constexpr double brief_dismissal_minimum = 0.04;  // ... or this share naming two or more of its words
constexpr double dismissal_clean_ceiling = 0.2;  // ... where no clean statement of the point is this good
constexpr double dismissal_score_ceiling = 0.4;  // ... nor any statement covers it (analysis.cpp's covered_threshold)
// (Measured: the lone denials that were right held 0.18-0.26 of their points; at 0.1 "the lock file
// makes sure everyone gets the same versions", 0.11 of "ranges mean installs can resolve different
// versions over time", contradicted an answer that only left the point out.)
constexpr double lone_denial_minimum = 0.15;  // share of the point's weight a sentence only denying it names ...
constexpr double lone_denial_ceiling = 0.2;  // ... where nothing states it this well (analysis.cpp's partial_threshold)
constexpr double distinctive_denial_minimum = 0.08;  // share of the point's weight a denial of its own words holds
constexpr int max_words_before_denied = 2;      // ... among the first words of the negation's scope
constexpr int max_subject_before_negation = 3;  // ... said by a subject at most this many tokens before it ("I have not")
constexpr double swap_margin = 0.1;
constexpr double other_number_minimum = 0.25;  // a statement of the point with another number, this share of it ...
constexpr double other_number_margin = 0.05;   // ... above every clean statement of the point
constexpr double support_anchor = 0.5;          // share of sample support that needs the point's own words
constexpr double anchor_coverage = 0.3;         // own-word coverage that anchors the sample support fully
constexpr double support_recall_share = 0.5;    // matching this share of a support sentence is full support
constexpr size_t max_inflection = 5;            // letters a longer form of a word may add
constexpr double min_support_words = 3.0;       // sample-sentence words a full restatement needs
constexpr int max_window_tokens = 40;
constexpr size_t min_denied_base = 5;           // letters of the base of "unlimited", "immutable"
constexpr size_t short_enumeration = 4;        // clauses in a window before it may count as a list
constexpr size_t min_unaccented_bytes = 4;      // a plain spelling this short may be another word ("a", "ou")
constexpr size_t min_alternative_bytes = 2;     // of a word after a slash ("L1/L2", "G1/ZGC")

// term_matching.cpp
double string_quality(std::string_view a, std::string_view b, std::string_view sa, std::string_view sb);
PointModel::ListFacts list_facts(const std::vector<Term>& terms);

// negation_readings.cpp
bool morphological_opposites(std::string_view a, std::string_view b);
const std::vector<int>& find_prefix_opposites(Context& ctx, const Term& term, size_t slot);

// Answer tokens that may stand for a term by a negative prefix (memoised per answer): the
// remainder of a prefixed term looked up by surface, or the answer's own prefixed words.
// The opposites depend on the term's surface: memoised by the model's number of its (lexeme,
// group, surface) (slot 0 for a term without one, which is then asked afresh). Most terms have
// none: those share one empty list rather than each a list of its own. (The memo is read here,
// inline: most calls find the term there.)
inline const std::vector<int>& prefix_opposite_tokens(Context& ctx, const Term& term) {
    const size_t slot = static_cast<size_t>(term.key + 1);
    if (slot > 0 && slot < ctx.prefix_slot.size()) {
        const int known = ctx.prefix_slot[slot];
        if (known == Context::prefix_none) return ctx.no_prefix_opposites;
        if (known >= 0) return ctx.prefix_opposites[static_cast<size_t>(known)];
    }
    return find_prefix_opposites(ctx, term, slot);
}

// The negation cue whose scope holds an answer token, or -1.
inline int negation_cue_of(const Document& doc, int tok) {
    for (int k = tok - 1; k >= 0 && k + 9 > tok; --k) {
        const Token& t = doc.tokens[static_cast<size_t>(k)];
        if (t.clause != doc.tokens[static_cast<size_t>(tok)].clause) break;
        if (t.negation_cue) return k;
    }
    return -1;
}

// The tokens of a sorted token list (Context::antonym_tokens ...) that lie in window w, in order.
struct TokenRange {
    const int *first, *last;
    const int* begin() const { return first; }
    const int* end() const { return last; }
};
inline TokenRange tokens_in(const std::vector<int>& tokens, const Window& w) {
    const int* from = std::lower_bound(tokens.data(), tokens.data() + tokens.size(), w.begin);
    const int* to = std::lower_bound(from, tokens.data() + tokens.size(), w.end);
    return TokenRange{from, to};
}

std::pair<int, double> denied_base_match(const Context& ctx, const Term& term, const Window& w);
int negation_opening(const Document& doc, int cue);
bool absence_stated(const Context& ctx, int tok);
// Whether the negation of answer token tok falls on the speaker's knowing ("I don't know much about
// how their memory use compares", "je ne sais pas"): an admission, which neither states nor denies
// the words after it.
bool negation_of_knowing(const Context& ctx, int tok);
bool denies_other_doing(const Context& ctx, const std::vector<Term>& terms, int tok);
bool denies_word_itself(const Context& ctx, const Term& term, int tok, double q);
bool speaker_rejects_absence(const Context& ctx, int cue, int tok, int& remedy);

// agreeing_negation.cpp
// Whether the negation of answer token tok (met by terms[term_index], a word of the point outside
// the point's own negation) also holds, further on in its clause and with no second negation
// between, a word that the point negates after that term: the answer's negation is then the
// point's own, put on the subject ("neither a primary key nor its columns can be null", "aucune
// colonne ne peut être nulle" of "primary key columns cannot be null"), and denies nothing the
// point states.
bool negation_is_the_points(const Context& ctx, const std::vector<Term>& terms, size_t term_index, int tok);
// Whether the negation of answer token tok has a negative quantifier for subject ("nobody",
// "personne", "لا أحد") and denies, as its clause's verb, the opposite of a word the point states
// ("nobody can change" of "immutable"): a denial that agrees with the point.
bool quantifier_denies_opposite(const Context& ctx, const std::vector<Term>& terms, int tok);
bool arabic_first_person_verb(std::string_view w);

// proposal_readings.cpp
// Whether answer token tok is the speaker's own act, said plainly: "I'd merge it myself", "we
// stored them as plain text", "je stocke", Arabic نخزن.
bool speaker_proposes(const Context& ctx, int tok);
bool bare_act(const Context& ctx, const std::vector<Term>& terms, int tok);
bool lack_said_again(const Document& doc, int tok);

// window_scoring.cpp
// (The score goes to list.score.)
void score_terms(Context& ctx, const std::vector<Term>& terms, TermMatches* lists, const Window& w, bool own_words,
                 const std::vector<int>** opposites, const uint64_t* term_bits, size_t k, size_t words,
                 Context::PointList& list);

// silent_windows.cpp
// The first n elements of v set to zero, v grown to n when shorter: match_point's buffers, at
// every point, without vector::assign's general path (what lies past n is stale, never read).
template <typename T>
void zero_first(std::vector<T>& v, size_t n) {
    if (v.size() < n) v.resize(n);
    std::fill_n(v.begin(), n, T{});
}

void window_masks(Context& ctx);
void list_windows(Context& ctx, const std::vector<Term>& terms, const Context::PointList& c, bool own_words);

// True when score_terms would find nothing for a term list in window k: it would return a score
// holding only the total.
inline bool list_silent(const Context& ctx, const Context::PointList& c, size_t k) {
    return !((ctx.window_bits[c.bits + k / 64] >> (k % 64)) & 1);
}

// Whether window k is the pair of the two sentence windows beside it (k - 1 and k + 1), as
// build_windows lists a pair: after its first sentence, before its second.
inline bool pair_of_neighbours(const Context& ctx, size_t k) {
    if (k == 0 || k + 1 >= ctx.windows.size()) return false;
    const Window& pair = ctx.windows[k];
    const Window& first = ctx.windows[k - 1];
    const Window& second = ctx.windows[k + 1];
    return pair.pair && !first.pair && !second.pair && first.begin == pair.begin && first.end == second.begin &&
           second.end == pair.end;
}

// Whether a list's score in window k is known already (Context::PointList::score). score_terms finds, of each
// term, only the tokens list_windows marks for it (in the window); to judge a token found it also
// reads around it, outside the window too, but never beyond its own sentence: its clause (the
// negation cue before it, "more"/"less" before it, the anchor words near it, and the clause up
// to it for a negation said of another subject) and, after a pronoun subject, the earlier
// clauses of its sentence. Clauses never cross sentences, so a token is judged the same in its
// sentence's window and in a pair holding that sentence; were a clause (or that scan) ever to
// cross sentences, this reuse would no longer hold. So a pair of sentences one of which holds
// none of the list's tokens scores as the other sentence: the pair as its first sentence, scored
// just before it, and the second sentence as the pair, scored just before it (unless the first
// sentence ends in "non", which the pair reads as a prefix of the second's first word). Most
// pairs beside a sentence stating a point are such: their lists are not scored twice.
inline bool score_known(const Context& ctx, const Context::PointList& list, size_t k) {
    if (list.scored < 0 || static_cast<size_t>(list.scored) + 1 != k) return false;
    if (ctx.windows[k].pair) return pair_of_neighbours(ctx, k) && list_silent(ctx, list, k + 1);
    if (k < 2 || !ctx.windows[k - 1].pair || !pair_of_neighbours(ctx, k - 1) || !list_silent(ctx, list, k - 2)) return false;
    const Token& before = ctx.answer.tokens[static_cast<size_t>(ctx.windows[k].begin - 1)];
    return before.surface != std::string_view("non");
}

// conflict_readings.cpp
bool window_states_complexity(const Context& ctx, const Window& w, bool space);
int window_order(const Context& ctx, const PointModel& point, const Window& w);
bool window_contrasts(const Context& ctx, const Window& w);
bool window_says_alike(const Context& ctx, const Window& w, const std::vector<Term>& terms);
bool dismissal_mostly_of_point(const Context& ctx, const WindowScore& ws);

// lone_denial.cpp
// Whether window w (its score ws for one of the point's wordings) names the point only to deny it.
bool lone_denial(const Context& ctx, const PointModel& point, const Window& w, const WindowScore& ws);

}  // namespace utopiahire::core
