#include "core/cpp_only.hpp"

// What a negation in the answer denies: the point's word itself, another subject's doing, the
// thing said to be absent, or a word by its negative prefix ("unguessable" / "guessable").
// score_terms asks these when it meets a negated token.

#include "core/matcher_internal.hpp"

#include "core/lexicon_data.hpp"
#include "core/negation_words.hpp"
#include "core/string_index.hpp"

namespace utopiahire::core {

// "unguessable" / "guessable", "consistent" / "inconsistent", "non-blocking" / "blocking":
// one word is the other with a negative prefix (long enough a remainder that "dispatch" is not
// "patch" nor "inplace" "place").
bool morphological_opposites(std::string_view a, std::string_view b) {
    const size_t diff = a.size() > b.size() ? a.size() - b.size() : b.size() - a.size();
    if (diff < 2 || diff > 4) return false;   // un, in, im, ir, il, dis, non, non-
    const std::string_view longer = a.size() > b.size() ? a : b;
    const std::string_view shorter = a.size() > b.size() ? b : a;
    if (shorter.size() < 4 || longer.substr(diff) != shorter) return false;
    const std::string_view prefix = longer.substr(0, diff);
    if (prefix == "un" || prefix == "non" || prefix == "non-") return true;
    if ((prefix == "in" || prefix == "im" || prefix == "ir" || prefix == "il") && shorter.size() >= 6) return true;
    return prefix == "dis" && shorter.size() >= 6;
}

namespace {

// s is prefix p and at least four letters more. (The first bytes are compared inline: most
// words differ there, and a call to memcmp for each of eight prefixes is most of the cost.)
bool starts_with_prefix(std::string_view s, std::string_view p) {
    return s.size() > p.size() + 3 && s[0] == p[0] && s[1] == p[1] && s.compare(0, p.size(), p) == 0;
}

// Whether s is one of the negative prefixes below (un, non-, non, in, im, ir, il, dis) and at
// least four letters more, as starts_with_prefix with each would say, by its first bytes (every
// word of the answer is asked: a loop over the prefixes cost more than the rest).
bool has_negative_prefix(std::string_view s) {
    if (s.size() < 6) return false;   // a prefix of two letters and four more
    switch (s[0]) {
        case 'u': return s[1] == 'n';
        case 'i': return s[1] == 'n' || s[1] == 'm' || s[1] == 'r' || s[1] == 'l';
        case 'n': return s.size() >= 7 && s[1] == 'o' && s[2] == 'n';   // "non-" is "non" and more
        case 'd': return s.size() >= 7 && s[1] == 'i' && s[2] == 's';
        default: return false;
    }
}

}  // namespace

bool comparative_degree(const Document& doc, size_t i) {
    const Token& t = doc.tokens[i];
    if (t.info.comparative) return true;
    if (i == 0 || doc.tokens[i - 1].clause != t.clause) return false;
    static constexpr std::string_view degree_words[] = {"more", "less", "plus", "moins", "\u0623\u0643\u062b\u0631",
                                                        "\u0623\u0642\u0644"};
    return one_of(doc.tokens[i - 1].surface, degree_words);
}

// (has_negative_prefix tests these by hand: change both together.)
static constexpr std::string_view negative_prefixes[] = {"un", "non-", "non", "in", "im", "ir", "il", "dis"};

unsigned denying_prefixes(std::string_view surface) {
    unsigned denials = 0;
    for (size_t k = 0; k < std::size(negative_prefixes); ++k) {
        const std::string_view p = negative_prefixes[k];
        if (!starts_with_prefix(surface, p)) continue;
        // A token equal to the remainder is an opposite exactly when the remainder is one: asked
        // once ("insert" has no opposite "sert").
        if (morphological_opposites(surface, surface.substr(p.size()))) denials |= 1u << k;
    }
    return denials;
}

// prefix_opposite_tokens of a term not in the memo (Context::prefix_slot, at `slot`): worked out,
// and memoised.
__attribute__((noinline)) const std::vector<int>& find_prefix_opposites(Context& ctx, const Term& term, size_t slot) {
    if (slot >= ctx.prefix_slot.size())
        ctx.prefix_slot.resize(std::max(slot + 1, static_cast<size_t>(ctx.model.term_keys) + 1), Context::prefix_unknown);
    if (!ctx.prefix_index_built) {
        // Once per answer: the words after "non", and the stems of the prefixed words (an answer
        // token is the opposite of a term one prefix longer exactly when the term is its stem; one
        // prefix shorter, the term's denials below find it).
        ctx.prefix_index_built = true;
        for (size_t i = 0; i < ctx.answer.tokens.size(); ++i) {
            const Token& t = ctx.answer.tokens[i];
            if (t.kind == raw_stop) continue;
            if (i > 0 && ctx.answer.tokens[i - 1].surface == std::string_view("non")) ctx.non_followers.push_back(static_cast<int>(i));
            if (!has_negative_prefix(t.surface)) continue;
            const std::string_view surface(t.surface);
            for (size_t prefix = 2; prefix <= 4; ++prefix)
                if (morphological_opposites(surface.substr(prefix), surface))
                    ctx.prefix_stems.emplace_back(surface.substr(prefix), static_cast<int>(i));
        }
    }
    std::vector<int>& tokens = ctx.prefix_scratch;
    tokens.assign(ctx.non_followers.begin(), ctx.non_followers.end());
    for (const auto& [stem, i] : ctx.prefix_stems)
        if (stem == term.surface) tokens.push_back(i);
    const unsigned denials = term.key >= 0 && static_cast<size_t>(term.key) < ctx.model.key_denials.size()
                                 ? ctx.model.key_denials[static_cast<size_t>(term.key)]
                                 : denying_prefixes(term.surface);
    for (unsigned left = denials; left != 0; left &= left - 1) {
        const size_t k = static_cast<size_t>(__builtin_ctz(left));
        const std::string_view rest = std::string_view(term.surface).substr(negative_prefixes[k].size());
        for (size_t i = 0; i < ctx.answer.tokens.size(); ++i) {
            const Token& t = ctx.answer.tokens[i];
            if (t.kind != raw_stop && t.surface == rest) tokens.push_back(static_cast<int>(i));
        }
    }
    if (tokens.empty()) {
        if (slot > 0) ctx.prefix_slot[slot] = Context::prefix_none;
        return ctx.no_prefix_opposites;
    }
    std::sort(tokens.begin(), tokens.end());
    tokens.erase(std::unique(tokens.begin(), tokens.end()), tokens.end());
    if (slot > 0) ctx.prefix_slot[slot] = static_cast<int>(ctx.prefix_opposites.size());
    ctx.prefix_opposites.push_back(tokens);
    return ctx.prefix_opposites.back();
}

// "no limit" states "unlimited": a negated base agrees with the word that denies it. The base
// without a negation is left alone ("port" is not a denial of "import").
std::pair<int, double> denied_base_match(const Context& ctx, const Term& term, const Window& w) {
    std::pair<int, double> best{-1, 0.0};
    if (term.negated) return best;
    for (const int tok : tokens_in(ctx.negated_content_tokens, w)) {
        const Token& t = ctx.answer.tokens[static_cast<size_t>(tok)];
        const std::string& lexeme = ctx.lexicon.str(t.lex[0]);
        const double q = lexeme == term.denied_lexeme
                             ? synonym_quality
                             : std::min(synonym_quality, string_quality(term.denied_lexeme, lexeme, term.denied_surface, t.surface));
        if (q > best.second) best = {tok, q};
    }
    return best;
}

namespace {

// Whether the word after negation cue `cue` is an English -ing form ("we're not using locks"): the
// form of "be" before the negation is then a progressive, a doing.
bool progressive_after(const Document& doc, int cue) {
    const size_t next = static_cast<size_t>(cue) + 1;
    if (next >= doc.tokens.size() || doc.tokens[next].clause != doc.tokens[static_cast<size_t>(cue)].clause) return false;
    const std::string_view w = doc.tokens[next].surface;
    return w.size() > 4 && w.compare(w.size() - 3, 3, "ing") == 0;
}

}  // namespace

// The first cue of the negation whose cue at token cue closes it: the French "ne" of "ne lui réserve
// pas", up to four words before it in its clause; else cue itself.
int negation_opening(const Document& doc, int cue) {
    int first = cue;
    for (int k = cue - 1; k >= 0 && k + 5 > cue && doc.tokens[static_cast<size_t>(k)].clause == doc.tokens[static_cast<size_t>(cue)].clause; --k)
        if (doc.tokens[static_cast<size_t>(k)].negation_cue) first = k;
    return first;
}

// Whether answer token tok, negated, says the thing is absent, as a point that removes, reduces or
// avoids it (Term::absent) asks: a negation that denies the thing outright ("there is no single
// point of failure", "sans verrou") states "remove single points of failure", "avoid locks", and so
// does a denial of a doing with the thing on every occasion ("we don't hit the database on every
// request", "à chaque requête"); a bare "not X" (what is done instead of X), a denial of the
// reduction or removal itself ("we didn't remove the single point of failure", "it doesn't reduce
// memory use": denies_reduction) and a dismissal ("no need for a replica", "no single point of
// failure is worth fixing") do not. An existential denial says it too: "there isn't (any) X"
// ("there" just before the cue's verb) and "we don't have any X" (have, then any / a / an, just
// after the cue).
bool absence_stated(const Context& ctx, int tok) {
    if (ctx.answer.tokens[static_cast<size_t>(tok)].dismissed) return false;
    const int cue = negation_cue_of(ctx.answer, tok);
    if (cue < 0) return false;
    const auto& tokens = ctx.answer.tokens;
    const Token& c = tokens[static_cast<size_t>(cue)];
    // no X, without X, sans X, بدون X; nothing / nobody / rien ne / لا شيء (Token::denies_outright)
    if (c.info.determiner_negation || c.info.role == role_absence || c.denies_outright) return true;
    auto in_clause = [&](int k) { return k >= 0 && k < tok && tokens[static_cast<size_t>(k)].clause == c.clause; };
    auto word_at = [&](int k) { return in_clause(k) ? std::string_view(tokens[static_cast<size_t>(k)].surface) : std::string_view(); };
    auto existential_at = [&](int k) {
        return in_clause(k) && tokens[static_cast<size_t>(k)].info.role == role_existential && tokens[static_cast<size_t>(k)].surface != "y";
    };
    if (existential_at(cue - 2) || existential_at(cue - 3)) return true;   // there isn't / there is not / there are not
    static constexpr std::string_view haves[] = {"have", "has", "had"};
    static constexpr std::string_view some[] = {"any", "a", "an"};
    if (one_of(word_at(cue + 1), haves) && one_of(word_at(cue + 2), some)) return true;
    // A denied doing with the thing on every occasion states the point too ("we don't hit the
    // database on every request", "à chaque requête", في كل طلب: a whole, WordRole role_totality,
    // which the denial leaves in part; "as often", "as much", "pas aussi souvent", "pas autant": the
    // doing as often as without the point, WordRole role_frequency), unless it falls on the
    // reduction itself (denies_reduction).
    // A doing: a word between the clause's negation (its "ne" in French) and the thing; a bare "not
    // X" sets X against what the answer does instead ("it uses loops, not recursion"). Without the
    // whole, a denied doing is mostly a denial of the point in other words ("a cache doesn't take
    // any load off the database", "n'économise pas de mémoire", "doesn't help the load at all").
    const int first_cue = negation_opening(ctx.answer, cue);
    bool doing = false, whole = false;
    for (int k = first_cue + 1; k < tok && !doing; ++k) {
        const Token& t = tokens[static_cast<size_t>(k)];
        doing = t.content() && !t.negation_cue && !is_be_form(t.surface);
    }
    static constexpr std::string_view equal_degree[] = {"as", "so", "aussi", "si"};   // "as often", "pas aussi souvent"
    for (size_t k = static_cast<size_t>(first_cue) + 1; doing && !whole && k < tokens.size() && tokens[k].clause == c.clause; ++k) {
        const WordInfo& info = tokens[k].info;
        const std::string_view before(tokens[k - 1].surface);
        whole = (info.role == role_totality && before != "at" && before != "du") ||   // not "at all"
                (info.role == role_frequency && (one_of(before, equal_degree) || tokens[k].surface == std::string_view("autant")));
    }
    return whole && !denies_reduction(ctx.answer, cue, tok);
}

bool negation_of_knowing(const Context& ctx, int tok) {
    const int cue = negation_cue_of(ctx.answer, tok);
    if (cue < 0) return false;
    for (int k = negation_opening(ctx.answer, cue) + 1; k < tok; ++k)
        if (ctx.answer.tokens[static_cast<size_t>(k)].info.ignorance) return true;
    return false;
}

// Whether the Arabic word w, just after a negation (لا نكتب, لم أكتب), is a verb of the first
// person: its prefix أ (I) or ن (we); ا without a hamza as informal writing has it (لم اكتب), not
// the article ال.
bool arabic_first_person_verb(std::string_view w) {
    if (w.size() < 6) return false;   // a prefix and two letters at least
    if (w.compare(0, 2, "\u0623") == 0 || w.compare(0, 2, "\u0646") == 0) return true;
    return w.compare(0, 2, "\u0627") == 0 && w.compare(2, 2, "\u0644") != 0;
}

// Whether the negation of answer token tok denies another doing of another subject: a clause whose
// subject (a noun phrase, not an adverbial: "in this project", "personally", شخصيا) names a thing
// of none of the terms ("the UNIQUE constraint", "la contrainte UNIQUE"), whose negation first
// denies a verb that is none of them nor a synonym ("ne prend pas en compte les lignes supprimées",
// "doesn't take deleted rows into account"; not "the team should not create an index" of "add an
// index"), says nothing of the point's words it goes on to name ("la ligne est marquée"). The
// speaker's doing ("I don't append the interval", "on ne crée pas", Arabic لا نكتب, لم أكتب), a
// denial of the point's own word first ("the row is not restored"), "no X", "there is no X", "il
// n'y a pas de X" and a dismissal ("لا حاجة لتعديل", "X isn't needed") still deny.
bool denies_other_doing(const Context& ctx, const std::vector<Term>& terms, int tok) {
    if (ctx.answer.tokens[static_cast<size_t>(tok)].dismissed) return false;
    const int cue = negation_cue_of(ctx.answer, tok);
    if (cue < 0) return false;
    const Token& c = ctx.answer.tokens[static_cast<size_t>(cue)];
    if (c.info.determiner_negation) return false;
    auto held = [&](const Token& t) {
        return std::any_of(terms.begin(), terms.end(), [&](const Term& term) {
            return std::find(t.lex.begin(), t.lex.end(), term.lex) != t.lex.end();
        });
    };
    // The words of the terms are looked for last (most negations are the speaker's, or deny the
    // point's word first): the clause before the negation, the first word denied (an auxiliary
    // is no doing: "do not have file scope"), then whether any of those is a term's.
    int from = cue;   // the clause's first token
    for (int k = cue - 1; k >= 0; --k) {
        const Token& t = ctx.answer.tokens[static_cast<size_t>(k)];
        if (t.clause != c.clause) break;
        const std::string_view w(t.surface);
        // (The speaker's own norm too: "a good login system never stores hashed passwords".)
        if (t.info.first_person || t.info.role == role_existential || t.info.role == role_evaluative) return false;
        // French "on" before its negation ("on ne crée pas"): the speaker's team.
        if (w == "on" && k + 1 < static_cast<int>(ctx.answer.tokens.size()) &&
            (ctx.answer.tokens[static_cast<size_t>(k) + 1].surface == "ne" ||
             ctx.answer.tokens[static_cast<size_t>(k) + 1].surface == "n"))
            return false;
        from = k;
    }
    // A subject: a content word outside an adverbial, not an adverb ("personally", "-ly").
    bool subject = false, adverbial = false;
    for (int k = from; k < cue && !subject; ++k) {
        const Token& t = ctx.answer.tokens[static_cast<size_t>(k)];
        const std::string_view w(t.surface);
        if (t.info.role == role_adverbial) adverbial = true;
        else if (t.content() && !adverbial && self_assessment_kind(w) != 2 &&
                 !(w.size() > 4 && w.compare(w.size() - 2, 2, "ly") == 0))
            subject = true;
    }
    // A negative quantifier the subject of the negated verb ("nobody can change the shared
    // objects", "personne ne peut modifier", text.cpp quantifier_subject) is a subject too, of
    // no one's doing in particular: its denial is of the verb first, as another subject's is.
    const int opening = negation_opening(ctx.answer, cue);
    if (ctx.answer.tokens[static_cast<size_t>(opening)].info.role == role_negative_quantifier ||
        (opening > 0 && ctx.answer.tokens[static_cast<size_t>(opening) - 1].clause == c.clause &&
         ctx.answer.tokens[static_cast<size_t>(opening) - 1].info.role == role_negative_quantifier))
        subject = true;
    if (!subject) return false;
    if (arabic_first_person_verb(ctx.answer.tokens[static_cast<size_t>(cue) + 1].surface)) return false;   // cue < tok
    static constexpr std::string_view gets[] = {"get", "gets", "got", "gotten", "getting"};
    int first = -1;
    for (int k = cue + 1; k < tok && first < 0; ++k) {
        const Token& t = ctx.answer.tokens[static_cast<size_t>(k)];
        // (Nor is the "get" of a passive: "nothing gets logged" denies the logging.)
        if (t.content() && !is_be_form(t.surface) && !is_perfect_form(t.surface) && !one_of(t.surface, gets)) first = k;
    }
    if (first < 0) return false;
    // The subject names none of the point's words (a lexeme test, cheap, so before the next one) ...
    for (int k = from; k < cue; ++k)
        if (held(ctx.answer.tokens[static_cast<size_t>(k)])) return false;
    // ... and the denied verb is none of them nor a synonym ("resend" of "retry"), nor brings a
    // thing into being as the point's does ("create" of "add").
    const Token& denied = ctx.answer.tokens[static_cast<size_t>(first)];
    const bool denied_creates = denied.info.role == role_creation;
    return std::none_of(terms.begin(), terms.end(), [&](const Term& term) {
        return term.lex >= 0 && (term_quality(ctx, term, denied) >= near_miss_quality ||
                                 (denied_creates && word_info(term.surface).role == role_creation));
    });
}

// Whether answer token tok, negated, met term with quality q, denies the term's word itself: the
// word, not a typo or a synonym ("really" is not "real", "twice" not "duplicates"; one of the
// alternatives of a slashed word, "prototype" of "prototype/spike"), among the first words the
// negation denies ("I didn't drop any feature", "no PIN"; not "it is not created each time the
// array is called"), by a plain negation (not "instead of making function calls", which names
// what is done otherwise), and not in what the speaker does not know ("I'm not sure of the
// details"). The negation denies a thing outright ("no PIN", "aucune tolérance", "there is no
// reason") or the speaker's own doing ("I didn't report it", "we never tested"): what some other
// subject does not do ("an empty input never reaches a comparison") says nothing of the point.
bool denies_word_itself(const Context& ctx, const Term& term, int tok, double q) {
    if (q < (term.alternatives ? near_miss_quality : 1.0)) return false;
    const int cue = negation_cue_of(ctx.answer, tok);
    if (cue < 0 || ctx.answer.tokens[static_cast<size_t>(cue)].info.comparative_negation) return false;
    const Token& cue_token = ctx.answer.tokens[static_cast<size_t>(cue)];
    if (!cue_token.info.determiner_negation) {
        if (is_be_form(cue_token.surface)) return false;   // Arabic لست: "I am not"
        int own = -1;   // a first-person subject (or "there") just before the negation, in its clause
        for (int k = cue - 1; k >= 0 && k >= cue - max_subject_before_negation && own < 0; --k) {
            const Token& t = ctx.answer.tokens[static_cast<size_t>(k)];
            if (t.clause != cue_token.clause) break;
            if ((t.info.subject && t.info.first_person) || t.info.role == role_existential ||
                t.info.role == role_evaluative)   // the speaker's norm: "a good login system never stores"
                own = k;
        }
        if (own < 0) return false;
        // "I'm not a Kubernetes expert", "je ne suis pas expert": a form of "be" after the speaker
        // describes the speaker and denies no doing ("we're not using locks" still does).
        // (The same for a norm: "a good cache is not a database" describes.)
        const bool speaker = ctx.answer.tokens[static_cast<size_t>(own)].info.first_person ||
                             ctx.answer.tokens[static_cast<size_t>(own)].info.role == role_evaluative;
        for (int k = own + 1; speaker && k < cue; ++k)
            if (is_be_form(ctx.answer.tokens[static_cast<size_t>(k)].surface) && !progressive_after(ctx.answer, cue))
                return false;
    }
    int words = 0;   // content words the negation denies before tok
    for (int k = cue + 1; k < tok; ++k) {
        const Token& t = ctx.answer.tokens[static_cast<size_t>(k)];
        if (t.info.ignorance) return false;
        words += t.content();
    }
    return words <= max_words_before_denied;
}

// Whether the ability word at answer token ability ("can", "cannot", "pouvons", Arabic نستطيع),
// denied before the point's word of absence at token tok, tells the speaker's own inability, said
// without a limit: "we cannot avoid lock contention", "je ne peux pas éviter ...". Not "we can't
// prevent it with one server", "... if the primary is single", nor one a word of a whole limits
// ("... entirely", "in every case", "never totally", "pas toujours", "not all": WordRole
// role_totality; "at all", "du tout" only strengthen it): what the speaker cannot do in one way or
// in full argues for another, or for part of it.
// When it does, remedy is the first connective of consequence after the denied word in its
// sentence ("..., so we shard the locks": role_consequence), or -1: what follows it may be the
// point's way to the thing (see find_absence_denials).
bool speaker_cannot(const Context& ctx, int ability, int tok, int& remedy) {
    static constexpr std::string_view means[] = {"with", "by", "using", "alone", "avec", "par", "seul", "seule",
                                                 "\u0628\u0627\u0633\u062a\u062e\u062f\u0627\u0645"};   // باستخدام
    const auto& tokens = ctx.answer.tokens;
    const Token& a = tokens[static_cast<size_t>(ability)];
    // The speaker is the subject of the ability word: just before it ("we cannot", "nous ne
    // pouvons"), or in its Arabic first-person form.
    bool speaker = arabic_first_person_verb(a.surface);
    for (int k = ability - 1; !speaker && k >= 0 && k + 3 > ability && tokens[static_cast<size_t>(k)].clause == a.clause; --k) {
        const Token& t = tokens[static_cast<size_t>(k)];
        if (t.info.subject) {
            speaker = t.info.first_person || t.surface == "on";
            break;
        }
        if (!t.negation_cue) break;   // (only a French "ne" between)
    }
    if (!speaker) return false;
    for (size_t k = static_cast<size_t>(ability) + 1; k < tokens.size() && tokens[k].sentence == a.sentence; ++k) {
        const Token& t = tokens[k];
        if (k > static_cast<size_t>(tok) && t.info.role == role_consequence) {
            remedy = static_cast<int>(k);
            break;
        }
        if (k == static_cast<size_t>(tok) || t.clause != a.clause) continue;
        const bool strengthens = tokens[k - 1].surface == "at" || tokens[k - 1].surface == "du";   // at all, du tout
        if ((t.info.role == role_totality && !strengthens) || t.info.role == role_restriction || t.info.role == role_absence ||
            t.info.conditional || one_of(t.surface, means))
            return false;
    }
    return true;
}

// Whether the negation cue at answer token cue, denying the point's word of absence at token tok
// ("prevent", "avoid", "éviter"), rejects the point: said by the speaker ("we don't prevent", "I
// never bother to avoid", "on n'a pas besoin d'éviter", Arabic لا نحتاج), to "you", as an order
// ("don't try to avoid", "never avoid") or as no need of it ("no need to prevent", "pas besoin",
// لا حاجة). What another subject does not or cannot do ("one server cannot prevent a single point
// of failure", "tail calls do not avoid stack overflow", "nothing prevents it better than
// redundancy") argues for the point, and so does what cannot be done in some way ("you can't
// prevent it with only one database") or was not done at first ("we did not prevent it at first;
// now ..."): none denies it. The speaker's own bare inability ("we cannot avoid lock contention",
// speaker_cannot) does, and sets remedy (else -1) to a consequence after it.
bool speaker_rejects_absence(const Context& ctx, int cue, int tok, int& remedy) {
    remedy = -1;
    const Token& c = ctx.answer.tokens[static_cast<size_t>(cue)];
    // "We did not prevent a single point of failure at first" tells of a state since put right.
    static constexpr std::string_view earlier[] = {"initially", "originally", "\u0627\u0644\u0628\u062f\u0627\u064a\u0629"};   // البداية
    for (size_t k = static_cast<size_t>(tok) + 1; k < ctx.answer.tokens.size() && ctx.answer.tokens[k].clause == c.clause; ++k) {
        const std::string_view w(ctx.answer.tokens[k].surface);
        const std::string_view before(ctx.answer.tokens[k - 1].surface);
        if (one_of(w, earlier) || (w == "first" && before == "at") || (w == "début" && before == "au")) return false;
    }
    // No need of it ("we don't need to", role_need) rejects the point; an ability word, without one,
    // is asked of (speaker_cannot). One look at the words before the point's word.
    const int from = std::max(0, cue - max_subject_before_negation);
    int ability = -1;
    for (int k = from; k < tok; ++k) {
        const Token& t = ctx.answer.tokens[static_cast<size_t>(k)];
        if (t.clause != c.clause) continue;
        if (t.info.role == role_need) return true;
        if (ability < 0 && is_ability_word(t.surface)) ability = k;
    }
    if (ability >= 0) return speaker_cannot(ctx, ability, tok, remedy);
    if (cue + 1 < tok && arabic_first_person_verb(ctx.answer.tokens[static_cast<size_t>(cue) + 1].surface)) return true;
    bool opens = true;   // nothing but small words before the cue in its clause: an order
    for (int k = cue - 1; k >= 0; --k) {
        const Token& t = ctx.answer.tokens[static_cast<size_t>(k)];
        if (t.clause != c.clause) break;
        const std::string_view w(t.surface);
        if (k >= from && ((t.info.subject && (t.info.first_person || w == "you" || w == "vous" ||
                                             (w == "on" && (k + 1 == cue || ctx.answer.tokens[static_cast<size_t>(k) + 1].surface == "ne" ||
                                                            ctx.answer.tokens[static_cast<size_t>(k) + 1].surface == "n")))) ||
                          t.info.role == role_evaluative))
            return true;
        if (t.content() || t.info.subject) opens = false;
    }
    return opens && !c.info.determiner_negation && c.info.role != role_negative_quantifier;
}

}  // namespace utopiahire::core
