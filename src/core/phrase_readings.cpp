#include "core/cpp_only.hpp"

// build_document's readings of fixed phrases and idioms, each a pass over the tokens: "as many as
// you want", "function signature", "due to", hyphenated compounds, "no point", topics taken up in
// a denied clause, and negations that only describe the speaker. (text_internal.hpp.)

#include "core/text_internal.hpp"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace utopiahire::core {

using namespace std::string_view_literals;

// "As many as you want", "as many constructors as needed": an unlimited number, said as an idiom
// ("as many as 50" is a number, "as many as possible" a maximum). Its "many" means "unlimited".
void read_unlimited_idiom(Document& doc, const std::vector<uint32_t>& marks) {
    static constexpr std::string_view wishes[] = {"want", "wants", "wanted", "need", "needs", "needed", "necessary",
                                                  "required", "desired", "like", "likes", "wish", "decides", "chooses"};
    auto& tokens = doc.tokens;
    // (Compared as views: a length test first, no strlen of the literal at every token.)
    auto is = [&](size_t k, std::string_view word) { return std::string_view(tokens[k].surface) == word; };
    for (size_t i = 0; i + 3 < tokens.size(); ++i) {
        if (!(marks[i + 1] & mark_many) || !is(i, "as")) continue;
        size_t second = i + 2;   // the second "as", right after "many" or after one noun
        if (!is(second, "as")) ++second;
        if (second >= tokens.size() || !is(second, "as")) continue;
        bool wished = false;
        // (up to a number: "as many as 50 if you want" is 50)
        for (size_t k = second + 1; k < tokens.size() && k <= second + 4 && tokens[k].clause == tokens[i].clause &&
                                    tokens[k].kind != raw_number;
             ++k)
            wished = wished || one_of(tokens[k].surface, wishes);
        if (!wished) continue;
        static const int unlimited = word_info("unlimited").group;
        tokens[i + 1].info.group = unlimited;
        tokens[i + 1].group = unlimited;
    }
}

// Words with a sense of their own after a given word: a "function signature" is its parameter list
// ("differentiated by their parameters"), unlike a token's or a document's signature. And compounds
// that name one thing: a "hash map" is a dictionary as a whole, so that "a dict" states both of its
// words, not only "map" (its "hash" keeps its own word: "hashed" still meets it).
void read_two_word_senses(Document& doc, const std::vector<uint32_t>& marks) {
    auto& tokens = doc.tokens;
    for (size_t i = 0; i + 1 < tokens.size(); ++i) {
        if (!(marks[i + 1] & mark_sense)) continue;
        for (const Sense& sense : two_word_senses)
            if (tokens[i].surface == sense.first && tokens[i + 1].surface == sense.second) {
                const int group = word_info(sense.means).group;
                Token& takes = sense.first_takes ? tokens[i] : tokens[i + 1];
                takes.info.group = group;
                takes.group = group;
            }
    }
}

// Group words in a fixed phrase of another sense, which leave their group there: "due to" gives a
// cause (no deadline), "source code" is code (no cause), a "feature flag" is a switch (no
// escalation), "5 pm" a time of day (no project manager), a "drop in traffic" a fall (no
// deletion), a "traffic spike" a peak (no prototype), a "fixed size" a constant (no fix), a
// "global scope" a program's scope (no plan), a "valeur de retour" a returned value (no
// feedback), and what "can lead to" causes is no manager.
void read_other_senses(Document& doc, const std::vector<uint32_t>& marks, const std::vector<size_t>& marked_tokens) {
    // "can lead to", "which lead to", "tend to lead to": "lead" is the verb after a modal, an
    // adverb of frequency, a relative or subject pronoun or "to"; elsewhere ("my lead to ask", "the
    // support lead to inform the customers") it is a person.
    static constexpr std::string_view verb_before[] = {"can", "could", "may", "might", "will", "would", "must",
                                                       "should", "often", "usually", "always", "sometimes",
                                                       "also", "eventually", "which", "that", "it", "they",
                                                       "this", "these", "those", "to", "do", "does", "did", "not"};
    auto& tokens = doc.tokens;
    auto leave = [](Token& t) {
        t.info.group = -1;
        t.group = -1;
    };
    // (Each phrase has a marked word: the first, or "pm". Leaving a group twice is leaving it once.)
    for (const size_t k : marked_tokens) {
        if (!(marks[k] & mark_phrase)) continue;
        Token& w = tokens[k];
        if (k + 1 < tokens.size()) {   // a phrase it opens
            Token& next = tokens[k + 1];
            for (const Phrase& p : other_sense_phrases)
                if (w.surface == p.first && next.surface == p.second) leave(p.first_leaves ? w : next);
            if (w.surface == "lead"sv && next.surface == "to"sv && k > 0 && one_of(tokens[k - 1].surface, verb_before)) leave(w);
        }
        if (k > 0 && tokens[k - 1].kind == raw_number && w.surface == "pm"sv) leave(w);
    }
}

namespace {

// Whether the size word at `size` opens an idiom of importance rather than sizes a problem: its
// noun is a deal ("a big deal", "une grosse affaire": never a size), or a negation opens it within
// its noun phrase ("no big problem", "not a huge issue", "pas un gros problème"). "Smaller
// problems" of divide and conquer, "larger problems" of a wrong answer, are sizes (review20 F6).
bool importance_idiom(const std::vector<Token>& tokens, size_t size, size_t noun) {
    const std::string_view n = tokens[noun].surface;
    if (n == "deal"sv || n == "deals"sv || n == "affaire"sv || n == "affaires"sv) return true;
    const size_t first = size >= 3 ? size - 3 : 0;   // "not such a big", "n'est pas un gros"
    for (size_t i = size; i-- > first;) {
        if (tokens[i].clause != tokens[size].clause) break;
        if (tokens[i].negation_cue) return true;
    }
    return false;
}

}  // namespace

// "No big deal", "not a huge problem", "pas un gros problème", "une grosse affaire": a size word
// right before a noun of worry (WordRole role_worry_noun) in an idiom of importance
// (importance_idiom) says how much a thing matters, not how big anything is. It is neither said
// nor denied there (Token::spared) and leaves its synonym group and its pair of opposites: "it is
// not a big deal" denies no "large files". (An importance idiom without a size word, "pas grave",
// "not a problem", has none to spare.)
void read_importance_idioms(Document& doc, const std::vector<uint32_t>& marks, const std::vector<size_t>& marked_tokens) {
    static const WordInfo large = word_info("large");
    auto& tokens = doc.tokens;
    for (const size_t k : marked_tokens) {
        if (!(marks[k] & mark_worry) || k == 0) continue;
        Token& size = tokens[k - 1];
        const bool sized = (large.group >= 0 && size.group == large.group) ||
                           (large.antonym >= 0 && size.antonym >= 0 && size.antonym / 2 == large.antonym / 2);
        if (!sized || size.clause != tokens[k].clause || !importance_idiom(tokens, k - 1, k)) continue;
        size.spared = true;
        size.group = size.info.group = -1;
        size.antonym = size.info.antonym = -1;
    }
}

namespace {

// What a compound the word lists name means, for its parts: a synonym group, a side of a pair
// of opposites, telling apart or sameness.
bool compound_meaning(const WordInfo& f) { return f.group >= 0 || f.antonym >= 0 || f.distinction || f.contrast || f.sameness; }

// marked_tokens[0, sorted) and marked_tokens[sorted, end) both strictly increasing (token
// indexes): merges them into one strictly increasing list, a token in both kept once.
void merge_marked(std::vector<size_t>& marked_tokens, size_t sorted) {
    if (sorted == marked_tokens.size()) return;
    const auto middle = marked_tokens.begin() + static_cast<std::ptrdiff_t>(sorted);
    std::inplace_merge(marked_tokens.begin(), middle, marked_tokens.end());
    marked_tokens.erase(std::unique(marked_tokens.begin(), marked_tokens.end()), marked_tokens.end());
}

}  // namespace

// Hyphenated compounds ("trade-off", "read-only", "server-side", "non-blocking", "one-by-one"):
// PostgreSQL's parser hands over their parts only ("trade", "off"), never the compound. When
// the word lists name the compound, hyphenated or run together ("tradeoff", "readonly"), its
// parts take what it means: "non-blocking" is no "blocking", "trade-off" a tradeoff. (Only
// runs of words joined by a single hyphen: "24-7" or "x - y" are no compounds.) A part that
// takes sameness or contrast is marked for the sameness pass (marks, marked_tokens).
void join_compounds(Document& doc, std::vector<uint32_t>& marks, std::vector<size_t>& marked_tokens) {
    const size_t n = doc.tokens.size();
    // The parts marked here are appended (in token order, as compounds are met) and merged into
    // the sorted list once at the end: one insert per part went quadratic on an answer made of
    // compounds.
    const size_t marked_before = marked_tokens.size();
    auto end_of = [&](size_t a) { return static_cast<size_t>(doc.tokens[a].byte_start + doc.tokens[a].byte_len); };
    auto hyphen_between = [&](size_t a) {
        const Token& x = doc.tokens[a];
        const Token& y = doc.tokens[a + 1];
        const size_t end = end_of(a);
        return static_cast<size_t>(y.byte_start) == end + 1 && doc.text[end] == '-' && x.kind != raw_number &&
               y.kind != raw_number;
    };
    std::string hyphenated, joined;   // (built for compounds only: rare)
    size_t i = 0;
    // From hyphen to hyphen of the text (most texts have none or few), to the token before it.
    for (size_t at = doc.text.find('-'); at != std::string_view::npos; at = doc.text.find('-', at + 1)) {
        while (i < n && end_of(i) < at) ++i;
        if (i + 1 >= n) break;
        if (end_of(i) != at || !hyphen_between(i)) continue;
        size_t last = i;
        while (last + 1 < n && hyphen_between(last)) ++last;
        hyphenated.clear();
        joined.clear();
        for (size_t k = i; k <= last; ++k) {
            if (k > i) hyphenated += '-';
            hyphenated += doc.tokens[k].surface;
            joined += doc.tokens[k].surface;
        }
        WordInfo compound = surface_facts(hyphenated).info;
        if (!compound_meaning(compound)) compound = surface_facts(joined).info;
        if (compound_meaning(compound)) {
            // The parts that mean something of their own mean the compound instead ("blocking"
            // in "non-blocking", "learning" in "machine-learning"); when none does, the first
            // word stands for it ("trade" in "trade-off": one word, not two).
            bool own = false;
            size_t first = last + 1;
            for (size_t k = i; k <= last; ++k) {
                own = own || compound_meaning(doc.tokens[k].info);
                if (first > last && doc.tokens[k].content()) first = k;
            }
            if (first > last) first = i;
            for (size_t k = i; k <= last; ++k) {
                Token& part = doc.tokens[k];
                if (own ? !compound_meaning(part.info) : k != first) continue;
                if (compound.group >= 0) part.info.group = compound.group;
                if (compound.antonym >= 0) part.info.antonym = compound.antonym;
                part.info.distinction = part.info.distinction || compound.distinction;
                part.info.contrast = part.info.contrast || compound.contrast;
                part.info.sameness = part.info.sameness || compound.sameness;
                part.group = part.info.group;
                part.antonym = part.info.antonym;
                if ((part.info.sameness || part.info.contrast) && !(marks[k] & mark_sameness)) {   // (see word_marks)
                    marks[k] |= mark_sameness;
                    marked_tokens.push_back(k);
                }
            }
        }
        i = last;
        at = end_of(last);   // (no hyphen of this compound is looked at again)
    }
    merge_marked(marked_tokens, marked_before);
}

namespace {

// The nearest negation cue among the `reach` tokens before token i in its clause, or -1 (an Arabic
// "ما" is left out: "ما معنى" asks what a word means).
int cue_before(const Document& doc, size_t i, size_t reach) {
    for (size_t k = i; k-- > 0 && k + reach >= i && doc.tokens[k].clause == doc.tokens[i].clause;)
        if (doc.tokens[k].negation_cue) return doc.tokens[k].surface == "\u0645\u0627"sv ? -1 : static_cast<int>(k);
    return -1;
}

// Whether the clause of a denied worth or good idea (its cue at token cue, its noun at token i) says
// itself what not to do, by another negation or a word of omission, absence, avoidance or removal
// ("there's no reason to skip the tests", "avoiding locks makes no sense", "ce n'est pas une bonne
// idée de négliger les tests", "no reason not to"): the verdict then agrees with the point's doing,
// and dismisses none.
bool clause_says_what_not_to_do(const Document& doc, int cue, size_t i) {
    const auto& tokens = doc.tokens;
    const int clause = tokens[i].clause;
    // The idiom's negation opens with its first cue: the French "ne" of "ce n'est pas mon rôle".
    size_t opening = static_cast<size_t>(cue);
    for (size_t k = opening; k-- > 0 && k + 5 > static_cast<size_t>(cue) && tokens[k].clause == clause;)
        if (tokens[k].negation_cue) opening = k;
    size_t from = opening;
    while (from > 0 && tokens[from - 1].clause == clause) --from;
    for (size_t k = from; k < tokens.size() && tokens[k].clause == clause; ++k) {
        if (k >= opening && k <= i) continue;   // the idiom itself
        const WordInfo& f = tokens[k].info;
        if (tokens[k].negation_cue || f.avoidance || f.implicit_negative || f.role == role_omission ||
            f.role == role_absence || f.role == role_removal)
            return true;
    }
    return false;
}

// A denied worth before a doing: "(there's) no (real) reason to", "makes no sense to", "doesn't make
// sense to", "aucune raison de", "pas de sens de" (the noun, a negation just before it, a
// preposition just after); Arabic "لا معنى ل..." (the preposition joined to the next word).
Idiom worth_idiom(const Document& doc, size_t i) {
    const auto& tokens = doc.tokens;
    const bool arabic = tokens[i].surface == "\u0645\u0639\u0646\u0649"sv;   // معنى
    const int cue = cue_before(doc, i, arabic ? 1 : 2);
    if (cue < 0) return Idiom::none;
    if (!arabic && !(i + 1 < tokens.size() && tokens[i + 1].clause == tokens[i].clause &&
                     (tokens[i + 1].info.role == role_infinitive || opens_a_reason(tokens[i + 1].surface))))
        return Idiom::none;
    return clause_says_what_not_to_do(doc, cue, i) ? Idiom::none : Idiom::doing;
}

// A denied good idea: "isn't a good idea", "not a great idea", "pas une bonne idée", "ليست فكرة
// جيدة" (its adjective before the noun, or after it in Arabic, and a negation a few words before).
Idiom idea_idiom(const Document& doc, size_t i) {
    const auto& tokens = doc.tokens;
    const bool arabic = tokens[i].surface == "\u0641\u0643\u0631\u0629"sv;   // فكرة
    const size_t adjective = arabic ? i + 1 : i - 1;
    if (i == 0 || adjective >= tokens.size() || tokens[adjective].clause != tokens[i].clause ||
        !is_approving_adjective(tokens[adjective].surface))
        return Idiom::none;
    const int cue = cue_before(doc, i, arabic ? 2 : 5);
    if (cue < 0) return Idiom::none;
    return clause_says_what_not_to_do(doc, cue, std::max(i, adjective)) ? Idiom::none : Idiom::clause;
}

// A denied duty before a doing: "it's not my place to question", "it isn't our job to fix", "ce
// n'est pas mon rôle de" (the noun after a possessive, a negation just before that, a preposition
// just after the noun).
Idiom duty_idiom(const Document& doc, size_t i) {
    const auto& tokens = doc.tokens;
    if (i == 0 || i + 1 >= tokens.size() || tokens[i - 1].clause != tokens[i].clause ||
        tokens[i + 1].clause != tokens[i].clause || !is_possessive_determiner(tokens[i - 1].surface) ||
        tokens[i + 1].info.role != role_infinitive)
        return Idiom::none;
    // (A few words before the possessive: "I don't think it's my place to step in".)
    const int cue = cue_before(doc, i - 1, 5);
    if (cue < 0) return Idiom::none;
    return clause_says_what_not_to_do(doc, cue, i) ? Idiom::none : Idiom::doing;
}

}  // namespace

Idiom dismissal_idiom(const Document& doc, size_t i) {
    const auto& tokens = doc.tokens;
    const std::string_view w = tokens[i].surface;
    auto next_is = [&](size_t k, std::string_view word) {
        return i + k < tokens.size() && tokens[i + k].clause == tokens[i].clause && tokens[i + k].surface == word;
    };
    const int8_t role = tokens[i].info.role;
    if (role == role_worth_noun) return worth_idiom(doc, i);
    if (role == role_idea_noun) return idea_idiom(doc, i);
    if (role == role_duty_noun) return duty_idiom(doc, i);
    if (w == "point"sv) {
        if (i > 0 && tokens[i - 1].negation_cue) return next_is(1, "of"sv) ? Idiom::none : Idiom::denied;
        // "I didn't see the point of announcing it", "never saw the point in testing it".
        static constexpr std::string_view see[] = {"see", "saw", "seeing"};
        if (i >= 3 && tokens[i - 1].surface == "the"sv && one_of(tokens[i - 2].surface, see) &&
            tokens[i - 2].clause == tokens[i].clause && cue_before(doc, i - 2, 2) >= 0 &&
            (next_is(1, "of"sv) || next_is(1, "in"sv)))
            return Idiom::alone;
        return Idiom::none;
    }
    if (one_of(w, serve_forms))
        return (next_is(1, "à"sv) || next_is(1, "a"sv)) && next_is(2, "rien"sv) ? Idiom::denied : Idiom::none;
    if (one_of(w, lose_forms))
        for (size_t k = 1; k <= 3; ++k)
            if (next_is(k, "temps"sv)) return Idiom::alone;
    return Idiom::none;
}

// A topic set apart at the head of a sentence and taken up by a pronoun in a denied clause:
// "Quant aux tests, je ne les écris jamais", "As for tests, I never write them", "أما الاختبارات،
// فلا نكتبها". The topic is denied with the clause (by a dismissal when the clause is one).
void read_denied_topics(Document& doc, const std::vector<uint32_t>& marks, const std::vector<size_t>& marked_tokens) {
    static constexpr std::string_view pronouns[] = {"them", "it", "they", "those", "these", "that", "one", "les", "le",
                                                    "la", "l", "en", "y", "ils", "elles", "il", "elle", "ça", "cela"};
    auto& tokens = doc.tokens;
    for (const size_t i : marked_tokens) {
        if (i + 2 >= tokens.size()) break;
        if (!(marks[i] & mark_topic)) continue;   // none of the openers below
        const std::string_view w = tokens[i].surface;
        const std::string_view next = tokens[i + 1].surface;
        const bool opens = i == 0 || tokens[i - 1].clause != tokens[i].clause;
        size_t first = 0;   // the topic's first word
        // French dislocation: "Les tests, je ne les écris jamais" (a determiner opening the
        // sentence; the pronoun must follow "ne" below).
        const bool dislocated = (i == 0 || tokens[i - 1].sentence != tokens[i].sentence) && one_of(w, topic_determiners);
        if (w == "quant"sv && (next == "à"sv || next == "a"sv || next == "au"sv || next == "aux"sv)) first = i + 2;
        else if (w == "as"sv && next == "for"sv) first = i + 2;
        else if (w == arabic_topic) first = i + 1;
        else if (dislocated) first = i + 1;
        if (first == 0 || !opens || tokens[first].clause != tokens[i].clause) continue;
        size_t end = first;   // the topic runs to its clause's end
        while (end < tokens.size() && tokens[end].clause == tokens[i].clause) ++end;
        if (end >= tokens.size() || tokens[end].sentence != tokens[i].sentence || end - first > 6) continue;
        // A French topic is a noun phrase ("les mocks", "les tests unitaires"); a longer head is a
        // clause of its own ("les mocks isolent l'unité testée, je ne les oublie pas").
        if (dislocated && end - first > 3) continue;
        // The next clause: denied, with a pronoun (or, in Arabic, opened by a denied "fa-").
        bool denied = false, dismissed = false, pronoun = false;
        for (size_t k = end; k < tokens.size() && tokens[k].clause == tokens[end].clause; ++k) {
            denied = denied || tokens[k].negation_cue || tokens[k].dismissed;
            dismissed = dismissed || tokens[k].dismissed;
            pronoun = pronoun || (one_of(tokens[k].surface, pronouns) && (tokens[k].negated || tokens[k].dismissed));
        }
        if (dislocated) {   // "ne les", "n'en": an object pronoun right after the French negation
            pronoun = false;
            static constexpr std::string_view objects[] = {"les", "le", "la", "l", "en", "y"};
            // Not forgetting or skipping it is doing it: "je ne les oublie pas".
            static constexpr std::string_view omitting[] = {"oublie", "oublions", "oubliez", "oublient", "néglige", "négligeons",
                                                            "saute", "sautons", "ignore", "ignorons", "rate"};
            for (size_t k = end; k + 1 < tokens.size() && tokens[k].clause == tokens[end].clause; ++k)
                pronoun = pronoun || ((tokens[k].surface == "ne"sv || tokens[k].surface == "n"sv) && tokens[k].negation_cue &&
                                      one_of(tokens[k + 1].surface, objects) &&
                                      !(k + 2 < tokens.size() && one_of(tokens[k + 2].surface, omitting)));
        }
        const bool arabic = w == arabic_topic;
        if (!denied || (!pronoun && !(arabic && tokens[end].negation_cue))) continue;
        for (size_t k = first; k < end; ++k) {
            tokens[k].negated = true;
            tokens[k].dismissed = tokens[k].dismissed || dismissed;
        }
    }
}

// "I'm not a Kubernetes expert", "I haven't used readiness probes myself", "je ne suis pas expert
// Kubernetes": a negation in a clause where the speaker speaks of their own knowledge or
// experience (self_assessment_kind anywhere in it, a first-person subject before the negation,
// or Arabic لست) says nothing of the words it denies, either way: they are spared. The speaker
// named again ("myself", "personally") speaks of experience beside a perfect or "did" only ("I
// haven't used it myself", "I did not write them myself"): "I personally don't write tests"
// denies a habit. (cue_tokens: the tokens that were negation cues when read, in order; cues are
// only ever cleared since.)
void spare_self_descriptions(Document& doc, const std::vector<size_t>& cue_tokens) {
    const size_t n = doc.tokens.size();
    for (const size_t i : cue_tokens) {
        const Token& cue = doc.tokens[i];
        if (!cue.negation_cue) continue;
        size_t from = i, to = i + 1;
        while (from > 0 && doc.tokens[from - 1].clause == cue.clause) --from;
        while (to < n && doc.tokens[to].clause == cue.clause) ++to;
        bool speaker = is_be_form(cue.surface), self = false;
        for (size_t k = from; k < i; ++k) speaker = speaker || (doc.tokens[k].info.subject && doc.tokens[k].info.first_person);
        // A perfect, or "did" (past agency: "I did not write them myself; our QA engineer did"):
        // who did the work, not a habit ("I personally never write tests").
        bool perfect = false;
        for (size_t k = from; k < to && speaker; ++k) {
            const std::string_view w(doc.tokens[k].surface);
            perfect = perfect || is_perfect_form(w) || w == "did" || w == "didn" || w == "didnt" || w == "didn't";
        }
        for (size_t k = from; k < to && speaker && !self; ++k) {
            const int kind = self_assessment_kind(doc.tokens[k].surface);
            self = kind == 1 || (kind == 2 && perfect);
        }
        if (!self) continue;
        for (size_t k = i + 1; k < to; ++k)
            if (doc.tokens[k].negated) doc.tokens[k].spared = true;
    }
}

}  // namespace utopiahire::core
