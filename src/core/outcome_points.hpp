// Story points: key points that ask for a part of a story (STAR) rather than for a fact
// ("measurable outcome", "outcome delivered", "résultat concret", "lesson learned", "specific
// situation", "personal actions", "used data to decide", "implemented incrementally",
// "identified the cause", "shared the knowledge", "handled concerns", "warned the sponsors early",
// "takes personal ownership", "tried to see the other side's view", "declined or postponed the
// ask", "a plan to recover or a smaller scope", "limited the damage before the cause was known",
// "led the response / coordinated", "split the roles", "asked for help", "kept the relationship",
// "put forward a fix and won support", "the technical choices made and why").
// Their words are abstract,
// so candidates seldom repeat them: they tell what happened ("support calls fell by half in six
// weeks", "I went through the last 50 releases", "we began with one team, then the others", "it
// turned out ..."). Such a point is stated by a sentence of the answer playing that part (a
// result: a change or result word, and a number for a measured one; a lesson: a learning word;
// a situation: the story's setting; actions: first-person deeds; evidence: an investigation and
// its figures; a gradual change: starting small then the rest; a cause: a discovery; sharing:
// documenting, presenting, teaching; concerns: others' worries told; updates: the candidate telling
// someone; ownership: the candidate owning a fault, "my bad"; the other view: the candidate
// asking why, or granting a fair point; a refusal: "I said no", work put off to "next quarter";
// a re-scoping: "the critical ones first", a cut, the rest put off; a mitigation: a rollback
// told first; coordination: "I ran the incident"; a role split: work handed out; help: the
// candidate asking a mentor or a senior; a relationship: "we still get along"; buy-in: "they
// agreed", "go for it"; the reasons of a choice: the candidate choosing or suggesting with a
// "because"). Points asking for a
// numeric estimate ("capacity estimate") are stated the same way, by a sentence giving figures
// with their units (rates, volumes, sizes). A part the answer denies and tells nowhere ("I
// didn't measure anything") contradicts the point. General vocabulary of English, French and
// Arabic; never per question.
#pragma once

#include "core/matcher.hpp"

#include <cstdint>
#include <functional>
#include <limits>
#include <vector>

namespace utopiahire::core {

enum class OutcomeKind {
    none = 0, outcome = 1, measured = 2, lesson = 3, situation = 4, action = 5, estimate = 6,
    evidence = 7, incremental = 8, cause = 9, sharing = 10, concern = 11, update = 12, ownership = 13,
    perspective = 14, refusal = 15, rescope = 16, mitigation = 17, coordination = 18, help = 19, delegation = 20,
    relationship = 21, buyin = 22, plain = 23, calm = 24, follow_up = 25, rationale = 26, acceptance = 27,
    // a concrete situation asked with more content than its setting (see opens_with_situation)
    setting = 28
};

// What each answer word can tell in a story, as bits (see story_cues).
using StoryCues = uint64_t;

// What kind of story point a key point's document is: every content word (up to a
// parenthesis, which lists examples) names a part of a story (result, measure, lesson,
// situation, actions, estimate, evidence behind a decision, gradual change, cause, sharing,
// concerns) or frames the point, and exactly one part is named.
// Words for which `ignored` is true (the question's own words in a story question) play no part.
OutcomeKind outcome_kind(const Document& point, const std::function<bool(const Token&)>& ignored = nullptr);

// Whether a key point opens by asking for a concrete situation ("a concrete project and what
// prompted it", "specific situation where someone was left out", "concrete example of a
// policy they questioned", "situation concrète devant un public", "موقف محدد وقرار ..."):
// its first two content words are a situation noun and a word asking it concrete. In a story
// question such a point is the story's setting: OutcomeKind::situation when it asks nothing more
// than the situation and its stakes, problem, motivation or audience (or the question's own words,
// for which `ignored` is true); OutcomeKind::setting when it names other content ("specific example
// of a metric improved"), which the setting alone states only in part. OutcomeKind::none otherwise.
OutcomeKind opens_with_situation(const Document& point, const std::function<bool(const Token&)>& ignored = nullptr);

// The one part of a story a key point names beside content words of its own, which no story part
// states ("explained the trade-offs up front and got sign-off from the business", "eased the workload:
// dropped features or pushed a date back", "visible evidence that confidence came back", "refuse de le
// livrer en l'état", "قياس الأثر"): its kind, or OutcomeKind::none for a point outcome_kind reads as a story
// point, one naming no part or two ("escalated to the director with metrics": an update and a measure),
// and one naming only a situation, a deed or figures (which every story tells). A sentence playing
// that part states what the point's own words, partly matched, leave unsaid (see apply_outcomes).
OutcomeKind story_part_named(const Document& point, const std::function<bool(const Token&)>& ignored = nullptr);

// A key point asking for a story's result and its lesson together, and nothing else ("the outcome
// and what they learned", "résultat et ce qu'il en a appris"): the result's kind (OutcomeKind::
// outcome, or measured for figures asked), else OutcomeKind::none. outcome_kind reads no story point
// in it (it names two parts, and neither sentence alone states it); apply_outcomes asks for both.
OutcomeKind result_with_lesson(const Document& point, const std::function<bool(const Token&)>& ignored = nullptr);

struct OutcomeEvidence {
    double score = 0.0;
    int first = -1, last = -1;   // answer tokens of the result sentence
    // A word that would state the point, denied ("I didn't measure anything"), or -1.
    int denied_first = -1, denied_last = -1;
};

// The answer's best sentence for a story point (score 0 when it has none): a sentence that
// plays that part of the story, its cue words not inside a negation. Only sentences from..to are
// read (a result-with-lesson point looks for its result sentence near its lesson's, see apply_outcomes).
OutcomeEvidence outcome_evidence(const Document& answer, const std::vector<StoryCues>& cues, OutcomeKind kind,
                                 int from_sentence = 0, int to_sentence = std::numeric_limits<int>::max());
// What each answer word can tell in a story (looked up once per answer, read by outcome_evidence).
std::vector<StoryCues> story_cues(const Document& answer);

}  // namespace utopiahire::core
