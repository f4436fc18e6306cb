#include "core/cpp_only.hpp"  // first: this file must never see a PostgreSQL header
// The feedback document built from an accumulator (the final value of interview_feedback_agg):
//
// {"answers": n,
//  "averages": {"relevance", "completeness", "clarity", "technical_accuracy", "communication", "overall"},
//  "lowest_score", "highest_score",
//  "ratings": {"technical", "communication", "confidence"},          1..5
//  "rating_scores": {"technical", "communication", "confidence"},    0..100, what was banded
//  "confidence_signals": {...}, "categories": [{"category", "answers", "average_score"}],
//  "overall_performance": text,
//  "key_strengths": [{"area", "description", "examples"}],
//  "areas_to_improve": [{"area", "priority", "description", "specific_gaps", "action_items", "score"}],
//  "resource_criteria": {"areas": [...], "categories": [...], "gaps": [...]},
//  "preparation_tips": text, "practice_recommendations": text}
//
// Ratings (bands of rating_from_score: >= 85 -> 5, >= 70 -> 4, >= 55 -> 3, >= 40 -> 2, else 1):
//   technical     = 0.5 technical_accuracy + 0.3 completeness + 0.2 relevance   (averages)
//   communication = 0.5 clarity + 0.5 communication                             (averages)
//   confidence    = 40 x sentiment + 35 x (1 - hedged share) + 25 x (1 - timing-issue share),
//     sentiment = (positive + half of neutral or unknown) / answers; an answer is hedged when
//     its analysis notes hedging (a weakness naming hedging or uncertain language) or, for an
//     answer without analysis, with >= 2 weighted hedging markers in its text; a timing issue is an answer given in under 20 s, or slower
//     than 40 words per minute over at least 60 s, among answers with a time.
// Areas to improve: categories averaging under 70, and dimensions (and confidence) under 70;
// priority high under 50, medium under 60, low otherwise; most urgent first. Gaps are the
// missed key points ordered by how often they were missed, then their importance weight.

#include "core/feedback.hpp"
#include "core/json_flat_impl.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace utopiahire::core {
namespace {

using json = nlohmann::json;
using Tally = FeedbackAccumulator::Tally;

constexpr double improve_below = 70.0;
constexpr double strength_from = 75.0;
constexpr std::size_t max_gaps = 5;
constexpr std::size_t max_areas = 6;
constexpr std::size_t max_strengths = 5;

double round1(double x) { return std::round(x * 10.0) / 10.0; }

std::string fmt1(double x) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.1f", round1(x));
    return buffer;
}

std::string plural(std::int64_t n, const char* one, const char* many) {
    return std::to_string(n) + " " + (n == 1 ? one : many);
}

const char* priority_for(double score) {
    if (score < 50) return "high";
    if (score < 60) return "medium";
    return "low";
}
int priority_rank(const std::string& p) { return p == "high" ? 0 : p == "medium" ? 1 : 2; }

// Tally entries of one group, or of all groups with the same text summed (group -1), by
// count, then weight, then text: deterministic whatever the order of arrival.
std::vector<Tally> ranked(const std::vector<Tally>& entries, long group = -1) {
    std::vector<Tally> out;
    if (group >= 0) {
        for (const Tally& t : entries)
            if (t.group == static_cast<std::uint32_t>(group)) out.push_back(t);
    } else {
        out = entries;
        std::sort(out.begin(), out.end(), [](const Tally& a, const Tally& b) { return a.text < b.text; });
        std::vector<Tally> merged;
        for (Tally& t : out) {
            if (!merged.empty() && merged.back().text == t.text) {
                merged.back().count += t.count;
                merged.back().weight += t.weight;
            } else {
                merged.push_back(std::move(t));
            }
        }
        out = std::move(merged);
    }
    std::sort(out.begin(), out.end(), [](const Tally& a, const Tally& b) {
        if (a.count != b.count) return a.count > b.count;
        if (a.weight != b.weight) return a.weight > b.weight;
        return a.text < b.text;
    });
    return out;
}

// Weaknesses other than hedging: hedging is reported under Confidence, not as a content gap.
std::vector<Tally> without_hedging(std::vector<Tally> items) {
    items.erase(std::remove_if(items.begin(), items.end(), [](const Tally& t) { return t.notes_hedging; }),
                items.end());
    return items;
}

std::string capitalized(std::string text) {
    if (!text.empty() && text[0] >= 'a' && text[0] <= 'z') text[0] = static_cast<char>(text[0] - 32);
    return text;
}

// The texts of ranked tallies (capitalised), the same text listed once, at most `limit`,
// skipping those in `exclude` (gaps already named by another area).
json top_texts(const std::vector<Tally>& items, std::size_t limit,
               const std::vector<std::string>* exclude = nullptr) {
    json out = json::array();
    std::vector<std::string> seen;
    for (const Tally& t : items) {
        if (out.size() >= limit) break;
        std::string text = capitalized(t.text);
        if (std::find(seen.begin(), seen.end(), text) != seen.end()) continue;
        if (exclude && std::find(exclude->begin(), exclude->end(), text) != exclude->end()) continue;
        seen.push_back(text);
        out.push_back(std::move(text));
    }
    return out;
}

const char* const dimension_actions[][3] = {
    {"Restate the question in one sentence before answering it",
     "Answer the question asked first, then add context",
     "Cut details that do not serve the question"},
    {"List the points a complete answer needs before you start speaking",
     "Cover every must-know point, then add trade-offs and an example",
     "Compare each answer with the model answer and note what it had that yours lacked"},
    {"Open with a one-sentence summary, then give details, then close with the outcome",
     "Use STAR (Situation, Task, Action, Result) for behavioural questions",
     "Use definition, example, trade-offs for technical questions"},
    {"Review the concepts behind each missed point until you can explain them without notes",
     "Explain each concept aloud in under two minutes",
     "Build or sketch a small example that uses each concept"},
    {"Record yourself answering and listen for filler words and long sentences",
     "Use short sentences and one concrete example per point",
     "Practise with a peer or in mock interviews and ask for feedback on clarity"},
};

}  // namespace

nlohmann::json FeedbackAccumulator::document() const { return build_feedback_document(*this); }

bool FeedbackAccumulator::document_flat(std::string& out) const {
    out.clear();
    return flatten_json(build_feedback_document(*this), out);
}

json build_feedback_document(const FeedbackAccumulator& s) {
    json doc;
    const std::int64_t n = s.answers_;
    doc["answers"] = n;

    double avg[dimension_count];
    bool has[dimension_count];
    json averages = json::object();
    for (int d = 0; d < dimension_count; ++d) {
        has[d] = s.score_count_[d] > 0;
        avg[d] = has[d] ? static_cast<double>(s.score_sum_[d]) / static_cast<double>(s.score_count_[d]) : 0.0;
        averages[dimension_name(d)] = has[d] ? json(round1(avg[d])) : json(nullptr);
    }
    doc["averages"] = std::move(averages);
    doc["lowest_score"] = s.score_max_ >= 0 ? json(s.score_min_) : json(nullptr);
    doc["highest_score"] = s.score_max_ >= 0 ? json(s.score_max_) : json(nullptr);

    // --- ratings
    auto weighted = [&](std::initializer_list<std::pair<int, double>> parts) -> double {
        double sum = 0, weight = 0;
        for (auto [d, w] : parts)
            if (has[d]) { sum += avg[d] * w; weight += w; }
        return weight > 0 ? sum / weight : -1.0;
    };
    const double technical = weighted({{technical_accuracy, 0.5}, {completeness, 0.3}, {relevance, 0.2}});
    const double communicating = weighted({{clarity, 0.5}, {communication, 0.5}});
    const double answers_d = n > 0 ? static_cast<double>(n) : 1.0;
    const double sentiment_part =
        (static_cast<double>(s.sentiment_[static_cast<int>(Sentiment::positive)]) +
         0.5 * static_cast<double>(s.sentiment_[static_cast<int>(Sentiment::neutral)] +
                                   s.sentiment_[static_cast<int>(Sentiment::unknown)])) / answers_d;
    const double hedged_share = static_cast<double>(s.hedged_answers_) / answers_d;
    const std::int64_t timing_issues = s.rushed_answers_ + s.hesitant_answers_;
    const double timing_share =
        s.time_count_ > 0 ? std::min(1.0, static_cast<double>(timing_issues) / static_cast<double>(s.time_count_)) : 0.0;
    const double confidence = 40.0 * sentiment_part + 35.0 * (1.0 - hedged_share) + 25.0 * (1.0 - timing_share);

    json ratings = json::object(), rating_scores = json::object();
    auto rate = [&](const char* name, double score) {
        ratings[name] = score < 0 || n == 0 ? json(nullptr) : json(rating_from_score(score));
        rating_scores[name] = score < 0 || n == 0 ? json(nullptr) : json(round1(score));
    };
    rate("technical", technical);
    rate("communication", communicating);
    rate("confidence", confidence);
    doc["ratings"] = std::move(ratings);
    doc["rating_scores"] = std::move(rating_scores);

    const double avg_time = s.time_count_ > 0 ? static_cast<double>(s.time_sum_) / static_cast<double>(s.time_count_) : -1;
    const double avg_words = s.words_count_ > 0 ? static_cast<double>(s.words_sum_) / static_cast<double>(s.words_count_) : -1;
    doc["confidence_signals"] = {
        {"positive", s.sentiment_[static_cast<int>(Sentiment::positive)]},
        {"neutral", s.sentiment_[static_cast<int>(Sentiment::neutral)]},
        {"negative", s.sentiment_[static_cast<int>(Sentiment::negative)]},
        {"hedged_answers", s.hedged_answers_},
        {"rushed_answers", s.rushed_answers_},
        {"hesitant_answers", s.hesitant_answers_},
        {"short_answers", s.short_answers_},
        {"average_time_seconds", avg_time < 0 ? json(nullptr) : json(round1(avg_time))},
        {"average_words", avg_words < 0 ? json(nullptr) : json(round1(avg_words))},
    };

    // --- categories, weakest first
    struct CategoryScore { std::size_t index; double score; };
    std::vector<CategoryScore> categories;
    for (std::size_t i = 1; i < s.categories_.size(); ++i) {
        const auto& c = s.categories_[i];
        if (c.score_count[overall] == 0) continue;
        categories.push_back({i, static_cast<double>(c.score_sum[overall]) / static_cast<double>(c.score_count[overall])});
    }
    std::sort(categories.begin(), categories.end(), [&](const CategoryScore& a, const CategoryScore& b) {
        if (a.score != b.score) return a.score < b.score;
        return s.categories_[a.index].name < s.categories_[b.index].name;
    });
    json category_list = json::array();
    for (const auto& c : categories)
        category_list.push_back({{"category", s.categories_[c.index].name},
                                 {"answers", s.categories_[c.index].answers},
                                 {"average_score", round1(c.score)}});
    doc["categories"] = std::move(category_list);

    // Each table copied out once; the per-category lists below filter these copies.
    const std::vector<Tally> missing_entries = s.missing_.entries();
    const std::vector<Tally> weakness_entries = s.weaknesses_.entries();
    const std::vector<Tally> strength_entries = s.strengths_.entries();
    const auto missing_all = ranked(missing_entries);
    const auto weaknesses_all = without_hedging(ranked(weakness_entries));
    const auto strengths_all = ranked(strength_entries);

    // --- areas to improve
    struct Area { json value; int rank; double score; std::string name; };
    std::vector<Area> areas;
    for (const auto& c : categories) {
        if (c.score >= improve_below) continue;
        const auto& cat = s.categories_[c.index];
        json gaps = top_texts(ranked(missing_entries, static_cast<long>(c.index)), max_gaps);
        if (gaps.empty()) gaps = top_texts(without_hedging(ranked(weakness_entries, static_cast<long>(c.index))), max_gaps);
        json actions = json::array();
        if (!gaps.empty()) {
            std::string review = "Review " + gaps[0].get<std::string>();
            if (gaps.size() > 1) review += " and " + gaps[1].get<std::string>();
            actions.push_back(review);
        }
        actions.push_back("Answer 3 more " + cat.name + " questions and check each answer against its key points");
        actions.push_back("Work through one recommended " + cat.name + " resource and summarise it in your own words");
        const std::string priority = priority_for(c.score);
        areas.push_back({{{"area", cat.name},
                          {"priority", priority},
                          {"description", "Averaged " + fmt1(c.score) + "/100 over " +
                                              plural(cat.answers, "answer", "answers") + " on " + cat.name + " questions"},
                          {"specific_gaps", gaps},
                          {"action_items", actions},
                          {"score", round1(c.score)}},
                         priority_rank(priority), c.score, cat.name});
    }
    // Dimensions weakest first, so that the weaker of completeness / technical accuracy names
    // the missed points (each missed point goes under one knowledge dimension only).
    int dimension_order[overall];
    for (int d = 0; d < overall; ++d) dimension_order[d] = d;
    std::sort(dimension_order, dimension_order + overall, [&](int a, int b) {
        return avg[a] != avg[b] ? avg[a] < avg[b] : a < b;
    });
    std::vector<std::string> named_gaps;
    for (int d : dimension_order) {
        if (!has[d] || avg[d] >= improve_below) continue;
        json gaps;
        if (d == completeness || d == technical_accuracy) {
            gaps = top_texts(missing_all, max_gaps, &named_gaps);
            for (const auto& g : gaps) named_gaps.push_back(g.get<std::string>());
        }
        if (gaps.is_null() || gaps.empty()) gaps = top_texts(weaknesses_all, max_gaps);
        json actions = json::array();
        for (const char* a : dimension_actions[d]) actions.push_back(a);
        const std::string priority = priority_for(avg[d]);
        const std::string label = dimension_name(d);
        areas.push_back({{{"area", dimension_area(d)},
                          {"priority", priority},
                          {"description", "Averaged " + fmt1(avg[d]) + "/100 on " + (d == technical_accuracy ? "technical accuracy" : label)},
                          {"specific_gaps", gaps},
                          {"action_items", actions},
                          {"score", round1(avg[d])}},
                         priority_rank(priority), avg[d], dimension_area(d)});
    }
    if (n > 0 && confidence < improve_below) {
        json gaps = json::array();
        if (s.hedged_answers_ > 0)
            gaps.push_back("Hedging language (\"I think\", \"maybe\", \"not sure\") in " +
                           std::to_string(s.hedged_answers_) + " of " + plural(n, "answer", "answers"));
        if (s.rushed_answers_ > 0)
            gaps.push_back(plural(s.rushed_answers_, "answer", "answers") + " given in under " +
                           std::to_string(rushed_seconds) + " seconds");
        if (s.hesitant_answers_ > 0)
            gaps.push_back(plural(s.hesitant_answers_, "answer", "answers") + " slower than " +
                           std::to_string(hesitant_words_per_minute) + " words per minute");
        const auto negative = s.sentiment_[static_cast<int>(Sentiment::negative)];
        if (negative > 0) gaps.push_back("Negative tone in " + plural(negative, "answer", "answers"));
        if (s.short_answers_ > 0)
            gaps.push_back(plural(s.short_answers_, "answer", "answers") + " under " +
                           std::to_string(short_answer_words) + " words");
        const std::string priority = priority_for(confidence);
        areas.push_back({{{"area", "Confidence"},
                          {"priority", priority},
                          {"description", "Confidence score " + fmt1(confidence) + "/100 from tone, hedging and answer times"},
                          {"specific_gaps", gaps},
                          {"action_items", {"State your answer first, then the reasoning behind it, instead of \"I think\" or \"maybe\"",
                                            "Aim for 1 to 3 minutes per answer: time yourself",
                                            "Do mock interviews with a peer or on a mock-interview platform"}},
                          {"score", round1(confidence)}},
                         priority_rank(priority), confidence, "Confidence"});
    }
    if (areas.empty() && n > 0) {
        // Nothing under the bar: the lowest dimension is still the next thing to sharpen.
        int lowest = -1;
        for (int d = 0; d < overall; ++d)
            if (has[d] && (lowest < 0 || avg[d] < avg[lowest])) lowest = d;
        if (lowest >= 0) {
            json actions = json::array();
            for (const char* a : dimension_actions[lowest]) actions.push_back(a);
            areas.push_back({{{"area", dimension_area(lowest)},
                              {"priority", "low"},
                              {"description", "Lowest dimension at " + fmt1(avg[lowest]) + "/100: the next thing to sharpen"},
                              {"specific_gaps", top_texts(lowest == completeness || lowest == technical_accuracy ? missing_all : weaknesses_all, max_gaps)},
                              {"action_items", actions},
                              {"score", round1(avg[lowest])}},
                             2, avg[lowest], dimension_area(lowest)});
        }
    }
    std::sort(areas.begin(), areas.end(), [](const Area& a, const Area& b) {
        if (a.rank != b.rank) return a.rank < b.rank;
        if (a.score != b.score) return a.score < b.score;
        return a.name < b.name;
    });
    if (areas.size() > max_areas) areas.resize(max_areas);
    json areas_json = json::array(), criteria_areas = json::array(), criteria_categories = json::array();
    for (Area& a : areas) {
        areas_json.push_back(std::move(a.value));   // a.name stays for the texts below
        criteria_areas.push_back(a.name);
    }
    for (const auto& c : categories)
        if (c.score < improve_below) criteria_categories.push_back(s.categories_[c.index].name);
    doc["areas_to_improve"] = std::move(areas_json);
    json context_categories = json::array();
    for (const auto& c : categories) context_categories.push_back(s.categories_[c.index].name);
    doc["resource_criteria"] = {{"areas", std::move(criteria_areas)},
                                {"categories", std::move(criteria_categories)},
                                {"context_categories", std::move(context_categories)},
                                {"gaps", top_texts(missing_all, max_gaps)}};

    // --- key strengths: categories and dimensions from 75 up, best first
    struct Strength { json value; double score; std::string name; };
    std::vector<Strength> strengths;
    std::vector<std::string> used_examples;
    auto take_examples = [&](const std::vector<Tally>& items) {
        json out = json::array();
        for (const Tally& t : items) {
            if (out.size() >= 3) break;
            if (std::find(used_examples.begin(), used_examples.end(), t.text) != used_examples.end()) continue;
            used_examples.push_back(t.text);
            out.push_back(t.text);
        }
        return out;
    };
    for (auto it = categories.rbegin(); it != categories.rend(); ++it) {
        if (it->score < strength_from) continue;
        const auto& cat = s.categories_[it->index];
        strengths.push_back({{{"area", cat.name},
                              {"description", "Averaged " + fmt1(it->score) + "/100 over " +
                                                  plural(cat.answers, "answer", "answers") + " on " + cat.name + " questions"},
                              {"examples", take_examples(ranked(strength_entries, static_cast<long>(it->index)))}},
                             it->score, cat.name});
    }
    std::vector<int> dims;
    for (int d = 0; d < overall; ++d)
        if (has[d] && avg[d] >= strength_from) dims.push_back(d);
    if (dims.empty() && strengths.empty() && n > 0) {
        int best = -1;
        for (int d = 0; d < overall; ++d)
            if (has[d] && avg[d] >= 55 && (best < 0 || avg[d] > avg[best])) best = d;
        if (best >= 0) dims.push_back(best);
    }
    std::sort(dims.begin(), dims.end(), [&](int a, int b) { return avg[a] != avg[b] ? avg[a] > avg[b] : a < b; });
    for (int d : dims)
        strengths.push_back({{{"area", dimension_area(d)},
                              {"description", std::string(avg[d] >= strength_from ? "Averaged " : "Relative strength: averaged ") +
                                                  fmt1(avg[d]) + "/100 on " + (d == technical_accuracy ? "technical accuracy" : dimension_name(d))},
                              {"examples", take_examples(strengths_all)}},
                             avg[d], dimension_area(d)});
    if (n > 0 && confidence >= 80)
        strengths.push_back({{{"area", "Confidence"},
                              {"description", "Direct, assured delivery (confidence score " + fmt1(confidence) + "/100)"},
                              {"examples", json::array({std::to_string(n - s.hedged_answers_) + " of " +
                                                        plural(n, "answer", "answers") + " without hedging"})}},
                             confidence, "Confidence"});
    std::stable_sort(strengths.begin(), strengths.end(), [](const Strength& a, const Strength& b) {
        if (a.score != b.score) return a.score > b.score;
        return a.name < b.name;
    });
    if (strengths.size() > max_strengths) strengths.resize(max_strengths);
    json strengths_json = json::array();
    for (Strength& st : strengths) strengths_json.push_back(std::move(st.value));
    doc["key_strengths"] = std::move(strengths_json);

    // --- overall performance
    std::string performance;
    if (n == 0 || !has[overall]) {
        performance = "No scored answers.";
    } else {
        const double o = avg[overall];
        const char* level = o >= 85 ? "Excellent" : o >= 70 ? "Strong" : o >= 55 ? "Solid" : o >= 40 ? "Developing" : "Early-stage";
        performance = std::string(level) + " performance: average score " + fmt1(o) + "/100 over " +
                      plural(n, "answer", "answers") + " (range " + std::to_string(s.score_min_) + " to " +
                      std::to_string(s.score_max_) + ").";
        int best = -1, worst = -1;
        for (int d = 0; d < overall; ++d) {
            if (!has[d]) continue;
            if (best < 0 || avg[d] > avg[best]) best = d;
            if (worst < 0 || avg[d] < avg[worst]) worst = d;
        }
        if (best >= 0 && worst >= 0 && best != worst)
            performance += std::string(" Strongest dimension: ") + dimension_area(best) + " (" + fmt1(avg[best]) +
                           "); weakest: " + dimension_area(worst) + " (" + fmt1(avg[worst]) + ").";
        if (!categories.empty() && categories.size() > 1)
            performance += " Best category: " + s.categories_[categories.back().index].name + " (" +
                           fmt1(categories.back().score) + "); weakest: " + s.categories_[categories.front().index].name +
                           " (" + fmt1(categories.front().score) + ").";
        if (!areas.empty()) performance += " Focus next on " + areas.front().name + ".";
    }
    doc["overall_performance"] = performance;

    // --- preparation tips and practice recommendations, from this session's signals
    std::string tips, practice;
    auto add_line = [](std::string& text, const std::string& line) {
        if (!text.empty()) text += " ";
        text += line;
    };
    const json top_gaps = top_texts(missing_all, 3);
    if (!top_gaps.empty()) {
        std::string list;
        for (std::size_t i = 0; i < top_gaps.size(); ++i) list += (i ? "; " : "") + top_gaps[i].get<std::string>();
        add_line(tips, "Revisit the points you missed: " + list + ".");
    }
    if (has[clarity] && avg[clarity] < improve_below)
        add_line(tips, "Structure every answer: a one-sentence summary, the details, then the outcome (STAR for behavioural questions).");
    if (has[relevance] && avg[relevance] < improve_below)
        add_line(tips, "Answer the question that was asked in your first sentence before adding context.");
    if (s.hedged_answers_ > 0)
        add_line(tips, "State what you know directly and give your reasoning, instead of \"I think\" or \"maybe\".");
    if (s.short_answers_ * 2 >= n && n > 0 && avg_words >= 0)
        add_line(tips, "Your answers averaged " + fmt1(avg_words) + " words: aim for 120 to 300 words that cover each key point.");
    if (s.rushed_answers_ > 0 && avg_time >= 0)
        add_line(tips, "Take 1 to 3 minutes per answer (you averaged " + fmt1(avg_time) + " seconds).");
    if (s.hesitant_answers_ > 0)
        add_line(tips, "Outline an answer in a few keywords before speaking to avoid long pauses.");
    if (tips.empty())
        add_line(tips, "Keep your current preparation: review the model answers of your weakest questions and rehearse concise examples.");

    for (const auto& c : categories)
        if (c.score < improve_below)
            add_line(practice, "Answer 5 more " + s.categories_[c.index].name + " questions and compare each with its key points.");
    for (const Area& a : areas)
        if (a.name != "Confidence" && std::none_of(categories.begin(), categories.end(),
                                                   [&](const CategoryScore& c) { return s.categories_[c.index].name == a.name; }))
            add_line(practice, "Do 3 timed practice answers focused on " + a.name + ".");
    if (n > 0 && confidence < improve_below)
        add_line(practice, "Book 2 mock interviews with a peer or on a mock-interview platform to practise speaking with confidence.");
    if (has[overall] && avg[overall] >= 85)
        add_line(practice, "Move up one difficulty level in your next session.");
    if (practice.empty())
        add_line(practice, "Repeat a session of the same type within a week and try to beat your average of " +
                           (has[overall] ? fmt1(avg[overall]) : std::string("0")) + ".");
    doc["preparation_tips"] = tips;
    doc["practice_recommendations"] = practice;
    return doc;
}

}  // namespace utopiahire::core
