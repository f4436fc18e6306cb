#include "core/cpp_only.hpp"

// Which answer tokens a term matches, and how well: the same lexeme, a near miss or related form
// (string_quality), a synonym, a French word typed without its accents, one of slashed
// alternatives; worked out for all of the model's forms at once and memoised per answer.

#include "core/matcher_internal.hpp"

#include "core/lexicon_data.hpp"
#include "core/word_forms.hpp"
#include "core/wordnet_senses.hpp"

#include <map>
#include <tuple>

namespace utopiahire::core {

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
    // "-on" ends no inflection or derivation (those end in "-ion", whose "i" the stem keeps): a word
    // it makes is another word ("less" / "lesson", "butt" / "button", "seas" / "season").
    if (rest == "on") return false;
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

}  // namespace

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

namespace {

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

}  // namespace

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

namespace {

void set_list_facts(PointModel& point) {
    point.list_facts.clear();
    for (const auto* lists : {&point.support, &point.variants})
        for (const std::vector<Term>& terms : *lists) point.list_facts.push_back(list_facts(terms));
}

// The model's terms by key: (lexeme, synonym group, slashed alternatives, WordNet senses, surface,
// wording of a WordNet term else -1) -> number.
using TermKeys = std::map<std::tuple<int, int, bool, bool, std::string_view, int>, int>;

// Whether a key point's term is matched by WordNet senses too (Term::wordnet): a word of its own
// (not a class of opposites, asymptotic classes or notation, matched otherwise) with senses WordNet
// shares with another word, and none of the lexicon's synonym groups (chosen for interview
// vocabulary, a group settles which words mean its word: "finish" is not "complete", mostly the
// adjective of "a complete list"), in an English question: its configuration's language is English and its
// texts are not written in another (a short question without a sample answer may show too few
// function words to tell).
bool wordnet_term(const QuestionModel& model, const Term& t) {
    const bool english = model.language == FeedbackLanguage::english &&
                         (model.texts_written_in == WrittenIn::english || model.texts_written_in == WrittenIn::unknown);
    return english && t.lex >= 0 && t.group < 0 && t.antonym < 0 && t.complexity < 0 && t.notation < 0 &&
           wordnet_senses(t.surface).count > 0;
}

int key_of(TermKeys& keys, const Term& t, int wording) {
    return keys
        .emplace(std::make_tuple(t.lex, t.group, t.alternatives, t.wordnet, std::string_view(t.surface), wording),
                 static_cast<int>(keys.size()))
        .first->second;
}

// The other words of the wording of each term met through WordNet too (QuestionModel::
// wordnet_support, by key), those met through WordNet too as their own words, numbered.
void file_wordnet_support(QuestionModel& model, TermKeys& keys) {
    std::vector<std::tuple<int, int, int>> wordings;   // (key, first, last)
    std::vector<char> filed(keys.size(), 0);
    std::vector<Term>& support = model.wordnet_support;
    support.clear();
    for (const auto* points : {&model.must, &model.bonus})
        for (const PointModel& p : *points)
            for (const std::vector<Term>& terms : p.variants)
                for (const Term& t : terms) {
                    if (!t.wordnet || filed[static_cast<size_t>(t.key)]) continue;
                    filed[static_cast<size_t>(t.key)] = 1;
                    const int first = static_cast<int>(support.size());
                    for (const Term& other : terms)
                        if (other.lex >= 0 && other.lex != t.lex) support.push_back(other);
                    wordings.emplace_back(t.key, first, static_cast<int>(support.size()));
                }
    // (Numbered once the list is whole: a key holds a view of its term's surface.)
    for (Term& other : support)
        if (other.wordnet) {
            other.wordnet = false;
            other.key = key_of(keys, other, -1);
        }
    model.wordnet_wording.assign(keys.size(), {-1, -1});
    for (const auto& [key, first, last] : wordings) model.wordnet_wording[static_cast<size_t>(key)] = {first, last};
}

// Numbers every term of the model by its key (Term::key), with what find_matches asks of every
// term, worked out once per question rather than once per answer. A term met through WordNet
// too has a key of its wording's: what it meets depends on the wording's other words.
TermKeys number_terms(QuestionModel& model) {
    TermKeys keys;
    std::string plain;
    int wordings = 0;
    auto number = [&](std::vector<Term>& terms, bool own_words = false) {
        const int wording = own_words ? wordings++ : -1;
        for (Term& t : terms) {
            // What find_matches asks of every term, once per question rather than once per answer.
            t.alternatives = t.alternatives && t.surface.find('/') != std::string::npos;
            t.accented = plain_spelling(t.surface, &plain);
            t.wordnet = own_words && wordnet_term(model, t);
            t.key = key_of(keys, t, t.wordnet ? wording : -1);
        }
    };
    for (auto* points : {&model.must, &model.bonus})
        for (PointModel& p : *points) {
            for (auto& v : p.variants) number(v, true);
            for (auto& s : p.support) number(s);
            number(p.order_left);
            number(p.order_right);
        }
    for (MistakeModel& m : model.mistakes) number(m.terms);
    number(model.sample_terms);
    number(model.question_terms);
    number(model.vocabulary);
    file_wordnet_support(model, keys);
    return keys;
}

// By key: its negative prefixes (key_denials) and its plain spellings (key_unaccented).
void set_key_spellings(QuestionModel& model, const TermKeys& keys) {
    model.key_denials.assign(keys.size(), 0);
    model.key_unaccented.assign(keys.size(), {});
    for (const auto& [key, number] : keys) {
        model.key_denials[static_cast<size_t>(number)] = denying_prefixes(std::get<4>(key));
        auto& [plain_surface, plain_lexeme] = model.key_unaccented[static_cast<size_t>(number)];
        if (std::get<0>(key) >= 0 && plain_spelling(std::get<4>(key), &plain_surface)) {
            const std::string& lexeme = model.lexicon.str(std::get<0>(key));
            if (!unaccented(lexeme, &plain_lexeme)) plain_lexeme = lexeme;
        } else {
            plain_surface.clear();
        }
    }
}

// Each key's (lexeme, surface) form, filed for near-miss lookups: the forms, and each key's
// (key_form) and whether its matches are its form's alone (key_plain).
std::vector<NearMissIndex::Form> key_forms(QuestionModel& model, const TermKeys& keys) {
    std::string plain;
    std::map<std::pair<int, std::string_view>, int> forms;
    std::vector<NearMissIndex::Form> form_list;
    model.key_form.assign(keys.size(), -1);
    model.key_plain.assign(keys.size(), 0);
    for (const auto& [key, number] : keys) {
        const int lex = std::get<0>(key);
        if (lex < 0) continue;   // matches nothing (term_matches_memo)
        const std::string_view surface = std::get<4>(key);
        const auto [it, added] = forms.emplace(std::make_pair(lex, surface), static_cast<int>(form_list.size()));
        if (added) form_list.push_back(NearMissIndex::Form{lex, model.lexicon.str(lex), surface});
        model.key_form[static_cast<size_t>(number)] = it->second;
        // (find_matches adds synonyms, WordNet senses, unaccented spellings and slashed alternatives
        // to a form's matches.)
        model.key_plain[static_cast<size_t>(number)] =
            std::get<1>(key) < 0 && !std::get<2>(key) && !std::get<3>(key) && !plain_spelling(surface, &plain);
    }
    return form_list;
}

// The answer's memo as it starts (see find_form_hits), and the plain keys of each form.
void file_plain_keys(QuestionModel& model, size_t keys, size_t forms) {
    model.key_start.assign(keys, KeyedMatches{});
    model.plain_keys_begin.assign(forms + 1, 0);
    for (size_t key = 0; key < keys; ++key) {
        const int form = model.key_form[key];
        model.key_start[key].known = form < 0 || model.key_plain[key];
        if (form >= 0 && model.key_plain[key]) ++model.plain_keys_begin[static_cast<size_t>(form) + 1];
    }
    for (size_t f = 0; f < forms; ++f) model.plain_keys_begin[f + 1] += model.plain_keys_begin[f];
    model.plain_keys.resize(static_cast<size_t>(model.plain_keys_begin.back()));
    {
        std::vector<int> cursor(model.plain_keys_begin.begin(), model.plain_keys_begin.end() - 1);
        for (size_t key = 0; key < keys; ++key)
            if (model.key_form[key] >= 0 && model.key_plain[key])
                model.plain_keys[static_cast<size_t>(cursor[static_cast<size_t>(model.key_form[key])]++)] = static_cast<int>(key);
    }
}

// What each lexeme of the model matches by its string alone, whatever the answer's surface
// (see find_form_hits): the forms of that lexeme (-1: same_lexeme_quality, which reads the
// surfaces), and those whose lexemes string_quality accepts without reading the surfaces
// (may_match lets them through by their lexemes). The others can match only by surfaces.
void file_known_matches(QuestionModel& model, size_t forms) {
    std::vector<std::vector<std::pair<int, double>>> known(model.lexicon.size());
    std::vector<int> seen(forms, -1);
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
}

}  // namespace

void prepare_matching(QuestionModel& model) {
    const TermKeys keys = number_terms(model);
    model.term_keys = static_cast<int>(keys.size());
    set_key_spellings(model, keys);
    const std::vector<NearMissIndex::Form> form_list = key_forms(model, keys);
    model.near_misses.build(form_list, model.lexicon.size());
    file_plain_keys(model, keys.size(), form_list.size());
    file_known_matches(model, form_list.size());
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

// How well an answer word written with accents meets a term's plain spelling, both read without
// accents: French stemming drops an accent from a stem's last "e" ("répété" -> "répet") and keeps
// it in a longer form ("répétitions" -> "répétit"), so two forms of one word differ in an accent
// mid-stem that the accented comparison (find_matches) cannot get past. 0 when unrelated. (The
// buffers are the caller's.)
double accent_blind_quality(const Context::AnswerLexeme& a, const std::string& plain_lexeme, const std::string& plain_surface,
                            std::string& answer_lexeme, std::string& answer_surface) {
    unaccented(a.lexeme, &answer_lexeme);
    unaccented(a.surface, &answer_surface);
    if (answer_surface == plain_surface) return 1.0;
    return string_quality(plain_lexeme, answer_lexeme, plain_surface, answer_surface);
}

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
    std::string answer_surface, answer_lexeme;
    for (int k = ctx.lexeme_bucket[plain_first]; k < ctx.lexeme_bucket[plain_first + 1]; ++k) {
        const Context::AnswerLexeme& a = ctx.answer_lexemes[static_cast<size_t>(k)];
        if (a.lex == term.lex) continue;   // compared already
        const double q = ctx.answer_lexeme_accented[static_cast<size_t>(k)]
                             ? accent_blind_quality(a, plain_lexeme, plain_surface, answer_lexeme, answer_surface)
                         : a.surface == plain_surface ? 1.0
                                                      : string_quality(plain_lexeme, a.lexeme, plain_surface, a.surface);
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

// The answer words that share a frequent WordNet sense with a key point's word (Term::wordnet):
// "swap" for "switch", "meantime" for "meanwhile". As a synonym group's word, a little below the
// word itself; and so a denial of it denies the point as the word's own denial would ("we never
// swap pages"), where a lower quality let it neither state nor deny (score_terms reads denials of
// a near miss's quality and more). Words of synonym groups are left to their groups (see
// wordnet_term). (The point's word itself is in the list already, with its own quality:
// find_matches keeps each token's best.)
// Whether answer token i is the noun of a filler phrase ("a lot of", "some kind of", "sort of", "to
// some degree", "a bit"): a noun of role_measure_noun before "of" or after a word that names no
// subject ("a", "some", "any"). WordNet's senses of it are everyday ones ("lot" / "heap", "kind" /
// "sort", "degree" / "level") that the phrase does not mean.
bool in_filler_phrase(const std::vector<Token>& tokens, size_t i) {
    if (tokens[i].info.role != role_measure_noun) return false;
    const bool before_of = i + 1 < tokens.size() && tokens[i + 1].surface == "of";
    const bool after_determiner = i > 0 && tokens[i - 1].no_subject;
    return before_of || after_determiner;
}

void add_wordnet_matches(Context& ctx, const Term& term, std::vector<std::pair<int, double>>& matches) {
    if (!ctx.answer_senses_built) {
        ctx.answer_senses_built = true;
        ctx.answer_senses.clear();
        for (size_t i = 0; i < ctx.answer.tokens.size(); ++i) {
            const Token& t = ctx.answer.tokens[i];
            if (!t.content() || t.group >= 0) continue;   // (a word of a synonym group: see wordnet_term)
            // (Quantities, hedges, fillers and filler phrases say nothing of the subject: "a lot of
            // objects" is no "heap", "to some degree" no isolation "level".)
            if (t.no_subject || t.hedge || t.filler || in_filler_phrase(ctx.answer.tokens, i)) continue;
            const WordnetSenses senses = wordnet_senses(t.surface);
            for (int k = 0; k < senses.count; ++k) ctx.answer_senses.emplace_back(senses.id[k], static_cast<int>(i));
        }
        std::sort(ctx.answer_senses.begin(), ctx.answer_senses.end());
    }
    const WordnetSenses senses = wordnet_senses(term.surface);
    for (int k = 0; k < senses.count; ++k) {
        auto it = std::lower_bound(ctx.answer_senses.begin(), ctx.answer_senses.end(), std::make_pair(senses.id[k], -1));
        for (; it != ctx.answer_senses.end() && it->first == senses.id[k]; ++it) matches.emplace_back(it->second, wordnet_quality);
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
    for (size_t k = 0; k < ctx.answer_lexemes.size(); ++k) {
        const Context::AnswerLexeme& a = ctx.answer_lexemes[k];
        const int answer_lexeme = static_cast<int>(k);
        if (const int form = index.exact_form(a.lex, a.surface); form >= 0) {
            for (const auto& [hit, q] : index.exact(form)) found.push_back(Context::FormHit{hit, answer_lexeme, q});
            continue;
        }
        lexeme_form_hits(index, a, ctx.form_stamp, answer_lexeme,
                         [&](int form, double q) { found.push_back(Context::FormHit{form, answer_lexeme, q}); });
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

// The other words of a WordNet term's wording: QuestionModel::wordnet_support[first, last), or
// (-1, -1) for a term the model does not know.
std::pair<int, int> wordnet_wording(const Context& ctx, const Term& term) {
    const QuestionModel& model = ctx.model;
    if (term.key < 0 || static_cast<size_t>(term.key) >= model.wordnet_wording.size()) return {-1, -1};
    return model.wordnet_wording[static_cast<size_t>(term.key)];
}

// Whether one of a wording's other words (see wordnet_wording) is met in the sentence of answer
// token tok, by another token.
bool met_beside(Context& ctx, std::pair<int, int> others, int tok) {
    const int sentence = ctx.answer.tokens[static_cast<size_t>(tok)].sentence;
    for (int k = others.first; k < others.second; ++k)
        for (const auto& m : term_matches(ctx, ctx.model.wordnet_support[static_cast<size_t>(k)]))
            if (m.first != tok && ctx.answer.tokens[static_cast<size_t>(m.first)].sentence == sentence) return true;
    return false;
}

// The answer tokens a term matches, computed (term_matches memoises them).
TermMatches find_matches(Context& ctx, const Term& term) {
    // The lists of a WordNet term's other words, first: they are found in the same buffer.
    std::pair<int, int> others{-1, -1};
    if (term.wordnet) {
        others = wordnet_wording(ctx, term);
        for (int k = others.first; k < others.second; ++k) term_matches(ctx, ctx.model.wordnet_support[static_cast<size_t>(k)]);
    }
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
    if (term.wordnet) {
        const size_t own = matches.size();
        add_wordnet_matches(ctx, term, matches);
        // A token met through WordNet alone counts only beside another word of the term's wording
        // met in its sentence: WordNet's senses are everyday ones, so such a word may add to a point
        // said in its other words, never make it alone. (Every reader of the list sees the same:
        // the point's windows, its recall, the rules asking which tokens say its words.) A term the
        // model does not know has no wording to ask.
        if (others.first >= 0) {
            size_t kept = own;
            for (size_t i = own; i < matches.size(); ++i) {
                const int tok = matches[i].first;
                const bool met = std::any_of(matches.begin(), matches.begin() + static_cast<std::ptrdiff_t>(own),
                                             [&](const std::pair<int, double>& m) { return m.first == tok; });
                if (met || met_beside(ctx, others, tok)) matches[kept++] = matches[i];
            }
            matches.resize(kept);
        }
    }
    if (matches.empty()) return TermMatches{};
    // By token (windows look up their range): most lists come from one lexeme, in order already.
    if (!std::is_sorted(matches.begin(), matches.end())) std::sort(matches.begin(), matches.end());
    if (accented || alternatives || term.wordnet) {   // one entry per token, its best quality (the last of its run)
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
            ctx.match_keys[static_cast<size_t>(i)].wordnet == term.wordnet &&
            ctx.match_keys[static_cast<size_t>(i)].surface == term.surface)
            return ctx.match_keys[static_cast<size_t>(i)].matches;
    const TermMatches found = find_matches(ctx, term);
    ctx.match_keys.push_back(Context::MatchKey{term.group, term.alternatives, term.wordnet, ctx.match_head[lex], term.surface, found});
    ctx.match_head[lex] = static_cast<int>(ctx.match_keys.size() - 1);
    return found;
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
