#include "core/cpp_only.hpp"

// How a term list meets one window of the answer (score_terms): each term's best statement and
// best denial there, the negations a point's own words take up, and the opposites that flip it.

#include "core/matcher_internal.hpp"

#include "core/lexicon_data.hpp"
#include "core/string_index.hpp"

namespace utopiahire::core {

namespace {

// The terms score_terms visits in window k (the others are absent: see score_terms), from term i
// on: with the list's mask of window k, its next bit set, rather than a test of each term's bits.
class VisitedTerms {
public:
    VisitedTerms(const Context& ctx, size_t count, const uint64_t* term_bits, size_t k, size_t words,
                 const Context::PointList& list)
        : count_(count), term_bits_(term_bits), k_(k), words_(words), masked_(term_bits != nullptr && count <= 64),
          present_(masked_ ? ctx.term_masks[list.masks + k] : 0) {}
    size_t next(size_t i) const {
        if (masked_) {
            const uint64_t rest = i < 64 ? present_ & (~uint64_t{0} << i) : 0;
            return rest != 0 ? static_cast<size_t>(__builtin_ctzll(rest)) : count_;
        }
        while (i < count_ && absent(i)) ++i;
        return i;
    }

private:
    bool absent(size_t term_index) const {
        return term_bits_ != nullptr && !((term_bits_[term_index * words_ + k_ / 64] >> (k_ % 64)) & 1);
    }
    size_t count_;
    const uint64_t* term_bits_;
    size_t k_, words_;
    bool masked_;
    uint64_t present_;
};

// The negations of a window that score_terms reads otherwise than as a denial of the words in
// their scope.
struct WindowNegations {
    // Negations a point's denying word takes up ("no limit to the number" for "an unlimited
    // number"): the other words in their scope are not denied by the answer.
    int absorbed[4];
    int nabsorbed = 0;
    // Negations that deny the point's own word of absence ("we don't need to prevent a single point
    // of failure" of "prevent a single point of failure"): the words they go on to deny are denied
    // with it, not said to be absent (see Term::absence_implied).
    int absence_denials[4];
    int nabsence_denials = 0;

    bool negated(const Context& ctx, int tok) const {
        if (!ctx.answer.tokens[static_cast<size_t>(tok)].negated) return false;
        if (nabsorbed == 0) return true;
        const int cue = negation_cue_of(ctx.answer, tok);
        return std::find(absorbed, absorbed + nabsorbed, cue) == absorbed + nabsorbed;
    }
    bool denied_with_absence(const Context& ctx, int tok) const {
        if (nabsence_denials == 0) return false;
        const int cue = negation_cue_of(ctx.answer, tok);
        return std::find(absence_denials, absence_denials + nabsence_denials, cue) != absence_denials + nabsence_denials;
    }
};

// The negations in window w that the terms' denying words take up (WindowNegations::absorbed).
void find_absorbed(const Context& ctx, const std::vector<Term>& terms, const Window& w, const VisitedTerms& visited,
                   const Context::PointList& list, WindowNegations& n) {
    int* absorbed = n.absorbed;
    int& nabsorbed = n.nabsorbed;
    for (size_t term_index = visited.next(0); list.absorbs && term_index < terms.size(); term_index = visited.next(term_index + 1)) {
        const Term& term = terms[term_index];
        if (term.denied_lexeme.empty() || nabsorbed == 4) continue;
        const auto [tok, q] = denied_base_match(ctx, term, w);
        if (tok < 0) continue;
        const int cue = negation_cue_of(ctx.answer, tok);
        if (cue >= 0) absorbed[nabsorbed++] = cue;
    }
    // The same for an opposite a negation turns back into the point's word ("cannot be accessed
    // outside" for "accessible only inside"): that negation states the point.
    for (size_t term_index = visited.next(0); list.absorbs && term_index < terms.size(); term_index = visited.next(term_index + 1)) {
        const Term& term = terms[term_index];
        if (term.antonym < 0 || term.negated || nabsorbed == 4) continue;
        for (const int tok : tokens_in(ctx.antonym_tokens, w)) {
            const Token& t = ctx.answer.tokens[static_cast<size_t>(tok)];
            if (t.antonym / 2 != term.antonym / 2 || t.antonym == term.antonym || !t.negated) continue;
            const int cue = negation_cue_of(ctx.answer, tok);
            if (cue >= 0 && nabsorbed < 4 && std::find(absorbed, absorbed + nabsorbed, cue) == absorbed + nabsorbed)
                absorbed[nabsorbed++] = cue;
        }
    }
}

// Whether the consequence at answer token remedy, after the speaker's inability to do what the
// point's word of absence at token tok asks (speaker_rejects_absence), names, later in its
// sentence and not denied, a word of the point that the inability's clause does not: "we can't
// avoid lock contention, so we shard the locks" for "avoid lock contention by sharding locks". It
// is the point's way to the thing, said with an honest limit. ("..., so we live with one lock"
// names only the clause's own "lock": the inability stands.) The sentence lies in the window.
bool remedy_names_point(const Context& ctx, const std::vector<Term>& terms, const TermMatches* lists,
                        const VisitedTerms& visited, int tok, int remedy) {
    const auto& tokens = ctx.answer.tokens;
    const int clause = tokens[static_cast<size_t>(tok)].clause;
    const int sentence = tokens[static_cast<size_t>(remedy)].sentence;
    for (size_t term_index = visited.next(0); term_index < terms.size(); term_index = visited.next(term_index + 1)) {
        bool in_clause = false, after = false;
        for (const auto& [at, q] : lists[term_index]) {
            if (q < near_miss_quality) continue;
            const Token& t = tokens[static_cast<size_t>(at)];
            if (t.sentence > sentence) break;
            in_clause = in_clause || t.clause == clause;
            after = after || (at > remedy && t.sentence == sentence && !t.negated);
        }
        if (after && !in_clause) return true;
    }
    return false;
}

// The negations in window w that deny the point's own word of absence
// (WindowNegations::absence_denials), after find_absorbed.
void find_absence_denials(const Context& ctx, const std::vector<Term>& terms, const TermMatches* lists, const Window& w,
                          const VisitedTerms& visited, const Context::PointList& list, WindowNegations& n) {
    int* absence_denials = n.absence_denials;
    int& nabsence_denials = n.nabsence_denials;
    for (size_t term_index = visited.next(0); list.states_absence && term_index < terms.size();
         term_index = visited.next(term_index + 1)) {
        const Term& term = terms[term_index];
        if (!term.states_absence || term.negated) continue;
        for (auto it = lists[term_index].begin(); it != lists[term_index].end() && it->first < w.end; ++it) {
            if (it->first < w.begin || it->second < near_miss_quality || !n.negated(ctx, it->first)) continue;
            const int cue = negation_cue_of(ctx.answer, it->first);
            int remedy = -1;
            if (cue >= 0 && nabsence_denials < 4 && speaker_rejects_absence(ctx, cue, it->first, remedy) &&
                !(remedy >= 0 && remedy_names_point(ctx, terms, lists, visited, it->first, remedy)) &&
                std::find(absence_denials, absence_denials + nabsence_denials, cue) == absence_denials + nabsence_denials)
                absence_denials[nabsence_denials++] = cue;
        }
    }
}

// A negation said of another subject: its clause names, up to the negated word, a word of the
// question that another key point holds and these terms do not, and none of the question's
// words they hold. In a question telling two things apart ("the difference between a
// constructor and a function"), "constructors don't have a return type" says nothing, either
// way, of "functions must declare a return type" ("neither lists nor tuples may be keys" still
// denies "tuples usable as dict keys").
// A clause whose subject is a pronoun ("constructors cannot return values, so they cannot
// specify a return type") speaks of what the sentence named before it: the scan goes on into
// the sentence's earlier clauses.
bool other_subject(const Context& ctx, const std::vector<Term>& terms, int tok) {
    static constexpr std::string_view subject_pronouns[] = {"they", "it", "these", "those", "ils", "elles", "il", "elle"};
    int clause = ctx.answer.tokens[static_cast<size_t>(tok)].clause;
    const int sentence = ctx.answer.tokens[static_cast<size_t>(tok)].sentence;
    bool other = false, named = false, pronoun = false;
    for (int k = tok; k >= 0; --k) {
        const Token& t = ctx.answer.tokens[static_cast<size_t>(k)];
        if (t.clause != clause) {
            if (named || !pronoun || t.sentence != sentence) break;
            clause = t.clause;
            pronoun = false;
        }
        pronoun = pronoun || one_of(t.surface, subject_pronouns);
        if (!t.content()) continue;
        for (const int l : t.lex) {
            if (!ctx.model.is_question_word(l)) continue;
            named = true;
            if (std::any_of(terms.begin(), terms.end(), [&](const Term& o) { return o.lex == l; })) return false;
            other = other || ctx.model.is_point_word(l);
        }
    }
    return other;
}

// A negation in a condition held over time, a loop's, said of a thing another key point names
// ("while the queue is not empty" when one point says "a queue" and this one "handle an empty
// tree"): the clause opens with a word of WordInfo::lasting_condition (while, until, tant que,
// طالما) and its subject, before the negation, holds a word of another point and none of these
// terms, nor the speaker. It tests that thing's state, it asserts nothing of this point. A
// subject naming this point's word ("while the tree is not empty") still denies it, and so does
// any plain statement ("Redis does not need a TTL" denies the TTL point even though another
// point names Redis).
bool other_point_subject(const Context& ctx, const std::vector<Term>& terms, int tok) {
    const int cue = negation_cue_of(ctx.answer, tok);
    if (cue < 0) return false;
    const int clause = ctx.answer.tokens[static_cast<size_t>(cue)].clause;
    bool other = false, condition = false;
    for (int k = cue - 1; k >= 0; --k) {
        const Token& t = ctx.answer.tokens[static_cast<size_t>(k)];
        if (t.clause != clause) break;
        if (t.info.first_person || t.info.role == role_existential) return false;
        condition = condition || t.info.lasting_condition;
        if (!t.content()) continue;
        for (const int l : t.lex) {
            if (std::any_of(terms.begin(), terms.end(), [&](const Term& o) { return o.lex == l; })) return false;
            other = other || (ctx.model.is_point_word(l) && !ctx.model.is_question_word(l));
        }
    }
    return other && condition;
}

// An opposite in another degree than the point's word ("high accuracy" for "lower accuracy",
// "slower" for "fast"): the state a change starts from, or another thing compared, not a denial.
bool other_degree(const Context& ctx, int tok, const Term& term) {
    return comparative_degree(ctx.answer, static_cast<size_t>(tok)) != term.comparative;
}

// Whether the point's word a general opposite qualifies (Term::anchor_lex) is near answer token
// tok, in its clause (three words either side).
bool anchored(const Context& ctx, int tok, const Term& term) {
    const Token& at = ctx.answer.tokens[static_cast<size_t>(tok)];
    const int from = std::max(0, tok - 3), to = std::min(static_cast<int>(ctx.answer.tokens.size()) - 1, tok + 3);
    for (int k = from; k <= to; ++k) {
        const Token& t = ctx.answer.tokens[static_cast<size_t>(k)];
        if (k == tok || t.clause != at.clause || !t.content()) continue;
        if ((term.anchor_group >= 0 && t.group == term.anchor_group) ||
            std::find(t.lex.begin(), t.lex.end(), term.anchor_lex) != t.lex.end())
            return true;
    }
    return false;
}

// What one term finds in a window: its best statement (quality qp at token tp) and its best
// denial (qn at tn; morphological: by a negative prefix).
struct TermReading {
    double qp = 0.0, qn = 0.0;
    int tp = -1, tn = -1;
    bool morphological = false;
};

// The answer's words of the term's antonym class in window w: agreeing with the point, or
// swapping it (a conflict, counted in ws).
void read_antonyms(const Context& ctx, const std::vector<Term>& terms, const Term& term, const Window& w, TermReading& r,
                   WindowScore& ws) {
    double& qp = r.qp;
    double& qn = r.qn;
    int& tp = r.tp;
    int& tn = r.tn;
    bool denied = false;   // the point's own word, negated ("automatic rollbacks are too risky")
    for (const int tok : tokens_in(ctx.antonym_tokens, w)) {
        const Token& t = ctx.answer.tokens[static_cast<size_t>(tok)];
        if (t.antonym / 2 != term.antonym / 2) continue;
        // A word the point itself denies counts as mentioned either way, as for other
        // words (recommending it is caught as an endorsement of what the point rules out).
        const bool same = t.antonym == term.antonym;
        // The point's word itself negated, as read_matches reads a negated word: not by a negative
        // quantifier's denial of a doing the point rules out ("nobody can change the shared items":
        // the items stay shared; not "nobody can keep them unchanged") nor by the point's own
        // negation put on its subject ("neither the key nor its columns can be null").
        const bool spoken_of = !term.negated && same && t.negated &&
                               ((denies_other_doing(ctx, terms, tok) && quantifier_denies_opposite(ctx, terms, tok)) ||
                                negation_is_the_points(ctx, terms, static_cast<size_t>(&term - terms.data()), tok));
        const bool denies = (t.negated && !(term.absent && absence_stated(ctx, tok)) && !spoken_of) || t.avoided;
        const bool agrees = (same && term.negated && !t.endorsed) || same == (denies == term.negated);
        // The other side said of another thing (a denial of the word itself is not).
        if (!agrees && !same && term.anchor_lex >= 0 && !anchored(ctx, tok, term)) continue;
        if (!agrees && !same && other_degree(ctx, tok, term)) continue;
        if (agrees && qp < 1.0) { qp = 1.0; tp = tok; }
        if (!agrees && qn < 1.0) { qn = 1.0; tn = tok; }
        if (!agrees && t.antonym == term.antonym) denied = true;
    }
    if (term.asked) qn = 0.0;
    if (qn > qp) {
        ws.antonym_conflict = true;
        // A denied word is a negation, not a swap: it does not cancel another negation.
        ++(denied ? ws.negation_flips : ws.antonym_flips);
    }
}

// Whether answer token tok is the term's own Arabic word with other proclitics, an article or a
// preposition ("لمطابقة الرمز" of "مطابقة ... رمز"). The stemmer gives both one lexeme, but their
// surfaces differ from the first letter on, and same_lexeme_quality compares bytes: two Arabic
// letters share their UTF-8 lead byte, so such a pair reads as a related form only. A statement
// keeps that quality (the stemmer joins other words too); a negation of the word denies the point
// as a negation of its bare form does.
bool same_word_but_proclitics(const Context& ctx, const Term& term, int tok) {
    const std::string_view surface = ctx.answer.tokens[static_cast<size_t>(tok)].surface;
    // (A word of another script is its own bare form: only a surface equal to the term's, which
    // matches it fully anyway, would pass.)
    return surface != term.surface && without_arabic_proclitics(surface) == without_arabic_proclitics(term.surface);
}

// The tokens of the term's match list in window w (matches, whose tokens before w are dropped:
// windows come in order of their first token): statements, denials, and whether a term the point
// negates is denied or endorsed there.
void read_matches(const Context& ctx, const std::vector<Term>& terms, const Term& term, TermMatches& matches,
                  const Window& w, const WindowNegations& n, TermReading& r, WindowScore& ws) {
    double& qp = r.qp;
    double& qn = r.qn;
    int& tp = r.tp;
    int& tn = r.tn;
    // (Windows come in order of their first token: the tokens before this one are done with.)
    while (matches.first != matches.last && matches.first->first < w.begin) ++matches.first;
    for (auto it = matches.begin(); it != matches.end() && it->first < w.end; ++it) {
        const int tok = it->first;
        const double q = it->second;
        if (ctx.answer.tokens[static_cast<size_t>(tok)].spared) continue;   // "without scanning"
        // "I don't know much about how their memory use compares": no statement, no denial.
        if (n.negated(ctx, tok) && negation_of_knowing(ctx, tok)) continue;
        // Conflict: the answer negates a term the point states. A term the point itself
        // negates counts as mentioned either way (naming it is not asserting it), unless the
        // negation denies the point's word of absence with it. The word of absence denied
        // otherwise ("one server cannot prevent a single point of failure") is mentioned, as
        // its other words are (speaker_rejects_absence).
        if (term.absence_implied && n.negated(ctx, tok) && n.denied_with_absence(ctx, tok)) {
            if (q > qn && q >= near_miss_quality) { qn = q; tn = tok; }
        } else if (!term.negated && n.negated(ctx, tok) && !(term.absent && absence_stated(ctx, tok)) &&
                   !(term.states_absence && !n.denied_with_absence(ctx, tok))) {
            if (term.asked) continue;
            if (other_subject(ctx, terms, tok) || other_point_subject(ctx, terms, tok)) continue;
            // The point's own negation, put on its subject ("none of the key columns may be null"):
            // the word is stated as the point states it.
            if (negation_is_the_points(ctx, terms, static_cast<size_t>(&term - terms.data()), tok)) {
                if (q > qp) { qp = q; tp = tok; }
                continue;
            }
            // Only the word itself (or a typo, a synonym, the Arabic word with other proclitics:
            // see same_word_but_proclitics) is denied: "stored locally" is not "localization".
            if (q > qn && (q >= near_miss_quality || same_word_but_proclitics(ctx, term, tok)) &&
                !denies_other_doing(ctx, terms, tok)) { qn = q; tn = tok; }
        } else if (q > qp) {
            qp = q;
            tp = tok;
        }
        if (term.negated && q >= near_miss_quality) {
            const Token& t = ctx.answer.tokens[static_cast<size_t>(tok)];
            // (Not the point's own lack said again: "I merge without review" for "do not merge
            // without review" denies nothing; its act is read below.)
            if ((t.negated || t.avoided) && term.lacked && lack_said_again(ctx.answer, tok)) continue;
            if (t.negated || t.avoided) ws.denied = true;
            else if (t.endorsed) ws.endorsed = true;
            // The act the point's negation governs, the word itself (no synonym, no typo), done
            // by the speaker, bare or with the point's ruled-out words.
            else if (term.governed && q >= 1.0 && !term.asked && speaker_proposes(ctx, tok) && bare_act(ctx, terms, tok)) {
                ws.proposed = true;
                ws.proposed_first = ws.proposed_first < 0 ? tok : std::min(ws.proposed_first, tok);
                ws.proposed_last = std::max(ws.proposed_last, tok);
            }
        }
    }
}

// Whether the answer says base (a token of the point's word without its negative prefix, "visited"
// of "unvisited") negated in another form somewhere, a negation cue at most three words before it
// in its clause: misspelt ("if its land and not visitd") or inflected ("not visiting", "don't track
// visits"), any other surface whose lexeme is a near miss of the base's (the same lexeme too). It
// states the point as "haven't visited" does (read_prefix_opposites, which reads only the point's
// own prefix pair), and the base elsewhere names the other state.
bool negated_other_form_of_base(const Context& ctx, const Token& base) {
    if (base.lex.empty()) return false;
    const std::string& base_lexeme = ctx.lexicon.str(base.lex[0]);
    for (size_t i = 0; i < ctx.answer.tokens.size(); ++i) {
        const Token& t = ctx.answer.tokens[i];
        if (t.dismissed || t.lex.empty() || t.surface == base.surface) continue;
        bool negated = t.negated;   // (in a condition too, as said_negated reads it: "if ... not visitd")
        for (size_t k = i; !negated && k-- > 0 && k + 3 >= i && ctx.answer.tokens[k].clause == t.clause;)
            negated = ctx.answer.tokens[k].negation_cue;
        if (!negated) continue;
        if (string_quality(base_lexeme, ctx.lexicon.str(t.lex[0]), base.surface, t.surface) >= near_miss_quality) return true;
    }
    return false;
}

// The same word with a negative prefix, or without it ("guessable" for "unguessable",
// "inconsistent" for "consistent"): an opposite, like a word of the antonym lists.
// candidates: prefix_opposite_tokens of the term.
void read_prefix_opposites(const Context& ctx, const std::vector<Term>& terms, const Term& term,
                           const std::vector<int>& candidates, const Window& w, TermReading& r) {
    double& qp = r.qp;
    double& qn = r.qn;
    int& tp = r.tp;
    int& tn = r.tn;
    // The base with a negation before it in its clause ("not visited"), in a condition too
    // ("when I hit land I haven't visited"), whose negation denies nothing else: it is the
    // prefixed word said in two words ("unvisited").
    auto said_negated = [&](int i) {
        const Token& t = ctx.answer.tokens[static_cast<size_t>(i)];
        if (t.negated) return true;
        for (int k = i - 1; k >= 0 && k >= i - 3; --k) {
            const Token& c = ctx.answer.tokens[static_cast<size_t>(k)];
            if (c.clause != t.clause) break;
            if (c.negation_cue) return true;
        }
        return false;
    };
    // An answer that says the point's word as its negated base somewhere ("a cell I
    // haven't visited" for "unvisited cell") states the point: the base elsewhere names
    // the other state ("the visited set"), which the point assumes, and denies nothing.
    const bool stated_by_negated_base = std::any_of(candidates.begin(), candidates.end(), [&](int i) {
        const Token& t = ctx.answer.tokens[static_cast<size_t>(i)];
        return !t.dismissed && !t.spared && said_negated(i) && morphological_opposites(term.surface, t.surface);
    });
    for (auto it = std::lower_bound(candidates.begin(), candidates.end(), w.begin);
         it != candidates.end() && *it < w.end; ++it) {
        const int i = *it;
        const Token& t = ctx.answer.tokens[static_cast<size_t>(i)];
        if (t.spared) continue;
        // "non constant", "non-constant": the word with its prefix written apart.
        if (i > w.begin && ctx.answer.tokens[static_cast<size_t>(i - 1)].surface == std::string_view("non")) {
            if ((term.surface == "non" + std::string(t.surface) || term.surface == "non-" + std::string(t.surface)) && !t.negated) {
                qp = 1.0;   // the point's own word
                tp = i;
            }
            continue;
        }
        if (!morphological_opposites(term.surface, t.surface)) continue;
        // A point naming both forms ("nonconstant pointer to constant data") takes no side.
        if (std::any_of(terms.begin(), terms.end(), [&](const Term& o) { return o.surface == t.surface; })) break;
        if (said_negated(i) && !t.dismissed) {
            if (qp < 0.9) { qp = 0.9; tp = i; }   // "not guessable" says "unguessable"
        } else if (qn < 1.0 && !stated_by_negated_base && !term.asked && !negated_other_form_of_base(ctx, t)) {   // "guessable IDs", "guessable IDs don't matter"
            qn = 1.0;
            tn = i;
            r.morphological = true;
        }
    }
}

// Adds what a term found (r) to the window's score.
void add_term_reading(const Context& ctx, const Term& term, const TermReading& r, WindowScore& ws) {
    const double qp = r.qp, qn = r.qn;
    const int tp = r.tp, tn = r.tn;
    const bool morphological = r.morphological;
    ws.pos += term.weight * qp;
    ws.matched += qp > 0.0;
    ws.matched_any += qp > 0.0 || qn > 0.0;
    if (tp >= 0) {
        ws.first = ws.first < 0 ? tp : std::min(ws.first, tp);
        ws.last = std::max(ws.last, tp);
    }
    if (qn > qp) {
        if (morphological) {
            ++ws.antonym_flips;
            ws.antonym_conflict = true;
        } else if (term.antonym < 0 && !ctx.answer.tokens[static_cast<size_t>(tn)].dismissed) {
            ++ws.negation_flips;   // a dismissal denies importance, not the word: no double flip
        }
        ws.neg += term.weight * (qn - qp);
        if (ctx.answer.tokens[static_cast<size_t>(tn)].dismissed && !term.reduced && !term.negated) {
            ws.dismissed += term.weight * (qn - qp);
            ++ws.dismissed_terms;
        }
        if (term.distinctive && !morphological && !term.reduced && !term.negated && denies_word_itself(ctx, term, tn, qn))
            ws.denied_distinctive += term.weight * (qn - qp);
        ws.neg_first = ws.neg_first < 0 ? tn : std::min(ws.neg_first, tn);
        ws.neg_last = std::max(ws.neg_last, tn);
    }
}

// The window denies nothing after all: its denials fall on function words only (Term::function_word).
void clear_denial(WindowScore& ws) {
    ws.neg = 0.0;
    ws.negation_flips = 0;
    ws.dismissed = 0.0;
    ws.dismissed_terms = 0;
    ws.denied_distinctive = 0.0;
    ws.neg_first = ws.neg_last = -1;
}

// Whether answer token tok is one of the terms' words (the word itself, a typo or a synonym), by
// their match lists in the window.
bool held_by_terms(const std::vector<Term>& terms, const TermMatches* lists, int tok) {
    for (size_t i = 0; i < terms.size(); ++i)
        for (const auto& [at, q] : lists[i]) {
            if (at > tok) break;
            if (at == tok && q >= near_miss_quality) return true;
        }
    return false;
}

// Whether a negation in window w denies another claim made with the point's verb: the first word
// it denies is a word of the point (its verb: "don't speed up", "n'accélèrent pas", "لا تسرع"),
// and the next word it denies, the thing the verb is said of, is a word that another key point of
// the question holds and this point does not ("indexes don't speed up writes" for "indexes speed
// up reads" when another point is "write overhead on insert/update/delete"): the negation speaks
// of that other thing, not of the point. (Called only when one of the point's heaviest words is
// absent from the window: "indexes don't speed up reads or writes" denies the point.) Not a
// negation of a noun ("no tolerance on the time", "aucune"): that denies its noun whatever
// follows. The question's own words, grammar words and any word of this point are no other claim:
// "indexes don't speed up queries" denies the point.
bool denies_other_claim(const Context& ctx, const std::vector<Term>& terms, const TermMatches* lists, const Window& w) {
    const auto& tokens = ctx.answer.tokens;
    // The next word a negation denies after token k, in its clause (past grammar words and other
    // cues: "ne ... pas", "don't"), or -1.
    auto next_denied = [&](int k) {
        const int clause = tokens[static_cast<size_t>(k)].clause;
        for (int j = k + 1; j < w.end && tokens[static_cast<size_t>(j)].clause == clause; ++j) {
            const Token& t = tokens[static_cast<size_t>(j)];
            if (t.negation_cue || !t.content() || is_function_word(t.surface)) continue;
            return t.negated && !t.dismissed ? j : -1;
        }
        return -1;
    };
    for (int cue = w.begin; cue < w.end; ++cue) {
        const Token& c = tokens[static_cast<size_t>(cue)];
        if (!c.negation_cue || c.info.determiner_negation) continue;
        int k = next_denied(cue);
        if (k < 0 || !held_by_terms(terms, lists, k)) continue;
        // (A word of the point next, "I don't hash passwords or salts", denies the point.)
        const int j = next_denied(k);
        if (j < 0 || held_by_terms(terms, lists, j)) continue;
        const Token& other = tokens[static_cast<size_t>(j)];
        const int lex = other.lex[0];
        if (ctx.model.is_question_word(lex) || !ctx.model.is_point_word(lex) || is_generic_word(other.surface) ||
            std::any_of(terms.begin(), terms.end(), [&](const Term& t) { return t.lex == lex; }))
            continue;
        return true;
    }
    return false;
}

// Two flips cancel: "asynchronous calls don't block" agrees with "synchronous code blocks".
void cancel_double_flips(WindowScore& ws) {
    if (ws.antonym_flips > 0 && ws.negation_flips > 0 && (ws.antonym_flips + ws.negation_flips) % 2 == 0) {
        ws.pos += ws.neg;
        ws.neg = 0.0;
        ws.dismissed = 0.0;
        ws.dismissed_terms = 0;
        ws.denied_distinctive = 0.0;
        ws.antonym_conflict = false;
    }
}

}  // namespace

// How a list of terms meets window w (window k).
// Whatever this reads of the answer for a term must be among the tokens list_windows marks for
// it (match_point skips windows and terms holding none of those): a new test on other tokens
// goes there too, or results change.
// lists[i]: term_matches of terms[i] (looked up once per point, not once per window), from which
// the tokens before w are dropped: a list is scored window after window, in the windows' order
// (their first tokens never go back).
// own_words: the point's own wording (opposites by a negative prefix are looked for only there,
// not in the sample sentences that widen it). opposites[i] (with own_words): the point's memo of
// prefix_opposite_tokens of terms[i] (list_windows fills it; its values never move).
// term_bits (or null): the terms' windows from i * words on (see list_windows), which hold all
// that score_terms could find, opposites included: a term outside them adds its weight to the
// total and nothing else, and is passed over. (To judge a token found, score_terms also reads
// its clause, and after a pronoun subject its sentence's earlier clauses: never another
// sentence, which score_known relies on.)
// list: the terms' PointList (list_windows has seen them): whether a term can take up a
// negation (absorbs), their weights' total and their masks; the score is written to its score.
void score_terms(Context& ctx, const std::vector<Term>& terms, TermMatches* lists, const Window& w, bool own_words,
                 const std::vector<int>** opposites, const uint64_t* term_bits, size_t k, size_t words,
                 Context::PointList& list) {
    const VisitedTerms visited(ctx, terms.size(), term_bits, k, words, list);
    // (Scored into the list's own score, where list_score keeps it, rather than returned and
    // copied there: a score is some hundred bytes, and lists are scored some fifty times an answer.)
    WindowScore& ws = list.score;
    ws = WindowScore{};
    // Every term's weight, summed in term order as list_windows summed it (the same double).
    ws.total = list.total;
    WindowNegations negations;
    find_absorbed(ctx, terms, w, visited, list, negations);
    find_absence_denials(ctx, terms, lists, w, visited, list, negations);
    int denied_words = 0, denied_function_words = 0;   // terms the window denies (qn > qp), of each kind
    // The point's heaviest words (its rarest, most its own: see denies_other_claim), and whether
    // the window meets one of them, stated, denied or swapped.
    double heaviest = 0.0;
    if (own_words)
        for (const Term& term : terms) heaviest = std::max(heaviest, term.weight);
    int heaviest_terms = 0, heaviest_met_terms = 0;
    if (own_words)
        for (const Term& term : terms) heaviest_terms += term.weight >= heaviest;
    for (size_t term_index = visited.next(0); term_index < terms.size(); term_index = visited.next(term_index + 1)) {
        const Term& term = terms[term_index];
        TermReading r;
        if (term.antonym >= 0) read_antonyms(ctx, terms, term, w, r, ws);
        const int stated_class = term.stated_class();
        if (stated_class >= 0 && r.qp < 1.0)
            for (const int tok : tokens_in(ctx.complexity_tokens, w))
                if (ctx.answer.tokens[static_cast<size_t>(tok)].complexity == stated_class) {
                    r.qp = 1.0;
                    r.tp = tok;
                    break;
                }
        read_matches(ctx, terms, term, lists[term_index], w, negations, r, ws);
        if (!term.denied_lexeme.empty() && r.qp < 1.0) {
            const auto [tok, q] = denied_base_match(ctx, term, w);
            if (q > r.qp) {
                r.qp = q;
                r.tp = tok;
            }
        }
        if (own_words && term.antonym < 0 && r.qp < 1.0 && term.surface.size() >= 5) {
            const std::vector<int>*& memo = opposites[term_index];
            if (memo == nullptr) memo = &prefix_opposite_tokens(ctx, term);
            read_prefix_opposites(ctx, terms, term, *memo, w, r);
        }
        add_term_reading(ctx, term, r, ws);
        if (r.qn > r.qp) ++(term.function_word ? denied_function_words : denied_words);
        if (own_words && term.weight >= heaviest && (r.qp > 0.0 || r.qn > 0.0 || term.antonym >= 0)) ++heaviest_met_terms;
    }
    if (denied_function_words > 0 && denied_words == 0) clear_denial(ws);
    if (own_words && heaviest_met_terms < heaviest_terms && ws.negation_flips > 0 && denies_other_claim(ctx, terms, lists, w)) clear_denial(ws);
    cancel_double_flips(ws);
}

}  // namespace utopiahire::core
