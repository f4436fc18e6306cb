#include "core/cpp_only.hpp"

#include "core/scoring.hpp"

#include "core/lexicon_data.hpp"
#include "core/overall_score.hpp"

#include <algorithm>
#include <cmath>
#include <unordered_set>

namespace utopiahire::core {

namespace {

int to_score(double x) { return static_cast<int>(std::lround(std::clamp(x, 0.0, 1.0) * 100.0)); }

bool star_question(std::string_view type) { return type == "behavioral" || type == "situational"; }

// Share of the answer's content words that belong to the question's vocabulary (question,
// sample answer, key points, near misses and synonyms included).
double topic_share(Context& ctx) {
    if (ctx.answer.content_words == 0) return 0.0;
    std::vector<char> on_topic(ctx.answer.tokens.size(), 0);
    auto mark = [&](const Document& doc) {
        for (const Term& t : document_terms(ctx, doc))
            for (const auto& m : term_matches(ctx, t))
                if (m.second >= 0.8) on_topic[static_cast<size_t>(m.first)] = 1;
    };
    mark(ctx.question);
    mark(ctx.sample);
    for (const Document& d : ctx.item_docs) mark(d);
    int count = 0;
    for (size_t i = 0; i < ctx.answer.tokens.size(); ++i)
        if (on_topic[i] && ctx.answer.tokens[i].content()) ++count;
    return static_cast<double>(count) / ctx.answer.content_words;
}

double answer_explanation(const Context& ctx) {
    if (ctx.windows.empty()) return 0.0;
    double weighted = 0.0, total = 0.0;
    for (const Window& w : ctx.windows) {
        if (w.factor < 1.0) continue;
        const double n = w.end - w.begin;
        weighted += w.explanation * n;
        total += n;
    }
    return total > 0.0 ? weighted / total : 0.0;
}

AnswerSignals collect_signals(Context& ctx, const AnalysisInput& input, const Coverage& cov) {
    AnswerSignals s;
    auto tally = [&](const std::vector<PointResult>& points) {
        for (const PointResult& p : points) {
            switch (p.status) {
                case PointStatus::covered: ++s.covered; break;
                case PointStatus::partial: ++s.partial; break;
                case PointStatus::missing: ++s.missing; break;
                case PointStatus::contradicted: ++s.contradicted; break;
            }
        }
    };
    tally(cov.must);
    tally(cov.bonus);
    s.must = cov.must.empty() ? cov.bonus_coverage : cov.must_coverage;
    s.bonus = cov.bonus_coverage;
    s.sample_recall = weighted_recall(ctx, document_terms(ctx, ctx.sample));
    s.topic = topic_share(ctx);
    s.explanation = answer_explanation(ctx);
    const bool has_points = !cov.must.empty() || !cov.bonus.empty();
    s.content = has_points ? s.must : 0.0;
    if (ctx.sample.content_words > 0)
        s.content = has_points ? 0.8 * s.content + 0.2 * std::min(1.0, s.sample_recall * 1.5 * s.explanation)
                               : std::min(1.0, s.sample_recall * 1.5 * s.explanation);

    // Common mistakes stated in the answer.
    for (size_t i = 0; i < ctx.mistakes.size(); ++i) {
        const MistakeModel& m = ctx.mistakes[i];
        if (m.terms.size() < 2) continue;
        PointModel probe;
        probe.variants.push_back(m.terms);
        const PointMatch pm = match_point(ctx, probe);
        if (pm.score >= 0.6) s.mistakes_hit.push_back(i);
    }

    const Document& a = ctx.answer;
    s.ignorance = false;
    if (a.words <= 30) {
        bool negation = false, ignorance = false;
        for (const Token& t : a.tokens) {
            negation = negation || t.negation_cue || t.surface == "unsure";
            ignorance = ignorance || is_ignorance_marker(t.surface);
        }
        s.ignorance = negation && ignorance;
    }
    s.star_expected = star_question(input.question_type);
    bool star[5] = {false, false, false, false, false};
    for (const Token& t : a.tokens) {
        star[star_component(t.surface)] = true;
        if (is_example_marker(t.surface)) ++s.examples;
    }
    s.star_parts = star[1] + star[2] + star[3] + star[4];
    s.avg_sentence_words = a.sentences > 0 ? static_cast<double>(a.words) / a.sentences : 0.0;
    s.filler_ratio = a.words > 0 ? static_cast<double>(a.fillers) / a.words : 0.0;
    s.hedge_ratio = a.words > 0 ? static_cast<double>(a.hedges) / a.words : 0.0;
    return s;
}

double clarity_raw(const Context& ctx, const AnswerSignals& s) {
    const Document& a = ctx.answer;
    if (a.words == 0) return 0.0;
    // Sentences of 8 to 30 words read best.
    double sentence_shape = 1.0;
    if (s.avg_sentence_words < 8) sentence_shape = std::max(0.3, s.avg_sentence_words / 8.0);
    if (s.avg_sentence_words > 30) sentence_shape = std::max(0.4, 1.0 - (s.avg_sentence_words - 30) / 40.0);
    const double length = std::min(1.0, a.words / 40.0);
    const double fillers = std::max(0.0, 1.0 - 8.0 * s.filler_ratio);
    return 0.3 * sentence_shape + 0.2 * length + 0.25 * fillers + 0.25 * s.explanation;
}

double communication_raw(const Context& ctx, const AnswerSignals& s) {
    const Document& a = ctx.answer;
    if (a.words == 0) return 0.0;
    const double examples = std::min(1.0, (s.examples + std::min(a.numbers, 3)) / 3.0);
    const double confidence = std::max(0.0, 1.0 - 12.0 * s.hedge_ratio - 6.0 * s.filler_ratio);
    const double length = std::min(1.0, a.words / 60.0);
    double structure = std::min(1.0, a.sentences / 3.0);
    if (s.star_expected) structure = 0.4 * structure + 0.6 * (s.star_parts / 4.0);
    return 0.25 * examples + 0.3 * confidence + 0.2 * length + 0.25 * structure;
}

std::string sentiment_of_answer(const Context& ctx) {
    int score = 0;
    for (const Token& t : ctx.answer.tokens) {
        const int v = sentiment_of(t.surface);
        score += t.negated ? -v : v;
    }
    if (score >= 2) return "positive";
    if (score <= -2) return "negative";
    return "neutral";
}

}  // namespace

void score_answer(Context& ctx, const AnalysisInput& input, AnalysisResult& r) {
    const AnswerSignals s = collect_signals(ctx, input, r.coverage);
    const int npoints = static_cast<int>(r.coverage.must.size() + r.coverage.bonus.size());
    const double contradiction_share = npoints > 0 ? static_cast<double>(s.contradicted) / npoints : 0.0;
    double gate = std::clamp(s.content / 0.5, 0.0, 1.0);   // style counts only with substance
    if (s.ignorance) gate *= 0.3;

    const double topic = std::min(1.0, s.topic / 0.4);
    double relevance = 0.35 * topic * std::min(1.0, 0.3 + s.content * 2.0) + 0.65 * std::min(1.0, s.content * 1.2);
    double completeness = std::min(1.0, s.must * 0.92 + 0.12 * s.bonus);
    if (r.coverage.must.empty() && r.coverage.bonus.empty()) completeness = s.content;
    double accuracy = std::min(1.0, s.content * 1.15) * (1.0 - 0.9 * contradiction_share) -
                      0.12 * static_cast<double>(s.mistakes_hit.size());
    double clarity = clarity_raw(ctx, s) * (0.25 + 0.75 * gate);
    double communication = communication_raw(ctx, s) * (0.25 + 0.75 * gate);
    if (s.ignorance) {
        relevance *= 0.3;
        completeness *= 0.3;
        accuracy *= 0.3;
    }
    r.relevance = to_score(relevance);
    r.completeness = to_score(completeness);
    r.technical_accuracy = to_score(accuracy);
    r.clarity = to_score(clarity);
    r.communication = to_score(communication);
    r.overall = overall_score({r.relevance, r.completeness, r.clarity, r.technical_accuracy, r.communication});
    r.word_count = ctx.answer.words;
    r.sentiment = sentiment_of_answer(ctx);
    write_feedback(ctx, s, r);
}

}  // namespace utopiahire::core
