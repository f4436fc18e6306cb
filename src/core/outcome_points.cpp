#include "core/cpp_only.hpp"

#include "core/outcome_points.hpp"

#include "core/lexicon_data.hpp"
#include "core/past_narration.hpp"
#include "core/story_words.hpp"
#include "core/string_index.hpp"
#include "core/word_forms.hpp"

#include <algorithm>
#include <cstdint>
#include <unordered_map>
#include <vector>
#include <functional>
#include <cctype>
#include <string_view>
#include <unordered_set>

namespace utopiahire::core {

using namespace story_words;

namespace {

// Score of a result sentence: covered, and a measured result more than a plain one.
constexpr double plain_outcome_score = 0.45;
constexpr double measured_outcome_score = 0.6;
// The setting of a story, for a point asking more of the situation than its setting: partly stated.
constexpr double setting_only_score = 0.3;

bool in(const std::unordered_set<std::string_view>& set, std::string_view word) { return set.count(word) > 0; }

// Whether a surface is a figure or a number word: digits (ASCII or Arabic-Indic) or "three",
// "half", "dix" ... (a number token is one whatever its surface: see token_cues).
bool names_number(std::string_view surface) {
    static const StringIndex* const words = [] {
        auto* index = new StringIndex;
        for (const std::string_view w :
             {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve", "twenty", "thirty",
              "hundred", "thousand", "half", "twice", "percent", "deux", "trois", "quatre", "cinq", "dix", "vingt",
              "moitié", "cent", "mille", "pourcent"})
            index->insert(w, string_hash(w), 0);
        return index;
    }();
    if (std::any_of(surface.begin(), surface.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }))
        return true;
    // Arabic-Indic digits (U+0660..U+0669: 0xD9 0xA0..0xA9).
    for (size_t i = 0; i + 1 < surface.size(); ++i)
        if (static_cast<unsigned char>(surface[i]) == 0xD9 && static_cast<unsigned char>(surface[i + 1]) >= 0xA0 &&
            static_cast<unsigned char>(surface[i + 1]) <= 0xA9)
            return true;
    return words->find(surface) >= 0;
}

size_t sweeping_phrase(const std::vector<Token>& tokens, size_t i);

// Tokens of a point that asks for a gradual change by ruling out one made all at once ("avoided
// a big-bang rewrite", "no rewrite from scratch", "sans tout réécrire d'un coup"): the sweeping
// phrase, the word denying it and the rewrite it names. Empty when the point has none.
std::vector<char> denied_sweeping_change(const Document& point) {
    const auto& tokens = point.tokens;
    std::vector<char> marks;
    for (size_t i = 0; i < tokens.size(); ++i) {
        const size_t n = sweeping_phrase(tokens, i);
        if (n == 0 || n > i + 1) continue;
        const size_t first = i + 1 - n;
        size_t denial = tokens.size();
        for (size_t k = first; k-- > 0 && k + 5 > first;)
            if (tokens[k].info.avoidance || tokens[k].info.implicit_negative || tokens[k].negation_cue) denial = k;
        if (denial == tokens.size()) continue;
        marks.assign(tokens.size(), 0);
        for (size_t k = denial; k <= i; ++k) marks[k] = 1;
        for (size_t k = i + 1; k < tokens.size() && k <= i + 2; ++k)   // "a big-bang rewrite", "big bang migration"
            if (tokens[k].clause == tokens[i].clause) marks[k] = 1;
        return marks;
    }
    return marks;
}

}  // namespace

namespace {

// outcome_kind, and with `with_content` the part a point names beside content of its own (see
// story_part_named): a content word of no part does not rule the point out then.
OutcomeKind classify_point(const Document& point, const std::function<bool(const Token&)>& ignored, bool with_content,
                           bool* result_and_lesson = nullptr) {
    bool result = false, measure = false, lesson = false, situation = false, action = false, estimate = false;
    bool decision = false, source = false, incremental = false, cause = false, sharing = false, concern = false;
    bool update = false, ownership = false;
    bool perspective = false, refusal = false, rescope = false, recovery = false, plan = false, mitigation = false;
    bool coordination = false, delegation = false, help = false, listening = false, leading = false, response = false;
    bool relationship = false, buyin = false, plain = false, calm = false, follow = false;
    bool chosen = false, rationale = false, acceptance = false;   // a choice or suggestion named; the reasons behind it asked
    // Framing words of one part only ("back" frames a refusal or a mitigation, "users" a view
    // sought or a mitigation): each one's parts, all of which the point's part must be among.
    enum : unsigned {
        own_perspective = 1, own_refusal = 2, own_rescope = 4, own_mitigation = 8, own_coordination = 16, own_help = 32,
        own_relationship = 64, own_buyin = 128, own_plain = 256, own_calm = 512, own_follow = 1024, own_rationale = 2048,
        own_acceptance = 4096
    };
    unsigned fit = ~0u;
    int words = 0, content = 0;   // content: words of no part, counted with_content only
    const std::vector<char> sweeping = denied_sweeping_change(point);
    for (size_t k = 0; k < point.tokens.size(); ++k) {
        const Token& t = point.tokens[k];
        if (!sweeping.empty() && sweeping[k]) {   // "no big-bang migration": a gradual change
            incremental = true;
            ++words;
            continue;
        }
        const std::string_view next = k + 1 < point.tokens.size() ? std::string_view(point.tokens[k + 1].surface) : std::string_view();
        // "said no", "say no", "dire non": a refusal (the "no" is no content word).
        if ((t.surface == "no" || t.surface == "non") && k > 0 &&
            in(refusal_framing(), point.tokens[k - 1].surface))
            refusal = true;
        // Words in parentheses list examples of the outcome ("(days, scope)").
        if (t.byte_start > 0 && point.text.substr(0, static_cast<size_t>(t.byte_start)).find('(') != std::string_view::npos)
            break;
        // "pushed back" (a refusal), "rolled back" (a mitigation).
        if ((t.surface == "pushed" || t.surface == "push" || t.surface == "pushing") && next == "back") refusal = true;
        if ((t.surface == "rolled" || t.surface == "roll" || t.surface == "rolling") && next == "back") mitigation = true;
        if ((t.surface == "followed" || t.surface == "follow" || t.surface == "following") && next == "up") follow = true;
        if (t.surface == "led" || t.surface == "lead" || t.surface == "leading") leading = true;
        if (t.surface == "response" || t.surface == "incident" || t.surface == "call" || t.surface == "bridge") response = true;
        if (t.surface == "listened" || t.surface == "listening" || t.surface == "listen" || t.surface == "\u00e9cout\u00e9" ||
            t.surface == "\u00e9coute" || t.surface == "\u00e9couter")
            listening = true;
        if (!t.content() && t.antonym < 0) continue;
        // "own technical choices", "concrete suggestion" (a question word too: "made a suggestion"):
        // framing words of the reasons behind them.
        chosen = chosen || in(choice_points(), t.surface);
        ++words;
        if (in(result_words(), t.surface)) result = true;
        else if (in(measure_words(), t.surface)) measure = true;
        else if (in(lesson_words(), t.surface)) lesson = true;
        else if (in(situation_words(), t.surface)) situation = true;
        else if (in(action_words(), t.surface)) action = true;
        else if (in(estimate_words(), t.surface)) estimate = true;
        else if (in(decision_words(), t.surface)) decision = true;
        else if (in(evidence_sources(), t.surface)) source = true;
        else if (in(incremental_words(), t.surface)) incremental = true;
        else if (in(cause_words(), t.surface)) cause = true;
        else if (in(sharing_words(), t.surface)) sharing = true;
        else if (in(concern_words(), t.surface)) concern = true;
        else if (in(update_words(), t.surface)) update = true;
        else if (in(ownership_words(), t.surface)) ownership = true;
        else if (in(perspective_words(), t.surface)) perspective = true;
        else if (in(refusal_words(), t.surface)) refusal = true;
        else if (in(rescope_words(), t.surface)) rescope = true;
        else if (in(recovery_words(), t.surface)) recovery = true;
        else if (in(mitigation_words(), t.surface)) mitigation = true;
        else if (in(coordination_words(), t.surface)) coordination = true;
        else if (in(delegation_words(), t.surface)) delegation = true;
        else if (in(help_words(), t.surface)) help = true;
        else if (in(relationship_words(), t.surface)) relationship = true;
        else if (in(buyin_words(), t.surface)) buyin = true;
        else if (in(plain_words(), t.surface)) plain = true;
        else if (in(calm_words(), t.surface)) calm = true;
        else if (in(follow_words(), t.surface)) follow = true;
        else if (in(acceptance_words(), t.surface)) acceptance = true;
        else if (!in(framing_words(), t.surface) && !in(finding_words(), t.surface) && !in(people_words(), t.surface) &&
                 !in(update_framing(), t.surface) && !in(ownership_framing(), t.surface) && !is_generic_word(t.surface) &&
                 t.antonym < 0 && !(ignored && ignored(t))) {
            const unsigned own = (in(perspective_framing(), t.surface) ? own_perspective : 0u) |
                                 (in(refusal_framing(), t.surface) ? own_refusal : 0u) |
                                 (in(rescope_framing(), t.surface) ? own_rescope : 0u) |
                                 (in(mitigation_framing(), t.surface) ? own_mitigation : 0u) |
                                 (in(coordination_framing(), t.surface) ? own_coordination : 0u) |
                                 (in(help_framing(), t.surface) ? own_help : 0u) |
                                 (in(relationship_framing(), t.surface) ? own_relationship : 0u) |
                                 (in(buyin_framing(), t.surface) ? own_buyin : 0u) |
                                 (in(plain_framing(), t.surface) ? own_plain : 0u) |
                                 (in(calm_framing(), t.surface) ? own_calm : 0u) |
                                 (in(rationale_framing(), t.surface) || in(choice_points(), t.surface) ? own_rationale : 0u) |
                                 (in(acceptance_framing(), t.surface) ? own_acceptance : 0u) |
                                 (in(follow_framing(), t.surface) || t.surface == "followed" || t.surface == "follow" ||
                                          t.surface == "following"
                                      ? own_follow
                                      : 0u);
            if (own == 0) {
                if (!with_content) return OutcomeKind::none;
                ++content;
                continue;
            }
            fit &= own;
        }
    }
    if (words == 0 || (with_content && content == 0)) return OutcomeKind::none;
    // A recovery plan is a re-scoping of the work (a "recovery" alone is no plan).
    for (const Token& t : point.tokens) plan = plan || t.surface == "plan" || t.surface == "plans" || t.surface == "\u062e\u0637\u0629";
    rescope = rescope || (recovery && plan);
    // The reasons behind a choice or a suggestion of the candidate's: why it was chosen, not what
    // caused a fault ("the technical choices made and why").
    if (cause && chosen) cause = false, rationale = true;
    // Impact cut before the cause was found: the cause and the impact frame a mitigation.
    if (mitigation) result = measure = cause = false;
    // "led the incident response": a coordination.
    coordination = coordination || (leading && response);
    // Evidence behind a decision: a measure or a source of evidence, and the decision it backs.
    const bool evidence = decision && (measure || source) && !result;
    if (evidence) measure = false;
    // One part per point: "result and lesson" asks for two things, neither alone states it.
    int parts = (result || measure) + lesson + situation + action + estimate + evidence + incremental + cause + sharing +
                concern + update + ownership + perspective + refusal + rescope + mitigation + coordination + delegation + help + relationship + buyin + plain + calm + follow + rationale + acceptance;
    // Listening, and nothing else asked: the other side's view ("actively listened").
    if (parts == 0 && listening) {
        perspective = true;
        parts = 1;
    }
    // A result and its lesson, and nothing else: the two parts that close a story, asked together.
    if (result_and_lesson != nullptr && parts == 2 && (result || measure) && lesson && fit == ~0u && !with_content) {
        *result_and_lesson = true;
        return measure ? OutcomeKind::measured : OutcomeKind::outcome;
    }
    if (parts != 1) return OutcomeKind::none;
    OutcomeKind kind = OutcomeKind::none;
    unsigned own = 0;
    if (perspective) kind = OutcomeKind::perspective, own = own_perspective;
    else if (refusal) kind = OutcomeKind::refusal, own = own_refusal;
    else if (rescope) kind = OutcomeKind::rescope, own = own_rescope;
    else if (mitigation) kind = OutcomeKind::mitigation, own = own_mitigation;
    else if (coordination) kind = OutcomeKind::coordination, own = own_coordination;
    else if (delegation) kind = OutcomeKind::delegation, own = own_coordination;
    else if (help) kind = OutcomeKind::help, own = own_help;
    else if (relationship) kind = OutcomeKind::relationship, own = own_relationship;
    else if (buyin) kind = OutcomeKind::buyin, own = own_buyin;
    else if (plain) kind = OutcomeKind::plain, own = own_plain;
    else if (calm) kind = OutcomeKind::calm, own = own_calm;
    else if (follow) kind = OutcomeKind::follow_up, own = own_follow;
    else if (rationale) kind = OutcomeKind::rationale, own = own_rationale;
    else if (acceptance) kind = OutcomeKind::acceptance, own = own_acceptance;
    // A framing word of another part only ("users" in a lesson point): no story point.
    if ((fit & own) == 0 && fit != ~0u) return OutcomeKind::none;
    if (kind != OutcomeKind::none) return kind;
    if (fit != ~0u) return OutcomeKind::none;
    if (evidence) return OutcomeKind::evidence;
    if (incremental) return OutcomeKind::incremental;
    if (cause) return OutcomeKind::cause;
    if (sharing) return OutcomeKind::sharing;
    if (concern) return OutcomeKind::concern;
    if (update) return OutcomeKind::update;
    if (ownership) return OutcomeKind::ownership;
    if (estimate) return OutcomeKind::estimate;
    if (measure) return OutcomeKind::measured;
    if (result) return OutcomeKind::outcome;
    if (lesson) return OutcomeKind::lesson;
    return situation ? OutcomeKind::situation : OutcomeKind::action;
}

}  // namespace

OutcomeKind outcome_kind(const Document& point, const std::function<bool(const Token&)>& ignored) {
    return classify_point(point, ignored, false);
}

OutcomeKind result_with_lesson(const Document& point, const std::function<bool(const Token&)>& ignored) {
    bool pair = false;
    const OutcomeKind kind = classify_point(point, ignored, false, &pair);
    return pair ? kind : OutcomeKind::none;
}

OutcomeKind story_part_named(const Document& point, const std::function<bool(const Token&)>& ignored) {
    if (classify_point(point, ignored, false) != OutcomeKind::none) return OutcomeKind::none;
    const OutcomeKind kind = classify_point(point, ignored, true);
    // A situation, a deed or figures are what every story and most content words tell: they name
    // no part of it that a sentence could play apart from the point's own content.
    switch (kind) {
        case OutcomeKind::situation:
        case OutcomeKind::action:
        case OutcomeKind::estimate:
        case OutcomeKind::setting:
            return OutcomeKind::none;
        default:
            return kind;
    }
}

OutcomeKind opens_with_situation(const Document& point, const std::function<bool(const Token&)>& ignored) {
    size_t k = 0, opening = 0;
    std::string_view first, second;
    for (; k < point.tokens.size() && opening < 2; ++k) {
        if (!point.tokens[k].content()) continue;
        (opening++ == 0 ? first : second) = point.tokens[k].surface;
    }
    // Asked concrete ("concrete example", "projet concret"), or a situation asked described ("describe
    // the situation"; "describe the project architecture" asks for the architecture).
    auto noun = [](std::string_view w) { return in(setting_nouns(), w) || in(situation_words(), w); };
    auto ask = [](std::string_view w, std::string_view other) {
        return in(concrete_asks(), w) || (in(describe_asks(), w) && in(situation_words(), other));
    };
    if (!((noun(first) && ask(second, first)) || (ask(first, second) && noun(second))))
        return OutcomeKind::none;
    // What follows, up to a parenthesis listing examples: the setting's own words, or other content.
    for (; k < point.tokens.size(); ++k) {
        const Token& t = point.tokens[k];
        if (t.byte_start > 0 && point.text.substr(0, static_cast<size_t>(t.byte_start)).find('(') != std::string_view::npos)
            break;
        if (!t.content() || in(situation_words(), t.surface) || in(setting_words(), t.surface) ||
            in(framing_words(), t.surface) || is_generic_word(t.surface) || (ignored && ignored(t)))
            continue;
        return OutcomeKind::setting;
    }
    return OutcomeKind::situation;
}

namespace {

// What a word of an answer can tell in a story, as bits: every list above looked up once per word.
enum Cue : StoryCues {
    cue_number = StoryCues{1} << 0, cue_change = StoryCues{1} << 1, cue_learning = StoryCues{1} << 2, cue_unit = StoryCues{1} << 3,
    cue_investigation = StoryCues{1} << 4, cue_evidence = StoryCues{1} << 5, cue_start = StoryCues{1} << 6, cue_expand = StoryCues{1} << 7,
    cue_gradual = StoryCues{1} << 8, cue_discovery = StoryCues{1} << 9, cue_sharing = StoryCues{1} << 10, cue_concern = StoryCues{1} << 11,
    // point words of a part, which an answer denying them also denies the part ("no phased plan")
    cue_incremental_word = StoryCues{1} << 12, cue_cause_word = StoryCues{1} << 13, cue_sharing_word = StoryCues{1} << 14,
    cue_scope = StoryCues{1} << 15, cue_investigation_base = StoryCues{1} << 16,
    // a change made all at once ("in one go", "from scratch", "d'un coup"): the opposite of a gradual one
    cue_sweeping = StoryCues{1} << 17,
    cue_update = StoryCues{1} << 18, cue_owning = StoryCues{1} << 19,
    // a fault owned in so many words ("my bad", "my fault"): no subject needed, unlike "underestimated"
    // (the last bit, out of the way of the parts added at the end)
    cue_fault_phrase = StoryCues{1} << 63,
    // the other side asked ("asked him why") or granted ("fair point")
    cue_inquiry = StoryCues{1} << 20, cue_reason = StoryCues{1} << 21, cue_understood = StoryCues{1} << 22,
    // a request put off or refused, later in time, telling it
    cue_refusal = StoryCues{1} << 23, cue_later = StoryCues{1} << 24, cue_say = StoryCues{1} << 25,
    // re-scoping: what matters first or only, part of the work cut
    cue_priority = StoryCues{1} << 26, cue_first = StoryCues{1} << 27, cue_cut = StoryCues{1} << 28, cue_scope_noun = StoryCues{1} << 29,
    cue_mitigate = StoryCues{1} << 30, cue_coordinate = StoryCues{1} << 31,
    // someone to ask for help, and reaching them
    cue_helper = StoryCues{1} << 32, cue_reach = StoryCues{1} << 33,
    // work handed out
    cue_assign = StoryCues{1} << 34,
    // a working relationship kept, and the words whose denial denies it; others agreeing
    cue_bond = StoryCues{1} << 35, cue_bond_base = StoryCues{1} << 36, cue_agreement = StoryCues{1} << 37,
    // something familiar the thing is compared to
    cue_analogy = StoryCues{1} << 38,
    // keeping calm, losing it, following up
    cue_calm = StoryCues{1} << 39, cue_panic = StoryCues{1} << 40, cue_follow = StoryCues{1} << 41,
    // a choice or suggestion, a reason given for it, and the nouns whose denial denies one
    cue_choice = StoryCues{1} << 42, cue_because = StoryCues{1} << 43, cue_reason_noun = StoryCues{1} << 44,
    // the candidate accepting
    cue_accept = StoryCues{1} << 45,
};

StoryCues table_cues(std::string_view surface) {
    static const auto* table = [] {
        auto* t = new std::unordered_map<std::string_view, StoryCues>;
        auto add = [&](const std::unordered_set<std::string_view>& words, StoryCues bit) {
            for (std::string_view w : words) (*t)[w] |= bit;
        };
        add(change_words(), cue_change);
        add(learning_cues(), cue_learning);
        add(unit_words(), cue_unit);
        add(investigation_cues(), cue_investigation);
        add(evidence_cues(), cue_evidence);
        add(start_cues(), cue_start);
        add(expand_cues(), cue_expand);
        add(scope_cues(), cue_scope);
        add(investigation_bases(), cue_investigation_base);
        add(gradual_cues(), cue_gradual);
        add(discovery_cues(), cue_discovery);
        add(sharing_cues(), cue_sharing);
        add(concern_cues(), cue_concern);
        add(incremental_words(), cue_incremental_word);
        add(cause_words(), cue_cause_word);
        add(sharing_words(), cue_sharing_word);
        add(update_cues(), cue_update);
        add(ownership_cues(), cue_owning);
        add(inquiry_cues(), cue_inquiry);
        add(reason_cues(), cue_reason);
        add(refusal_cues(), cue_refusal);
        add(say_cues(), cue_say);
        add(priority_cues(), cue_priority);
        add(first_cues(), cue_first);
        add(cut_cues(), cue_cut);
        add(scope_nouns(), cue_scope_noun);
        add(mitigation_cues(), cue_mitigate);
        add(coordination_cues(), cue_coordinate);
        add(helper_cues(), cue_helper);
        add(assign_cues(), cue_assign | cue_coordinate);
        add(bond_cues(), cue_bond);
        add(bond_bases(), cue_bond_base);
        add(agreement_cues(), cue_agreement);
        add(analogy_cues(), cue_analogy);
        add(calm_cues(), cue_calm);
        add(panic_cues(), cue_panic);
        add(follow_cues(), cue_follow);
        add(reach_cues(), cue_reach);
        add(choice_cues(), cue_choice);
        add(because_cues(), cue_because);
        add(reason_nouns(), cue_reason_noun);
        add(acceptance_cues(), cue_accept);
        add_unaccented(t);   // "economise", "reduit": French typed without accents
        // Plurals and feminines the lists do not name ("minutes", "hours", "livrée", "mesurées",
        // "lecons"), listed here once rather than looked for at every word of every story.
        add_inflections(t);
        return t;
    }();
    // The same, for lookups (every word of a story asks).
    static const WordTable<StoryCues>* const fast = new WordTable<StoryCues>(*table);
    return fast->find(surface, 0u);
}

// The cues of a token whose surface has the cues `table` (table_cues) and names a number or not
// (names_number).
StoryCues token_cues(const Token& t, StoryCues table, bool number) {
    StoryCues cues = table;
    if (t.info.star == 4) cues |= cue_change;
    if (t.kind == raw_number || number) {
        cues |= cue_number;
        // "10M", "5k": a unit written onto the figure.
        if (t.surface.size() > 1 && (table_cues(std::string_view(t.surface).substr(t.surface.size() - 1)) & cue_unit))
            cues |= cue_unit;
    }
    return cues;
}

// Words stating each part of a story (their sentence plays it), and words whose denial denies it.
StoryCues stating_cues(OutcomeKind kind) {
    switch (kind) {
        case OutcomeKind::lesson: return cue_learning;
        case OutcomeKind::estimate: return cue_number | cue_unit;
        case OutcomeKind::evidence: return cue_investigation | cue_evidence | cue_number;
        case OutcomeKind::incremental: return cue_start | cue_scope | cue_expand | cue_gradual;
        case OutcomeKind::cause: return cue_discovery;
        case OutcomeKind::sharing: return cue_sharing;
        case OutcomeKind::concern: return cue_concern;
        case OutcomeKind::update: return cue_update;
        case OutcomeKind::ownership: return cue_owning;
        case OutcomeKind::perspective: return cue_inquiry | cue_understood;
        case OutcomeKind::refusal: return cue_refusal | cue_later;
        case OutcomeKind::rescope: return cue_priority | cue_cut | cue_later;
        case OutcomeKind::mitigation: return cue_mitigate;
        case OutcomeKind::coordination: return cue_coordinate;
        case OutcomeKind::delegation: return cue_assign;
        case OutcomeKind::help: return cue_reach | cue_inquiry;
        case OutcomeKind::relationship: return cue_bond;
        case OutcomeKind::buyin: return cue_agreement;
        case OutcomeKind::plain: return cue_analogy;
        case OutcomeKind::calm: return cue_calm;
        case OutcomeKind::follow_up: return cue_follow;
        case OutcomeKind::rationale: return cue_choice | cue_because;
        case OutcomeKind::acceptance: return cue_accept;
        default: return cue_number | cue_change;
    }
}
StoryCues denying_cues(OutcomeKind kind) {
    switch (kind) {
        case OutcomeKind::lesson: return cue_learning;
        case OutcomeKind::evidence: return cue_investigation | cue_investigation_base;
        case OutcomeKind::incremental: return cue_gradual | cue_incremental_word;
        case OutcomeKind::cause: return cue_discovery | cue_cause_word;
        case OutcomeKind::sharing: return cue_sharing | cue_sharing_word;
        // "I didn't tell anyone", "it wasn't my mistake anyway".
        case OutcomeKind::update: return cue_update;
        case OutcomeKind::ownership: return cue_owning;
        // "I didn't ask why", "I didn't listen to her reasons".
        case OutcomeKind::perspective: return cue_inquiry | cue_reason | cue_understood;
        // "rather than turn anyone down".
        case OutcomeKind::refusal: return cue_refusal;
        // "we didn't cut any scope".
        case OutcomeKind::rescope: return cue_cut;
        // "we didn't roll back".
        case OutcomeKind::mitigation: return cue_mitigate;
        // "I didn't coordinate anyone".
        case OutcomeKind::coordination: return cue_coordinate;
        case OutcomeKind::delegation: return cue_assign;
        // "I never asked the team for anything".
        case OutcomeKind::help: return cue_reach | cue_inquiry;
        // "the people side isn't that important".
        case OutcomeKind::relationship: return cue_bond | cue_bond_base;
        // "asking for consensus only slows us", "they never approved it".
        case OutcomeKind::buyin: return cue_agreement;
        // "I didn't bother with analogies".
        case OutcomeKind::plain: return cue_analogy;
        // "I wasn't calm at all" (and "I panicked", see outcome_evidence).
        case OutcomeKind::calm: return cue_calm;
        // "I never followed up".
        case OutcomeKind::follow_up: return cue_follow;
        // "there was no particular reason".
        case OutcomeKind::rationale: return cue_reason_noun;
        // (Worries denied are no denial of meeting them: "it went through without any pushback".)
        default: return 0;
    }
}

}  // namespace

namespace {

// How many tokens (0: none) the phrase has that answer token i ends, when it tells a change made all at once: "in one go",
// "all at once", "from scratch", "big bang", "d'un coup", "en une (seule) fois", "de zéro",
// "دفعة واحدة", "من الصفر". (Plain "at once" also means "immediately": it needs "all" or
// "everything" before it; "tout d'un coup" is "suddenly", "une seule fois" without "en" is
// "only once"; what one learns "from scratch" is no change made.)
size_t sweeping_phrase(const std::vector<Token>& tokens, size_t i) {
    auto word = [&](size_t back) {
        return back <= i ? std::string_view(tokens[i - back].surface) : std::string_view();
    };
    // A learning verb a few words before, in the same clause: "learn Terraform from scratch".
    auto learnt = [&](size_t from) {
        static constexpr std::string_view learning[] = {"learn", "learned", "learnt", "learning", "study", "studied",
                                                        "teach", "taught", "apprendre", "appris", "\u062a\u0639\u0644\u0645\u062a"};
        for (size_t k = from; k-- > 0 && k + 6 > from && tokens[k].clause == tokens[i].clause;)
            if (one_of(tokens[k].surface, learning)) return true;
        return false;
    };
    const std::string_view w = word(0), w1 = word(1), w2 = word(2), w3 = word(3);
    // A rewrite of the whole: "rewrote the whole thing", "rebuilt the entire system", "réécrit
    // tout", "أعدنا كتابة النظام بالكامل".
    static constexpr std::string_view wholes[] = {"whole", "entire", "everything", "tout", "entier", "entière",
                                                  "entièrement", "\u0628\u0627\u0644\u0643\u0627\u0645\u0644"};
    static constexpr std::string_view rewrites[] = {"rewrote", "rewrite", "rewriting", "rewritten", "rebuilt", "rebuild",
                                                    "rebuilding", "redid", "redo", "réécrit", "réécrire", "réécrivons", "refait",
                                                    "refaire", "\u0643\u062a\u0627\u0628\u0629", "\u0643\u062a\u0628\u0646\u0627"};
    if (one_of(w, wholes))
        for (size_t back = 1; back <= 4 && back <= i && tokens[i - back].clause == tokens[i].clause; ++back)
            if (one_of(tokens[i - back].surface, rewrites)) return back + 1;
    if (w == "go" && w1 == "one" && w2 == "in") return 3;
    if (w == "once" && w1 == "at" && (w2 == "all" || w2 == "everything" || w2 == "everyone")) return 3;
    if (w == "scratch" && w1 == "from") return i >= 1 && learnt(i - 1) ? 0 : 2;
    if (w == "bang" && w1 == "big") return 2;
    if (w == "coup" && w1 == "un" && (w2 == "d" || w2 == "d'") && w3 != "tout") return 3;
    if (w == "fois" && w1 == "une" && w2 == "en") return 3;
    if (w == "fois" && w1 == "seule" && w2 == "une" && w3 == "en") return 4;   // "en une seule fois"
    if (w == "z\u00e9ro" && w1 == "de") return i >= 1 && learnt(i - 1) ? 0 : 2;
    if (w == "\u0648\u0627\u062d\u062f\u0629" && w1 == "\u062f\u0641\u0639\u0629") return 2;   // دفعة واحدة
    if (w == "\u0627\u0644\u0635\u0641\u0631" && w1 == "\u0645\u0646") return i >= 1 && learnt(i - 1) ? 0 : 2;   // من الصفر
    return 0;
}

// The words that open a phrase story_cues reads (each phrase below is keyed on its word) or a
// sweeping_phrase: a token that is none of them takes its own cues only, which spares the
// phrase tests at most tokens. (A phrase keyed on a new word needs the word here too.)
bool opens_story_phrase(std::string_view word) {
    static constexpr std::string_view heads[] = {
        // story_cues' phrases
        "turned", "found", "noticed", "figured", "step", "my", "ma", "mon", "fair", "good", "valid", "made", "coming",
        "no", "non", "pushed", "push", "turn", "next", "following", "prochain", "prochaine",
        "\u0627\u0644\u0642\u0627\u062f\u0645", "\u0627\u0644\u0642\u0627\u062f\u0645\u0629", "rolled", "roll",
        "rolling", "switched", "switch", "failed", "scaled", "scale", "took", "take", "taking", "ran", "run", "running",
        "led", "lead", "leading", "opened", "open", "split", "divided", "another", "one", "terms", "along", "like",
        "think", "comme", "followed", "follow", "checked", "circled", "cool", "head", "me", "signed", "on", "bought",
        "go", "green", "let", "keep", "kept", "keeping", "looped", "tiens", "tenu", "tenir", "tenais",
        "\u0627\u0637\u0644\u0627\u0639",
        // sweeping_phrase's last words
        "whole", "entire", "everything", "tout", "entier", "entière", "entièrement", "\u0628\u0627\u0644\u0643\u0627\u0645\u0644",
        "once", "scratch", "bang", "coup", "fois", "z\u00e9ro", "\u0648\u0627\u062d\u062f\u0629",
        "\u0627\u0644\u0635\u0641\u0631"};
    static const StringIndex* const index = [] {
        auto* built = new StringIndex;
        for (const std::string_view w : heads)
            if (built->find(w) < 0) built->insert(w, string_hash(w), 0);
        return built;
    }();
    return index->find(word) >= 0;
}

// table_cues, opens_story_phrase and names_number of a token's surface, memoised per thread by
// its word handle (Token::word): a story asks them of every word, and a handle indexes an array
// where the surface would be hashed thrice. The same values as asking them.
struct SurfaceCues {
    StoryCues table = 0;
    bool opens = false;
    bool number = false;   // names_number
    bool known = false;
};

SurfaceCues surface_cues(const Token& t) {
    if (t.word == 0) return SurfaceCues{table_cues(t.surface), opens_story_phrase(t.surface), names_number(t.surface), true};
    thread_local std::vector<SurfaceCues>* memo = nullptr;
    if (memo == nullptr) memo = new std::vector<SurfaceCues>;
    if (t.word >= memo->size()) memo->resize(std::max<size_t>(t.word + 1, 2 * memo->size()));
    SurfaceCues& c = (*memo)[t.word];
    if (!c.known) c = SurfaceCues{table_cues(t.surface), opens_story_phrase(t.surface), names_number(t.surface), true};
    return c;
}

}  // namespace

std::vector<StoryCues> story_cues(const Document& answer) {
    std::vector<StoryCues> cues(answer.tokens.size());
    const auto& tokens = answer.tokens;
    for (size_t i = 0; i < tokens.size(); ++i) {
        const SurfaceCues surface = surface_cues(tokens[i]);
        cues[i] = token_cues(tokens[i], surface.table, surface.number);
        const std::string_view word = tokens[i].surface;
        if (!surface.opens) continue;
        const std::string_view next = i + 1 < tokens.size() ? std::string_view(tokens[i + 1].surface) : std::string_view();
        // "it turned out", "we found out / found that", "I noticed that", "figured out".
        if ((word == "turned" || word == "found" || word == "noticed" || word == "figured") && (next == "out" || next == "that"))
            cues[i] |= cue_discovery;
        // "step by step"
        if (word == "step" && next == "by" && i + 2 < tokens.size() && tokens[i + 2].surface == "step") cues[i] |= cue_gradual;
        // A fault owned: "my bad", "my fault", "my mistake", "ma faute", "mon erreur", "on me".
        static constexpr std::string_view faults[] = {"bad", "fault", "mistake", "error", "faute", "erreur"};
        const std::string_view after = i + 2 < tokens.size() ? std::string_view(tokens[i + 2].surface) : std::string_view();
        const std::string_view before = i > 0 ? std::string_view(tokens[i - 1].surface) : std::string_view();
        // ("my responsibility" owns something only after a copula: "that was my responsibility",
        // "c'est ma responsabilité"; "my responsibility was the payment API" is a role.)
        const bool copula = before == "was" || before == "is" || before == "s" || before == "est";
        if ((word == "my" || word == "ma" || word == "mon") &&
            (one_of(next, faults) ||
             (copula && (next == "responsibility" || next == "responsabilit\u00e9")))) {
            cues[i] |= cue_owning | cue_fault_phrase;
            cues[i + 1] |= cue_owning | cue_fault_phrase;
        }
        // The other side's view granted: "fair point", "fair enough", "good point", "valid point",
        // "made sense", "point de vue", "where he was coming from".
        if (((word == "fair" || word == "good" || word == "valid") && (next == "point" || next == "enough")) ||
            (word == "made" && next == "sense") || (word == "coming" && next == "from" && before == "was")) {
            cues[i] |= cue_understood;
            cues[i + 1] |= cue_understood;
        }
        // A refusal told: "said no", "say no", "told them no", "pushed back", "turned it down",
        // "dit non".
        const bool told_someone = (before == "them" || before == "him" || before == "her") && i > 1 &&
                                  (table_cues(tokens[i - 2].surface) & cue_say);
        if ((word == "no" || word == "non") && i > 0 &&
            ((table_cues(before) & cue_say) || before == "say" || before == "saying" || before == "dire" || told_someone)) {
            cues[i - 1] |= cue_refusal;
            cues[i] |= cue_refusal;
        }
        if ((word == "pushed" || word == "push") && next == "back") cues[i] |= cue_refusal;
        if ((word == "turned" || word == "turn") && (next == "down" || after == "down")) cues[i] |= cue_refusal;
        // Later in time: "next sprint", "the following quarter", "le prochain sprint", "le
        // trimestre prochain", "السبرينت القادم".
        if ((word == "next" || word == "following" || word == "prochain" || word == "prochaine") && period_words().count(next))
            cues[i] |= cue_later, cues[i + 1] |= cue_later;
        if ((word == "prochain" || word == "prochaine" || word == "\u0627\u0644\u0642\u0627\u062f\u0645" ||
             word == "\u0627\u0644\u0642\u0627\u062f\u0645\u0629") && i > 0 && period_words().count(before))
            cues[i] |= cue_later, cues[i - 1] |= cue_later;
        // Impact cut: "rolled back", "roll back", "turned off", "switched off", "failed over",
        // "scaled up".
        if (((word == "rolled" || word == "roll" || word == "rolling") && next == "back") ||
            ((word == "turned" || word == "switched" || word == "turn" || word == "switch") && (next == "off" || after == "off")) ||
            (word == "failed" && next == "over") || ((word == "scaled" || word == "scale") && (next == "up" || next == "out")))
            cues[i] |= cue_mitigate;
        // Coordinating: "took charge / command / the lead", "ran the incident / call", "opened a
        // bridge", "split the work".
        static constexpr std::string_view charged[] = {"charge", "command", "lead"};
        static constexpr std::string_view ran[] = {"incident", "response", "call", "bridge", "war", "outage"};
        if ((word == "took" || word == "take" || word == "taking") && (one_of(next, charged) || (next == "the" && one_of(after, charged))))
            cues[i] |= cue_coordinate;
        if ((word == "ran" || word == "run" || word == "running" || word == "led" || word == "lead" || word == "leading" ||
             word == "opened" || word == "open") &&
            (one_of(next, ran) || ((next == "the" || next == "a") && one_of(after, ran))))
            cues[i] |= cue_coordinate;
        if ((word == "split" || word == "divided") && (next == "the" || next == "up") && (after == "work" || after == "tasks" || after == "team"))
            cues[i] |= cue_coordinate | cue_assign;
        // Work handed out one by one: "one person on the cache, one on the queue", "asked one dev
        // to check the db and another the logs" (an earlier "one" in the sentence).
        if (word == "another" || (word == "one" && next == "on")) {
            for (size_t k = i; k-- > 0 && tokens[k].sentence == tokens[i].sentence && k + 12 > i;)
                if (tokens[k].surface == "one") {
                    cues[i] |= cue_assign;
                    break;
                }
        }
        // A relationship kept: "on good terms", "get along", "no hard feelings" (the "no" denies
        // nothing here).
        if ((word == "terms" && before == "good") || (word == "along" && (before == "get" || before == "got" || before == "getting")))
            cues[i] |= cue_bond;
        // An analogy: "it's like", "is like a", "think of it as", "c'est comme", "c'était comme",
        // "comme son / un / une".
        if ((word == "like" && (before == "s" || before == "is" || before == "was" || before == "it's")) ||
            (word == "think" && next == "of" && after == "it") ||
            (word == "comme" && (before == "est" || before == "etait" || before == "\u00e9tait" || next == "un" || next == "une" ||
                                 next == "son" || next == "sa" || next == "ses" || next == "votre")))
            cues[i] |= cue_analogy;
        // A lesson drawn: "what I took away", "what we took from it" (not "I took away the pager",
        // which a thing follows).
        static constexpr std::string_view things[] = {"the", "a", "an", "my", "our", "his", "her", "their", "its", "all"};
        if ((word == "took" || word == "take") && (before == "i" || before == "we") &&
            ((next == "away" && !one_of(after, things)) || (next == "from" && (after == "it" || after == "this" || after == "that"))))
            cues[i] |= cue_learning;
        // Others kept informed: "let the team know", "keep them posted", "kept my lead in the loop",
        // "looped in the PM", "je les tiens au courant", "tenu au courant", "على اطلاع".
        auto within = [&](std::string_view w, size_t span) {
            for (size_t k = i + 1; k < tokens.size() && k <= i + span && tokens[k].sentence == tokens[i].sentence; ++k)
                if (tokens[k].surface == w) return true;
            return false;
        };
        if ((word == "let" && within("know", 3)) ||
            ((word == "keep" || word == "kept" || word == "keeping") && (within("posted", 3) || within("loop", 6))) ||
            (word == "looped" && within("in", 3)) ||
            ((word == "tiens" || word == "tenu" || word == "tenir" || word == "tenais") && next == "au" && after == "courant") ||
            (word == "\u0627\u0637\u0644\u0627\u0639" && before == "\u0639\u0644\u0649"))
            cues[i] |= cue_update;
        // A follow-up: "followed up", "follow up", "checked in", "checked back", "circled back".
        if (((word == "followed" || word == "follow" || word == "following") && next == "up") ||
            (word == "checked" && (next == "in" || next == "back")) || (word == "circled" && next == "back"))
            cues[i] |= cue_follow;
        // Calm kept: "kept my cool", "kept my head", "garder son calme" (calme is listed).
        if ((word == "cool" || word == "head") && before == "my" && i > 1 && (tokens[i - 2].surface == "kept" || tokens[i - 2].surface == "keep"))
            cues[i] |= cue_calm;
        // An admitted fault in so many words: "that was on me", "it's on me".
        if (word == "me" && before == "on" && i > 1 && (tokens[i - 2].surface == "was" || tokens[i - 2].surface == "s" || tokens[i - 2].surface == "is"))
            cues[i] |= cue_owning | cue_fault_phrase;
        // Others agreeing: "signed off", "on board", "bought in", "go for it", "green light", "go-ahead".
        if ((word == "signed" && next == "off") || (word == "on" && next == "board") || (word == "bought" && next == "in") ||
            (word == "go" && next == "for" && after == "it") || (word == "green" && next == "light") ||
            (word == "go" && next == "ahead"))
            cues[i] |= cue_agreement;
        // (on every word of the phrase, for the evidence)
        const size_t sweeping = std::min(sweeping_phrase(tokens, i), i + 1);
        for (size_t k = i + 1 - sweeping; k <= i && sweeping > 0; ++k) cues[k] |= cue_sweeping;
    }
    return cues;
}

namespace {

// First-person subjects ("I ran the incident", not "our manager ran it"; an Arabic verb says its
// person in itself: "نسقت").
bool is_subject(std::string_view w) {
    return w == "i" || w == "we" || w == "je" || w == "j" || w == "nous" || w == "\u0623\u0646\u0627" ||
           w == "\u0646\u062d\u0646";
}

// Whether a refusal comes before token i in its clause ("I pushed back on doing it all at once",
// "they declined a big bang switch"): what follows was not done.
bool refused_before(const std::vector<Token>& tokens, const std::vector<StoryCues>& cues, size_t i) {
    for (size_t k = i; k-- > 0 && tokens[k].clause == tokens[i].clause;)
        if (cues[k] & cue_refusal) return true;
    return false;
}

// Whether the clause of token i is counterfactual ("rewriting it from scratch would have been
// risky", "we could have done it in one go", "ça aurait été trop risqué"): it tells what was not
// done.
bool counterfactual(const std::vector<Token>& tokens, size_t i) {
    const int clause = tokens[i].clause;
    size_t from = i;
    while (from > 0 && tokens[from - 1].clause == clause) --from;
    for (size_t k = from; k < tokens.size() && tokens[k].clause == clause; ++k) {
        const std::string_view w = tokens[k].surface;
        if (w == "aurait" || w == "aurais" || w == "aurions" || w == "auraient") return true;
        const bool modal = w == "would" || w == "could" || w == "might" || w == "should" || w == "d";
        if (modal && k + 1 < tokens.size() && (tokens[k + 1].surface == "have" || tokens[k + 1].surface == "ve")) return true;
    }
    return false;
}

// Whether the clause of token i frames what it tells in hindsight or as a wish ("I would do it
// differently", "I'd have split it differently", "next time I'll plan it differently", "je ferais
// autrement"): "differently" alone ("each team configures it differently") is no lesson.
bool hindsight_frame(const std::vector<Token>& tokens, size_t i) {
    const int clause = tokens[i].clause;
    size_t from = i;
    while (from > 0 && tokens[from - 1].clause == clause) --from;
    for (size_t k = from; k < tokens.size() && tokens[k].clause == clause; ++k) {
        const std::string_view w = tokens[k].surface;
        if (w == "would" || w == "d" || w == "should" || w == "could" || w == "might" || w == "ll" || w == "will" ||
            w == "hindsight" || w == "retrospect" || w == "ferais" || w == "referais" || w == "aurais" || w == "aurait" ||
            w == "ferions" || w == "aurions")
            return true;
        if (w == "next" && k + 1 < tokens.size() && tokens[k + 1].surface == "time") return true;
    }
    return false;
}

// Whether a possessive follows the choice word at token i ("I used my old laptop"): the
// candidate's own belongings, no technical choice.
bool own_belonging_after(const std::vector<Token>& tokens, size_t i) {
    if (i + 1 >= tokens.size() || tokens[i + 1].clause != tokens[i].clause) return false;
    const std::string_view w = tokens[i + 1].surface;
    return w == "my" || w == "our" || w == "his" || w == "her" || w == "their" || w == "mon" || w == "ma" || w == "mes" ||
           w == "notre" || w == "nos";
}

}  // namespace

OutcomeEvidence outcome_evidence(const Document& answer, const std::vector<StoryCues>& cues, OutcomeKind kind,
                                 int from_sentence, int to_sentence) {
    OutcomeEvidence best;
    if (kind == OutcomeKind::none) return best;
    const StoryCues stating = stating_cues(kind), denying = denying_cues(kind);
    int episode = -1;                // narrates_past_episode(answer), once a situation asks
    std::vector<char> past;          // past_sentences(answer), likewise
    // Kinds that read some words themselves ("went with", "their call", a verb moving work in time).
    const bool reads_words = kind == OutcomeKind::refusal || kind == OutcomeKind::rescope ||
                             kind == OutcomeKind::rationale || kind == OutcomeKind::acceptance;
    for (size_t i = 0; i < answer.tokens.size();) {
        const int sentence = answer.tokens[i].sentence;
        if (sentence > to_sentence) break;
        size_t j = i;
        if (sentence < from_sentence) {
            while (j < answer.tokens.size() && answer.tokens[j].sentence == sentence) ++j;
            i = j;
            continue;
        }
        StoryCues seen = 0;   // cues of the sentence's words, outside a negation
        bool setting = false, person = false, deed = false;
        bool subject = false;   // the candidate as the subject: "I", "we", "je", "nous" (not "our manager")
        bool moved = false;     // a verb moving work in time (asked only by refusals and re-scopings)
        bool kept_calm = false;  // panic denied: "I didn't panic"
        bool went_with = false;  // "went with" (asked only by the reasons of a choice)
        bool learned = false;    // a learning cue, "differently" only in hindsight
        bool chose = false;      // a choice cue, not of the candidate's own belongings
        bool yielded = false;    // "their call", "fine with it", "fair enough", "go with it" (asked only by acceptance)
        const bool moving = kind == OutcomeKind::refusal || kind == OutcomeKind::rescope;
        int figures = 0, units = 0;
        int first = -1, last = -1;
        for (; j < answer.tokens.size() && answer.tokens[j].sentence == sentence; ++j) {
            const Token& t = answer.tokens[j];
            // A word without a story cue, a setting or a deed, and not the speaker, changes nothing
            // below for the other kinds (most words of an answer): skipped.
            if (!reads_words && cues[j] == 0 && t.info.star != 1 && t.info.star != 3 && !t.info.first_person) continue;
            if (t.negated && !t.spared && best.denied_first < 0 && (cues[j] & denying))
                best.denied_first = best.denied_last = static_cast<int>(j);
            // A change told as made all at once ("rewrote it from scratch") denies a gradual one;
            // one avoided ("we avoided a big bang switch") is the gradual one's side, and one told
            // as counterfactual ("it would have been risky") was not made.
            if (kind == OutcomeKind::incremental && !t.negated && !t.avoided && best.denied_first < 0 && (cues[j] & cue_sweeping) &&
                !counterfactual(answer.tokens, j) && !refused_before(answer.tokens, cues, j)) {
                best.denied_first = best.denied_last = static_cast<int>(j);
                while (static_cast<size_t>(best.denied_last) + 1 < cues.size() && (cues[static_cast<size_t>(best.denied_last) + 1] & cue_sweeping))
                    ++best.denied_last;
            }
            // Calm: panic denied states it ("we didn't panic"), panic told denies it ("I panicked").
            if (kind == OutcomeKind::calm && (cues[j] & cue_panic)) {
                if (t.negated && !t.spared) kept_calm = true;
                else if (!t.negated && best.denied_first < 0) best.denied_first = best.denied_last = static_cast<int>(j);
            }
            if (t.negated || t.negation_cue) continue;
            const bool st = t.info.star == 1;
            const bool p = t.info.first_person;   // is_first_person(t.surface), looked up with the token
            const bool d = t.info.star == 3 && !p;
            seen |= cues[j];
            if (kind == OutcomeKind::lesson && (cues[j] & cue_learning))
                learned = learned || t.surface != "differently" || hindsight_frame(answer.tokens, j);
            if (kind == OutcomeKind::rationale && (cues[j] & cue_choice))
                chose = chose || !own_belonging_after(answer.tokens, j);
            figures += (cues[j] & cue_number) != 0;
            units += (cues[j] & cue_unit) != 0;
            setting = setting || st;
            person = person || p;
            moved = moved || (moving && is_move_verb(t.surface));
            // "I went with Next.js": a choice ("went" alone is no choice).
            went_with = went_with || (kind == OutcomeKind::rationale && t.surface == "went" && j + 1 < answer.tokens.size() &&
                                      answer.tokens[j + 1].surface == "with");
            if (kind == OutcomeKind::acceptance && j + 1 < answer.tokens.size() && answer.tokens[j + 1].sentence == sentence) {
                const std::string_view w = t.surface, n = answer.tokens[j + 1].surface;
                const std::string_view n2 = j + 2 < answer.tokens.size() ? std::string_view(answer.tokens[j + 2].surface) : std::string_view();
                // "their call", "his decision", "leur décision"; "fine with it", "fair enough", "go with it".
                if ((w == "their" || w == "his" || w == "her" || w == "leur" || w == "sa") &&
                    (n == "call" || n == "decision" || n == "d\u00e9cision"))
                    yielded = true;
                if (w == "fair" && n == "enough") yielded = true;
                if ((w == "fine" || w == "go" || w == "went" || w == "ok" || w == "okay") && n == "with" && n2 == "it") yielded = true;
                if ((w == "go" || w == "went" || w == "going") && n == "along") yielded = true;
            }
            subject = subject || (p && is_subject(t.surface)) ||
                      ((cues[j] & stating) && !t.surface.empty() && static_cast<unsigned char>(t.surface[0]) >= 0xD8 &&
                       static_cast<unsigned char>(t.surface[0]) <= 0xDB);
            deed = deed || d;
            const bool cue = kind == OutcomeKind::situation || kind == OutcomeKind::setting ? st : kind == OutcomeKind::action ? (p || d) : (cues[j] & stating) != 0;
            if (cue) {
                if (first < 0) first = static_cast<int>(j);
                last = static_cast<int>(j);
            }
        }
        auto has = [&](StoryCues bits) { return (seen & bits) != 0; };
        // Work put off to a later period, told ("I told sales theirs is next quarter") or done
        // by the candidate ("we pushed the rest to next sprint").
        const bool later = has(cue_later) && (has(cue_say | cue_update) || (subject && moved));
        double score = 0.0;
        switch (kind) {
            case OutcomeKind::lesson: score = learned ? measured_outcome_score : 0.0; break;
            // The setting of a story comes first: its first two sentences, of an episode told in
            // the past ("whenever someone new starts, I pair them with a mentor" tells a habit,
            // no situation). Its first sentence told in the past by the candidate sets it too,
            // without a setting word ("I inherited a billing job that kept timing out", "so
            // i wrote a small tool to track chores with friends").
            case OutcomeKind::situation:
            case OutcomeKind::setting:
                if (sentence < 2 && (setting || person) && episode < 0) {
                    past = past_sentences(answer);
                    episode = narrates_past_episode(answer, past);
                }
                score = sentence < 2 && episode == 1 &&
                                (setting || (sentence == 0 && person && !past.empty() && past[0]))
                            ? (kind == OutcomeKind::setting ? setting_only_score : plain_outcome_score)
                            : 0.0;
                break;
            case OutcomeKind::action: score = person && deed ? plain_outcome_score : 0.0; break;
            // Two figures and a unit: "10M pastes a day, about 120 writes per second".
            case OutcomeKind::estimate: score = figures >= 2 && units >= 1 ? measured_outcome_score : 0.0; break;
            // Evidence gathered: an investigation with its figures ("I measured it over six
            // sprints and it took 2 days on average"), an investigation naming what it looked at,
            // or evidence with its figures ("a quick benchmark showed 300 ms down to 60 ms").
            case OutcomeKind::evidence:
                score = has(cue_investigation) && has(cue_number)                       ? measured_outcome_score
                        : has(cue_evidence) && (has(cue_investigation) || has(cue_number)) ? plain_outcome_score
                                                                                         : 0.0;
                break;
            case OutcomeKind::incremental:
                score = has(cue_gradual) || (has(cue_start) && has(cue_scope) && has(cue_expand)) ? plain_outcome_score : 0.0;
                break;
            case OutcomeKind::cause: score = has(cue_discovery) ? plain_outcome_score : 0.0; break;
            case OutcomeKind::sharing: score = has(cue_sharing) ? plain_outcome_score : 0.0; break;
            case OutcomeKind::concern: score = has(cue_concern) ? plain_outcome_score : 0.0; break;
            // Telling someone, told by the candidate ("I pinged my lead", "I'd inform the PM").
            // (The candidate as the subject: "my manager told me" is no update the candidate gave.)
            case OutcomeKind::update: score = has(cue_update) && subject ? plain_outcome_score : 0.0; break;
            // A fault owned in so many words ("my bad"), or by the candidate ("I underestimated
            // it"; "the client underestimated the load" is someone else's).
            case OutcomeKind::ownership:
                score = has(cue_fault_phrase) || (has(cue_owning) && subject) ? plain_outcome_score : 0.0;
                break;
            // The candidate asking after the other side's reasons ("I asked him why he wanted
            // it"), or granting them ("that was a fair point").
            case OutcomeKind::perspective:
                score = (has(cue_inquiry) && has(cue_reason) && subject) || has(cue_understood) ? plain_outcome_score : 0.0;
                break;
            // A request refused or put off, told by the candidate ("I told sales theirs is next
            // quarter", "I declined").
            case OutcomeKind::refusal:
                score = (has(cue_refusal) && (subject || has(cue_say | cue_update))) || later ? plain_outcome_score : 0.0;
                break;
            // What matters first or only, part of the work cut, or the rest put off.
            case OutcomeKind::rescope:
                score = (has(cue_priority) && has(cue_first)) || (has(cue_cut) && has(cue_scope_noun)) ||
                                later
                            ? plain_outcome_score
                            : 0.0;
                break;
            // Impact cut first, the cause found after ("first thing we rolled back, then
            // figured out why").
            case OutcomeKind::mitigation:
                score = has(cue_mitigate) && has(cue_first | cue_discovery) ? plain_outcome_score : 0.0;
                break;
            // The candidate coordinating people ("I ran the incident", "I assigned ...").
            case OutcomeKind::coordination: score = has(cue_coordinate) && subject ? plain_outcome_score : 0.0; break;
            // Work handed out by the candidate ("I split the work: one person on the cache, one on
            // the queue", "asked one dev to check the db and another the logs").
            case OutcomeKind::delegation: score = has(cue_assign) && subject ? plain_outcome_score : 0.0; break;
            // The relationship told as kept ("we're still friends", "on good terms", "he thanked me").
            case OutcomeKind::relationship: score = has(cue_bond) ? plain_outcome_score : 0.0; break;
            // Others agreeing ("they agreed", "leadership signed off", "ok go for it").
            case OutcomeKind::buyin: score = has(cue_agreement) ? plain_outcome_score : 0.0; break;
            // Something familiar the thing is compared to, by the candidate ("I compared the
            // database to a safe", "I told him it's like his notebook"; not a list of key words).
            case OutcomeKind::plain: score = has(cue_analogy) && subject ? plain_outcome_score : 0.0; break;
            // Calm kept ("I stayed calm", "didn't panic").
            case OutcomeKind::calm: score = has(cue_calm) || kept_calm ? plain_outcome_score : 0.0; break;
            // A choice or suggestion of the candidate's, with its reason ("picked react since i
            // wanted to learn it", "I suggested we use MongoDB because ..."; not "I did it
            // because I felt like it").
            case OutcomeKind::rationale:
                score = (chose || went_with) && has(cue_because) && subject ? plain_outcome_score : 0.0;
                break;
            // The candidate accepting a decision ("in the end it is up to them and I'd follow
            // it", "ok its their call", "I was fine with it", "fair enough").
            case OutcomeKind::acceptance:
                score = (has(cue_accept) && subject) || yielded ? plain_outcome_score : 0.0;
                break;
            // A follow-up by the candidate ("I followed up with sales a week later").
            case OutcomeKind::follow_up: score = has(cue_follow) && subject ? plain_outcome_score : 0.0; break;
            // The candidate asking someone for help ("I asked my mentor", "grabbed our senior dev").
            case OutcomeKind::help: score = has(cue_reach | cue_inquiry) && has(cue_helper) && subject ? plain_outcome_score : 0.0; break;
            default:
                if (has(cue_change) && has(cue_number)) score = measured_outcome_score;
                else if (has(cue_change) && kind == OutcomeKind::outcome) score = plain_outcome_score;
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
