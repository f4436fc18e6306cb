#include "core/cpp_only.hpp"

#include "core/outcome_points.hpp"

#include "core/lexicon_data.hpp"

#include <algorithm>
#include <cctype>
#include <string_view>
#include <unordered_set>

namespace utopiahire::core {

namespace {

// Score of a result sentence: covered, and a measured result more than a plain one.
constexpr double plain_outcome_score = 0.45;
constexpr double measured_outcome_score = 0.6;

bool in(const std::unordered_set<std::string_view>& set, std::string_view word) { return set.count(word) > 0; }

// Words naming a result in a key point.
const std::unordered_set<std::string_view>& result_words() {
    static const auto* s = new std::unordered_set<std::string_view>{
        "outcome", "outcomes", "result", "results", "impact", "impacts", "delivered", "delivery", "achieved",
        "résultat", "résultats", "impact", "livré", "livrée", "aboutissement",
        "\u0646\u062a\u064a\u062c\u0629", "\u0627\u0644\u0646\u062a\u064a\u062c\u0629", "\u0646\u062a\u0627\u0626\u062c",
        "\u0627\u0644\u0646\u062a\u0627\u0626\u062c", "\u0623\u062b\u0631"};
    return *s;
}

// Words asking for a measure in a key point.
const std::unordered_set<std::string_view>& measure_words() {
    static const auto* s = new std::unordered_set<std::string_view>{
        "measurable", "measured", "measure", "metric", "metrics", "quantified", "quantifiable", "quantitative",
        "numbers", "data", "evidence", "figures", "données", "preuves", "mesurable", "mesurables", "mesuré", "mesurée", "chiffré", "chiffrée", "chiffres", "métrique",
        "métriques", "\u0642\u0627\u0628\u0644\u0629", "\u0645\u0642\u0627\u0633\u0629", "\u0642\u064a\u0627\u0633",
        "\u0628\u0627\u0644\u0623\u0631\u0642\u0627\u0645", "\u0627\u0644\u0623\u0631\u0642\u0627\u0645",
        "\u0623\u0631\u0642\u0627\u0645"};
    return *s;
}

// Words of a key point asking for a lesson, a situation, the candidate's actions.
const std::unordered_set<std::string_view>& lesson_words() {
    static const auto* s = new std::unordered_set<std::string_view>{
        "lesson", "lessons", "learned", "learnt", "learning", "learnings", "takeaway", "takeaways", "reflection",
        "leçon", "leçons", "apprise", "apprises", "enseignement", "enseignements",
        "\u0627\u0644\u062f\u0631\u0633", "\u062f\u0631\u0633", "\u0627\u0644\u0645\u0633\u062a\u0641\u0627\u062f"};
    return *s;
}
const std::unordered_set<std::string_view>& situation_words() {
    static const auto* s = new std::unordered_set<std::string_view>{
        "situation", "context", "task", "background", "contexte", "tâche",
        "\u0627\u0644\u0645\u0648\u0642\u0641", "\u0627\u0644\u0645\u0647\u0645\u0629",
        "\u0648\u0627\u0644\u0645\u0647\u0645\u0629", "\u0645\u0648\u0642\u0641"};
    return *s;
}
const std::unordered_set<std::string_view>& action_words() {
    static const auto* s = new std::unordered_set<std::string_view>{
        "actions", "action", "steps", "contribution", "personnelles", "personnelle",
        "\u0625\u062c\u0631\u0627\u0621\u0627\u062a", "\u0645\u0633\u0627\u0647\u0645\u062a\u064a"};
    return *s;
}

// Words of a key point asking for a numeric estimate, and units of an answer's figures.
const std::unordered_set<std::string_view>& estimate_words() {
    static const auto* s = new std::unordered_set<std::string_view>{
        "estimate", "estimates", "estimation", "estimations", "capacity", "sizing", "envelope", "back-of-the-envelope",
        "estimer", "capacité", "dimensionnement", "\u062a\u0642\u062f\u064a\u0631", "\u0627\u0644\u0633\u0639\u0629"};
    return *s;
}
const std::unordered_set<std::string_view>& unit_words() {
    static const auto* s = new std::unordered_set<std::string_view>{
        "per", "second", "seconds", "sec", "minute", "hour", "day", "days", "month", "months", "year", "million",
        "millions", "billion", "billions", "thousand", "thousands", "k", "m", "b", "kb", "mb", "gb", "tb", "pb",
        "qps", "rps", "tps", "requests", "writes", "reads", "users", "bytes", "par", "jour", "mois", "seconde",
        "go", "to", "mo", "utilisateurs", "requêtes"};
    return *s;
}

// Words of an answer telling what the candidate learned.
const std::unordered_set<std::string_view>& learning_cues() {
    static const auto* s = new std::unordered_set<std::string_view>{
        "learned", "learnt", "lesson", "lessons", "takeaway", "realised", "realized", "taught", "retiens", "retenu",
        "appris", "leçon", "compris", "\u062a\u0639\u0644\u0645\u062a", "\u0627\u0644\u062f\u0631\u0633",
        "\u062f\u0631\u0633"};
    return *s;
}

// Other words an outcome point may use to frame itself ("clear outcome with result", "measured
// before vs after").
const std::unordered_set<std::string_view>& framing_words() {
    static const auto* s = new std::unordered_set<std::string_view>{
        "clear", "concrete", "tangible", "final", "positive", "before", "after", "vs", "versus", "real",
        "specific", "personal", "key", "own", "my", "spécifique", "précise", "personnel",
        "concret", "concrète", "clair", "claire", "tangible", "final", "finale", "avant", "après", "réel",
        "\u0648\u0627\u0636\u062d\u0629", "\u0645\u0644\u0645\u0648\u0633\u0629"};
    return *s;
}

// Verbs and words of an answer telling what changed or what came out.
const std::unordered_set<std::string_view>& change_words() {
    static const auto* s = new std::unordered_set<std::string_view>{
        "cut", "dropped", "drop", "fell", "rose", "grew", "halved", "doubled", "tripled", "saved", "saving",
        "savings", "shipped", "launched", "landed", "delivered", "reduced", "increased", "improved", "decreased",
        "went", "became", "worked", "succeeded", "adopted", "released", "finished", "completed", "resolved",
        "fewer", "less", "down", "faster", "slower", "lower", "higher", "since", "afterwards", "took", "takes",
        "now", "end", "accepted", "agreed",
        "baissé", "réduit", "augmenté", "divisé", "passé", "livré", "sorti", "gagné", "économisé", "terminé",
        "adopté", "amélioré", "depuis", "moins", "fin", "fini", "pris", "prend", "accepté",
        "abouti", "désormais", "maintenant",
        "\u0627\u0646\u062e\u0641\u0636", "\u0627\u0646\u062e\u0641\u0636\u062a", "\u0632\u0627\u062f",
        "\u0632\u0627\u062f\u062a", "\u0623\u0635\u0628\u062d", "\u0623\u0635\u0628\u062d\u062a",
        "\u0648\u0641\u0631\u0646\u0627", "\u0623\u0637\u0644\u0642\u0646\u0627",
        "\u0627\u0631\u062a\u0641\u0639", "\u0627\u0631\u062a\u0641\u0639\u062a", "\u062a\u062d\u0633\u0646",
        "\u062a\u062d\u0633\u0646\u062a"};
    return *s;
}

bool is_number(const Token& t) {
    static const std::unordered_set<std::string_view> words{
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve", "twenty", "thirty",
        "hundred", "thousand", "half", "twice", "percent", "deux", "trois", "quatre", "cinq", "six", "dix", "vingt",
        "moitié", "cent", "mille", "pourcent"};
    if (t.kind == raw_number) return true;
    if (std::any_of(t.surface.begin(), t.surface.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }))
        return true;
    // Arabic-Indic digits (U+0660..U+0669: 0xD9 0xA0..0xA9).
    for (size_t i = 0; i + 1 < t.surface.size(); ++i)
        if (static_cast<unsigned char>(t.surface[i]) == 0xD9 && static_cast<unsigned char>(t.surface[i + 1]) >= 0xA0 &&
            static_cast<unsigned char>(t.surface[i + 1]) <= 0xA9)
            return true;
    return words.count(t.surface) > 0;
}

}  // namespace

OutcomeKind outcome_kind(const Document& point) {
    bool result = false, measure = false, lesson = false, situation = false, action = false, estimate = false;
    int words = 0;
    for (const Token& t : point.tokens) {
        // Words in parentheses list examples of the outcome ("(days, scope)").
        if (t.byte_start > 0 && point.text.substr(0, static_cast<size_t>(t.byte_start)).find('(') != std::string_view::npos)
            break;
        if (!t.content() && t.antonym < 0) continue;
        ++words;
        if (in(result_words(), t.surface)) result = true;
        else if (in(measure_words(), t.surface)) measure = true;
        else if (in(lesson_words(), t.surface)) lesson = true;
        else if (in(situation_words(), t.surface)) situation = true;
        else if (in(action_words(), t.surface)) action = true;
        else if (in(estimate_words(), t.surface)) estimate = true;
        else if (!in(framing_words(), t.surface) && !is_generic_word(t.surface) && t.antonym < 0)
            return OutcomeKind::none;
    }
    if (words == 0) return OutcomeKind::none;
    // One part per point: "result and lesson" asks for two things, neither alone states it.
    if ((result || measure) + lesson + situation + action + estimate != 1) return OutcomeKind::none;
    if (estimate) return OutcomeKind::estimate;
    if (measure) return OutcomeKind::measured;
    if (result) return OutcomeKind::outcome;
    if (lesson) return OutcomeKind::lesson;
    return situation ? OutcomeKind::situation : OutcomeKind::action;
}

OutcomeEvidence outcome_evidence(const Document& answer, OutcomeKind kind) {
    OutcomeEvidence best;
    if (kind == OutcomeKind::none) return best;
    for (size_t i = 0; i < answer.tokens.size();) {
        const int sentence = answer.tokens[i].sentence;
        size_t j = i;
        bool number = false, change = false, learning = false, setting = false, person = false, deed = false;
        int figures = 0, units = 0;
        int first = -1, last = -1;
        for (; j < answer.tokens.size() && answer.tokens[j].sentence == sentence; ++j) {
            const Token& t = answer.tokens[j];
            if (t.negated || t.negation_cue) continue;
            // Only the cues this kind of point scores are looked up (each is a hash lookup).
            bool cue = false;
            switch (kind) {
                case OutcomeKind::lesson: {
                    const bool l = in(learning_cues(), t.surface);
                    learning = learning || l;
                    cue = l;
                    break;
                }
                case OutcomeKind::situation: {
                    const bool st = t.info.star == 1;
                    setting = setting || st;
                    cue = st;
                    break;
                }
                case OutcomeKind::action: {
                    const bool p = is_first_person(t.surface);
                    const bool d = t.info.star == 3 && !p;
                    person = person || p;
                    deed = deed || d;
                    cue = p || d;
                    break;
                }
                case OutcomeKind::estimate: {
                    const bool n = is_number(t);
                    const bool u = in(unit_words(), t.surface) ||
                                   (n && t.surface.size() > 1 &&
                                    in(unit_words(), std::string_view(t.surface).substr(t.surface.size() - 1)));
                    figures += n;
                    units += u;
                    cue = n || u;
                    break;
                }
                default: {   // outcome, measured
                    const bool n = is_number(t);
                    const bool c = in(change_words(), t.surface) || t.info.star == 4;
                    number = number || n;
                    change = change || c;
                    cue = n || c;
                    break;
                }
            }
            if (cue) {
                if (first < 0) first = static_cast<int>(j);
                last = static_cast<int>(j);
            }
        }
        double score = 0.0;
        switch (kind) {
            case OutcomeKind::lesson: score = learning ? measured_outcome_score : 0.0; break;
            // The setting of a story comes first: its first two sentences.
            case OutcomeKind::situation: score = setting && sentence < 2 ? plain_outcome_score : 0.0; break;
            case OutcomeKind::action: score = person && deed ? plain_outcome_score : 0.0; break;
            // Two figures and a unit: "10M pastes a day, about 120 writes per second".
            case OutcomeKind::estimate: score = figures >= 2 && units >= 1 ? measured_outcome_score : 0.0; break;
            default:
                if (change && number) score = measured_outcome_score;
                else if (change && kind == OutcomeKind::outcome) score = plain_outcome_score;
        }
        if (score > best.score) {
            best.score = score;
            best.first = first;
            best.last = last;
        }
        i = j;
    }
    return best;
}

}  // namespace utopiahire::core
