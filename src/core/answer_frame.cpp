#include "core/cpp_only.hpp"

#include "core/answer_frame.hpp"

#include "core/lexicon_data.hpp"
#include "core/word_matches.hpp"

#include <algorithm>
#include <string_view>
#include <vector>

namespace utopiahire::core {

namespace {

constexpr std::string_view arabic_li = "\u0644";   // ل, the prefix "for / to"

// Arabic words starting with ل that are no purpose prefix: particles, pronoun forms, "because".
bool arabic_li_particle(std::string_view s) {
    static constexpr std::string_view particles[] = {
        "\u0644\u0627", "\u0644\u0645", "\u0644\u0646", "\u0644\u0648", "\u0644\u064a", "\u0644\u0643",
        "\u0644\u0647", "\u0644\u0647\u0627", "\u0644\u0647\u0645", "\u0644\u0646\u0627", "\u0644\u0643\u0646",
        "\u0644\u0642\u062f", "\u0644\u062f\u064a", "\u0644\u062f\u064a\u0646\u0627", "\u0644\u0630\u0644\u0643",
        "\u0644\u0623\u0646", "\u0644\u0627\u0646", "\u0644\u0645\u0627\u0630\u0627", "\u0644\u064a\u0633",
        "\u0644\u064a\u0633\u062a", "\u0644\u0647\u0630\u0627", "\u0644\u0647\u0630\u0647", "\u0644\u0643\u0644",
        "\u0644\u0645\u0627", "\u0644\u0648\u0644\u0627", "\u0644\u0633\u062a"};
    return std::find(std::begin(particles), std::end(particles), s) != std::end(particles);
}

// Whether an Arabic word is the prefix li- on a noun, the purpose phrase "for / to X" ("لمراقبة", to
// monitor; "لحماية", to protect; "لتقصير", to shorten). Not a particle (لكن, لدينا, لذلك ...), not
// li- on a present verb, whose prefix ن / ي follows it (لنفترض, let's assume; لنقل, let's say;
// ليكن, let it be: the answer's own supposition or aside, no task), not لأن (because: لأنه,
// لأنها) and not an adverb in the accusative, ending in ا (لاحقا, later).
bool arabic_purpose_noun(std::string_view s) {
    if (s.size() <= arabic_li.size() || s.compare(0, arabic_li.size(), arabic_li) != 0 || utf8_length(s) < 4) return false;
    if (arabic_li_particle(s) || is_function_word(s)) return false;
    static constexpr std::string_view present_prefixes[] = {"\u0646", "\u064a"};   // ن, ي
    const std::string_view rest = s.substr(arabic_li.size());
    for (std::string_view p : present_prefixes)
        if (rest.compare(0, p.size(), p) == 0) return false;
    static constexpr std::string_view because = "\u0644\u0623\u0646";   // لأن
    if (s.compare(0, because.size(), because) == 0) return false;
    static constexpr std::string_view alif = "\u0627", tanwin_fath = "\u064b";
    auto ends_with = [&](std::string_view e) { return s.size() >= e.size() && s.compare(s.size() - e.size(), e.size(), e) == 0; };
    return !ends_with(alif) && !ends_with(tanwin_fath);
}

// The frame's cue: 1 for a cue word before the frame ("to", "pour", "لكي"), 2 for an Arabic word
// with the prefix li-, which is the frame's first word itself ("لمراقبة", to monitor); 0 for none.
int frame_cue(const Document& doc) {
    if (doc.tokens.empty()) return 0;
    const std::string_view s = doc.tokens[0].surface;
    if (s == "to" || s == "for" || s == "pour" || s == "\u0644\u0643\u064a") return 1;
    if (s == "afin" && doc.tokens.size() > 1 && (doc.tokens[1].surface == "de" || doc.tokens[1].surface == "d")) return 1;
    if (arabic_purpose_noun(s)) return 2;
    return 0;
}

// Words of a frame that name no task of their own: the question itself ("To solve this", "Pour
// répondre à la question", "لحل هذه المشكلة") or a discourse marker ("For simplicity", "To sum up").
bool task_neutral(std::string_view s) {
    static constexpr std::string_view words[] = {
        "solve", "solving", "answer", "question", "problem", "task", "tackle", "address", "implement", "scenario",
        "situation", "challenge", "simplicity", "clarity", "context", "completeness", "reference", "now",
        "instance", "start", "begin", "summarise", "summarize", "sum", "recap", "conclude", "clarify", "honest",
        "fair", "short", "brevity", "record", "résoudre", "répondre", "problème", "tâche", "simplifier",
        "commencer", "résumer", "conclure", "clarifier", "honnête", "instant",
        "لحل", "للإجابة", "للتوضيح", "للتبسيط", "للاختصار", "للعلم", "المشكلة", "السؤال"};
    return std::find(std::begin(words), std::end(words), s) != std::end(words);
}

}  // namespace

AnswerFrame answer_frame(Context& ctx) {
    AnswerFrame frame;
    const Document& a = ctx.answer;
    const int cue = frame_cue(a);
    if (cue == 0) return frame;
    size_t begin = cue == 2 ? 0 : 1;
    if (a.tokens[0].surface == "afin") begin = 2;
    // A discourse marker, not a task: "to be honest", "pour être clair", "for example".
    if (begin < a.tokens.size() && is_be_form(a.tokens[begin].surface)) return frame;
    size_t end = begin;
    while (end < a.tokens.size() && a.tokens[end].sentence == a.tokens[0].sentence &&
           a.tokens[end].clause == a.tokens[0].clause && !a.tokens[end].info.subject && !a.tokens[end].info.first_person) {
        if (a.tokens[end].info.example) return frame;
        ++end;
    }
    // Its words naming a subject, each once (by their first token).
    std::vector<size_t> words;
    std::vector<int> seen;
    for (size_t i = begin; i < end; ++i) {
        const Token& t = a.tokens[i];
        if (!t.content() || t.kind == raw_number || t.no_subject || task_neutral(t.surface)) continue;
        if (std::find(seen.begin(), seen.end(), t.lex[0]) != seen.end()) continue;
        seen.push_back(t.lex[0]);
        words.push_back(i);
    }
    if (words.empty()) return frame;
    // By frame token: 2 when a word of the question's text matches it, 1 when only a word of its
    // vocabulary does (the sample answer's, the key points').
    std::vector<char> named(end - begin, 0);
    auto mark = [&](const std::vector<Term>& terms, char level) {
        for_each_word_match(ctx, terms, [&](int t, const Term&) {
            const size_t tok = static_cast<size_t>(t);
            if (tok >= begin && tok < end) named[tok - begin] = std::max(named[tok - begin], level);
        });
    };
    mark(ctx.model.question_terms, 2);
    mark(ctx.model.vocabulary, 1);
    frame.words = static_cast<int>(words.size());
    for (size_t i : words) {
        frame.question_words += named[i - begin] == 2;
        frame.vocabulary_words += named[i - begin] >= 1;
    }
    return frame;
}

}  // namespace utopiahire::core
