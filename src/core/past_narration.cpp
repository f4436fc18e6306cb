#include "core/cpp_only.hpp"

#include "core/past_narration.hpp"

#include "core/word_forms.hpp"

#include <algorithm>
#include <unordered_set>
#include <vector>

namespace utopiahire::core {

namespace {

constexpr double episode_share = 0.5;

// UTF-8 letters of an Arabic word (two bytes each).
size_t arabic_letters(std::string_view s) { return s.size() / 2; }

const std::unordered_set<std::string_view>& past_words() {
    static const auto* const words = new std::unordered_set<std::string_view>{
        // English irregular past forms (the regular ones end in -ed: see regular_past_verb).
        "was", "were", "had", "did", "built", "wrote", "made", "took", "got", "went", "told", "said", "found",
        "led", "began", "ran", "saw", "knew", "thought", "kept", "left", "sent", "spent", "brought", "chose",
        "gave", "came", "became", "felt", "heard", "met", "paid", "sat", "stood", "understood", "won", "lost",
        "broke", "caught", "taught", "fought", "wasn", "weren", "didn", "hadn",
        // French: auxiliaries of the passé composé that are nothing else, imperfects of être and avoir.
        "avons", "avez", "sommes", "étais", "était", "étions", "étaient", "avais", "avait", "avions", "avaient",
        // Arabic: كان and صار (was, became) and their first-person and plural forms.
        "\u0643\u0627\u0646", "\u0643\u0627\u0646\u062a", "\u0643\u0646\u062a", "\u0643\u0646\u0627",
        "\u0643\u0627\u0646\u0648\u0627", "\u0635\u0627\u0631", "\u0635\u0627\u0631\u062a",
        "\u0635\u0631\u062a", "\u0635\u0631\u0646\u0627"};
    return *words;
}

// -ed words that are no past form ("hundred", "based" as in cloud-based).
const std::unordered_set<std::string_view>& not_past_ed() {
    static const auto* const words = new std::unordered_set<std::string_view>{"hundred", "based", "indeed", "embed"};
    return *words;
}

// Pronouns that are the subject of the verb after them ("I asked", "we agreed", "the bug that crashed").
const std::unordered_set<std::string_view>& subject_pronouns() {
    static const auto* const words = new std::unordered_set<std::string_view>{
        "i", "we", "he", "she", "they", "you", "it", "who", "that", "which"};
    return *words;
}

// Adverbs that may stand between a subject and its verb ("we then agreed", "I finally asked",
// "we both agreed"), besides those in -ly.
const std::unordered_set<std::string_view>& verb_adverbs() {
    static const auto* const words = new std::unordered_set<std::string_view>{
        "then", "also", "just", "first", "later", "soon", "never", "still", "even", "only", "together", "all",
        "both", "immediately"};
    return *words;
}

// English regular past: -ed after a stem of three letters or more, not -eed ("need", "speed") but
// "agreed", "disagreed", "guaranteed".
bool regular_past_form(std::string_view w) {
    if (w.size() < 5 || !ends_with(w, "ed") || not_past_ed().count(w)) return false;
    return !ends_with(w, "eed") || ends_with(w, "greed") || ends_with(w, "nteed");
}

// A regular -ed form is a past verb when it follows its subject in its sentence: a subject pronoun
// or a noun (a content word that is no -ed, -ing or -ly form), with at most one adverb between
// ("I asked", "two people booked", "we then agreed"; "then" opens a clause of its own). After a
// form of "be" or "and", at the start of a sentence or after another -ed word, it is an adjective
// or a participle: "the platform is distributed and sharded", "every request is authenticated,
// cached and logged" describe the present.
bool regular_past_verb(const std::vector<Token>& tokens, size_t i) {
    if (!regular_past_form(tokens[i].surface)) return false;
    size_t k = i;
    for (int skipped = 0; k > 0 && tokens[k - 1].sentence == tokens[i].sentence; --k) {
        const Token& t = tokens[k - 1];
        if (subject_pronouns().count(t.surface)) return true;
        const bool adverb = verb_adverbs().count(t.surface) || (t.surface.size() > 4 && ends_with(t.surface, "ly"));
        if (adverb && skipped++ == 0) continue;
        return t.content() && t.kind == raw_word && !ends_with(t.surface, "ed") && !ends_with(t.surface, "ing") &&
               !ends_with(t.surface, "ly");
    }
    return false;
}

// A French past participle: -é (-ée, -és, -ées), -i, -is, -it, -u, -us ("déployé", "fini", "pris", "fait", "vu").
bool french_participle(std::string_view w) {
    for (std::string_view tail : {"\u00e9", "\u00e9e", "\u00e9s", "\u00e9es", "i", "is", "it", "u", "us"})
        if (w.size() > tail.size() + 1 && ends_with(w, tail)) return true;
    return false;
}

// French avoir as the auxiliary of a passé composé: "j'ai", "on a", "il a", "l'a", "ils ont" with a
// past participle within the next two words ("on a déployé", "on a aussi regardé", "ils ont fini").
// ("ai" and "a" alone are English words too: "AI", "a commit".)
bool french_compound_past(const std::vector<Token>& tokens, size_t i) {
    const std::string_view w = tokens[i].surface;
    const std::string_view before = i > 0 ? std::string_view(tokens[i - 1].surface) : std::string_view();
    const bool aux = (w == "ai" && (before == "j" || before == "je")) ||
                     (w == "a" && (before == "on" || before == "il" || before == "elle" || before == "l" || before == "qui")) ||
                     (w == "ont" && (before == "ils" || before == "elles" || before == "les" || before == "qui"));
    if (!aux) return false;
    for (size_t k = i + 1; k < tokens.size() && k <= i + 2 && tokens[k].sentence == tokens[i].sentence; ++k)
        if (french_participle(tokens[k].surface)) return true;
    return false;
}

}  // namespace

bool past_marker(std::string_view w) {
    if (past_words().count(w)) return true;
    // French imperfect (-ait, -aient) after a stem of two letters or more ("etait" written without its
    // accent), not "fait", "sait", "souhait".
    if ((w.size() >= 5 && ends_with(w, "ait") && w != "souhait") || (w.size() >= 7 && ends_with(w, "aient"))) return true;
    // Arabic first-person singular past: a verb of three letters or more ending in ت (تحدثت, اعتذرت),
    // not a feminine plural in ات (بيانات) nor وقت (time).
    if (arabic_letters(w) >= 4 && ends_with(w, "\u062a") && !ends_with(w, "\u0627\u062a") && !ends_with(w, "\u0648\u0642\u062a"))
        return true;
    return false;
}

std::vector<char> past_sentences(const Document& answer) {
    std::vector<char> past(static_cast<size_t>(std::max(answer.sentences, 0)), 0);
    for (size_t i = 0; i < answer.tokens.size(); ++i) {
        const Token& t = answer.tokens[i];
        if (t.sentence < 0 || t.sentence >= answer.sentences || past[static_cast<size_t>(t.sentence)]) continue;
        if (past_marker(t.surface) || regular_past_verb(answer.tokens, i) || french_compound_past(answer.tokens, i))
            past[static_cast<size_t>(t.sentence)] = 1;
    }
    return past;
}

namespace {

double past_share(const std::vector<char>& past, int sentences) {
    if (sentences <= 0) return 0.0;
    int n = 0;
    for (char p : past) n += p;
    return static_cast<double>(n) / sentences;
}

}  // namespace

double past_sentence_share(const Document& answer) {
    if (answer.sentences <= 0) return 0.0;
    return past_share(past_sentences(answer), answer.sentences);
}

bool narrates_past_episode(const Document& answer) { return past_sentence_share(answer) >= episode_share; }

bool narrates_past_episode(const Document& answer, const std::vector<char>& past) {
    return past_share(past, answer.sentences) >= episode_share;
}

}  // namespace utopiahire::core
