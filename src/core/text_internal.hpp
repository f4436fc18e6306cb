// What text.cpp (build_document) and phrase_readings.cpp share, and nothing else of the core
// reads: the word lists of build_document's passes, the marks they set on tokens, the memo of
// what the word lists say of a surface, and the passes phrase_readings.cpp defines. The public
// side is text.hpp.
//   text.cpp             tokens, lexemes and build_document
//   phrase_readings.cpp  the passes over fixed phrases, compounds, idioms and self-descriptions
//   claim_frames.cpp, dismissal_frames.cpp, question_denials.cpp  the passes build_document ends with,
//                        which read the punctuation between tokens (gap_after)
#pragma once

#include "core/text.hpp"

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace utopiahire::core {

// The text between token k and the next token, or after the last token to the end of the text: the
// punctuation a pass reads there ("?", ":", a dash). Empty when the two touch.
std::string_view gap_after(const Document& doc, size_t k);
// Whether a question mark ("?", Arabic "؟") stands right after token k.
bool question_mark_after(const Document& doc, size_t k);

// What the word lists say about a surface form (word_info) and its complexity_class, memoised
// per thread: build_document asks both of every token, and this is one hash lookup instead of
// two (normalising a word for complexity_class costs a dozen string operations besides). The
// same values as calling them (pure functions of the word); the memo is dropped when it grows
// large, so callers copy what they get.
struct SurfaceFacts {
    WordInfo info;
    bool no_subject;    // names_no_subject (beside info: in its padding)
    int complexity;
    uint32_t marks;     // word_marks
};

// "return", "renvoie" ...: a verb whose value build_document keys (Token::returned).
constexpr std::string_view return_verbs[] = {"return", "returns", "returning", "returned", "renvoie", "renvoyer",
                                             "renvoyant", "retourne", "retourner"};

// The words the passes of build_document look for, by pass (each pass's own tests name them).
// Words with a sense of their own after a given word (read_two_word_senses), or, for a compound
// that is one thing ("hash map", "hash table": a dictionary), before it (the first word takes it;
// the second means it already).
struct Sense {
    std::string_view first, second, means;
    bool first_takes = false;
};
constexpr Sense two_word_senses[] = {{"function", "signature", "parameters"}, {"function", "signatures", "parameters"},
                                     {"method", "signature", "parameters"}, {"method", "signatures", "parameters"},
                                     {"constructor", "signature", "parameters"},
                                     {"hash", "map", "dict", true}, {"hash", "maps", "dict", true},
                                     {"hash", "table", "dict", true}, {"hash", "tables", "dict", true}};
// Group words in a fixed phrase of another sense (read_other_senses).
struct Phrase {
    std::string_view first, second;
    bool first_leaves;   // else the second word does
};
constexpr Phrase other_sense_phrases[] = {
    {"due", "to", true}, {"source", "code", true}, {"feature", "flag", false},
    {"drop", "in", true}, {"drop", "of", true}, {"traffic", "spike", false},
    {"load", "spike", false}, {"latency", "spike", false}, {"spike", "in", true},
    {"fixed", "size", true}, {"fixed", "sizes", true}, {"fixed", "length", true},
    {"fixed", "width", true}, {"fixed", "window", true}, {"fixed", "rate", true}, {"fixed", "interval", true},
    {"fixed", "number", true}, {"fixed", "amount", true}, {"fixed", "point", true}, {"fixed", "cost", true},
    {"fixed", "price", true}, {"fixed", "capacity", true}, {"fixed", "delay", true}, {"global", "scope", false},
    {"local", "scope", false}, {"file", "scope", false}, {"block", "scope", false}, {"function", "scope", false},
    {"class", "scope", false}, {"lexical", "scope", false}, {"module", "scope", false}, {"de", "retour", false}};
// The words a claim of sameness opens with (the sameness pass; its tests say which follow).
constexpr std::string_view sameness_heads[] = {"same", "même", "mêmes", "just", "as", "aussi", "balanced",
                                               "équilibrés", "équilibré"};
// Copulas before a verdict ("caching data locally is risky", "c'est une mauvaise idée").
constexpr std::string_view verdict_copulas[] = {"is", "are", "s", "was", "be", "est", "sont", "serait", "would"};
// The words an excess, pejorative or unflattering verdict opens with ("too risky", "just hides",
// "look bad"; the verdict pass).
constexpr std::string_view verdict_heads[] = {"too", "trop", "just", "look", "seem"};
// Dismissals made of common words in an idiom (dismissal_idiom): "point", "ça ne sert à rien",
// "perdre du temps".
constexpr std::string_view serve_forms[] = {"sert", "servent", "servirait", "serviraient", "servait", "servaient",
                                            "servira", "serviront", "servi"};
constexpr std::string_view lose_forms[] = {"perds", "perd", "perdre", "perdons", "perdez", "perdu", "perdais", "perdait"};
// French determiners opening a dislocated topic ("Les tests, je ne les écris jamais").
constexpr std::string_view topic_determiners[] = {"les", "le", "la", "l", "ces", "cette", "cet", "ce"};
constexpr std::string_view arabic_topic = "\u0623\u0645\u0627";   // أما
// Words whose asymptotic class build_document reads from their context rather than from
// complexity_class: "o" before a bracket ("O(n)"), "constant" beside "time" or "memory" (ثابت,
// ثابتة, ثابتا: fixed, stable, said of many things), "n" and "1" never.
constexpr std::string_view constant_words[] = {"constant", "constante", "\u062b\u0627\u0628\u062a", "\u062b\u0627\u0628\u062a\u0629",
                                               "\u062b\u0627\u0628\u062a\u0627"};
// ... and the others: "o", "n", "1" (a word is a class word when it is one of these or of constant_words).
constexpr std::string_view notation_class_words[] = {"o", "n", "1"};

// What a pass looks for first in a token's own surface, as bits: each pass skips the tokens
// without its mark (and all of them when no token has it) instead of comparing every token's
// surface with its words. Read once per distinct word (surface_facts).
enum WordMark : uint32_t {
    mark_return_verb = 1u << 0,   // return_verbs
    mark_many = 1u << 1,          // "many" (read_unlimited_idiom)
    mark_sense = 1u << 2,         // a second word of two_word_senses
    mark_phrase = 1u << 3,        // a first word of other_sense_phrases, "lead", "pm" (read_other_senses)
    mark_sameness = 1u << 4,      // sameness_heads, words of sameness or contrast (the sameness pass)
    mark_verdict = 1u << 5,       // verdict_heads, verdict_copulas
    mark_idiom = 1u << 6,         // "point", serve_forms, lose_forms, the nouns of role_worth_noun, role_idea_noun, role_duty_noun
    mark_topic = 1u << 7,         // "quant", "as", arabic_topic, topic_determiners (read_denied_topics)
    mark_class_word = 1u << 8,    // constant_words, notation_class_words (build_document's asymptotic classes)
    mark_dismissal = 1u << 9,     // WordInfo::dismissal or dismissal_word (the dismissal pass)
    mark_worry = 1u << 10,        // WordRole role_worry_noun (read_importance_idioms, read_verdict_nouns)
    mark_noise = 1u << 11,        // is_noise_noun, is_overstated_word (read_verdict_nouns)
};

// The memo behind word_handle's records (text.cpp).
SurfaceFacts surface_facts(std::string_view word);

// The passes of phrase_readings.cpp, in the order build_document runs them (see each one's comment there).
void join_compounds(Document& doc, std::vector<uint32_t>& marks, std::vector<size_t>& marked_tokens);
void read_unlimited_idiom(Document& doc, const std::vector<uint32_t>& marks);
void read_two_word_senses(Document& doc, const std::vector<uint32_t>& marks);
void read_other_senses(Document& doc, const std::vector<uint32_t>& marks, const std::vector<size_t>& marked_tokens);
void read_importance_idioms(Document& doc, const std::vector<uint32_t>& marks, const std::vector<size_t>& marked_tokens);

// Dismissals made of common words in an idiom. Denied like "need" ("no need to"): "there's no
// point breaking it down" (not "no single point of failure"), "ça ne sert à rien de mesurer".
// Alone like "waste" ("I didn't waste an hour asking"): "perdre du temps à écouter", "je ne perdrai
// pas mon temps à écouter".
// Clause: a denied worth or good idea ("there's no reason to keep a list of origins", "changing the
// reward isn't a good idea"), which denies its clause as a negation does, by the share of the
// point's words it names, not as a dismissal, which one word of the point may carry: what these
// idioms deny is mostly a doing said in full, and a single shared word in it ("there's no real
// reason to prefer one over the other") says nothing of the point.
// (Idiom::doing: a denied worth or duty, "no reason to X", "not my job to X", denies the doing after
// it, never what was said before it: "we hash with bcrypt so there is no reason to add a round".)
enum class Idiom { none, denied, alone, clause, doing };
Idiom dismissal_idiom(const Document& doc, size_t i);
void spare_self_descriptions(Document& doc, const std::vector<size_t>& cue_tokens);
// The frames of a dismissal (dismissal_frames.cpp): a noun of no worth said of a subject by a copula
// ("budget alerts are noise", "bots are a minor issue") reads as a dismissal word there; and the
// dismissals that are not the speaker's verdict (a denied verdict, a supposition, a question, the
// opinion of others), which the dismissal pass leaves alone.
void read_verdict_nouns(Document& doc, const std::vector<uint32_t>& marks, const std::vector<size_t>& marked_tokens);
bool dismissal_withheld(const Document& doc, size_t i);
// A topic set at the head of the sentence and taken up by "c'" / "ça" / "cela" in the clause of the
// dismissal at token i ("les tests d'intégration, c'est surfait", "mettre des alertes partout, ça
// ne sert à rien"): its first token (the topic runs to the dismissal's clause), or no_topic.
constexpr size_t no_topic = static_cast<size_t>(-1);
size_t dislocated_topic(const Document& doc, size_t i);
void read_denied_topics(Document& doc, const std::vector<uint32_t>& marks, const std::vector<size_t>& marked_tokens);

}  // namespace utopiahire::core
