#include "core/cpp_only.hpp"

#include "core/matcher.hpp"

#include "core/lexicon_data.hpp"
#include "core/string_index.hpp"
#include "core/word_forms.hpp"

#include <algorithm>
#include <cstring>
#include <cctype>
#include <cmath>
#include <map>
#include <tuple>
#include <unordered_set>

namespace utopiahire::core {

namespace {

// Tuning constants: global, never per question.
constexpr double synonym_quality = 0.9;
constexpr double near_miss_quality = 0.9;
constexpr double related_form_quality = 0.7;
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
constexpr double distinctive_denial_minimum = 0.08;  // share of the point's weight a denial of its own words holds
constexpr int max_words_before_denied = 2;      // ... among the first words of the negation's scope
constexpr int max_subject_before_negation = 3;  // ... said by a subject at most this many tokens before it ("I have not")
constexpr double swap_margin = 0.1;
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

// What explanation_factor reads of a run of tokens. The counts of two sentences add up to those
// of the pair: a sentence starts a clause (so no clause and no joining stop word spans two).
struct ExplanationCounts {
    int words = 0, stops = 0;
    size_t clauses = 0;
    ExplanationCounts operator+(const ExplanationCounts& o) const {
        return ExplanationCounts{words + o.words, stops + o.stops, clauses + o.clauses};
    }
};

ExplanationCounts explanation_counts(const Document& doc, int begin, int end) {
    ExplanationCounts c;
    int last_clause = -1;
    for (int i = begin; i < end; ++i) {
        const Token& t = doc.tokens[static_cast<size_t>(i)];
        ++c.words;
        // A stop word joining two words of one noun phrase ("couverture de code", "tests de bout en
        // bout") tells no explanation from a list of terms: a sentence needs stop words elsewhere.
        const bool joins = t.kind == raw_stop && i > begin && i + 1 < end &&
                           doc.tokens[static_cast<size_t>(i - 1)].content() && doc.tokens[static_cast<size_t>(i + 1)].content() &&
                           doc.tokens[static_cast<size_t>(i - 1)].clause == t.clause &&
                           doc.tokens[static_cast<size_t>(i + 1)].clause == t.clause;
        if ((t.kind == raw_stop && !joins) || t.negation_cue) ++c.stops;
        if (t.clause != last_clause) {   // clause numbers only grow along the text
            ++c.clauses;
            last_clause = t.clause;
        }
    }
    return c;
}

double explanation_factor(const ExplanationCounts& c, bool use_stop_words) {
    const int words = c.words, stops = c.stops;
    const size_t clauses = c.clauses;
    if (words == 0) return 0.0;
    // A short enumeration ("name, return type and parameter types") is a fine answer; a long
    // run of bare terms is a keyword list.
    if (clauses <= short_enumeration) return 1.0;
    const double per_clause = static_cast<double>(words) / static_cast<double>(clauses);
    const double clause_factor = std::clamp((per_clause - 1.5) / 4.0, 0.0, 1.0);
    double factor = clause_factor;
    if (use_stop_words) {
        const double stop_ratio = static_cast<double>(stops) / words;
        factor = std::max(factor, std::clamp(stop_ratio / 0.22, 0.0, 1.0));
    }
    return std::max(0.15, factor);
}

void build_windows(Context& ctx) {
    const Document& doc = ctx.answer;
    struct Sentence {
        int begin, end;
        ExplanationCounts counts;   // of a sentence short enough to be a window
    };
    std::vector<Sentence> sentences;
    sentences.reserve(static_cast<size_t>(std::max(doc.sentences, 0)));
    for (int i = 0; i < static_cast<int>(doc.tokens.size());) {
        int j = i;
        while (j < static_cast<int>(doc.tokens.size()) &&
               doc.tokens[static_cast<size_t>(j)].sentence == doc.tokens[static_cast<size_t>(i)].sentence)
            ++j;
        sentences.push_back(Sentence{i, j, j - i <= max_window_tokens ? explanation_counts(doc, i, j) : ExplanationCounts{}});
        i = j;
    }
    const bool stops = ctx.language_has_stop_words;
    auto add = [&](int begin, int end, bool pair, double explanation) {
        Window w;
        w.begin = begin;
        w.end = end;
        w.pair = pair;
        w.factor = pair ? pair_window_factor : 1.0;
        w.explanation = explanation;
        ctx.windows.push_back(w);
    };
    ctx.windows.reserve(2 * sentences.size());   // a sentence and a pair each, unless long
    for (size_t s = 0; s < sentences.size(); ++s) {
        const Sentence& one = sentences[s];
        const int b = one.begin, e = one.end;
        if (e - b <= max_window_tokens) {
            add(b, e, false, explanation_factor(one.counts, stops));
        } else {
            for (int start = b; start < e; start += max_window_tokens / 2) {
                const int stop = std::min(e, start + max_window_tokens);
                add(start, stop, false, explanation_factor(explanation_counts(doc, start, stop), stops));
                if (start + max_window_tokens >= e) break;
            }
        }
        if (s + 1 < sentences.size()) {
            const Sentence& next = sentences[s + 1];
            if (next.end - b <= max_window_tokens) {
                // Two sentences explain no better than the weaker one: a prose sentence next to a
                // keyword list does not make the list an explanation.
                add(b, next.end, true,
                    std::min({explanation_factor(one.counts + next.counts, stops), explanation_factor(one.counts, stops),
                              explanation_factor(next.counts, stops)}));
            }
        }
    }
}

}  // namespace

namespace {

// The plain spelling of a word typed with French accents ("données" -> "donnees"), when it has
// accents and is long enough not to be another word; else false.
bool plain_spelling(std::string_view word, std::string* out) {
    return may_be_accented(word) && unaccented(word, out) && out->size() >= min_unaccented_bytes;
}

bool plain_ascii(std::string_view word) {
    for (const char c : word)
        if (static_cast<unsigned char>(c) >= 0x80) return false;
    return true;
}

// Whether one edit between two different words (edit_distance_capped(a, b, 1) == 1) is a typo of
// one word rather than another word. A typo falls inside a word: an edit of the last letter
// makes another word or another form (threat / thread, stori / store for story / store, local /
// locate, retir / retri for retire / retry). Inside the word, a letter left out, doubled, swapped
// or typed for another is a typo (recieve, mutabel, dictionnary, excute, paramater). Telling
// short words apart by their first vowel and consonants (strong / string, score / store) lost
// more real typos than false matches on the labelled answers (dev r 0.933 -> 0.930 and
// validation r 0.894 -> 0.894 with no false match fewer), so a letter typed for another stays a typo.
bool typo_edit(std::string_view a, std::string_view b) {
    // (Latin spellings only: other scripts' letters are several bytes and keep the plain test.)
    if (!plain_ascii(a) || !plain_ascii(b)) return true;
    const size_t n = std::min(a.size(), b.size());
    size_t head = 0;   // letters in common at the start
    while (head < n && a[head] == b[head]) ++head;
    // Not a letter added at the end (head == n), nor the last letter changed.
    return head < n && a.back() == b.back();
}

// What typo_edit asks first, cheaply (a typo of a Latin word keeps its last letter): string_quality
// tests it before the edit distance, which most pairs it compares then need not work out.
bool may_be_typo(std::string_view a, std::string_view b) {
    return a.back() == b.back() || !plain_ascii(a) || !plain_ascii(b);
}

// Whether what a longer lexeme adds to a shorter one that starts it can be an ending ("collect"
// + "or", "agre" + "ement", "plan" + "ner") rather than another word run into it ("time" +
// "stamp", "work" + "load", "main" + "tain", "hash" + "map", "star" + "t"): an ending starts with
// a vowel, after a doubled consonant maybe, or is one of the few below that start with a
// consonant. (A particle after a verb is a phrasal verb written as one word: "breakdown" is
// "break down", "rollback" "roll back"; those stay.) Only the letters up to a separator count
// ("redirects/s"); a digit or another script is left to the callers' other tests.
bool ending_like(std::string_view stem, std::string_view rest) {
    static constexpr std::string_view consonant_endings[] = {"s", "d", "r", "st", "li", "ly", "ti", "less",
                                                             "ness", "ment", "ship", "ful", "tion", "sion"};
    size_t letters = 0;
    while (letters < rest.size() && rest[letters] >= 'a' && rest[letters] <= 'z') ++letters;
    if (letters == 0 || (letters < rest.size() && std::isalnum(static_cast<unsigned char>(rest[letters]))) ||
        stem.empty())
        return true;
    rest = rest.substr(0, letters);
    if (!is_vowel(rest[0]) && rest[0] == stem.back()) rest.remove_prefix(1);   // plan-ner, program-m
    if (rest.empty()) return true;
    // An -e the stemmer took off the shorter word ("chang" + "elog", "past" + "ebin").
    if (rest[0] == 'e' && rest.size() >= 4 && !is_vowel(rest[1])) rest.remove_prefix(1);
    if (is_vowel(rest[0])) return true;
    if (rest == "n") return stem.back() == 'e';   // broke-n, give-n; not alter-n (alternative)
    for (const std::string_view e : consonant_endings)
        if (rest == e) return true;
    // A particle: down, back (breakdown, rollback).
    return rest == "down" || rest == "back";
}

// What the stemmer leaves of -ive, -ary and -ic: they make an adjective of another meaning
// than the word they end ("creative" is not "created", "elementary" not "element",
// "documentary" not "document", "periodic" not "period", "collective" not "collect").
bool adjective_ending(std::string_view rest) { return rest == "iv" || rest == "ari" || rest == "ic"; }

bool derivational_suffix(std::string_view rest) {
    static constexpr std::string_view suffixes[] = {"er", "ership", "ship", "ment", "ness", "iti", "ity", "ation", "ion",
                                                    "al", "abl", "ibl", "iv", "ive", "or", "ist", "ism"};
    for (const std::string_view s : suffixes)
        if (rest == s) return true;
    return false;
}

// Near-miss / related-form quality of lexemes a and b with surfaces sa and sb (0 when unrelated).
// A new way to accept a pair must be let through by may_match below as well.
double string_quality(std::string_view a, std::string_view b, std::string_view sa, std::string_view sb) {
    if (a.empty() || b.empty() || a[0] != b[0]) return 0.0;   // near misses keep the first letter
    const size_t shorter = std::min(a.size(), b.size()), longer = std::max(a.size(), b.size());
    const std::string_view long_one = a.size() <= b.size() ? b : a;
    size_t common = 0;   // length of the common prefix (the shorter is a prefix when it is all of it)
    while (common < shorter && a[common] == b[common]) ++common;
    const bool prefix = common == shorter;
    if (prefix && shorter >= 4 && longer - shorter <= max_inflection)
        return ending_like(long_one.substr(0, shorter), long_one.substr(shorter)) && !adjective_ending(long_one.substr(shorter))
                   ? near_miss_quality
                   : 0.0;
    // The first of words joined by a separator ("impact" / "impact/effort").
    if (prefix && shorter >= 2 && shorter < longer && (long_one[shorter] == '/' || long_one[shorter] == '_'))
        return near_miss_quality;
    // A word run into a longer one is a compound, not a form of it ("order" / "ordereddict");
    // joined by a separator it is still that word ("impact" / "impact/effort").
    if (prefix && shorter >= 4 && longer - shorter > max_inflection) {
        size_t segment = shorter;
        while (segment < longer && std::isalnum(static_cast<unsigned char>(long_one[segment]))) ++segment;
        if (segment - shorter > max_inflection) return 0.0;
    }
    if (prefix && shorter == 3 && derivational_suffix(long_one.substr(3))) return related_form_quality;
    if (shorter >= 5 && longer - shorter <= 1 && may_be_typo(a, b) && edit_distance_capped(a, b, 1) <= 1 &&
        typo_edit(a, b))
        return near_miss_quality;
    // Related forms sharing a stem the stemmer missed (mutable / mutation, replicate / replica);
    // not words that differ in their last letter only (threat / thread, stori / store: see
    // typo_edit), but for the d / s of English -de / -sion (decid / decis, collid / collis) and
    // the t / c of -nt / -ncy (frequent / frequenc, recent / recenc, urgent / urgenc).
    auto letters_of_one_stem = [](char x, char y) {
        return (x == 'd' && y == 's') || (x == 's' && y == 'd') || (x == 't' && y == 'c') || (x == 'c' && y == 't');
    };
    const bool last_letter_only = a.size() == b.size() && common + 1 == a.size() && plain_ascii(a) &&
                                  !letters_of_one_stem(a.back(), b.back());
    if (!last_letter_only && (common >= 5 || (common >= 4 && shorter <= 5))) return related_form_quality;
    if (sa.size() >= 6 && sb.size() >= 6 && (sa.size() > sb.size() ? sa.size() - sb.size() : sb.size() - sa.size()) <= 1 &&
        may_be_typo(sa, sb) && edit_distance_capped(sa, sb, 1) <= 1 && typo_edit(sa, sb))
        return near_miss_quality;
    return 0.0;
}

// False when string_quality(a, b.lexeme, sa, b.surface) is surely 0, for lexemes with the same
// first byte, by cheap tests. With fewer than two leading bytes in common, only its two tests by
// edit distance can pass: of the lexemes (5 letters or more), whose one edit is then at their
// second letter, so their last letters agree; of the surfaces (6 letters or more), whose one
// edit is either before their last letter, which then agree, or at the end, after two letters
// that agree. Each needs lengths that differ by one at most.
// (The tests of may_match on lexemes alone, b_second being b[1], or 0 when shorter.)
bool may_match_lexemes(std::string_view a, std::string_view b, char b_second) {
    if (a.size() >= 2 && b.size() >= 2 && a[1] == b_second) return true;
    const size_t shorter = std::min(a.size(), b.size()), longer = std::max(a.size(), b.size());
    return shorter >= 5 && longer - shorter <= 1 && a.back() == b.back();
}
bool may_match(std::string_view a, const Context::AnswerLexeme& b, std::string_view sa) {
    if (may_match_lexemes(a, b.lexeme, b.second)) return true;
    const std::string_view sb = b.surface;
    if (sa.size() < 6 || sb.size() < 6 || (sa.size() > sb.size() ? sa.size() - sb.size() : sb.size() - sa.size()) > 1)
        return false;
    return sa.back() == sb.back() || (sa[0] == sb[0] && sa[1] == sb[1]);
}

}  // namespace

void set_denied_base(const Lexicon& lexicon, Term& term) {
    if (term.lex < 0) return;
    const std::string& lexeme = lexicon.str(term.lex);
    for (const char* prefix : {"non-", "non", "un", "in", "im", "ir", "il"}) {
        const size_t n = std::char_traits<char>::length(prefix);
        // The rest must be a word of its own ("limited", "mutable"), not a fragment ("stall").
        if (term.surface.size() < n + min_denied_base || term.surface.compare(0, n, prefix) != 0) continue;
        if (lexeme.size() < n + 3 || lexeme.compare(0, n, prefix) != 0) continue;
        term.denied_surface = term.surface.substr(n);
        term.denied_lexeme = lexeme.substr(n);
        return;
    }
}

namespace {

void file_exact_hits(QuestionModel& model);

// What match_point needs of a term list that depends on the question alone (PointModel::ListFacts).
PointModel::ListFacts list_facts(const std::vector<Term>& terms) {
    PointModel::ListFacts facts;
    for (const Term& term : terms) {
        facts.total += term.weight;   // in term order: score_terms' total is this same double
        facts.absorbs = facts.absorbs || !term.denied_lexeme.empty() || (term.antonym >= 0 && !term.negated);
        facts.states_absence = facts.states_absence || term.states_absence;
    }
    return facts;
}

void set_list_facts(PointModel& point) {
    point.list_facts.clear();
    for (const auto* lists : {&point.support, &point.variants})
        for (const std::vector<Term>& terms : *lists) point.list_facts.push_back(list_facts(terms));
}

}  // namespace

void prepare_matching(QuestionModel& model) {
    std::map<std::tuple<int, int, bool, std::string_view>, int> keys;
    std::string plain;
    auto number = [&](std::vector<Term>& terms) {
        for (Term& t : terms) {
            // What find_matches asks of every term, once per question rather than once per answer.
            t.alternatives = t.alternatives && t.surface.find('/') != std::string::npos;
            t.accented = plain_spelling(t.surface, &plain);
            t.key = keys.emplace(std::make_tuple(t.lex, t.group, t.alternatives, std::string_view(t.surface)),
                                 static_cast<int>(keys.size()))
                        .first->second;
        }
    };
    for (auto* points : {&model.must, &model.bonus})
        for (PointModel& p : *points) {
            for (auto& v : p.variants) number(v);
            for (auto& s : p.support) number(s);
            number(p.order_left);
            number(p.order_right);
        }
    for (MistakeModel& m : model.mistakes) number(m.terms);
    number(model.sample_terms);
    number(model.question_terms);
    number(model.vocabulary);
    model.term_keys = static_cast<int>(keys.size());
    model.key_denials.assign(keys.size(), 0);
    model.key_unaccented.assign(keys.size(), {});
    for (const auto& [key, number] : keys) {
        model.key_denials[static_cast<size_t>(number)] = denying_prefixes(std::get<3>(key));
        auto& [plain_surface, plain_lexeme] = model.key_unaccented[static_cast<size_t>(number)];
        if (std::get<0>(key) >= 0 && plain_spelling(std::get<3>(key), &plain_surface)) {
            const std::string& lexeme = model.lexicon.str(std::get<0>(key));
            if (!unaccented(lexeme, &plain_lexeme)) plain_lexeme = lexeme;
        } else {
            plain_surface.clear();
        }
    }
    // Each key's (lexeme, surface) form, filed for near-miss lookups.
    std::map<std::pair<int, std::string_view>, int> forms;
    std::vector<NearMissIndex::Form> form_list;
    model.key_form.assign(keys.size(), -1);
    model.key_plain.assign(keys.size(), 0);
    for (const auto& [key, number] : keys) {
        const int lex = std::get<0>(key);
        if (lex < 0) continue;   // matches nothing (term_matches_memo)
        const std::string_view surface = std::get<3>(key);
        const auto [it, added] = forms.emplace(std::make_pair(lex, surface), static_cast<int>(form_list.size()));
        if (added) form_list.push_back(NearMissIndex::Form{lex, model.lexicon.str(lex), surface});
        model.key_form[static_cast<size_t>(number)] = it->second;
        // (find_matches adds synonyms, unaccented spellings and slashed alternatives to a form's matches.)
        model.key_plain[static_cast<size_t>(number)] =
            std::get<1>(key) < 0 && !std::get<2>(key) && !plain_spelling(surface, &plain);
    }
    model.near_misses.build(form_list, model.lexicon.size());
    // The answer's memo as it starts (see find_form_hits), and the plain keys of each form.
    model.key_start.assign(keys.size(), KeyedMatches{});
    model.plain_keys_begin.assign(form_list.size() + 1, 0);
    for (size_t key = 0; key < keys.size(); ++key) {
        const int form = model.key_form[key];
        model.key_start[key].known = form < 0 || model.key_plain[key];
        if (form >= 0 && model.key_plain[key]) ++model.plain_keys_begin[static_cast<size_t>(form) + 1];
    }
    for (size_t f = 0; f < form_list.size(); ++f) model.plain_keys_begin[f + 1] += model.plain_keys_begin[f];
    model.plain_keys.resize(static_cast<size_t>(model.plain_keys_begin.back()));
    {
        std::vector<int> cursor(model.plain_keys_begin.begin(), model.plain_keys_begin.end() - 1);
        for (size_t key = 0; key < keys.size(); ++key)
            if (model.key_form[key] >= 0 && model.key_plain[key])
                model.plain_keys[static_cast<size_t>(cursor[static_cast<size_t>(model.key_form[key])]++)] = static_cast<int>(key);
    }
    // What each lexeme of the model matches by its string alone, whatever the answer's surface
    // (see find_form_hits): the forms of that lexeme (-1: same_lexeme_quality, which reads the
    // surfaces), and those whose lexemes string_quality accepts without reading the surfaces
    // (may_match lets them through by their lexemes). The others can match only by surfaces.
    std::vector<std::vector<std::pair<int, double>>> known(model.lexicon.size());
    std::vector<int> seen(form_list.size(), -1);
    for (size_t l = 0; l < known.size(); ++l) {
        const int lex = static_cast<int>(l);
        const std::string_view lexeme = model.lexicon.str(lex);
        model.near_misses.lexeme_candidates(lex, lexeme, [&](int form) {
            if (seen[static_cast<size_t>(form)] == lex) return;
            seen[static_cast<size_t>(form)] = lex;
            if (model.near_misses.lex(form) == lex) {
                known[l].emplace_back(form, -1.0);
                return;
            }
            const std::string_view form_lexeme = model.near_misses.lexeme(form);
            const double q = string_quality(form_lexeme, lexeme, std::string_view(), std::string_view());
            if (q > 0.0 && may_match_lexemes(form_lexeme, lexeme, lexeme.size() >= 2 ? lexeme[1] : 0))
                known[l].emplace_back(form, q);
        });
    }
    model.near_misses.set_known(known);
    file_exact_hits(model);
    for (MistakeModel& m : model.mistakes) {
        m.probe = PointModel();
        m.probe.variants.push_back(m.terms);   // numbered above
        m.probe.one_sentence = true;
    }
    for (auto* points : {&model.must, &model.bonus})
        for (PointModel& p : *points) set_list_facts(p);
    for (MistakeModel& m : model.mistakes) set_list_facts(m.probe);
}

double same_lexeme_quality(std::string_view a, std::string_view b) {
    const size_t longer = std::max(a.size(), b.size()), shorter = std::min(a.size(), b.size());
    size_t common = 0;
    while (common < shorter && a[common] == b[common]) ++common;
    return common > 0 && 2 * common < longer ? related_form_quality : 1.0;
}

double term_quality_strings(const Lexicon& lexicon, const Term& a, const Term& b) {
    return string_quality(lexicon.str(a.lex), lexicon.str(b.lex), a.surface, b.surface);
}

double term_quality(const Context& ctx, const Term& term, const Token& token) {
    if (!token.content()) return 0.0;
    for (int l : token.lex)
        if (l == term.lex) return 1.0;
    if (term.group >= 0 && term.group == token.group) return synonym_quality;
    return string_quality(ctx.lexicon.str(term.lex), ctx.lexicon.str(token.lex[0]), term.surface, token.surface);
}

namespace {

// A French word typed without its accents ("donnees", "recentes", "reentraine" for "données",
// "récentes", "réentraîner"), as informal answers do: the stemmer makes another lexeme of it,
// often from another first letter ("eleve" / "élève"), so its plain spelling is compared too.
void add_unaccented_matches(Context& ctx, const Term& term, std::string_view term_lexeme,
                            std::vector<std::pair<int, double>>& matches) {
    // The term's plain spellings: the model's, worked out once, or the term's own.
    std::string own_surface, own_lexeme;
    const bool keyed = term.key >= 0 && static_cast<size_t>(term.key) < ctx.model.key_unaccented.size();
    if (!keyed) {
        unaccented(term.surface, &own_surface);
        if (!unaccented(term_lexeme, &own_lexeme)) own_lexeme = std::string(term_lexeme);
    }
    const std::string& plain_surface = keyed ? ctx.model.key_unaccented[static_cast<size_t>(term.key)].first : own_surface;
    const std::string& plain_lexeme = keyed ? ctx.model.key_unaccented[static_cast<size_t>(term.key)].second : own_lexeme;
    const unsigned char plain_first = static_cast<unsigned char>(plain_lexeme.empty() ? 0 : plain_lexeme[0]);
    // Which answer lexemes have accents themselves, once per answer.
    if (ctx.answer_lexeme_accented.size() != ctx.answer_lexemes.size()) {
        std::string scratch;
        ctx.answer_lexeme_accented.resize(ctx.answer_lexemes.size());
        for (size_t k = 0; k < ctx.answer_lexemes.size(); ++k) {
            const std::string_view surface = ctx.answer_lexemes[k].surface;
            ctx.answer_lexeme_accented[k] = may_be_accented(surface) && unaccented(surface, &scratch);
        }
    }
    for (int k = ctx.lexeme_bucket[plain_first]; k < ctx.lexeme_bucket[plain_first + 1]; ++k) {
        const Context::AnswerLexeme& a = ctx.answer_lexemes[static_cast<size_t>(k)];
        if (a.lex == term.lex || ctx.answer_lexeme_accented[static_cast<size_t>(k)]) continue;   // compared already
        const double q = a.surface == plain_surface ? 1.0 : string_quality(plain_lexeme, a.lexeme, plain_surface, a.surface);
        if (q > 0.0)
            for (int t = a.tokens_begin; t < a.tokens_end; ++t)
                matches.emplace_back(ctx.answer_lexeme_tokens[static_cast<size_t>(t)], q);
    }
}

// Alternatives joined by slashes ("filtered/joined/sorted", "debit/credit", "G1/ZGC"): the
// tokenizer keeps them as one word, which only the answer's first alternative matched (see
// string_quality); each other alternative stands for the term as well ("joins", "ZGC").
void add_alternative_matches(Context& ctx, const Term& term, std::vector<std::pair<int, double>>& matches) {
    std::string_view rest(term.surface);
    rest = rest.substr(rest.find('/') + 1);   // the first alternative is find_matches' own (string_quality)
    while (!rest.empty()) {
        const size_t slash = rest.find('/');
        const std::string_view part = rest.substr(0, slash);
        rest = slash == std::string_view::npos ? std::string_view() : rest.substr(slash + 1);
        if (part.size() < min_alternative_bytes) continue;
        const unsigned char part_first = static_cast<unsigned char>(part[0]);
        for (int k = ctx.lexeme_bucket[part_first]; k < ctx.lexeme_bucket[part_first + 1]; ++k) {
            const Context::AnswerLexeme& a = ctx.answer_lexemes[static_cast<size_t>(k)];
            // The alternative is a surface, not a lexeme: the answer's word itself, or its
            // lexeme a prefix of it ("join" of "joined"), or the other way round.
            const std::string_view shorter = a.lexeme.size() <= part.size() ? a.lexeme : part;
            const std::string_view longer = a.lexeme.size() <= part.size() ? part : a.lexeme;
            const double q = a.surface == part || a.lexeme == part ? 1.0
                             : shorter.size() >= 4 && longer.size() - shorter.size() <= max_inflection &&
                                       longer.compare(0, shorter.size(), shorter) == 0
                                 ? near_miss_quality
                                 : 0.0;
            if (q > 0.0)
                for (int t = a.tokens_begin; t < a.tokens_end; ++t)
                    matches.emplace_back(ctx.answer_lexeme_tokens[static_cast<size_t>(t)], q);
        }
        const int group = word_info(part).group;
        auto it = std::lower_bound(ctx.answer_groups.begin(), ctx.answer_groups.end(), std::make_pair(group, -1));
        for (; group >= 0 && it != ctx.answer_groups.end() && it->first == group; ++it)
            matches.emplace_back(it->second, synonym_quality);
    }
}

// How well answer lexeme a matches a term's lexeme and surface (0 when not at all).
double lexeme_match_quality(const Context::AnswerLexeme& a, int term_lex, std::string_view term_lexeme,
                            std::string_view term_surface) {
    if (a.lex == term_lex) return same_lexeme_quality(term_surface, a.surface);
    return may_match(term_lexeme, a, term_surface) ? string_quality(term_lexeme, a.lexeme, term_surface, a.surface) : 0.0;
}

// Appends answer lexeme a's tokens, with quality q.
void add_lexeme_tokens(const Context& ctx, const Context::AnswerLexeme& a, double q, std::vector<std::pair<int, double>>& matches) {
    for (int t = a.tokens_begin; t < a.tokens_end; ++t) matches.emplace_back(ctx.answer_lexeme_tokens[static_cast<size_t>(t)], q);
}

// A match list kept for the answer's life: copied into the memo's blocks.
TermMatches store_matches(Context& ctx, const std::vector<std::pair<int, double>>& matches) {
    if (ctx.match_blocks.empty() || ctx.match_block_size - ctx.match_block_used < matches.size()) {
        ctx.match_block_size = std::max<size_t>(512, matches.size());
        ctx.match_blocks.push_back(std::make_unique<std::pair<int, double>[]>(ctx.match_block_size));
        ctx.match_block_used = 0;
    }
    std::pair<int, double>* place = ctx.match_blocks.back().get() + ctx.match_block_used;
    std::copy(matches.begin(), matches.end(), place);
    ctx.match_block_used += matches.size();
    return TermMatches{place, place + matches.size()};
}

// The forms of the model an answer word (a: its lexeme and surface) matches: hit(form, quality)
// for each, once. stamp (by form) marks the forms compared for it with `mark`, which must differ
// from every mark the stamps hold.
template <typename Hit>
void lexeme_form_hits(const NearMissIndex& index, const Context::AnswerLexeme& a, std::vector<int>& stamp, int mark,
                      Hit hit) {
    auto compare = [&](int form) {
        int& seen = stamp[static_cast<size_t>(form)];
        if (seen == mark) return;   // seen already
        seen = mark;
        const double q = lexeme_match_quality(a, index.lex(form), index.lexeme(form), index.surface(form));
        if (q > 0.0) hit(form, q);
    };
    if (!index.knows(a.lex)) {
        index.candidates(a.lex, a.lexeme, a.surface, compare);
        return;
    }
    // A word of the model: what its lexeme matches is known (see prepare_matching); only
    // matches by surface are looked for.
    for (const auto& [form, known_quality] : index.known(a.lex)) {
        stamp[static_cast<size_t>(form)] = mark;
        const double q = known_quality >= 0.0 ? known_quality : same_lexeme_quality(index.surface(form), a.surface);
        if (q > 0.0) hit(form, q);
    }
    index.surface_candidates(a.lexeme, a.surface, compare);
}

// What an answer word spelt as one of the model's forms matches (NearMissIndex::set_exact):
// lexeme_form_hits of each form, as an answer word.
void file_exact_hits(QuestionModel& model) {
    const NearMissIndex& index = model.near_misses;
    std::vector<std::vector<std::pair<int, double>>> exact(index.size());
    std::vector<int> stamp(index.size(), -1);
    for (size_t f = 0; f < index.size(); ++f) {
        const int form = static_cast<int>(f);
        Context::AnswerLexeme a{};
        a.lex = index.lex(form);
        a.lexeme = index.lexeme(form);
        a.surface = index.surface(form);
        a.second = a.lexeme.size() >= 2 ? a.lexeme[1] : 0;
        lexeme_form_hits(index, a, stamp, form, [&](int hit, double q) { exact[f].emplace_back(hit, q); });
    }
    model.near_misses.set_exact(exact);
}

// What every near-miss form of the model matches in the answer (Context::form_matches), from one
// pass over the answer's lexemes, each looking up its candidate forms (or, spelt as a form of the
// model, taking that form's list); then the match lists of the model's terms that are their
// form's alone (Context::match_by_key). Once per answer, at the first term_matches_memo of a
// model term.
__attribute__((noinline)) void find_form_hits(Context& ctx) {
    ctx.form_hits_built = true;
    const NearMissIndex& index = ctx.model.near_misses;
    std::vector<Context::FormHit>& found = ctx.form_hit_scratch;
    found.clear();
    ctx.form_stamp.assign(index.size(), -1);
    WordHitsMemo& memo = ctx.model.word_hits;
    std::vector<std::pair<int, double>>& word_hits = ctx.match_scratch;   // (free until the lists below)
    for (size_t k = 0; k < ctx.answer_lexemes.size(); ++k) {
        const Context::AnswerLexeme& a = ctx.answer_lexemes[k];
        const int answer_lexeme = static_cast<int>(k);
        if (const int form = index.exact_form(a.lex, a.surface); form >= 0) {
            for (const auto& [hit, q] : index.exact(form)) found.push_back(Context::FormHit{hit, answer_lexeme, q});
            continue;
        }
        // Another word: its hits as an earlier answer found them, else found now and memoised.
        const WordHitsMemo::Key key = WordHitsMemo::key(a.lexeme, a.surface);
        WordHitsMemo::Hits known;
        if (!memo.find(key, &known)) {
            word_hits.clear();
            lexeme_form_hits(index, a, ctx.form_stamp, answer_lexeme, [&](int form, double q) { word_hits.emplace_back(form, q); });
            memo.insert(key, word_hits);
            known = WordHitsMemo::Hits{word_hits.data(), word_hits.data() + word_hits.size()};
        }
        for (const auto& [hit, q] : known) found.push_back(Context::FormHit{hit, answer_lexeme, q});
    }
    // By form (a counting sort over the forms hit, in the order they were first hit: each form's
    // answer lexemes stay in order). form_stamp counts, then is each form's cursor.
    std::vector<int>& touched = ctx.forms_hit;
    touched.clear();
    std::vector<int>& cursor = ctx.form_stamp;   // (done with the stamps)
    std::fill(cursor.begin(), cursor.end(), 0);
    for (const Context::FormHit& h : found)
        if (cursor[static_cast<size_t>(h.form)]++ == 0) touched.push_back(h.form);
    int next = 0;
    for (const int f : touched) {
        const int count = cursor[static_cast<size_t>(f)];
        cursor[static_cast<size_t>(f)] = next;
        next += count;
    }
    ctx.form_hits.resize(found.size());
    for (const Context::FormHit& h : found)
        ctx.form_hits[static_cast<size_t>(cursor[static_cast<size_t>(h.form)]++)] = std::make_pair(h.answer_lexeme, h.quality);
    // Each form's answer tokens, by token (form f's hits end at its cursor now).
    ctx.form_matches.assign(index.size(), TermMatches{});
    std::vector<std::pair<int, double>>& matches = ctx.match_scratch;
    int begin = 0;
    for (const int f : touched) {
        const int end = cursor[static_cast<size_t>(f)];
        matches.clear();
        for (int h = begin; h < end; ++h) {
            const auto [k, q] = ctx.form_hits[static_cast<size_t>(h)];
            add_lexeme_tokens(ctx, ctx.answer_lexemes[static_cast<size_t>(k)], q, matches);
        }
        begin = end;
        if (!std::is_sorted(matches.begin(), matches.end())) std::sort(matches.begin(), matches.end());
        ctx.form_matches[static_cast<size_t>(f)] = store_matches(ctx, matches);
    }
    // The model's terms whose list is their form's (no synonym group, accents or alternatives:
    // see find_matches) have it now (empty unless their form was hit), and those without a
    // lexeme have none.
    const QuestionModel& model = ctx.model;
    ctx.match_by_key.assign(model.key_start.begin(), model.key_start.end());
    for (const int f : touched)
        for (int i = model.plain_keys_begin[static_cast<size_t>(f)]; i < model.plain_keys_begin[static_cast<size_t>(f) + 1]; ++i)
            ctx.match_by_key[static_cast<size_t>(model.plain_keys[static_cast<size_t>(i)])].matches =
                ctx.form_matches[static_cast<size_t>(f)];
}

// The answer tokens a term matches, computed (term_matches memoises them).
TermMatches find_matches(Context& ctx, const Term& term) {
    // Collected in the answer's reused buffer, then copied into the memo's blocks.
    std::vector<std::pair<int, double>>& matches = ctx.match_scratch;
    matches.clear();
    const std::string_view term_lexeme = ctx.lexicon.str(term.lex);
    const int form = term.key >= 0 && static_cast<size_t>(term.key) < ctx.model.key_form.size()
                         ? ctx.model.key_form[static_cast<size_t>(term.key)]
                         : -1;
    if (form >= 0) {   // a term of the model: its form's matches, found for all forms at once
        if (!ctx.form_hits_built) find_form_hits(ctx);
        const TermMatches& found = ctx.form_matches[static_cast<size_t>(form)];
        matches.assign(found.begin(), found.end());
    } else {
        // Near misses keep their first letter: only lexemes starting like the term can match.
        const unsigned char first = term_lexeme.empty() ? 0 : static_cast<unsigned char>(term_lexeme[0]);
        for (int k = ctx.lexeme_bucket[first]; k < ctx.lexeme_bucket[first + 1]; ++k) {
            const Context::AnswerLexeme& a = ctx.answer_lexemes[static_cast<size_t>(k)];
            const double q = lexeme_match_quality(a, term.lex, term_lexeme, term.surface);
            if (q > 0.0) add_lexeme_tokens(ctx, a, q, matches);
        }
    }
    if (term.group >= 0) {
        auto it = std::lower_bound(ctx.answer_groups.begin(), ctx.answer_groups.end(), std::make_pair(term.group, -1));
        for (; it != ctx.answer_groups.end() && it->first == term.group; ++it) matches.emplace_back(it->second, synonym_quality);
    }
    // (Words of a question model have their facts from prepare_matching; others are asked here.)
    std::string plain_surface;
    const bool accented = term.key >= 0 ? term.accented : plain_spelling(term.surface, &plain_surface);
    const bool alternatives = term.alternatives && (term.key >= 0 || term.surface.find('/') != std::string::npos);
    if (accented) add_unaccented_matches(ctx, term, term_lexeme, matches);
    if (alternatives) add_alternative_matches(ctx, term, matches);
    if (matches.empty()) return TermMatches{};
    // By token (windows look up their range): most lists come from one lexeme, in order already.
    if (!std::is_sorted(matches.begin(), matches.end())) std::sort(matches.begin(), matches.end());
    if (accented || alternatives) {   // one entry per token, its best quality (the last of its run)
        size_t kept = 0;
        for (size_t i = 0; i < matches.size(); ++i) {
            if (kept > 0 && matches[kept - 1].first == matches[i].first) --kept;
            matches[kept++] = matches[i];
        }
        matches.resize(kept);
    }
    return store_matches(ctx, matches);
}

}  // namespace

TermMatches term_matches_memo(Context& ctx, const Term& term) {
    if (term.lex < 0) return TermMatches{};
    // A term of the model finds its list by its key; others by lexeme, group and surface. (The
    // list depends on nothing else: either memo holds the same.)
    if (term.key >= 0 && term.key < ctx.model.term_keys) {
        if (!ctx.form_hits_built) find_form_hits(ctx);
        Context::KeyedMatches& slot = ctx.match_by_key[static_cast<size_t>(term.key)];
        if (!slot.known) {
            slot.matches = find_matches(ctx, term);
            slot.known = true;
        }
        return slot.matches;
    }
    const size_t lex = static_cast<size_t>(term.lex);
    if (lex >= ctx.match_head.size()) ctx.match_head.resize(std::max(lex + 1, ctx.lexicon.size()), -1);
    for (int i = ctx.match_head[lex]; i >= 0; i = ctx.match_keys[static_cast<size_t>(i)].next)
        if (ctx.match_keys[static_cast<size_t>(i)].group == term.group &&
            ctx.match_keys[static_cast<size_t>(i)].alternatives == term.alternatives &&
            ctx.match_keys[static_cast<size_t>(i)].surface == term.surface)
            return ctx.match_keys[static_cast<size_t>(i)].matches;
    const TermMatches found = find_matches(ctx, term);
    ctx.match_keys.push_back(Context::MatchKey{term.group, term.alternatives, ctx.match_head[lex], term.surface, found});
    ctx.match_head[lex] = static_cast<int>(ctx.match_keys.size() - 1);
    return found;
}

void build_answer(const RawText& answer, Context& ctx) {
    // The answer's own lexemes are fewer than half its tokens, nearly always (the rest are
    // the question's, or repeated): room for that many at once.
    ctx.lexicon.reserve(static_cast<size_t>(std::max(answer.ntokens, 0)) / 2);
    ctx.answer = build_document(answer, ctx.lexicon, std::move(ctx.answer.tokens), Reading::answer);
    {
        // Distinct content lexemes in order of appearance, each with its tokens; then grouped by
        // first byte (a counting sort, stable) so that a term scans only its own bucket.
        std::vector<int>& slot = ctx.lexeme_slot;   // lexeme -> index into distinct
        slot.assign(ctx.lexicon.size(), -1);
        using Distinct = Context::DistinctLexeme;
        std::vector<Distinct>& distinct = ctx.distinct_lexemes;
        distinct.clear();
        distinct.reserve(ctx.answer.tokens.size());
        auto first_byte = [&](int lex) {
            const std::string& str = ctx.lexicon.str(lex);
            return str.empty() ? 0 : static_cast<int>(static_cast<unsigned char>(str[0]));
        };
        int occurrences = 0;
        for (size_t i = 0; i < ctx.answer.tokens.size(); ++i) {
            const Token& t = ctx.answer.tokens[i];
            // The tokens that score_terms reads besides match lists.
            if (t.antonym >= 0) ctx.antonym_tokens.push_back(static_cast<int>(i));
            if (t.complexity >= 0 && !t.negated) ctx.complexity_tokens.push_back(static_cast<int>(i));
            if (t.content() && t.negated) ctx.negated_content_tokens.push_back(static_cast<int>(i));
            if (!t.content()) continue;
            for (int l : t.lex) {
                int& s = slot[static_cast<size_t>(l)];
                if (s < 0) {
                    s = static_cast<int>(distinct.size());
                    distinct.push_back(Distinct{l, static_cast<int>(i), 0, first_byte(l)});
                }
                ++distinct[static_cast<size_t>(s)].count;
                ++occurrences;
            }
            if (t.group >= 0) ctx.answer_groups.emplace_back(t.group, static_cast<int>(i));
        }
        std::sort(ctx.answer_groups.begin(), ctx.answer_groups.end());
        int* bucket = ctx.lexeme_bucket;
        std::fill(bucket, bucket + 257, 0);
        int lowest = 256, highest = -1;   // first bytes
        for (const Distinct& d : distinct) {
            const int b = d.first_byte;
            ++bucket[b + 1];
            lowest = std::min(lowest, b);
            highest = std::max(highest, b);
        }
        // Sums up to each byte: none below the lowest first byte, all of them past the highest.
        for (int b = lowest; b <= highest; ++b) bucket[b + 1] += bucket[b];
        std::fill(bucket + highest + 2, bucket + 257, static_cast<int>(distinct.size()));
        int cursor[256];
        std::copy(bucket, bucket + 256, cursor);
        ctx.answer_lexemes.resize(distinct.size());
        std::vector<int>& position = ctx.lexeme_position;   // distinct index -> its place in answer_lexemes
        position.resize(distinct.size());
        for (size_t k = 0; k < distinct.size(); ++k) position[k] = cursor[distinct[k].first_byte]++;
        int offset = 0;
        for (size_t k = 0; k < distinct.size(); ++k) {
            Context::AnswerLexeme& a = ctx.answer_lexemes[static_cast<size_t>(position[k])];
            a.lex = distinct[k].lex;
            a.first_token = distinct[k].first_token;
            a.lexeme = ctx.lexicon.str(a.lex);
            a.surface = ctx.answer.tokens[static_cast<size_t>(a.first_token)].surface;
            a.second = a.lexeme.size() >= 2 ? a.lexeme[1] : 0;
            a.tokens_begin = a.tokens_end = offset;
            offset += distinct[k].count;
        }
        ctx.answer_lexeme_tokens.resize(static_cast<size_t>(occurrences));
        for (size_t i = 0; i < ctx.answer.tokens.size(); ++i) {
            const Token& t = ctx.answer.tokens[i];
            if (!t.content()) continue;
            for (int l : t.lex) {
                Context::AnswerLexeme& a =
                    ctx.answer_lexemes[static_cast<size_t>(position[static_cast<size_t>(slot[static_cast<size_t>(l)])])];
                ctx.answer_lexeme_tokens[static_cast<size_t>(a.tokens_end++)] = static_cast<int>(i);
            }
        }
    }
    ctx.language_has_stop_words = ctx.model.stop_words > 0 || ctx.answer.stop_words > ctx.answer.words / 10;
    build_windows(ctx);
    ctx.token_windows.assign(ctx.answer.tokens.size(), std::make_pair(-1, -1));
    for (size_t k = 0; k < ctx.windows.size(); ++k)
        for (int i = ctx.windows[k].begin; i < ctx.windows[k].end; ++i) {
            auto& [first, last] = ctx.token_windows[static_cast<size_t>(i)];
            if (first < 0) first = static_cast<int>(k);
            last = static_cast<int>(k);
        }
}

namespace {

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

namespace {

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
int negation_cue_of(const Document& doc, int tok) {
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
TokenRange tokens_in(const std::vector<int>& tokens, const Window& w) {
    const int* from = std::lower_bound(tokens.data(), tokens.data() + tokens.size(), w.begin);
    const int* to = std::lower_bound(from, tokens.data() + tokens.size(), w.end);
    return TokenRange{from, to};
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

// Whether the word after negation cue `cue` is an English -ing form ("we're not using locks"): the
// form of "be" before the negation is then a progressive, a doing.
bool progressive_after(const Document& doc, int cue) {
    const size_t next = static_cast<size_t>(cue) + 1;
    if (next >= doc.tokens.size() || doc.tokens[next].clause != doc.tokens[static_cast<size_t>(cue)].clause) return false;
    const std::string_view w = doc.tokens[next].surface;
    return w.size() > 4 && w.compare(w.size() - 3, 3, "ing") == 0;
}

// Whether answer token tok, negated, says the thing is absent, as a point that removes, reduces or
// avoids it (Term::absent) asks: a negation that denies the thing outright ("there is no single
// point of failure", "sans verrou") states "remove single points of failure", "avoid locks"; a
// denied doing ("we didn't remove the single point of failure") and a dismissal ("no need for a
// replica") do not. An existential denial says it too: "there isn't (any) X" ("there" just before
// the cue's verb) and "we don't have any X" (have, then any / a / an, just after the cue).
bool absence_stated(const Context& ctx, int tok) {
    if (ctx.answer.tokens[static_cast<size_t>(tok)].dismissed) return false;
    const int cue = negation_cue_of(ctx.answer, tok);
    if (cue < 0) return false;
    const auto& tokens = ctx.answer.tokens;
    const Token& c = tokens[static_cast<size_t>(cue)];
    if (c.info.determiner_negation || c.info.role == role_absence) return true;   // no X, without X, sans X, بدون X
    auto in_clause = [&](int k) { return k >= 0 && k < tok && tokens[static_cast<size_t>(k)].clause == c.clause; };
    auto word_at = [&](int k) { return in_clause(k) ? std::string_view(tokens[static_cast<size_t>(k)].surface) : std::string_view(); };
    auto existential_at = [&](int k) {
        return in_clause(k) && tokens[static_cast<size_t>(k)].info.role == role_existential && tokens[static_cast<size_t>(k)].surface != "y";
    };
    if (existential_at(cue - 2) || existential_at(cue - 3)) return true;   // there isn't / there is not / there are not
    static constexpr std::string_view haves[] = {"have", "has", "had"};
    static constexpr std::string_view some[] = {"any", "a", "an"};
    return one_of(word_at(cue + 1), haves) && one_of(word_at(cue + 2), some);
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
// denies a verb that is none of them nor a synonym ("ne tient pas compte des lignes marquées",
// "doesn't take marked rows into account"; not "the team should not create an index" of "add an
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
    if (!subject) return false;
    if (arabic_first_person_verb(ctx.answer.tokens[static_cast<size_t>(cue) + 1].surface)) return false;   // cue < tok
    int first = -1;
    for (int k = cue + 1; k < tok && first < 0; ++k) {
        const Token& t = ctx.answer.tokens[static_cast<size_t>(k)];
        if (t.content() && !is_be_form(t.surface) && !is_perfect_form(t.surface)) first = k;
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
// negation denies ("I didn't cut any scope", "no PIN"; not "it is not created each time the
// array is called"), by a plain negation (not "instead of making function calls", which names
// what is done otherwise), and not in what the speaker does not know ("I'm not sure about the
// rules"). The negation denies a thing outright ("no PIN", "aucune tolérance", "there is no
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

// Whether the negation cue at answer token cue, denying the point's word of absence at token tok
// ("prevent", "avoid", "éviter"), rejects the point: said by the speaker ("we don't prevent", "I
// never bother to avoid", "on n'a pas besoin d'éviter", Arabic لا نحتاج), to "you", as an order
// ("don't try to avoid", "never avoid") or as no need of it ("no need to prevent", "pas besoin",
// لا حاجة). What another subject does not or cannot do ("one server cannot prevent a single point
// of failure", "tail calls do not avoid stack overflow", "nothing prevents it better than
// redundancy") argues for the point, and so does what cannot be done ("you can't prevent it with
// only one database") or was not done at first ("we did not prevent it at first; now ..."): none
// denies it.
bool speaker_rejects_absence(const Context& ctx, int cue, int tok) {
    static constexpr std::string_view needs[] = {"need", "needs", "needed", "necessary", "besoin", "nécessaire",
                                                 "\u062d\u0627\u062c\u0629", "\u0628\u062d\u0627\u062c\u0629"};   // حاجة بحاجة
    static constexpr std::string_view abilities[] = {"can", "cannot", "cant", "could", "couldnt", "able", "unable",
                                                     "peut", "peux", "pouvons", "pouvez", "peuvent", "pourrait",
                                                     "\u064a\u0645\u0643\u0646",                       // يمكن
                                                     "\u0646\u0633\u062a\u0637\u064a\u0639",         // نستطيع
                                                     "\u0623\u0633\u062a\u0637\u064a\u0639",         // أستطيع
                                                     "\u064a\u0633\u062a\u0637\u064a\u0639"};        // يستطيع
    static constexpr std::string_view pronouns[] = {"nothing", "nobody", "none", "rien", "personne"};
    const Token& c = ctx.answer.tokens[static_cast<size_t>(cue)];
    // "We did not prevent a single point of failure at first" tells of a state since put right.
    static constexpr std::string_view earlier[] = {"initially", "originally", "\u0627\u0644\u0628\u062f\u0627\u064a\u0629"};   // البداية
    for (size_t k = static_cast<size_t>(tok) + 1; k < ctx.answer.tokens.size() && ctx.answer.tokens[k].clause == c.clause; ++k) {
        const std::string_view w(ctx.answer.tokens[k].surface);
        const std::string_view before(ctx.answer.tokens[k - 1].surface);
        if (one_of(w, earlier) || (w == "first" && before == "at") || (w == "début" && before == "au")) return false;
    }
    const int from = std::max(0, cue - max_subject_before_negation);
    for (int k = from; k < tok; ++k) {
        const Token& t = ctx.answer.tokens[static_cast<size_t>(k)];
        if (t.clause == c.clause && one_of(t.surface, needs)) return true;
    }
    for (int k = from; k < tok; ++k) {
        const Token& t = ctx.answer.tokens[static_cast<size_t>(k)];
        if (t.clause == c.clause && one_of(t.surface, abilities)) return false;
    }
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
    return opens && !c.info.determiner_negation && !one_of(c.surface, pronouns);
}

// Term i's windows (bits, its row of term_bits) into the list's masks (see PointList::masks).
void add_masks(Context& ctx, const Context::PointList& c, size_t i, const uint64_t* bits, size_t words) {
    for (size_t j = 0; j < words; ++j)
        for (uint64_t m = bits[j]; m != 0; m &= m - 1)
            ctx.term_masks[c.masks + j * 64 + static_cast<size_t>(__builtin_ctzll(m))] |= uint64_t{1} << i;
}

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
// negation (absorbs), their weights' total and their masks.
WindowScore score_terms(Context& ctx, const std::vector<Term>& terms, TermMatches* lists, const Window& w,
                        bool own_words, const std::vector<int>** opposites, const uint64_t* term_bits, size_t k,
                        size_t words, Context::PointList& list) {
    auto absent = [&](size_t term_index) {
        return term_bits != nullptr && !((term_bits[term_index * words + k / 64] >> (k % 64)) & 1);
    };
    // The terms visited (the others are absent, see above), from term i on: with the list's mask
    // of window k, its next bit set, rather than a test of each term's bits.
    const bool masked = term_bits != nullptr && terms.size() <= 64;
    const uint64_t present = masked ? ctx.term_masks[list.masks + k] : 0;
    auto next_term = [&](size_t i) {
        if (masked) {
            const uint64_t rest = i < 64 ? present & (~uint64_t{0} << i) : 0;
            return rest != 0 ? static_cast<size_t>(__builtin_ctzll(rest)) : terms.size();
        }
        while (i < terms.size() && absent(i)) ++i;
        return i;
    };
    WindowScore ws;
    // Every term's weight, summed in term order as list_windows summed it (the same double).
    ws.total = list.total;
    // Negations a point's denying word takes up ("no limit to the number" for "an unlimited
    // number"): the other words in their scope are not denied by the answer.
    int absorbed[4];
    int nabsorbed = 0;
    for (size_t term_index = next_term(0); list.absorbs && term_index < terms.size(); term_index = next_term(term_index + 1)) {
        const Term& term = terms[term_index];
        if (term.denied_lexeme.empty() || nabsorbed == 4) continue;
        const auto [tok, q] = denied_base_match(ctx, term, w);
        if (tok < 0) continue;
        const int cue = negation_cue_of(ctx.answer, tok);
        if (cue >= 0) absorbed[nabsorbed++] = cue;
    }
    // The same for an opposite a negation turns back into the point's word ("cannot be accessed
    // outside" for "accessible only inside"): that negation states the point.
    for (size_t term_index = next_term(0); list.absorbs && term_index < terms.size(); term_index = next_term(term_index + 1)) {
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
    auto negated = [&](int tok) {
        if (!ctx.answer.tokens[static_cast<size_t>(tok)].negated) return false;
        if (nabsorbed == 0) return true;
        const int cue = negation_cue_of(ctx.answer, tok);
        return std::find(absorbed, absorbed + nabsorbed, cue) == absorbed + nabsorbed;
    };
    // Negations that deny the point's own word of absence ("we don't need to prevent a single point
    // of failure" of "prevent a single point of failure"): the words they go on to deny are denied
    // with it, not said to be absent (see Term::absence_implied).
    int absence_denials[4];
    int nabsence_denials = 0;
    for (size_t term_index = next_term(0); list.states_absence && term_index < terms.size();
         term_index = next_term(term_index + 1)) {
        const Term& term = terms[term_index];
        if (!term.states_absence || term.negated) continue;
        for (auto it = lists[term_index].begin(); it != lists[term_index].end() && it->first < w.end; ++it) {
            if (it->first < w.begin || it->second < near_miss_quality || !negated(it->first)) continue;
            const int cue = negation_cue_of(ctx.answer, it->first);
            if (cue >= 0 && nabsence_denials < 4 && speaker_rejects_absence(ctx, cue, it->first) &&
                std::find(absence_denials, absence_denials + nabsence_denials, cue) == absence_denials + nabsence_denials)
                absence_denials[nabsence_denials++] = cue;
        }
    }
    auto denied_with_absence = [&](int tok) {
        if (nabsence_denials == 0) return false;
        const int cue = negation_cue_of(ctx.answer, tok);
        return std::find(absence_denials, absence_denials + nabsence_denials, cue) != absence_denials + nabsence_denials;
    };
    // A negation said of another subject: its clause names, up to the negated word, a word of the
    // question that another key point holds and these terms do not, and none of the question's
    // words they hold. In a question telling two things apart ("the difference between a
    // constructor and a function"), "constructors don't have a return type" says nothing, either
    // way, of "functions must declare a return type" ("neither lists nor tuples can be keys" still
    // denies "tuples usable as dict keys").
    // A clause whose subject is a pronoun ("constructors cannot return values, so they cannot
    // specify a return type") speaks of what the sentence named before it: the scan goes on into
    // the sentence's earlier clauses.
    static constexpr std::string_view subject_pronouns[] = {"they", "it", "these", "those", "ils", "elles", "il", "elle"};
    auto other_subject = [&](int tok) {
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
    };
    // An opposite in another degree than the point's word ("high accuracy" for "lower accuracy",
    // "slower" for "fast"): the state a change starts from, or another thing compared, not a denial.
    auto other_degree = [&](int tok, const Term& term) {
        return comparative_degree(ctx.answer, static_cast<size_t>(tok)) != term.comparative;
    };
    // Whether the point's word a general opposite qualifies (Term::anchor_lex) is near answer token
    // tok, in its clause (three words either side).
    auto anchored = [&](int tok, const Term& term) {
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
    };
    for (size_t term_index = next_term(0); term_index < terms.size(); term_index = next_term(term_index + 1)) {
        const Term& term = terms[term_index];
        double qp = 0.0, qn = 0.0;
        int tp = -1, tn = -1;
        if (term.antonym >= 0) {
            bool denied = false;   // the point's own word, negated ("automatic rollbacks are too risky")
            for (const int tok : tokens_in(ctx.antonym_tokens, w)) {
                const Token& t = ctx.answer.tokens[static_cast<size_t>(tok)];
                if (t.antonym / 2 != term.antonym / 2) continue;
                // A word the point itself denies counts as mentioned either way, as for other
                // words (recommending it is caught as an endorsement of what the point rules out).
                const bool same = t.antonym == term.antonym;
                const bool denies = (t.negated && !(term.absent && absence_stated(ctx, tok))) || t.avoided;
                const bool agrees = (same && term.negated && !t.endorsed) || same == (denies == term.negated);
                // The other side said of another thing (a denial of the word itself is not).
                if (!agrees && !same && term.anchor_lex >= 0 && !anchored(tok, term)) continue;
                if (!agrees && !same && other_degree(tok, term)) continue;
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
        const int stated_class = term.stated_class();
        if (stated_class >= 0 && qp < 1.0)
            for (const int tok : tokens_in(ctx.complexity_tokens, w))
                if (ctx.answer.tokens[static_cast<size_t>(tok)].complexity == stated_class) {
                    qp = 1.0;
                    tp = tok;
                    break;
                }
        // (Windows come in order of their first token: the tokens before this one are done with.)
        TermMatches& matches = lists[term_index];
        while (matches.first != matches.last && matches.first->first < w.begin) ++matches.first;
        for (auto it = matches.begin(); it != matches.end() && it->first < w.end; ++it) {
            const int tok = it->first;
            const double q = it->second;
            if (ctx.answer.tokens[static_cast<size_t>(tok)].spared) continue;   // "without scanning"
            // Conflict: the answer negates a term the point states. A term the point itself
            // negates counts as mentioned either way (naming it is not asserting it), unless the
            // negation denies the point's word of absence with it. The word of absence denied
            // otherwise ("one server cannot prevent a single point of failure") is mentioned, as
            // its other words are (speaker_rejects_absence).
            if (term.absence_implied && negated(tok) && denied_with_absence(tok)) {
                if (q > qn && q >= near_miss_quality) { qn = q; tn = tok; }
            } else if (!term.negated && negated(tok) && !(term.absent && absence_stated(ctx, tok)) &&
                       !(term.states_absence && !denied_with_absence(tok))) {
                if (term.asked) continue;
                if (other_subject(tok)) continue;
                // Only the word itself (or a typo, a synonym) is denied: "stored locally" is not
                // "localization".
                if (q > qn && q >= near_miss_quality && !denies_other_doing(ctx, terms, tok)) { qn = q; tn = tok; }
            } else if (q > qp) {
                qp = q;
                tp = tok;
            }
            if (term.negated && q >= near_miss_quality) {
                const Token& t = ctx.answer.tokens[static_cast<size_t>(tok)];
                if (t.negated || t.avoided) ws.denied = true;
                else if (t.endorsed) ws.endorsed = true;
            }
        }
        if (!term.denied_lexeme.empty() && qp < 1.0) {
            const auto [tok, q] = denied_base_match(ctx, term, w);
            if (q > qp) {
                qp = q;
                tp = tok;
            }
        }
        // The same word with a negative prefix, or without it ("guessable" for "unguessable",
        // "inconsistent" for "consistent"): an opposite, like a word of the antonym lists.
        bool morphological = false;
        if (own_words && term.antonym < 0 && qp < 1.0 && term.surface.size() >= 5) {
            const std::vector<int>*& memo = opposites[term_index];
            if (memo == nullptr) memo = &prefix_opposite_tokens(ctx, term);
            const std::vector<int>& candidates = *memo;
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
                } else if (qn < 1.0 && !stated_by_negated_base && !term.asked) {   // "guessable IDs", "guessable IDs don't matter"
                    qn = 1.0;
                    tn = i;
                    morphological = true;
                }
            }
        }
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
    // Two flips cancel: "asynchronous calls don't block" agrees with "synchronous code blocks".
    if (ws.antonym_flips > 0 && ws.negation_flips > 0 && (ws.antonym_flips + ws.negation_flips) % 2 == 0) {
        ws.pos += ws.neg;
        ws.neg = 0.0;
        ws.dismissed = 0.0;
        ws.dismissed_terms = 0;
        ws.denied_distinctive = 0.0;
        ws.antonym_conflict = false;
    }
    return ws;
}

// Most windows hold none of a point's words, and score_terms finds nothing there. These tell
// such windows apart cheaply, by a bit per window for each term list and each term (same
// results, faster).

// The first n elements of v set to zero, v grown to n when shorter: match_point's buffers, at
// every point, without vector::assign's general path (what lies past n is stale, never read).
template <typename T>
void zero_first(std::vector<T>& v, size_t n) {
    if (v.size() < n) v.resize(n);
    std::fill_n(v.begin(), n, T{});
}

// Sets the bits of the windows holding answer token tok (more than 64 windows: else list_windows
// takes the token's one word of bits, see window_masks).
void mark_windows(const Context& ctx, uint64_t* bits, int tok) {
    const auto [first, last] = ctx.token_windows[static_cast<size_t>(tok)];
    for (int k = first; k >= 0 && k <= last; ++k) {
        const Window& w = ctx.windows[static_cast<size_t>(k)];
        if (tok >= w.begin && tok < w.end) bits[static_cast<size_t>(k) / 64] |= uint64_t{1} << (k % 64);
    }
}

// When the answer has 64 windows or fewer (nearly always), the windows holding each token as one
// word of bits (Context::token_window_masks), once per answer: list_windows takes them at once.
void window_masks(Context& ctx) {
    ctx.token_window_masks_built = true;
    if (ctx.windows.size() > 64) return;
    ctx.token_window_masks.assign(ctx.answer.tokens.size(), 0);
    for (size_t k = 0; k < ctx.windows.size(); ++k)
        for (int i = ctx.windows[k].begin; i < ctx.windows[k].end; ++i)
            ctx.token_window_masks[static_cast<size_t>(i)] |= uint64_t{1} << k;
}

// Calls mark(tok) for each answer token that can make score_terms find anything for a term: a
// token of its match list, an answer word of its antonym class or asymptotic class, a negated
// content word when its denied base may be restated ("no limit" for "unlimited"), and, for the
// point's own wording (own_words), an opposite by a negative prefix (the answer's memo of those is
// by term, kept in `opposites`: asking for them all here, not on first use in a window, gives the
// same lists).
template <typename Mark>
void term_tokens(Context& ctx, const Term& term, TermMatches matches, bool own_words, const std::vector<int>*& opposites,
                 Mark mark) {
    for (const auto& m : matches) mark(m.first);
    if (term.antonym >= 0)
        for (int tok : ctx.antonym_tokens)
            if (ctx.answer.tokens[static_cast<size_t>(tok)].antonym / 2 == term.antonym / 2) mark(tok);
    if (const int stated_class = term.stated_class(); stated_class >= 0)
        for (int tok : ctx.complexity_tokens)
            if (ctx.answer.tokens[static_cast<size_t>(tok)].complexity == stated_class) mark(tok);
    if (!term.denied_lexeme.empty() && !term.negated)   // see denied_base_match
        for (int tok : ctx.negated_content_tokens) mark(tok);
    if (own_words && term.antonym < 0 && term.surface.size() >= 5) {   // as in score_terms
        if (opposites == nullptr) opposites = &prefix_opposite_tokens(ctx, term);
        for (int tok : *opposites) mark(tok);
    }
}

// A term list's windows: the windows holding the tokens term_tokens gives for each term. Sets
// the terms' bits in ctx.term_bits, the list's, their union, in ctx.window_bits (from c.bits on),
// and for a list of up to 64 terms its masks (from c.masks on; match_point zeroes all three).
void list_windows(Context& ctx, const std::vector<Term>& terms, const Context::PointList& c, bool own_words) {
    const size_t words = (ctx.windows.size() + 63) / 64;
    const bool masked = terms.size() <= 64;   // as in score_terms
    const bool one_word = !ctx.token_window_masks.empty();   // 64 windows at most (see window_masks)
    for (size_t i = 0; i < terms.size(); ++i) {
        const Term& term = terms[i];
        const TermMatches matches = ctx.point_matches[c.first + i];
        const std::vector<int>*& opposites = ctx.point_opposites[c.first + i];
        uint64_t* bits = &ctx.term_bits[(c.first + i) * words];
        if (one_word) {   // (nearly always: the term's windows gathered in one word, in a register)
            uint64_t b = 0;
            term_tokens(ctx, term, matches, own_words, opposites,
                        [&](int tok) { b |= ctx.token_window_masks[static_cast<size_t>(tok)]; });
            bits[0] = b;
            ctx.window_bits[c.bits] |= b;
            if (masked)
                for (uint64_t m = b; m != 0; m &= m - 1)
                    ctx.term_masks[c.masks + static_cast<size_t>(__builtin_ctzll(m))] |= uint64_t{1} << i;
            continue;
        }
        term_tokens(ctx, term, matches, own_words, opposites, [&](int tok) { mark_windows(ctx, bits, tok); });
        for (size_t j = 0; j < words; ++j) ctx.window_bits[c.bits + j] |= bits[j];
        if (masked) add_masks(ctx, c, i, bits, words);
    }
}

// True when score_terms would find nothing for a term list in window k: it would return a score
// holding only the total.
bool list_silent(const Context& ctx, const Context::PointList& c, size_t k) {
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

// The window states an asymptotic class (not denied) of time, or of memory.
bool window_states_complexity(const Context& ctx, const Window& w, bool space) {
    for (int i = w.begin; i < w.end; ++i) {
        const Token& t = ctx.answer.tokens[static_cast<size_t>(i)];
        if (t.complexity >= 0 && !t.negated && t.complexity_space == space) return true;
    }
    return false;
}

// How a window orders the two sides of a "X before Y" point: +1 the same way, -1 the other way
// round ("find the root cause before touching anything" for "mitigate before finding the root
// cause"), 0 when it does not say. "After Y, X" and "X after Y" agree with "X before Y".
int window_order(const Context& ctx, const PointModel& point, const Window& w) {
    // The terms met in tokens [from, to) of the window, of those not sharing a word with `other`
    // when given (see only).
    auto count_of = [&](const std::vector<Term>& terms, const std::vector<Term>* other, int from, int to) {
        int n = 0;
        for (const Term& term : terms) {
            if (other != nullptr && std::any_of(other->begin(), other->end(), [&](const Term& o) { return o.lex == term.lex; }))
                continue;
            for (int i = std::max(from, w.begin); i < std::min(to, w.end); ++i)
                if (term_quality(ctx, term, ctx.answer.tokens[static_cast<size_t>(i)]) >= near_miss_quality) {
                    ++n;
                    break;
                }
        }
        return n;
    };
    auto count = [&](const std::vector<Term>& terms, int from, int to) { return count_of(terms, nullptr, from, to); };
    // The words of one side only ("group" in "HAVING filters groups after GROUP BY" is on both),
    // counted as count does (filtered as they are counted: no copy of the terms at each window).
    auto only_count = [&](const std::vector<Term>& side, const std::vector<Term>& other, int from, int to) {
        return count_of(side, &other, from, to);
    };
    int agree = 0, invert = 0;
    for (int m = w.begin; m < w.end; ++m) {
        const Token& t = ctx.answer.tokens[static_cast<size_t>(m)];
        if (t.antonym < 0 || t.antonym / 2 != point.order_word / 2 || t.negated) continue;
        // The complement follows the word in its clause, up to a subject pronoun; the main part
        // is what comes before the word in the sentence, or, when the word opens the sentence,
        // what follows the complement.
        int complement_end = m + 1;
        while (complement_end < w.end && ctx.answer.tokens[static_cast<size_t>(complement_end)].clause == t.clause &&
               !ctx.answer.tokens[static_cast<size_t>(complement_end)].info.subject)   // "after the fix I verify"
            ++complement_end;
        int main_from = w.begin, main_to = m;
        while (main_from < m && ctx.answer.tokens[static_cast<size_t>(main_from)].sentence != t.sentence) ++main_from;
        if (count(point.order_left, main_from, main_to) + count(point.order_right, main_from, main_to) == 0) {
            main_from = complement_end;
            main_to = w.end;
        }
        // Both sides on one side of the word: it orders something else ("before opening a PR I
        // rebase, then push with --force-with-lease").
        const std::vector<Term>&left = point.order_left, &right = point.order_right;
        if ((only_count(left, right, main_from, main_to) > 0 && only_count(right, left, main_from, main_to) > 0) ||
            (only_count(left, right, m + 1, complement_end) > 0 && only_count(right, left, m + 1, complement_end) > 0))
            continue;
        const bool same = t.antonym == point.order_word;
        const std::vector<Term>& main_side = same ? point.order_left : point.order_right;
        const std::vector<Term>& complement_side = same ? point.order_right : point.order_left;
        agree += count(main_side, main_from, main_to) + count(complement_side, m + 1, complement_end);
        invert += count(complement_side, main_from, main_to) + count(main_side, m + 1, complement_end);
    }
    if (invert > agree && invert >= 2) return -1;
    if (agree >= invert && agree >= 2) return 1;
    return 0;
}

// The window tells two things apart: a contrast word (but, whereas, unlike, different ...) or
// "instead of" / "rather than", not denied.
bool window_contrasts(const Context& ctx, const Window& w) {
    for (int i = w.begin; i < w.end; ++i) {
        const Token& t = ctx.answer.tokens[static_cast<size_t>(i)];
        if (t.negated) continue;
        if ((t.info.contrast && !t.info.comparative) || (t.negation_cue && t.info.comparative_negation))
            return true;
    }
    return false;
}

// The window claims two things are alike and nothing in it tells them apart. A word of the point
// itself ("balanced priority" in the point) states it, however it reads elsewhere.
bool window_says_alike(const Context& ctx, const Window& w, const std::vector<Term>& terms) {
    bool alike = false;
    for (int i = w.begin; i < w.end; ++i) {
        const Token& t = ctx.answer.tokens[static_cast<size_t>(i)];
        if (t.sameness && !(t.content() && std::any_of(terms.begin(), terms.end(), [&](const Term& o) { return o.lex == t.lex[0]; })))
            alike = true;
        else if (t.info.contrast && !t.negated) return false;
    }
    return alike;
}

}  // namespace

// A wording of the point denied in full (all its words, or a whole alias other than one word, see
// match_point: "a half-open state isn't needed" for "closed, open and half-open states", "switching to RE2 or adding timeouts is
// overkill" for "use a linear-time engine (RE2) or a match timeout") contradicts it, unless the
// answer states the point clearly elsewhere: a clean match just past clean_ceiling is mostly the
// point's common words met in other sentences ("the engine", "the match fails").
namespace {
bool denied_in_full(double best_neg, double best_clean) {
    return best_neg >= full_denial_minimum && best_clean < full_denial_clean_ceiling;
}
}  // namespace

// While a point stating a notation of several sizes ("O(n log k)") is matched, the answer's
// notations are read against its sizes (complexity_class with point sizes): "O(k log n)" is then
// another class, "O(n log S)" the point's own "O(n log(sum of weights))". Restored on leaving.
class PointSizesReading {
public:
    PointSizesReading(Context& ctx, const PointModel& point) : ctx_(ctx) {
        if (point.complexity_sizes.empty()) return;
        for (const int tok : ctx.complexity_tokens) {
            Token& t = ctx.answer.tokens[static_cast<size_t>(tok)];
            const std::string_view argument = notation_argument(ctx.answer, t);
            if (argument.empty()) continue;
            int read = -1;
            for (const std::vector<std::string>& sizes : point.complexity_sizes) {
                const int c = complexity_class(argument, sizes);
                if (read < 0) read = c;
                if (std::find(point.complexities.begin(), point.complexities.end(), c) != point.complexities.end()) {
                    read = c;
                    break;
                }
            }
            if (read < 0 || read == t.complexity) continue;
            changed_.emplace_back(tok, t.complexity);
            t.complexity = read;
        }
    }
    ~PointSizesReading() {
        for (const auto& [tok, complexity] : changed_) ctx_.answer.tokens[static_cast<size_t>(tok)].complexity = complexity;
    }
    PointSizesReading(const PointSizesReading&) = delete;
    PointSizesReading& operator=(const PointSizesReading&) = delete;

private:
    Context& ctx_;
    std::vector<std::pair<int, int>> changed_;
};

namespace {

// Whether the point's words a dismissal names in window score `ws` (ws.dismissed_terms of them) are
// most of the words it dismisses on their side of the dismissing word, in their clauses:
// "a court order isn't needed" is of the point "require the legal basis (court order or warrant)
// ...", while "keeping a copy of customer data in a second region is unnecessary" and "pas besoin de
// copier les données des clients dans une autre région" dismiss another thing, of which the
// question's "customer data" is one part. (Without a dismissing word in those clauses, an idiom,
// the rule stands as it was.)
bool dismissal_mostly_of_point(const Context& ctx, const WindowScore& ws) {
    const auto& tokens = ctx.answer.tokens;
    if (ws.neg_first < 0) return false;
    size_t from = static_cast<size_t>(ws.neg_first), to = static_cast<size_t>(ws.neg_last);
    while (from > 0 && tokens[from - 1].clause == tokens[from].clause) --from;
    while (to + 1 < tokens.size() && tokens[to + 1].clause == tokens[to].clause) ++to;
    auto dismissing = [&](const Token& t) { return t.info.dismissal || t.info.dismissal_word; };
    size_t verdict = to + 1;
    for (size_t k = from; k <= to && verdict > to; ++k)
        if (dismissing(tokens[k]) && !tokens[k].dismissed) verdict = k;   // (what it dismisses is marked, not itself)
    if (verdict > to) return true;
    if (verdict > static_cast<size_t>(ws.neg_last)) to = verdict;          // "X ... is unnecessary"
    else if (verdict < static_cast<size_t>(ws.neg_first)) from = verdict;  // "no need to ... X"
    int dismissed = 0;
    for (size_t k = from; k <= to; ++k) {
        const Token& t = tokens[k];
        if (t.dismissed && t.content() && !t.negation_cue && !dismissing(t)) ++dismissed;
    }
    return 2 * ws.dismissed_terms > dismissed;
}

}  // namespace

// A point of alternatives joined by "or" (PointModel::sides) is stated by one of them said in
// full: every word of that alternative (two at least) itself (not a near miss: "time" is no
// "timeout"), not denied, in one sentence ("I set a timeout on every match" for "use a
// linear-time engine (RE2) or a match timeout"). The score of the best such sentence (its
// window's factors), its first and last tokens; 0 when none.
double side_stated(Context& ctx, const PointModel& point, int* first, int* last) {
    double best = 0.0;
    const std::vector<Term>& terms = point.variants[0];
    // (Said in a sentence, not in a list of terms, short as it may be: "Sliding window, per client,
    // 429." names an alternative, it does not state it.)
    auto prose = [&](const Window& w) {
        int stops = 0;
        for (int k = w.begin; k < w.end; ++k) {
            const Token& t = ctx.answer.tokens[static_cast<size_t>(k)];
            stops += t.kind == raw_stop || t.negation_cue;
        }
        return stops >= 2 && 5 * stops >= w.end - w.begin;
    };
    auto states = [&](int tok, double q) {
        const Token& t = ctx.answer.tokens[static_cast<size_t>(tok)];
        return q >= 1.0 && !t.negated && !t.spared && !t.dismissed;
    };
    for (int side = 0; side < point.sides; ++side) {
        const Term* lead = nullptr;
        int words = 0;
        for (const Term& term : terms)
            if (term.side == side) {
                ++words;
                if (lead == nullptr) lead = &term;
            }
        if (words < 2) continue;
        // (An alternative the answer denies or dismisses anywhere is no clean statement of it: "I
        // set a timeout on every match in tests. In production we never set a match timeout".)
        const bool denied = std::any_of(terms.begin(), terms.end(), [&](const Term& term) {
            if (term.side != side) return false;
            for (const auto& [tok, q] : term_matches(ctx, term)) {
                const Token& t = ctx.answer.tokens[static_cast<size_t>(tok)];
                if (q >= 1.0 && (t.negated || t.dismissed)) return true;
            }
            return false;
        });
        if (denied) continue;
        for (const auto& [tok, q] : term_matches(ctx, *lead)) {
            if (!states(tok, q)) continue;
            const int sentence = ctx.answer.tokens[static_cast<size_t>(tok)].sentence;
            int from = tok, to = tok;
            const bool all = std::all_of(terms.begin(), terms.end(), [&](const Term& term) {
                if (term.side != side || &term == lead) return true;
                for (const auto& [other, oq] : term_matches(ctx, term))
                    if (ctx.answer.tokens[static_cast<size_t>(other)].sentence == sentence && states(other, oq)) {
                        from = std::min(from, other);
                        to = std::max(to, other);
                        return true;
                    }
                return false;
            });
            if (!all) continue;
            for (const Window& w : ctx.windows)
                if (!w.pair && w.begin <= from && to < w.end && w.factor * w.explanation > best && prose(w)) {
                    best = w.factor * w.explanation;
                    *first = from;
                    *last = to;
                }
        }
    }
    return best;
}

PointMatch match_point(Context& ctx, const PointModel& point) {
    const PointSizesReading sizes_reading(ctx, point);
    PointMatch best;
    double best_neg = 0.0, best_clean = 0.0, best_swap = 0.0;
    int best_neg_terms = 0;   // terms met in best_neg's window
    double best_full_neg = 0.0;   // best_neg over the wordings that can be denied in full (denied_in_full)
    int full_neg_first = -1, full_neg_last = -1;
    double best_endorsed = 0.0;   // a window recommending what the (negative) point denies
    bool denied_somewhere = false;
    int endorsed_first = -1, endorsed_last = -1;
    int swap_first = -1, swap_last = -1;
    int neg_first = -1, neg_last = -1;
    double best_dismissal = 0.0;   // share of the point's weight a dismissal denies in a window in conflict
    int dismissal_first = -1, dismissal_last = -1;
    // The same, in windows where the dismissal names two or more of the point's words ("a court
    // order isn't needed" for "require the legal basis (court order or warrant)").
    double best_brief_dismissal = 0.0;
    int brief_dismissal_first = -1, brief_dismissal_last = -1;
    double best_distinctive = 0.0;   // share of the point's weight a denial of its distinctive words holds
    int distinctive_first = -1, distinctive_last = -1;
    if (ctx.windows.empty()) return best;
    // The term lists (sample sentences, then wordings) in the answer's working buffers: their
    // terms' match lists, looked up once per point, and their windows (see Context::PointList).
    // (Each list's window bits and masks have their places in window_bits and term_masks by the
    // list's number, zeroed here at once.)
    const size_t words = (ctx.windows.size() + 63) / 64;
    ctx.point_lists.clear();
    ctx.point_matches.clear();
    const bool prepared = point.list_facts.size() == point.support.size() + point.variants.size();
    for (const auto* lists : {&point.support, &point.variants})
        for (const std::vector<Term>& terms : *lists) {
            Context::PointList l;
            const PointModel::ListFacts facts = prepared ? point.list_facts[ctx.point_lists.size()] : list_facts(terms);
            l.total = facts.total;
            l.absorbs = facts.absorbs;
            l.states_absence = facts.states_absence;
            l.first = ctx.point_matches.size();
            l.bits = ctx.point_lists.size() * words;
            l.masks = ctx.point_lists.size() * ctx.windows.size();
            for (const Term& term : terms) ctx.point_matches.push_back(term_matches(ctx, term));
            ctx.point_lists.push_back(l);
        }
    zero_first(ctx.window_bits, ctx.point_lists.size() * words);
    zero_first(ctx.term_masks, ctx.point_lists.size() * ctx.windows.size());
    zero_first(ctx.point_opposites, ctx.point_matches.size());
    if (!ctx.token_window_masks_built) window_masks(ctx);
    zero_first(ctx.term_bits, ctx.point_matches.size() * words);
    for (size_t k = 0; k < point.support.size(); ++k) list_windows(ctx, point.support[k], ctx.point_lists[k], false);
    for (size_t v = 0; v < point.variants.size(); ++v)
        list_windows(ctx, point.variants[v], ctx.point_lists[point.support.size() + v], true);
    // A point stating an asymptotic class ("O(n log n) due to sorting") is denied by a window
    // matching it that states another class, when the answer never states the point's own.
    bool other_complexity = false;
    if (!point.complexities.empty()) {
        bool own = false;
        for (const Token& t : ctx.answer.tokens) {
            if (t.complexity < 0 || t.negated) continue;
            if (std::find(point.complexities.begin(), point.complexities.end(), t.complexity) != point.complexities.end())
                own = true;
            else if (t.complexity_space == point.complexity_space)
                other_complexity = true;
        }
        other_complexity = other_complexity && !own;
    }
    // A point stating a quantity ("KWD has 3 decimals") is denied by a window matching it that
    // counts the same thing with a number the point never names ("two decimals"), when the
    // answer never states the point's own quantity.
    std::vector<int> other_quantity;   // answer tokens stating another quantity
    if (!point.quantities.empty()) {
        std::vector<std::pair<int, int>> stated;   // (token, unit) of another number
        std::vector<int> own_units;                // units the answer counts as the point does
        for (size_t i = 0; i < ctx.answer.tokens.size(); ++i) {
            int value = 0, unit = 0;
            if (ctx.answer.tokens[i].negated || !quantity_at(ctx.answer, i, &value, &unit)) continue;
            for (const auto& [v, u] : point.quantities) {
                if (u != unit) continue;
                if (v == value) own_units.push_back(unit);
                else if (std::find(point.values.begin(), point.values.end(), value) == point.values.end())
                    stated.emplace_back(static_cast<int>(i), unit);
            }
        }
        for (const auto& [tok, unit] : stated)
            if (std::find(own_units.begin(), own_units.end(), unit) == own_units.end()) other_quantity.push_back(tok);
    }
    // The same for a returned value ("return -1 when there is none" / "I'd return None").
    if (!point.returned.empty()) {
        std::vector<int> others;
        bool own = false;
        for (size_t i = 0; i < ctx.answer.tokens.size(); ++i) {
            const Token& t = ctx.answer.tokens[i];
            if (t.returned < 0 || t.negated) continue;
            if (std::find(point.returned.begin(), point.returned.end(), t.returned) != point.returned.end()) own = true;
            else others.push_back(static_cast<int>(i));
        }
        if (!own) other_quantity.insert(other_quantity.end(), others.begin(), others.end());
    }
    // A window where every list is silent changes nothing below: sp and sf stay 0, the point's
    // own wording scores 0 there (no best, clean, swap, denial or endorsement is raised by a score
    // of 0), and whether it is in conflict there matters only to an alias that is not silent.
    // Most windows are such (a point is about one part of the answer): only the others, the
    // union of the lists' windows, are visited.
    std::vector<uint64_t>& heard = ctx.heard_windows;
    zero_first(heard, words);
    for (const Context::PointList& list : ctx.point_lists)
        for (size_t j = 0; j < words; ++j) heard[j] |= ctx.window_bits[list.bits + j];
    auto next_heard = [&](size_t k) {   // the first window from k on where some list is not silent
        for (size_t j = k / 64; j < words; ++j) {
            const uint64_t rest = j == k / 64 ? heard[j] & (~uint64_t{0} << (k % 64)) : heard[j];
            if (rest != 0) return j * 64 + static_cast<size_t>(__builtin_ctzll(rest));
        }
        return ctx.windows.size();
    };
    // score_terms of a list (own_words: the point's wordings) in window k, or its known score.
    auto list_score = [&](Context::PointList& list, const std::vector<Term>& terms, bool own_words,
                          size_t k) -> const WindowScore& {
        if (!score_known(ctx, list, k))
            list.score = score_terms(ctx, terms, &ctx.point_matches[list.first], ctx.windows[k], own_words,
                                     own_words ? &ctx.point_opposites[list.first] : nullptr, &ctx.term_bits[list.first * words],
                                     k, words, list);
        list.scored = static_cast<long>(k);
        return list.score;
    };
    for (size_t window_index = next_heard(0); window_index < ctx.windows.size(); window_index = next_heard(window_index + 1)) {
        const Window& w = ctx.windows[window_index];
        if (point.one_sentence && w.pair) continue;
        // Support recall: a restatement of the sample sentence need not repeat all of it.
        double sp = 0.0, sf = 0.0;
        int sup_first = -1, sup_last = -1;
        for (size_t k = 0; k < point.support.size(); ++k) {
            // Nothing found (a score of 0) changes neither sp nor sf.
            Context::PointList& list = ctx.point_lists[k];
            if (list_silent(ctx, list, window_index)) continue;
            const WindowScore& sw = list_score(list, point.support[k], false, window_index);
            if (sw.total <= 0.0) continue;
            // Half of a sample sentence restates it, but never fewer than a few of its words
            // (one shared word of a two-word remainder is no restatement).
            const double norm = support_recall_share * sw.total;
            const double p_score = std::min({1.0, sw.pos / norm, sw.matched / min_support_words});
            if (p_score > sp) {
                sp = p_score;
                sup_first = sw.first;
                sup_last = sw.last;
            }
            sf = std::max(sf, std::min({1.0, (sw.pos + sw.neg) / norm, sw.matched_any / min_support_words}));
        }
        bool point_in_conflict = false;   // the point's own wording is in conflict in this window
        for (size_t v = 0; v < point.variants.size(); ++v) {
            const auto& variant = point.variants[v];
            if (variant.empty()) continue;
            Context::PointList& list = ctx.point_lists[point.support.size() + v];
            WindowScore ws;
            if (list_silent(ctx, list, window_index)) {
                if (v > 0) continue;   // an alias meeting nothing is below alias_minimum
                // The point's own wording goes on: its sample support may still score here, and
                // point_in_conflict is still set for the aliases.
                ws.total = list.total;
            } else {
                ws = list_score(list, variant, true, window_index);
            }
            if (ws.total <= 0.0) continue;
            const int order = v == 0 && point.order_word >= 0 ? window_order(ctx, point, w) : 0;
            if (order > 0 && ws.antonym_conflict && ws.negation_flips == 0) {
                // "After fsync, acknowledge" states "acknowledge after fsync": no swap.
                ws.antonym_conflict = false;
                ws.pos += ws.neg;
                ws.neg = 0.0;
            } else if (order == 0 && v == 0 && point.order_word >= 0 && ws.antonym_conflict && ws.negation_flips == 0 &&
                       ws.antonym_flips == 1) {
                // A "before" that orders other things ("before opening a PR I rebase, then push
                // with --force-with-lease") says nothing of the point's order.
                ws.antonym_conflict = false;
                ws.neg = 0.0;
            }
            double pos = ws.pos / ws.total;
            double full = (ws.pos + ws.neg) / ws.total;
            // An alias is another full wording of the point: a fragment of it does not count.
            if (v > 0 && full < alias_minimum) continue;
            // A one-word alternative written into the point ("storage" in "capacity estimate
            // (reads >> writes, storage)") counts as that word (or a misspelling of it), not as
            // a merely related form ("store"); or as denied when a verdict dismisses that word
            // ("precedence doesn't really matter"), not when a negation names it in passing
            // ("it loops, not recursion on the right").
            if (v < point.written.size() && point.written[v] && variant.size() == 1 &&
                std::max(ws.pos, ws.dismissed) < near_miss_quality * ws.total)
                continue;
            if (!point.support.empty()) {
                // The sample sentence alone counts fully only when some of the point's own words
                // are there too (it also says things that belong to other points).
                const double anchor = 1.0 - support_anchor + support_anchor * std::min(1.0, full / anchor_coverage);
                pos = std::max({pos, (1.0 - support_share) * pos + support_share * sp, support_alone * sp * anchor});
                full = std::max({full, (1.0 - support_share) * full + support_share * sf, support_alone * sf * anchor});
            }
            const double factor = w.factor * w.explanation;
            pos *= factor;
            full *= factor;
            if (pos > best.score) {
                best.score = pos;
                best.by_example = v < point.written.size() && point.written[v];
                // Evidence: the answer words that matched the point's own terms, or those that
                // matched its sample sentence when that match is what scored (never a union of
                // the two, which could stretch over unrelated words in between).
                const bool own = ws.first >= 0 && (sup_first < 0 || ws.pos / ws.total >= sp);
                best.first = own ? ws.first : sup_first;
                best.last = own ? ws.last : sup_last;
            }
            double neg_share = ws.pos + ws.neg > 0.0 ? ws.neg / (ws.pos + ws.neg) : 0.0;
            // A point that tells two things apart is stated by a contrast: "const prevents
            // reassignment, but it does not make an object immutable" denies one side only.
            if (point.distinction && ws.pos > 0.0 && window_contrasts(ctx, w)) {
                neg_share = 0.0;
                ws.antonym_conflict = false;
            }
            // Clean: the window is not in conflict (less than conflict_share of its matched
            // weight negated or swapped), so a stray negation nearby does not disqualify it.
            // A point that tells two things apart, met by a claim that they are alike
            // ("301 and 302 are interchangeable") with nothing in the window telling them apart.
            const bool alike = order < 0 || (point.distinction && window_says_alike(ctx, w, variant)) ||
                               (other_complexity && window_states_complexity(ctx, w, point.complexity_space)) ||
                               std::any_of(other_quantity.begin(), other_quantity.end(),
                                           [&](int tok) { return tok >= w.begin && tok < w.end; });
            const bool conflict = neg_share >= conflict_share || ws.antonym_conflict || alike;
            if (v == 0) point_in_conflict = conflict;
            // An alternative wording ("Redis" in "shared store (e.g. Redis)") is no clean statement
            // in a window where the point itself is denied ("each server keeps its own buckets,
            // faster than calling Redis").
            if (!conflict && !(v > 0 && point_in_conflict)) best_clean = std::max(best_clean, pos);
            denied_somewhere = denied_somewhere || ws.denied;
            // (By the share of the point's words met, unweighted: the thing a negative point rules
            // out is often what the question itself proposes, whose words weigh little.)
            const double endorsed_share = std::max(full, static_cast<double>(ws.matched_any) / static_cast<double>(variant.size()));
            if (point.negated && ws.endorsed && endorsed_share > best_endorsed) {
                best_endorsed = endorsed_share;
                endorsed_first = ws.first;
                endorsed_last = ws.last;
            }
            if (alike && full > best_swap) {
                best_swap = full;
                swap_first = ws.first;
                swap_last = ws.last;
            }
            if (ws.antonym_conflict && full > best_swap) {
                best_swap = full;
                swap_first = ws.neg_first;
                swap_last = std::max(ws.neg_last, ws.last);
                if (ws.first >= 0) swap_first = std::min(swap_first, ws.first);
            }
            if (neg_share >= conflict_share && ws.dismissed / ws.total > best_dismissal) {
                best_dismissal = ws.dismissed / ws.total;
                dismissal_first = ws.neg_first;
                dismissal_last = std::max(ws.neg_last, ws.last);
                if (ws.first >= 0) dismissal_first = std::min(dismissal_first, ws.first);
            }
            if (neg_share >= conflict_share && ws.dismissed_terms >= 2 && ws.dismissed / ws.total > best_brief_dismissal &&
                dismissal_mostly_of_point(ctx, ws)) {
                best_brief_dismissal = ws.dismissed / ws.total;
                brief_dismissal_first = ws.neg_first;
                brief_dismissal_last = std::max(ws.neg_last, ws.last);
                if (ws.first >= 0) brief_dismissal_first = std::min(brief_dismissal_first, ws.first);
            }
            if (neg_share >= conflict_share && ws.denied_distinctive / ws.total > best_distinctive) {
                best_distinctive = ws.denied_distinctive / ws.total;
                distinctive_first = ws.neg_first;
                distinctive_last = std::max(ws.neg_last, ws.last);
                if (ws.first >= 0) distinctive_first = std::min(distinctive_first, ws.first);
            }
            if (neg_share >= conflict_share && ws.neg / ws.total >= conflict_weight && full > best_neg) {
                best_neg = full;
                best_neg_terms = ws.matched_any;
                neg_first = ws.neg_first;
                neg_last = std::max(ws.neg_last, ws.last);
                if (ws.first >= 0) neg_first = std::min(neg_first, ws.first);
            }
            // A one-word alias is mostly a product name, one way among others to do what the point
            // asks: "Kafka isn't necessary, RabbitMQ is enough" denies Kafka, not "decouple the
            // services with a message queue". (An example the interviewer wrote into the point,
            // "(RE2)", is the point's own wording.)
            const bool one_word_alias = v > 0 && !(v < point.written.size() && point.written[v]) && variant.size() == 1;
            if (!one_word_alias && neg_share >= conflict_share && ws.neg / ws.total >= conflict_weight &&
                full > best_full_neg) {
                best_full_neg = full;
                full_neg_first = ws.neg_first;
                full_neg_last = std::max(ws.neg_last, ws.last);
                if (ws.first >= 0) full_neg_first = std::min(full_neg_first, ws.first);
            }
        }
    }
    best.clean = best_clean;
    // Contradicted: the point's best evidence negates or swaps one of its terms, and no
    // statement free of conflict matches it as well.
    // A brief denial counts when it names more than one word of the point ("I wouldn't keep
    // several versions running"), not a single shared word ("with no data loss", "never reaches a
    // comparison").
    const bool denied_enough =
        best_neg >= contradiction_minimum || (best_neg_terms >= 2 && best_neg >= brief_contradiction_minimum);
    if (denied_enough && best_neg >= best_clean + contradiction_margin && best_clean < clean_ceiling) {
        best.contradicted = true;
        best.first = neg_first;
        best.last = neg_last;
    } else if (denied_in_full(best_full_neg, best_clean)) {
        best.contradicted = true;
        best.first = full_neg_first;
        best.last = full_neg_last;
    } else if ((!point.negated || point.negated_aside) &&
               (best_dismissal >= dismissal_minimum || best_brief_dismissal >= brief_dismissal_minimum) &&
               best_clean < dismissal_clean_ceiling && best.score < dismissal_score_ceiling) {
        // A word of the point dismissed ("no queue is needed", "pinning versions is overkill")
        // where the answer states the point nowhere: it rules out what the point asks for. A
        // dismissal of a smaller share counts when it names two or more of the point's words, as a
        // brief denial does.
        const bool whole = best_dismissal >= dismissal_minimum;
        best.contradicted = true;
        best.first = whole ? dismissal_first : brief_dismissal_first;
        best.last = whole ? dismissal_last : brief_dismissal_last;
    } else if ((!point.negated || point.negated_aside) && best_distinctive >= distinctive_denial_minimum &&
               best_clean < dismissal_score_ceiling) {
        // A word of this point alone denied ("I didn't build a prototype" for "compared the options
        // hands-on (prototype/spike)") where no clean statement covers the point (whether the
        // answer covers it after all, coverage_of decides after its other rules: a partial
        // statement beside the denial, "old and new run in parallel. I didn't bother with a
        // rollback plan", is contradicted).
        best.denied_word = true;
        best.denied_first = distinctive_first;
        best.denied_last = distinctive_last;
    } else if (point.negated && !denied_somewhere && best_endorsed >= swap_minimum) {
        // The answer recommends what the point rules out ("it's perfectly fine to concatenate"
        // for "never build queries by string concatenation") and never rules it out itself.
        best.contradicted = true;
        best.first = endorsed_first;
        best.last = endorsed_last;
    } else if (best_swap >= swap_minimum && best_swap >= best_clean - swap_margin && best_clean < clean_ceiling) {
        // An opposite word ("most" for "least", "own" for "shared") in the point's best statement.
        best.contradicted = true;
        best.first = swap_first;
        best.last = swap_last;
    }
    // One of the point's alternatives said in full states it, whatever the answer says of the
    // others ("I set a timeout on every match. Switching to RE2 is overkill").
    if (point.sides > 1 && !point.negated && best.score < 1.0) {
        int first = -1, last = -1;
        const double stated = side_stated(ctx, point, &first, &last);
        if (stated > best.score) {
            best.score = stated;
            best.clean = std::max(best.clean, stated);
            best.first = first;
            best.last = last;
            best.by_example = false;
            best.contradicted = false;
            best.denied_word = false;
        }
    }
    return best;
}

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
        // An affirmative mistake met in a clause with a negation ("deleting it in a new commit
        // doesn't fix anything", "what I wouldn't do at peak is a DB restart").
        for (int k = hit.first; k >= 0 && tokens[static_cast<size_t>(k)].clause == first.clause; --k)
            if (tokens[static_cast<size_t>(k)].negation_cue) return true;
        for (size_t k = static_cast<size_t>(hit.first); k < tokens.size() && tokens[k].clause <= last.clause; ++k)
            if (tokens[k].negation_cue) return true;
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

double weighted_recall(Context& ctx, const std::vector<Term>& terms) {
    double total = 0.0, found = 0.0;
    for (const Term& term : terms) {
        if (term.lex < 0) continue;
        total += term.weight;
        double q = 0.0;
        for (const auto& m : term_matches(ctx, term)) q = std::max(q, m.second);
        found += term.weight * q;
    }
    return total > 0.0 ? found / total : 0.0;
}

}  // namespace utopiahire::core
