#include "core/cpp_only.hpp"

// A negation of the answer that is the point's own negation, placed elsewhere in the sentence: a
// negative point ("primary key columns cannot be null") is often stated with the negation on its
// subject ("neither a primary key nor any of its columns can be null", "none of the key columns may
// be null", "ni la clé primaire ni ses colonnes ne peuvent être nulles", "aucune colonne ne peut être
// nulle"). Such a sentence denies the point's subject words only as the point denies them: together
// with the predicate the point negates. score_terms asks this before it counts a word of the point
// outside its negation as denied.

#include "core/matcher_internal.hpp"

#include "core/lexicon_data.hpp"
#include "core/negation_words.hpp"

namespace utopiahire::core {

namespace {

// Whether negation cue k, after cue `previous` of its clause (the one before it), goes on with
// that negation rather than adding one: a correlative ("neither X nor Y", "ni X ni Y", Arabic "لا X
// ولا Y"), the French "ne" that a negative word just before it needs ("personne ne", "aucune colonne
// ne", "ni ... ni ... ne", "rien ne"), and a negative quantifier right after a negation (Arabic "لا
// أحد"). Any other cue ("not", "never", "pas", "لم", the "ne" of a second "ne ... pas") is a second
// negation: two negations cancel, or one denies the other ("ce n'est pas vrai que ... ne peut pas"),
// and neither says the point's negation again.
bool continues_negation(const Document& doc, size_t k, size_t previous) {
    const Token& t = doc.tokens[k];
    if (is_correlative_negation(t.surface)) return true;
    if (t.surface == std::string_view("ne") || t.surface == std::string_view("n"))
        return needs_french_ne(doc.tokens[previous].surface);
    return t.info.role == role_negative_quantifier && previous + 1 == k;
}

}  // namespace

bool negation_is_the_points(const Context& ctx, const std::vector<Term>& terms, size_t term_index, int tok) {
    // (Only a negative point has words its negation holds.)
    if (std::none_of(terms.begin(), terms.end(), [](const Term& term) { return term.negated && term.lex >= 0; })) return false;
    // (A point's word of absence, "avoid" of "avoid lock contention", negates the words after it
    // without a negation: "I can't avoid lock contention" denies it, see speaker_rejects_absence.)
    if (terms[term_index].states_absence) return false;
    const Document& doc = ctx.answer;
    const int cue = negation_cue_of(doc, tok);
    if (cue < 0) return false;
    const int clause = doc.tokens[static_cast<size_t>(cue)].clause;
    // Nor after another negation earlier in the sentence that this one does not go on with: "it
    // is not true that no GET request changes the state" denies the point's negation.
    for (size_t k = static_cast<size_t>(cue), j = k; j-- > 0 && doc.tokens[j].sentence == doc.tokens[k].sentence;) {
        if (!doc.tokens[j].negation_cue) continue;
        if (!continues_negation(doc, k, j)) return false;
        k = j;
    }
    // "No" opening its clause ("no GET request should change the server state", "aucune requête
    // ne ..."): its noun phrase is the subject, and the verb after it is denied with it, though the
    // scope of "no" ends with its noun phrase.
    const bool denied_subject = doc.tokens[static_cast<size_t>(cue)].info.determiner_negation &&
                                (cue == 0 || doc.tokens[static_cast<size_t>(cue) - 1].clause != clause);
    size_t previous = static_cast<size_t>(cue);
    for (size_t k = previous + 1; k < doc.tokens.size() && doc.tokens[k].clause == clause; ++k) {
        const Token& t = doc.tokens[k];
        if (t.negation_cue) {
            if (!continues_negation(doc, k, previous)) return false;
            previous = k;
            continue;
        }
        if (static_cast<int>(k) == tok || !(t.negated || denied_subject) || t.dismissed || t.spared || !t.content()) continue;
        // A word the point negates after the term (the point's subject, then the predicate it
        // negates), in the scope of this same negation: the negation is the point's. (Not a word the
        // point negates before it: "a tuple can't be modified or hashed" stretches the negation of
        // "a tuple cannot be modified" over the "hashable" that follows it in "..., so it is hashable".)
        bool negated_by_point = false;
        for (size_t i = term_index + 1; i < terms.size() && !negated_by_point; ++i)
            negated_by_point = terms[i].negated && !terms[i].absence_implied && terms[i].lex >= 0 &&
                               std::find(t.lex.begin(), t.lex.end(), terms[i].lex) != t.lex.end();
        if (negated_by_point) return true;
    }
    return false;
}

// A negative quantifier's denial of another doing spares the point's word it is done to only when
// that doing is itself the opposite of a word the point states: "nobody can change the shared
// items" (change, of "immutable") says the items stay as they are, so "shared" is not denied. Any
// other doing denied ("nobody can keep the shared items unchanged", "personne n'a rendu les
// éléments partagés immuables": a causative) denies the state the point's word names, and so the
// word itself.
bool quantifier_denies_opposite(const Context& ctx, const std::vector<Term>& terms, int tok) {
    const Document& doc = ctx.answer;
    const int cue = negation_cue_of(doc, tok);
    if (cue < 0) return false;
    const int clause = doc.tokens[static_cast<size_t>(cue)].clause;
    const int opening = negation_opening(doc, cue);
    const bool quantifier = doc.tokens[static_cast<size_t>(opening)].info.role == role_negative_quantifier ||
                            (opening > 0 && doc.tokens[static_cast<size_t>(opening) - 1].clause == clause &&
                             doc.tokens[static_cast<size_t>(opening) - 1].info.role == role_negative_quantifier);
    if (!quantifier) return false;
    // The clause's verb: the first word of content after the negation ("be", the perfect's
    // auxiliary and a word of ability are none: "personne n'a rendu", "personne ne peut modifier").
    for (int k = cue + 1; k < tok; ++k) {
        const Token& t = doc.tokens[static_cast<size_t>(k)];
        if (t.negation_cue || !t.content() || is_be_form(t.surface) || is_perfect_form(t.surface) || is_ability_word(t.surface))
            continue;
        return std::any_of(terms.begin(), terms.end(), [&](const Term& term) {
            if (term.negated) return term.lex >= 0 && term_quality(ctx, term, t) >= near_miss_quality;   // "must not be changed"
            // The other side of the point's word: its antonym ("private" of "shared"), or the base
            // its negative prefix denies ("mutable" of "immutable", and the words of its group:
            // "change", "modify").
            if (term.antonym >= 0 && t.antonym >= 0 && term.antonym / 2 == t.antonym / 2 && term.antonym != t.antonym) return true;
            if (term.denied_surface.empty()) return false;
            const int base_group = word_info(term.denied_surface).group;
            return (base_group >= 0 && t.info.group == base_group) ||
                   (!t.lex.empty() && ctx.lexicon.str(t.lex[0]) == term.denied_lexeme);
        });
    }
    return false;
}

}  // namespace utopiahire::core
