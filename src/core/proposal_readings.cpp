#include "core/cpp_only.hpp"

// What the speaker says they do: a negative point ("do not merge without review", "never store
// passwords in plain text") is contradicted by an answer proposing the very act it rules out ("I'd
// merge it myself", "we stored them as plain text"), with no negation word anywhere near.
// score_terms asks this of the answer's words that meet such a point's words.

#include "core/matcher_internal.hpp"

#include "core/claim_frames.hpp"
#include "core/lexicon_data.hpp"
#include "core/string_index.hpp"

namespace utopiahire::core {

namespace {

// Whether answer token tok is in a question: the first mark that ends a sentence after it is a
// question mark ("should I merge it myself? No."; the tokens' sentences may run on past it).
bool asked(const Document& doc, int tok) {
    const Token& t = doc.tokens[static_cast<size_t>(tok)];
    const size_t end = doc.text.find_first_of(".!?\n", static_cast<size_t>(t.byte_start + t.byte_len));
    return end != std::string_view::npos && doc.text[end] == '?';
}

// A state since left, said in the clause of answer token tok: "initially", "at first", "au
// début", "we used to".
bool former_state(const Document& doc, int tok) {
    const int clause = doc.tokens[static_cast<size_t>(tok)].clause;
    size_t from = static_cast<size_t>(tok);
    while (from > 0 && doc.tokens[from - 1].clause == clause) --from;
    for (size_t k = from; k < doc.tokens.size() && doc.tokens[k].clause == clause; ++k) {
        const Token& t = doc.tokens[k];
        if (t.info.role == role_former) return true;
        if (k == from) continue;
        const std::string_view before(doc.tokens[k - 1].surface), w(t.surface);
        if ((before == "at" && w == "first") || (before == "au" && w == "début") || (before == "used" && w == "to"))
            return true;
    }
    return false;
}

// Whether the act at answer token tok is a past told as a lesson: a past time in its sentence ("years
// ago", "once", "last year", "l'an dernier", مرة) or the act's past tense (said_in_past) and, after it
// in the answer, the turn to the way now ("...; now we hash them", "Never again.", "depuis, nous
// hachons", "منذ ذلك ..."). The story tells what the speaker left, as "initially" does.
bool told_as_lesson(const Document& doc, int tok) {
    const int sentence = doc.tokens[static_cast<size_t>(tok)].sentence;
    size_t from = static_cast<size_t>(tok);   // (the act's sentence and what follows it: not the whole answer)
    while (from > 0 && doc.tokens[from - 1].sentence == sentence) --from;
    // (The act in a past tense is a past time too: "I merged without a review and broke production;
    // now I always wait", "j'ai fusionné sans revue ; depuis, j'attends".)
    bool past = said_in_past(tok > 0 ? std::string_view(doc.tokens[static_cast<size_t>(tok) - 1].surface) : std::string_view(),
                             doc.tokens[static_cast<size_t>(tok)].surface);
    for (size_t k = from; k < doc.tokens.size(); ++k) {
        const Token& t = doc.tokens[k];
        if (t.sentence == sentence && tells_past_time(t.surface)) past = true;
        if (past && static_cast<int>(k) > tok &&
            turns_to_now(k > 0 ? std::string_view(doc.tokens[k - 1].surface) : std::string_view(), t.surface))
            return true;
        if (t.sentence > sentence && !past) return false;
    }
    return false;
}

// Whether the clause says the speaker does it by their own hand: "myself", "ourselves", "moi-même",
// بنفسي (role_reflexive).
bool own_hand(const Document& doc, int clause) {
    return std::any_of(doc.tokens.begin(), doc.tokens.end(),
                       [&](const Token& t) { return t.clause == clause && t.info.role == role_reflexive; });
}

// Whether the words from answer token from on, in its clause, name a word the point's act goes
// without (Term::lacked): "without (waiting for any) review" for "do not merge without review".
bool names_lacked(const Document& doc, const std::vector<Term>& terms, size_t from) {
    for (size_t k = from; k < doc.tokens.size() && doc.tokens[k].clause == doc.tokens[from].clause; ++k) {
        const Token& t = doc.tokens[k];
        if (t.content() && std::any_of(terms.begin(), terms.end(), [&](const Term& term) {
                return term.lacked && term.lex >= 0 && std::find(t.lex.begin(), t.lex.end(), term.lex) != t.lex.end();
            }))
            return true;
    }
    return false;
}

}  // namespace

// Whether answer token tok lies in a phrase of lack ("without", "sans", بدون: role_absence) of its
// clause, no other negation between: "I merge without review", "je fusionne sans revue". Said of
// a word the point's act goes without (Term::lacked), it repeats the act the point rules out
// rather than denying it ("never ... without review" is denied by its "never", not its "without").
bool lack_said_again(const Document& doc, int tok) {
    const int clause = doc.tokens[static_cast<size_t>(tok)].clause;
    for (int k = tok - 1; k >= 0 && doc.tokens[static_cast<size_t>(k)].clause == clause; --k) {
        const Token& t = doc.tokens[static_cast<size_t>(k)];
        if (t.info.role == role_absence) {
            for (int j = k - 1; j >= 0 && doc.tokens[static_cast<size_t>(j)].clause == clause; --j)
                if (doc.tokens[static_cast<size_t>(j)].negation_cue) return false;
            return true;
        }
        if (t.negation_cue) return false;
    }
    return false;
}

// Token tok said by the speaker as their own act: a first-person subject before it in its clause
// ("I", "we", "je", "nous", "on"; an Arabic verb of the first person, نخزن, is its own subject),
// nothing but a modal or an adverb between, and nothing in the clause up to it that denies,
// conditions or asks it ("I never merge", "if I merge", "should I merge ...?"), nor spares it
// ("instead of merging"), nor tells a state since left ("at first we stored them in plain text"), nor
// is what a mistake says ("the mistake is to think: I'll just merge it myself").
bool speaker_proposes(const Context& ctx, int tok) {
    const Document& doc = ctx.answer;
    const Token& t = doc.tokens[static_cast<size_t>(tok)];
    if (t.negated || t.negation_cue || t.spared || t.avoided || t.dismissed || t.endorsed) return false;
    bool speaker = arabic_first_person_verb(t.surface);
    for (int k = tok - 1; !speaker && k >= 0; --k) {
        const Token& b = doc.tokens[static_cast<size_t>(k)];
        if (b.clause != t.clause || b.negation_cue || b.info.conditional) return false;
        if (b.info.subject) {
            if (!(b.info.first_person || b.surface == "on")) return false;
            speaker = true;
            break;
        }
        // (Only a modal, a contraction or an adverb between: "I'd just merge it", "we'll simply
        // store". A word further off is mostly another act, or the object of one: "I think most
        // teams merge", "I wrap the whole call".)
        const std::string_view w(b.surface);
        if (b.content() && w.size() > 2 && b.info.role != role_restriction && b.info.role != role_counterfactual &&
            !(w.size() > 4 && w.compare(w.size() - 2, 2, "ly") == 0))
            return false;
    }
    return speaker && !asked(doc, tok) && !former_state(doc, tok) && !told_as_lesson(doc, tok) &&
           !said_as_mistake(doc, static_cast<size_t>(tok));
}

// Whether the act at answer token tok is said bare, or with the ruled-out words of the point
// (negated terms): "I'd merge it myself", "we stored them as plain text" (for "never store
// passwords in plain text"); not "we store passwords hashed with bcrypt", "I'd merge it after a
// review", whose other words say how the act is done right. The whole sentence is read, not the
// act's clause alone: the how is often said after a colon or a comma ("we store the passwords:
// hashed and salted", "we store them, but only as salted hashes", "we optimise, yes, but we
// measure first"), the when before it ("only when the review is done do I merge").
bool bare_act(const Context& ctx, const std::vector<Term>& terms, int tok) {
    const Document& doc = ctx.answer;
    const Token& act = doc.tokens[static_cast<size_t>(tok)];
    // (Terms of an opposite class have no lexeme, lex -1: review23 F0 read the lexicon at -1.)
    auto names_point = [&](const Token& t) {
        return t.content() && std::any_of(terms.begin(), terms.end(), [&](const Term& term) {
                   return term.lex >= 0 && term_quality(ctx, term, t) >= related_form_quality;
               });
    };
    // A condition before it in its sentence that names the point ("if a reviewer approves it, I
    // merge it", "only when the review is done do I merge") makes the act the point's own way; one
    // that names none of its words ("if nobody answers by Friday, I merge it"), or names them denied,
    // leaves it bare.
    auto stated = [&](const Token& t) { return t.content() && !t.negated && !t.spared && !t.avoided && !t.dismissed; };
    bool placed = false, sequenced = false, named = false, step = false, timed = false;
    // A word of the step said before (or, after "first", after) the act: stated, and maybe the point's.
    auto take_step = [&](const Token& t) {
        step = step || stated(t);
        named = named || (stated(t) && names_point(t));
    };
    int b = tok - 1;
    for (; b >= 0 && doc.tokens[static_cast<size_t>(b)].sentence == act.sentence; --b) {
        const Token& t = doc.tokens[static_cast<size_t>(b)];
        const std::string_view previous = b > 0 ? std::string_view(doc.tokens[static_cast<size_t>(b) - 1].surface) : "";
        const bool sequence = is_sequence_word(previous, t.surface);
        step = step || (sequenced && !sequence && stated(t));   // (a word before the sequence word)
        sequenced = sequenced || sequence;
        // A time clause opening the sentence, the act in a later clause ("After the review passes, I
        // merge", "Once the review is done, we merge it", "Après la revue, je fusionne", بعد المراجعة
        // أدمج), places it as "if" does; its stated words are the step.
        // (In one clause with the act, as Arabic writes it, بعد التشفير نخزن, when a noun follows the
        // word: not "after I merge it", بعد أن أدمج, whose act is the time clause's own.)
        const Token& after = doc.tokens[static_cast<size_t>(b) + 1];
        const bool opens = (b == 0 || doc.tokens[static_cast<size_t>(b) - 1].sentence != act.sentence) &&
                           opens_time_clause(t.surface, after.surface) &&
                           (t.clause != act.clause || (b + 1 < tok && after.content() && !after.info.subject &&
                                                       after.info.role != role_infinitive &&
                                                       !arabic_first_person_verb(after.surface)));
        if (opens) {
            for (int k = b + 1; k < tok && (k == b + 1 || doc.tokens[static_cast<size_t>(k)].clause != act.clause); ++k)
                step = step || stated(doc.tokens[static_cast<size_t>(k)]);
        }
        timed = timed || opens;
        placed = placed || t.info.conditional || sequence || opens;
        named = named || (stated(t) && names_point(t));
    }
    // A sequence word places the act after a step said before it, in its sentence or in the sentence
    // before: "I get a review, then I merge", "I wait for the approval. Then I merge.",
    // "j'attends la relecture, puis je fusionne", "أنتظر المراجعة ثم أدمج". The step is the point's
    // own when it names the point, and may be when it names another thing ("the approval": the
    // point's words in other words); only a step denied ("nobody reviews it. Then I merge it"), or
    // the act said of the speaker's own hand ("I wait a day, then I merge it myself": alone, what the
    // point rules out), leaves it bare. (French "moi-même" is two tokens, "moi" "même", and is not
    // read as the own hand here.)
    for (; sequenced && b >= 0 && doc.tokens[static_cast<size_t>(b)].sentence == act.sentence - 1; --b)
        take_step(doc.tokens[static_cast<size_t>(b)]);
    // "First" opening the next sentence (after "but" / "mais"), the step said there: "I merge. But
    // first I wait for two approvals.", "Je fusionne. Mais d'abord j'attends la revue.", "أدمج. لكن
    // أولا أنتظر المراجعة."
    size_t n = static_cast<size_t>(tok) + 1;
    while (n < doc.tokens.size() && doc.tokens[n].sentence == act.sentence) ++n;
    bool first = false;   // (within the sentence's first three words)
    for (size_t k = n; k < doc.tokens.size() && doc.tokens[k].sentence == act.sentence + 1 && (first || k < n + 3); ++k) {
        if (k < n + 3 && is_first_step_word(doc.tokens[k].surface)) first = true;
        else if (first) take_step(doc.tokens[k]);
    }
    placed = placed || first;
    sequenced = sequenced || first || timed;
    if (placed && named) return false;
    // (A fronted time clause states its step as the act's precondition, so the own hand said after it
    // is the author doing the act once it is met: "After two approvals, I merge it myself".)
    if (sequenced && step && (timed || !own_hand(doc, act.clause))) return false;
    // A phrase of lack after the act that names what the point's act goes without ("I merge without
    // review", "without waiting for any review", "je fusionne sans revue", أدمج بدون مراجعة) is the
    // ruled-out act said whole; one naming other things ("without breaking the build") says how.
    bool lack = false;
    for (size_t k = static_cast<size_t>(tok) + 1; k < doc.tokens.size() && doc.tokens[k].sentence == act.sentence; ++k) {
        const Token& t = doc.tokens[k];
        if (t.clause == act.clause && t.info.role == role_absence && !lack) {
            lack = names_lacked(doc, terms, k);
            if (lack) continue;
        }
        if (lack && t.clause == act.clause) continue;
        // A lasting condition after it ("we stored them in plain text until an audit") tells a
        // state that ended or the time it holds, not the act proposed as it stands.
        if (t.info.lasting_condition) return false;
        // Another act joined to it ("I'd merge it myself and move on"), or a clause of another
        // subject about it ("je la fusionne, c'est plus rapide", "I'd merge it: they know the code":
        // a reason), says nothing of how; the speaker's own next clause may ("we store them: we
        // hash them first").
        // (A negative quantifier opening a clause is another subject too: "we deploy on fridays,
        // nobody complains", "personne ne se plaint".)
        const bool opens = doc.tokens[k - 1].clause != t.clause;
        if (t.clause == act.clause ? t.info.coordinator
                                   : opens && (t.info.role == role_anaphor || (t.info.subject && !t.info.first_person) ||
                                               t.denies_outright))
            break;
        // (The speaker named again, "myself", "بأنفسنا", says who does it, not how.)
        if (!t.content() || self_assessment_kind(t.surface) == 2 || t.info.role == role_reflexive) continue;
        // (What the point's act goes without, said outside a phrase of lack, is how the act is done
        // right: "I merge after the review", "I merge it with a review".)
        const bool ruled_out = std::any_of(terms.begin(), terms.end(), [&](const Term& term) {
            return term.negated && !term.lacked && term.lex >= 0 && std::find(t.lex.begin(), t.lex.end(), term.lex) != t.lex.end();
        });
        if (!ruled_out) return false;
    }
    return true;
}

}  // namespace utopiahire::core
