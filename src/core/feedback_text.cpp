#include "core/cpp_only.hpp"

#include "core/scoring.hpp"

#include <string>

namespace utopiahire::core {

namespace {

constexpr size_t max_items = 6;

void add(std::vector<std::string>& list, std::string item) {
    if (list.size() < max_items) list.push_back(std::move(item));
}

std::string join_points(const std::vector<const PointResult*>& points, size_t limit) {
    std::string out;
    for (size_t i = 0; i < points.size() && i < limit; ++i) {
        if (i > 0) out += (i + 1 == points.size() || i + 1 == limit) ? " and " : ", ";
        out += "\"" + points[i]->point + "\"";
    }
    if (points.size() > limit) out += " (and " + std::to_string(points.size() - limit) + " more)";
    return out;
}

}  // namespace

void write_feedback(const Context& ctx, const AnswerSignals& s, AnalysisResult& r) {
    std::vector<const PointResult*> covered, partial, missing, contradicted;
    // missing_points: exactly the must-mention points whose status is not covered (missing,
    // partial or contradicted), in key-point order, so the list never disagrees with the coverage.
    for (const PointResult& p : r.coverage.must)
        if (p.status != PointStatus::covered) r.missing_points.push_back(p.point);
    for (const auto* list : {&r.coverage.must, &r.coverage.bonus}) {
        const bool must = list == &r.coverage.must;
        for (const PointResult& p : *list) {
            switch (p.status) {
                case PointStatus::covered: covered.push_back(&p); break;
                case PointStatus::partial: partial.push_back(&p); break;
                case PointStatus::contradicted: contradicted.push_back(&p); break;
                case PointStatus::missing:
                    if (must) missing.push_back(&p);
                    break;
            }
        }
    }
    for (const PointResult* p : covered) add(r.strengths, "Covers: " + p->point);
    if (s.examples > 0 && s.content >= 0.3) add(r.strengths, "Illustrates the answer with concrete examples");
    if (s.star_expected && s.star_parts >= 3) add(r.strengths, "Follows a situation-task-action-result structure");
    if (r.clarity >= 70) add(r.strengths, "Clear, well-structured explanation");

    for (const PointResult* p : contradicted) add(r.weaknesses, "Contradicts a key point: " + p->point);
    for (size_t i : s.mistakes_hit) add(r.weaknesses, "Common mistake: " + ctx.model.mistakes[i].mistake);
    for (const PointResult* p : partial) add(r.weaknesses, "Only touches on: " + p->point);
    if (s.ignorance) add(r.weaknesses, "Does not attempt an answer");
    if (s.explanation < 0.5 && ctx.answer.words > 0) add(r.weaknesses, "Lists terms without explaining them");
    if (s.filler_ratio > 0.03) add(r.weaknesses, "Many filler words");
    if (s.hedge_ratio > 0.03) add(r.weaknesses, "Hedging, uncertain language");
    if (s.star_expected && s.star_parts < 3 && ctx.answer.words > 0)
        add(r.weaknesses, "No clear situation, action and result");
    if (ctx.answer.words > 0 && ctx.answer.words < 20) add(r.weaknesses, "Very short answer");

    for (const PointResult* p : contradicted) add(r.suggestions, "Revisit \"" + p->point + "\": the answer states the opposite");
    for (size_t i : s.mistakes_hit)
        if (!ctx.model.mistakes[i].correction.empty()) add(r.suggestions, ctx.model.mistakes[i].correction);
    for (const PointResult* p : missing) add(r.suggestions, "Explain " + p->point);
    for (const PointResult* p : partial) add(r.suggestions, "Develop " + p->point + " further");
    if (s.examples == 0 && ctx.answer.words > 0) add(r.suggestions, "Add a concrete example");
    if (s.star_expected && s.star_parts < 3) add(r.suggestions, "Structure the story as situation, task, action, result");
    if (s.filler_ratio > 0.03) add(r.suggestions, "Cut filler words such as \"um\" and \"basically\"");

    std::string f;
    if (ctx.answer.words == 0) {
        f = "No answer was given.";
    } else if (s.ignorance) {
        f = "The answer does not attempt the question.";
    } else {
        f = r.overall >= 75 ? "Strong answer. " : r.overall >= 50 ? "Solid but incomplete answer. "
          : r.overall >= 25 ? "Partial answer. " : "Weak answer. ";
        if (!covered.empty()) f += "It covers " + join_points(covered, 4) + ". ";
        if (!partial.empty()) f += "It only touches on " + join_points(partial, 3) + ". ";
        if (!contradicted.empty()) f += "It contradicts " + join_points(contradicted, 3) + ". ";
        if (!missing.empty()) f += "It misses " + join_points(missing, 4) + ". ";
        if (!s.mistakes_hit.empty()) f += "It repeats a common mistake: " + ctx.model.mistakes[s.mistakes_hit[0]].mistake + ". ";
        if (s.explanation < 0.5) f += "Terms are listed rather than explained. ";
        if (f.back() == ' ') f.pop_back();
    }
    r.ai_feedback = f;
}

}  // namespace utopiahire::core
