#include "core/cpp_only.hpp"

#include "core/feedback_messages.hpp"
#include "core/json_flat_impl.hpp"
#include "core/scoring.hpp"

#include <algorithm>
#include <string>

namespace utopiahire::core {

namespace {

constexpr size_t max_items = 6;
// Below this on-topic factor (see on_topic_gate), the feedback says the answer is about something else.
constexpr double off_topic_feedback = 0.5;

// Adds the string make() returns, when the list has room: a full list builds no more strings
// (an answer often misses or touches on more points than the lists show).
template <typename Make>
void add(std::vector<std::string>& list, Make make) {
    if (list.size() >= max_items) return;
    if (list.capacity() == 0) list.reserve(max_items);   // one allocation, not four
    list.push_back(make());
}

// The points of one status, in key-point order (must points first): a run of one buffer shared
// by the four statuses (one allocation per answer, not four).
struct PointRun {
    const PointResult* const* first = nullptr;
    size_t count = 0;
    size_t size() const { return count; }
    bool empty() const { return count == 0; }
    const PointResult* operator[](size_t i) const { return first[i]; }
    const PointResult* const* begin() const { return first; }
    const PointResult* const* end() const { return first + count; }
};

// Appends to buffer the points of this status (of the must points only, when must_only), as a run.
PointRun collect(std::vector<const PointResult*>& buffer, const Coverage& coverage, PointStatus status, bool must_only) {
    const size_t start = buffer.size();
    for (const PointResult& p : coverage.must)
        if (p.status == status) buffer.push_back(&p);
    if (!must_only)
        for (const PointResult& p : coverage.bonus)
            if (p.status == status) buffer.push_back(&p);
    return PointRun{buffer.data() + start, buffer.size() - start};
}

// "a", "b" and "c" (and 2 more), in the language's quotes and separators, appended to out.
void append_points(std::string& out, const PointRun& points, size_t limit, FeedbackLanguage lang) {
    for (size_t i = 0; i < points.size() && i < limit; ++i) {
        if (i > 0)
            out += message_template((i + 1 == points.size() || i + 1 == limit) ? Message::list_last_separator
                                                                                : Message::list_separator,
                                    lang);
        append_message(out, Message::quoted, lang, points[i]->point);
    }
    if (points.size() > limit) out += more_points_text(lang, points.size() - limit);
}

// Sentences joined with one space: the message with its argument, appended to text.
void add_sentence(std::string& text, Message message, FeedbackLanguage lang, std::string_view argument = {}) {
    if (!text.empty()) text += ' ';
    append_message(text, message, lang, argument);
}

// ... or with a list of points as its argument ("It covers "a" and "b".").
void add_sentence(std::string& text, Message message, FeedbackLanguage lang, const PointRun& points, size_t limit) {
    if (!text.empty()) text += ' ';
    const MessageSplit split = message_split(message, lang);
    text += split.before;
    append_points(text, points, limit, lang);
    text += split.after;
}

// Whether every text write_feedback inserts into the catalogue's (the key points, the mistakes
// and corrections it names) is valid UTF-8 without NUL: the catalogue's own texts are (a unit
// test checks them all), and so is a concatenation of such texts.
bool inserted_texts_faithful(const Context& ctx, const AnswerSignals& s, const Coverage& coverage) {
    for (const auto* list : {&coverage.must, &coverage.bonus})
        for (const PointResult& p : *list)
            if (!p.point_faithful) return false;
    for (size_t i : s.mistakes_hit)
        if (!flat_faithful(ctx.model.mistakes[i].mistake) || !flat_faithful(ctx.model.mistakes[i].correction)) return false;
    return true;
}

}  // namespace

// Every text comes from the catalogue (feedback_messages.cpp) in the model's language; key
// points and the question's mistakes and corrections are inserted as written.
void write_feedback(const Context& ctx, const AnswerSignals& s, AnalysisResult& r) {
    const FeedbackLanguage lang = ctx.model.language;
    // A list item: message m with its argument, built by add only when the list has room.
    auto text = [lang](Message m, std::string_view argument = {}) {
        return [=] { return message_text(m, lang, argument); };
    };
    // missing_points: exactly the must-mention points whose status is not covered (missing,
    // partial or contradicted), in key-point order, so the list never disagrees with the coverage.
    const auto stated = std::count_if(r.coverage.must.begin(), r.coverage.must.end(),
                                      [](const PointResult& p) { return p.status == PointStatus::covered; });
    r.missing_points.reserve(r.coverage.must.size() - static_cast<size_t>(stated));
    for (const PointResult& p : r.coverage.must)
        if (p.status != PointStatus::covered) r.missing_points.push_back(p.point);
    // The points by status (missing ones of the must points only): the buffer is reserved whole
    // first, so the runs stay valid.
    std::vector<const PointResult*> by_status;
    by_status.reserve(r.coverage.must.size() + r.coverage.bonus.size());
    const PointRun covered = collect(by_status, r.coverage, PointStatus::covered, false);
    const PointRun partial = collect(by_status, r.coverage, PointStatus::partial, false);
    const PointRun missing = collect(by_status, r.coverage, PointStatus::missing, true);
    const PointRun contradicted = collect(by_status, r.coverage, PointStatus::contradicted, false);
    for (const PointResult* p : covered) add(r.strengths, text(Message::covers, p->point));
    if (s.examples > 0 && s.content >= 0.3) add(r.strengths, text(Message::uses_examples));
    if (s.star_expected && s.star_parts >= 3) add(r.strengths, text(Message::follows_star));
    if (r.clarity >= 70) add(r.strengths, text(Message::clear_structure));

    // A paragraph about something else, first (a short answer is "very short" already).
    const bool elsewhere = s.on_topic < off_topic_feedback && ctx.answer.words >= 20 && !s.ignorance;
    if (elsewhere) add(r.weaknesses, text(Message::off_topic));
    for (const PointResult* p : contradicted) add(r.weaknesses, text(Message::contradicts_point, p->point));
    for (size_t i : s.mistakes_hit) add(r.weaknesses, text(Message::common_mistake, ctx.model.mistakes[i].mistake));
    for (const PointResult* p : partial) add(r.weaknesses, text(Message::only_touches_on, p->point));
    if (s.ignorance) add(r.weaknesses, text(Message::no_attempt));
    if (s.explanation < 0.5 && ctx.answer.words > 0) add(r.weaknesses, text(Message::lists_terms));
    if (s.filler_ratio > 0.03) add(r.weaknesses, text(Message::many_fillers));
    if (s.hedge_ratio > 0.03) add(r.weaknesses, text(Message::hedging));
    if (s.star_expected && s.star_parts < 3 && ctx.answer.words > 0) add(r.weaknesses, text(Message::no_star));
    if (ctx.answer.words > 0 && ctx.answer.words < 20) add(r.weaknesses, text(Message::very_short));

    for (const PointResult* p : contradicted) add(r.suggestions, text(Message::revisit_contradicted, p->point));
    for (size_t i : s.mistakes_hit)
        if (!ctx.model.mistakes[i].correction.empty()) add(r.suggestions, [&] { return ctx.model.mistakes[i].correction; });
    for (const PointResult* p : missing) add(r.suggestions, text(Message::explain_point, p->point));
    for (const PointResult* p : partial) add(r.suggestions, text(Message::develop_point, p->point));
    if (s.examples == 0 && ctx.answer.words > 0) add(r.suggestions, text(Message::add_example));
    if (s.star_expected && s.star_parts < 3) add(r.suggestions, text(Message::structure_star));
    if (s.filler_ratio > 0.03) add(r.suggestions, text(Message::cut_fillers));

    std::string f;
    f.reserve(256);
    if (ctx.answer.words == 0) {
        append_message(f, Message::no_answer, lang);
    } else if (s.ignorance) {
        append_message(f, Message::does_not_attempt, lang);
    } else {
        append_message(f, r.overall >= 75 ? Message::band_strong : r.overall >= 50 ? Message::band_solid
                          : r.overall >= 25 ? Message::band_partial : Message::band_weak, lang);
        if (!covered.empty()) add_sentence(f, Message::it_covers, lang, covered, 4);
        if (!partial.empty()) add_sentence(f, Message::it_touches_on, lang, partial, 3);
        if (!contradicted.empty()) add_sentence(f, Message::it_contradicts, lang, contradicted, 3);
        if (!missing.empty()) add_sentence(f, Message::it_misses, lang, missing, 4);
        if (!s.mistakes_hit.empty())
            add_sentence(f, Message::it_repeats_mistake, lang, ctx.model.mistakes[s.mistakes_hit[0]].mistake);
        if (s.explanation < 0.5) add_sentence(f, Message::terms_listed, lang);
        if (elsewhere) add_sentence(f, Message::about_something_else, lang);
    }
    r.ai_feedback = std::move(f);
    r.feedback_faithful = inserted_texts_faithful(ctx, s, r.coverage);
}

}  // namespace utopiahire::core
