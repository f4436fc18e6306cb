#include "core/cpp_only.hpp"

// Whether the answer makes one of the question's common mistakes: the mistake's terms matched as a
// point in one sentence, not named as wrong, not denied, with the question's words it is about.

#include "core/matcher_internal.hpp"

#include "core/lexicon_data.hpp"
#include "core/string_index.hpp"

namespace utopiahire::core {

const PointMatch& mistake_match(Context& ctx, size_t i) {
    if (ctx.mistake_matches.size() < ctx.model.mistakes.size()) ctx.mistake_matches.resize(ctx.model.mistakes.size());
    std::optional<PointMatch>& memo = ctx.mistake_matches[i];
    if (!memo) {
        const MistakeModel& mistake = ctx.model.mistakes[i];
        if (!mistake.probe.variants.empty()) {
            memo = match_point(ctx, mistake.probe);
        } else {   // a model prepare_matching has not seen
            PointModel probe;
            probe.variants.push_back(mistake.terms);
            probe.one_sentence = true;
            memo = match_point(ctx, probe);
        }
    }
    return *memo;
}

bool mistake_named_wrong(const Context& ctx, size_t i, int sentence) {
    // Names of a wrong claim, anywhere in the sentence ("a common misconception is ..."), and
    // verdicts after a copula ("but that is wrong", "c'est faux"; not "if something goes wrong").
    // (Not "false": a program's value, "returns False", more often than a verdict.)
    static constexpr std::string_view names[] = {"myth", "misconception", "misconceptions", "pitfall", "pitfalls", "mistake",
                                                 "erreur", "\u062e\u0637\u0623", "\u062e\u0627\u0637\u0626"};
    static constexpr std::string_view verdicts[] = {"wrong", "incorrect", "untrue", "faux", "fausse"};
    static constexpr std::string_view copulas[] = {"is", "s", "are", "re", "was", "were", "est"};
    const auto& terms = ctx.model.mistakes[i].terms;
    const auto& tokens = ctx.answer.tokens;
    for (size_t k = 0; k < tokens.size(); ++k) {
        const Token& t = tokens[k];
        if (t.sentence != sentence || t.negated) continue;
        const bool verdict = one_of(t.surface, verdicts) && ((k >= 1 && one_of(tokens[k - 1].surface, copulas)) ||
                                                             (k >= 2 && one_of(tokens[k - 2].surface, copulas)));
        if (!verdict && !one_of(t.surface, names)) continue;
        // (not a word of the mistake itself: "using the wrong index")
        if (std::none_of(terms.begin(), terms.end(), [&](const Term& term) { return term.surface == t.surface; })) return true;
    }
    return false;
}

namespace {

// Whether the answer leaves out the object of omission mistake i where `hit` meets it: a word of
// omission in the clauses of the hit ("clock drift is negligible", "on peut négliger la dérive"),
// not itself denied ("we cannot neglect clock drift": the cue before it is no longer a negation cue,
// see build_document, so the lexicon's negation flag is asked, two words back in its clause).
bool omission_said(const Context& ctx, const std::vector<Term>& terms, const PointMatch& hit) {
    const auto& tokens = ctx.answer.tokens;
    size_t from = static_cast<size_t>(hit.first), to = static_cast<size_t>(hit.last);
    while (from > 0 && tokens[from - 1].clause == tokens[from].clause) --from;
    while (to + 1 < tokens.size() && tokens[to + 1].clause == tokens[to].clause) ++to;
    for (size_t k = from; k <= to; ++k) {
        const Token& t = tokens[k];
        if (t.info.role != role_omission || t.negated) continue;
        // (Not a word of the thing left out: "skip" of "Forgetting to skip punctuation".)
        if (std::any_of(terms.begin(), terms.end(),
                        [&](const Term& term) { return std::find(t.lex.begin(), t.lex.end(), term.lex) != t.lex.end(); }))
            continue;
        bool denied = false;
        for (size_t j = k; j-- > 0 && j + 2 >= k && tokens[j].clause == t.clause;) denied = denied || tokens[j].info.negation;
        if (!denied) return true;
    }
    return false;
}

}  // namespace

bool mistake_denied(Context& ctx, size_t i, const PointMatch& hit) {
    const auto& terms = ctx.model.mistakes[i].terms;
    const auto& tokens = ctx.answer.tokens;
    const Token& first = tokens[static_cast<size_t>(hit.first)];
    const Token& last = tokens[static_cast<size_t>(hit.last)];
    if (ctx.model.mistakes[i].omission && !omission_said(ctx, terms, hit)) return true;
    if (std::none_of(terms.begin(), terms.end(), [](const Term& t) { return t.negated; })) {
        // An affirmative mistake met in a clause with a negation ("removing it in a later commit
        // doesn't help", "what I'd avoid at rush hour is a DB restart") or a warning against
        // it done alone ("don't just store passwords in plain text; hash them", Token::restriction_warns).
        for (int k = hit.first; k >= 0 && tokens[static_cast<size_t>(k)].clause == first.clause; --k)
            if (tokens[static_cast<size_t>(k)].negation_cue || tokens[static_cast<size_t>(k)].restriction_warns) return true;
        for (size_t k = static_cast<size_t>(hit.first); k < tokens.size() && tokens[k].clause <= last.clause; ++k)
            if (tokens[k].negation_cue || tokens[k].restriction_warns) return true;
        return false;
    }
    // A mistake that leaves something out ("retraining without a diagnosis") whose left-out word the
    // sentence says plainly and nowhere denies ("after the diagnosis I retrain") is not made.
    for (const Term& t : terms) {
        if (!t.negated) continue;
        bool plain = false, denied = false;
        for (const auto& m : term_matches(ctx, t)) {
            const Token& tok = tokens[static_cast<size_t>(m.first)];
            if (tok.sentence != first.sentence || m.second < near_miss_quality) continue;
            (tok.negated ? denied : plain) = true;
        }
        if (plain && !denied) return true;
    }
    return false;
}

bool mistake_stated(Context& ctx, size_t i) {
    const PointMatch& hit = mistake_match(ctx, i);
    if (hit.score < mistake_stated_score || hit.first < 0) return false;
    const auto& tokens = ctx.answer.tokens;
    const int sentence = tokens[static_cast<size_t>(hit.first)].sentence;
    if (tokens[static_cast<size_t>(hit.last)].sentence != sentence) return false;
    if (mistake_named_wrong(ctx, i, sentence)) return false;
    if (mistake_denied(ctx, i, hit)) return false;
    // The question's own words in the claim name what it is about, and weigh little: they must be
    // there ("a tuple can be a dictionary key" does not say that lists can).
    for (const Term& t : ctx.model.mistakes[i].terms) {
        // (Not a function word: "إلى" names nothing.)
        if (t.lex < 0 || !ctx.model.is_question_word(t.lex) || is_function_word(t.surface)) continue;
        bool met = false;
        for (const auto& m : term_matches(ctx, t)) met = met || tokens[static_cast<size_t>(m.first)].sentence == sentence;
        if (!met) return false;
    }
    return true;
}

}  // namespace utopiahire::core
