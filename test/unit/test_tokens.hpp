// A stand-in for PostgreSQL's text search in unit tests: words are runs of ASCII letters and
// digits or non-ASCII bytes, lower-cased, with a crude English suffix stripper and a small stop
// list (negation cues included, as in PostgreSQL's english.stop).
#pragma once

#include "core/analysis.hpp"
#include "core/lexicon_data.hpp"
#include "core/matcher.hpp"
#include "core/scoring.hpp"

#include <memory>
#include <set>
#include <string>
#include <vector>

namespace uh_test {

using utopiahire::core::RawText;
using utopiahire::core::RawToken;

struct OwnedText {
    std::string text;
    std::vector<RawToken> tokens;
    std::vector<std::string> lexemes;   // one per token (stable storage)
    RawText raw() const { return RawText{text.c_str(), static_cast<int32_t>(text.size()), tokens.data(),
                                         static_cast<int32_t>(tokens.size())}; }
};

inline std::string stem(std::string w) {
    for (char& c : w)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    auto strip = [&](const char* suffix) {
        const std::string s(suffix);
        if (w.size() > s.size() + 3 && w.compare(w.size() - s.size(), s.size(), s) == 0) {
            w.resize(w.size() - s.size());
            return true;
        }
        return false;
    };
    strip("ing") || strip("ed") || strip("es") || strip("s");
    return w;
}

// PostgreSQL's parser reads words joined by slashes ("filtered/joined/sorted", "G1/ZGC") as one
// token (a file path): tests of that set this while they build their inputs.
inline bool& keep_slashed_words() {
    static bool keep = false;
    return keep;
}

inline std::unique_ptr<OwnedText> tokenize(const std::string& text) {
    static const std::set<std::string> stop = {
        "the", "a", "an", "is", "are", "be", "to", "of", "and", "or", "it", "in", "on", "for", "not", "no",
        "never", "can", "t", "don", "do", "what", "i", "you", "they", "we", "so", "this", "that", "with", "as", "by", "ne",
        "pas", "je", "le", "la", "les", "de", "un", "une", "was", "my", "at", "but"};
    auto out = std::make_unique<OwnedText>();
    out->text = text;
    out->lexemes.reserve(text.size());
    size_t i = 0;
    int chars_before = 0;
    auto is_word_byte = [](unsigned char c) { return std::isalnum(c) || c >= 0x80; };
    while (i < text.size()) {
        if (!is_word_byte(static_cast<unsigned char>(text[i]))) {
            if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++chars_before;
            ++i;
            continue;
        }
        size_t j = i;
        int chars = 0;
        while (j < text.size() && (is_word_byte(static_cast<unsigned char>(text[j])) ||
                                   (keep_slashed_words() && text[j] == '/' && j + 1 < text.size() &&
                                    is_word_byte(static_cast<unsigned char>(text[j + 1]))))) {
            if ((static_cast<unsigned char>(text[j]) & 0xC0) != 0x80) ++chars;
            ++j;
        }
        const std::string word = text.substr(i, j - i);
        std::string lower = word;
        for (char& c : lower)
            if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        RawToken t{};
        t.byte_start = static_cast<int32_t>(i);
        t.byte_len = static_cast<int32_t>(j - i);
        t.char_start = chars_before;
        t.char_len = chars;
        t.word = utopiahire::core::word_handle(word);   // as the glue's lexeme cache hands it on
        const bool digits = std::isdigit(static_cast<unsigned char>(word[0])) != 0;
        if (stop.count(lower)) {
            t.kind = utopiahire::core::raw_stop;
            out->lexemes.emplace_back();
        } else {
            t.kind = digits ? utopiahire::core::raw_number : utopiahire::core::raw_word;
            out->lexemes.push_back(stem(word));
            t.nlex = 1;
        }
        out->tokens.push_back(t);
        chars_before += chars;
        i = j;
    }
    for (size_t k = 0; k < out->tokens.size(); ++k) out->tokens[k].lexemes = out->lexemes[k].c_str();
    return out;
}

// A whole analysis input built from plain strings.
struct Question {
    std::string key_points = "{}";
    std::string mistakes;
    std::string question_text;
    std::string sample;
    std::string type = "technical";

    std::vector<std::unique_ptr<OwnedText>> owned;
    std::vector<utopiahire::core::RawQuestionText> items;

    utopiahire::core::AnalysisInput input(const std::string& answer) {
        owned.clear();
        items.clear();
        for (const auto& t : utopiahire::core::question_texts(key_points, mistakes)) {
            owned.push_back(tokenize(t.text));
            items.push_back({t.role, t.owner, owned.back()->raw()});
        }
        utopiahire::core::AnalysisInput in;
        owned.push_back(tokenize(answer));
        in.answer = owned.back()->raw();
        if (!question_text.empty()) {
            owned.push_back(tokenize(question_text));
            in.question = owned.back()->raw();
        }
        if (!sample.empty()) {
            owned.push_back(tokenize(sample));
            in.sample = owned.back()->raw();
        }
        in.items = items.data();
        in.nitems = static_cast<int32_t>(items.size());
        in.question_type = type;
        return in;
    }
};

// A Mohler-style short question: a one-line reference answer and one key point.
inline Question scope_question() {
    Question q;
    q.question_text = "What is the scope of global variables?";
    q.key_points = R"({"must_mention": ["file scope"]})";
    q.sample = "File scope.";
    return q;
}

// A technical question with a paragraph-long sample answer (how a hash map works).
inline Question hash_map_question() {
    Question q;
    q.question_text = "How does a hash map work internally, and what happens to its performance as it fills up?";
    q.key_points = R"kp({"must_mention": ["hash function picks a bucket", "collisions chained or probed",
                                        "past a load factor the table grows and rehashes", "average O(1), worst case O(n)"]})kp";
    q.sample = "A hash map hashes the key to pick a bucket in an array. Keys that land in the same bucket "
               "collide: they are chained in a list or probed to the next free slot. As the map fills, the "
               "load factor grows and collisions get longer, so past a threshold it resizes the array and "
               "rehashes every key. Lookups are O(1) on average and O(n) in the worst case.";
    return q;
}

// How to store passwords, with one common mistake whose correction restates a sample sentence
// (the one stating the first point) in other words: tests of how a stated mistake is read.
inline Question password_question(const std::string& mistake = "Encrypting passwords with AES") {
    Question q;
    q.question_text = "How would you store user passwords in a web application?";
    q.key_points = R"json({"must_mention": ["slow salted hash such as bcrypt or Argon2",
                                        "rate limiting on login attempts"]})json";
    q.sample = "Store each password with a slow salted hash such as bcrypt or Argon2, never with reversible encryption, "
               "because anyone holding the key could read every password back. "
               "Limit login attempts per account and per address to slow down guessing.";
    q.mistakes = R"json({"mistakes": [{"mistake": ")json" + mistake +
                 R"json(", "correction": "Anyone holding the key could read every password back."}]})json";
    return q;
}

// The status of must point `point` of q in the analysis of `answer`.
inline utopiahire::core::PointStatus status_of(Question& q, const std::string& answer, size_t point = 0) {
    return utopiahire::core::key_point_coverage(q.input(answer)).must.at(point).status;
}

// Must point `point` of q in the analysis of `answer` (status, score, evidence).
inline utopiahire::core::PointResult must_result(Question& q, const std::string& answer, size_t point = 0) {
    return utopiahire::core::key_point_coverage(q.input(answer)).must.at(point);
}

// read(ctx, input) of `answer` matched against q's question model, both built as the analysis
// builds them: for tests of a pass that reads the matching Context (read_topic, answer_frame ...).
template <class F>
auto with_answer(Question& q, const std::string& answer, F&& read) {
    const utopiahire::core::AnalysisInput in = q.input(answer);
    utopiahire::core::QuestionModel model;
    utopiahire::core::build_question_model(in, model);
    utopiahire::core::Context ctx(model);
    utopiahire::core::build_answer(in.answer, ctx);
    return read(ctx, in);
}

// Share of the answer's on-topic words under a negation the sample answer does not make
// (TopicReading::negated).
inline double denied_share(Question& q, const std::string& answer) {
    return with_answer(q, answer, [](utopiahire::core::Context& ctx, const utopiahire::core::AnalysisInput& in) {
        return utopiahire::core::read_topic(ctx, utopiahire::core::key_point_coverage(in)).negated;
    });
}

// A point result of this status and score, for tests of the passes that read decided points.
inline utopiahire::core::PointResult point_result(utopiahire::core::PointStatus status, double score) {
    utopiahire::core::PointResult p;
    p.status = status;
    p.score = score;
    return p;
}

// The same result with evidence at characters [start, end) of the answer (passes that compare spans).
inline utopiahire::core::PointResult with_evidence(utopiahire::core::PointStatus status, double score, int start, int end) {
    utopiahire::core::PointResult p = point_result(status, score);
    p.has_evidence = true;
    p.evidence_start = start;
    p.evidence_end = end;
    return p;
}

// The same result, its match holding `own` words of the point's own wording (PointResult::own_words_met).
inline utopiahire::core::PointResult own_words(utopiahire::core::PointResult p, int own) {
    p.own_words_met = own;
    return p;
}

// Whether two words stand in one synonym group of the lexicon.
inline bool same_group(const char* a, const char* b) {
    const int group = utopiahire::core::word_info(a).group;
    return group >= 0 && group == utopiahire::core::word_info(b).group;
}

}  // namespace uh_test
