// Point coverage recall and calibration: how partial and covered are decided.
#include "core/analysis.hpp"
#include "core/lexicon_data.hpp"

#include "coverage_cases.hpp"

#include <gtest/gtest.h>

using namespace utopiahire::core;

namespace {

constexpr auto point = uh_test::point_result;

}  // namespace

TEST(CoherentPromotion, GoodPartialMatchCountsInAnAnswerStatingMostPoints) {
    Coverage c;
    c.must = {point(PointStatus::covered, 0.8), point(PointStatus::covered, 0.6), point(PointStatus::partial, 0.3),
              point(PointStatus::partial, 0.22), point(PointStatus::missing, 0.0)};
    promote_coherent(c);
    EXPECT_EQ(c.must[2].status, PointStatus::covered);
    EXPECT_DOUBLE_EQ(c.must[2].score, 0.4);
    // A weak partial match (a word shared by chance) and a missing point stay as they are.
    EXPECT_EQ(c.must[3].status, PointStatus::partial);
    EXPECT_EQ(c.must[4].status, PointStatus::missing);
    EXPECT_EQ(c.must[0].score, 0.8);
}

TEST(CoherentPromotion, NoBenefitOfTheDoubtForAnAnswerDenyingAPoint) {
    // The same answer denying its fifth point thinks otherwise on the subject: its partial
    // matches stay partial.
    Coverage c;
    c.must = {point(PointStatus::covered, 0.8), point(PointStatus::covered, 0.6), point(PointStatus::partial, 0.3),
              point(PointStatus::partial, 0.22), point(PointStatus::contradicted, 0.0)};
    promote_coherent(c);
    EXPECT_EQ(c.must[2].status, PointStatus::partial);
    EXPECT_DOUBLE_EQ(c.must[2].score, 0.3);
    EXPECT_EQ(c.must[4].status, PointStatus::contradicted);
}

TEST(CoherentPromotion, NoBenefitOfTheDoubtForAnAnswerStatingFewPoints) {
    Coverage c;
    // (Its third must point weakly matched: the answer does not touch all its must points either,
    // see MustPointsAllTouchedAndOneStatedCount.)
    c.must = {point(PointStatus::covered, 0.8), point(PointStatus::partial, 0.35), point(PointStatus::partial, 0.22)};
    c.bonus = {point(PointStatus::missing, 0.1), point(PointStatus::missing, 0.0)};
    promote_coherent(c);   // 1 of 5 points stated
    EXPECT_EQ(c.must[1].status, PointStatus::partial);
    EXPECT_EQ(c.must[2].status, PointStatus::partial);
    Coverage empty;
    promote_coherent(empty);
    EXPECT_TRUE(empty.must.empty());
}

TEST(CoherentPromotion, MustPointsAllTouchedAndOneStatedCount) {
    // One must point of four stated plainly, the three others matched partly but well: an answer
    // going through the whole subject in its own words. Below the 40% share of all points, its
    // must points count as covered, its bonus points (which it may leave out) stay as they are.
    Coverage c;
    c.must = {point(PointStatus::covered, 0.7), point(PointStatus::partial, 0.33), point(PointStatus::partial, 0.27),
              point(PointStatus::partial, 0.36)};
    c.bonus = {point(PointStatus::partial, 0.3), point(PointStatus::missing, 0.1), point(PointStatus::missing, 0.0),
               point(PointStatus::missing, 0.05)};
    promote_coherent(c);
    EXPECT_EQ(c.must[1].status, PointStatus::covered);
    EXPECT_DOUBLE_EQ(c.must[1].score, 0.4);
    EXPECT_EQ(c.must[2].status, PointStatus::covered);
    EXPECT_EQ(c.must[3].status, PointStatus::covered);
    EXPECT_EQ(c.bonus[0].status, PointStatus::partial);
}

TEST(CoherentPromotion, MustPointsNeedOneStatedNearlyAllTouchedAndNoDenial) {
    const std::vector<PointResult> touched = {point(PointStatus::partial, 0.33), point(PointStatus::partial, 0.27),
                                              point(PointStatus::partial, 0.36), point(PointStatus::partial, 0.3)};
    Coverage none;   // no must point stated plainly
    none.must = touched;
    promote_coherent(none);
    for (const PointResult& p : none.must) EXPECT_EQ(p.status, PointStatus::partial);
    Coverage half;   // one stated, one touched, two missed
    half.must = {point(PointStatus::covered, 0.7), point(PointStatus::partial, 0.33), point(PointStatus::missing, 0.1),
                 point(PointStatus::partial, 0.21)};
    half.bonus = {point(PointStatus::missing, 0.0), point(PointStatus::missing, 0.0), point(PointStatus::missing, 0.0)};
    promote_coherent(half);
    EXPECT_EQ(half.must[1].status, PointStatus::partial);
    Coverage denied;   // an answer denying a point
    denied.must = {point(PointStatus::covered, 0.7), point(PointStatus::partial, 0.33), point(PointStatus::partial, 0.3),
                   point(PointStatus::partial, 0.3)};
    denied.bonus = {point(PointStatus::contradicted, 0.0), point(PointStatus::missing, 0.0), point(PointStatus::missing, 0.0)};
    promote_coherent(denied);
    EXPECT_EQ(denied.must[1].status, PointStatus::partial);
}

TEST(CoherentPromotion, AppliedByKeyPointCoverage) {
    // The same partial statement of the third point: alone it stays partial; next to plain
    // statements of the two other points it counts as covered.
    uh_test::Question q;
    q.key_points = R"({"must_mention": ["lists are mutable", "tuples are immutable",
                                        "tuples hashable as dictionary keys with consistent equality semantics"]})";
    const std::string partial = "A tuple is hashable and works as a dictionary key.";
    const Coverage alone = key_point_coverage(q.input(partial));
    ASSERT_EQ(alone.must.size(), 3u);
    EXPECT_EQ(alone.must[2].status, PointStatus::partial) << coverage_json(alone);
    EXPECT_GE(alone.must[2].score, 0.25);
    const Coverage c = key_point_coverage(q.input("Lists are mutable. Tuples are immutable. " + partial));
    EXPECT_EQ(c.must[0].status, PointStatus::covered);
    EXPECT_EQ(c.must[1].status, PointStatus::covered);
    EXPECT_EQ(c.must[2].status, PointStatus::covered) << coverage_json(c);
}

namespace {

uh_test::Question outcome_question() {
    uh_test::Question q;
    q.question_text = "Tell me about a time you reduced flaky tests in a pipeline.";
    q.key_points = R"({"must_mention": ["quarantined the flaky tests", "measurable outcome"],
                       "bonus_points": ["outcome delivered"]})";
    return q;
}

}  // namespace

TEST(OutcomePoints, AResultSentenceStatesThem) {
    const Coverage c = key_point_coverage(outcome_question().input(
        "We quarantined the flaky tests in a separate job. Within a month the failure rate dropped from 20% to 2%."));
    ASSERT_EQ(c.must.size(), 2u);
    EXPECT_EQ(c.must[0].status, PointStatus::covered);
    // The result sentence states both outcome points, with a number for the measurable one.
    EXPECT_EQ(c.must[1].status, PointStatus::covered) << coverage_json(c);
    ASSERT_TRUE(c.must[1].has_evidence);
    EXPECT_NE(c.must[1].evidence_text.find("dropped"), std::string::npos);
    EXPECT_EQ(c.bonus[0].status, PointStatus::covered);
}

TEST(OutcomePoints, AResultWithoutANumberIsNoMeasuredOutcome) {
    const Coverage c = key_point_coverage(outcome_question().input(
        "We quarantined the flaky tests in a separate job. In the end the pipeline worked much better."));
    EXPECT_EQ(c.must[1].status, PointStatus::missing) << coverage_json(c);
    EXPECT_EQ(c.bonus[0].status, PointStatus::covered) << coverage_json(c);
}

TEST(OutcomePoints, NegatedResultAndOffTopicAnswerDoNotCount) {
    // A denied result is none.
    Coverage c = key_point_coverage(outcome_question().input(
        "We quarantined the flaky tests in a separate job. The failure rate never dropped below 20%."));
    EXPECT_EQ(c.must[1].status, PointStatus::missing) << coverage_json(c);
    // An answer stating none of the other points (another story) gets no outcome credit.
    c = key_point_coverage(outcome_question().input(
        "I organised a hackathon for the marketing team. Attendance increased by 40% the next year."));
    EXPECT_EQ(c.must[1].status, PointStatus::missing) << coverage_json(c);
    EXPECT_EQ(c.bonus[0].status, PointStatus::missing) << coverage_json(c);
}

TEST(OutcomePoints, OnlyPointsAskingForAResult) {
    // "store the key with the first result and replay it" names a result but asks for a fact.
    uh_test::Question q;
    q.key_points = R"({"must_mention": ["quarantined the flaky tests", "store the key with the first result and replay it"]})";
    const Coverage c = key_point_coverage(q.input(
        "We quarantined the flaky tests in a separate job. Within a month the failure rate dropped from 20% to 2%."));
    EXPECT_EQ(c.must[1].status, PointStatus::missing) << coverage_json(c);
}

TEST(OutcomePoints, LessonSituationAndActions) {
    uh_test::Question q;
    q.question_text = "Tell me about a time you reduced flaky tests in a pipeline.";
    q.key_points = R"({"must_mention": ["quarantined the flaky tests", "Specific situation", "Personal actions",
                                        "Lesson learned"]})";
    const std::string story =
        "Last year my team at a payments company had a pipeline that failed every other day. "
        "I wrote a script that found the flaky tests and I quarantined the flaky tests in a separate job. "
        "What I learned is that a red build nobody trusts is worse than no build.";
    Coverage c = key_point_coverage(q.input(story));
    ASSERT_EQ(c.must.size(), 4u);
    EXPECT_EQ(c.must[0].status, PointStatus::covered);
    EXPECT_EQ(c.must[1].status, PointStatus::covered) << coverage_json(c);
    EXPECT_EQ(c.must[2].status, PointStatus::covered) << coverage_json(c);
    EXPECT_EQ(c.must[3].status, PointStatus::covered) << coverage_json(c);
    EXPECT_NE(c.must[3].evidence_text.find("learned"), std::string::npos);
    // No learning sentence: no lesson; a denied lesson is none either.
    c = key_point_coverage(q.input("I quarantined the flaky tests in a separate job. We never learned anything from it."));
    EXPECT_EQ(c.must[3].status, PointStatus::contradicted) << coverage_json(c);
}

TEST(OutcomePoints, EstimatePointsAreStatedByFiguresWithUnits) {
    uh_test::Question q;
    q.question_text = "Design a URL shortener.";
    q.key_points = R"({"must_mention": ["base62 short codes", "capacity estimate"]})";
    Coverage c = key_point_coverage(q.input(
        "I would generate base62 short codes from a counter. With 100M new links a month that is about 40 writes "
        "per second, and reads are maybe 100 times more."));
    ASSERT_EQ(c.must.size(), 2u);
    EXPECT_EQ(c.must[0].status, PointStatus::covered);
    EXPECT_EQ(c.must[1].status, PointStatus::covered) << coverage_json(c);
    // A lone figure is no estimate.
    c = key_point_coverage(q.input("I would generate base62 short codes from a counter, 7 characters long."));
    EXPECT_EQ(c.must[1].status, PointStatus::missing) << coverage_json(c);
}

TEST(OutcomePoints, EvidencePointsAreStatedByFigures) {
    uh_test::Question q;
    q.question_text = "Tell me about a time you convinced leadership to pay down technical debt.";
    q.key_points = R"({"must_mention": ["proposed a time-boxed plan", "used metrics or data as evidence"]})";
    Coverage c = key_point_coverage(q.input(
        "I proposed a time-boxed plan of six weeks. Over two quarters 41% of our tickets were bug fixes and "
        "drop-off rose after every broken release."));
    ASSERT_EQ(c.must.size(), 2u);
    EXPECT_EQ(c.must[1].status, PointStatus::covered) << coverage_json(c);
    c = key_point_coverage(q.input("I proposed a time-boxed plan of six weeks because the code was bad."));
    EXPECT_EQ(c.must[1].status, PointStatus::missing) << coverage_json(c);
}

TEST(ComplexityClass, APointsAsymptoticClassMatchesTheWordNamingIt) {
    uh_test::Question q;
    q.key_points = R"({"must_mention": ["O(n) time with a single pass"]})";
    Coverage c = key_point_coverage(q.input("I walk the string once, so it runs in linear time."));
    const double linear = c.must[0].score;
    EXPECT_NE(c.must[0].evidence_text.find("linear"), std::string::npos) << coverage_json(c);
    // Another class is no match for it.
    c = key_point_coverage(q.input("I walk the string once, so it runs in quadratic time."));
    EXPECT_LT(c.must[0].score, linear) << coverage_json(c);
    EXPECT_EQ(c.must[0].status, PointStatus::missing);
}

TEST(ComplexityClass, TheWordsOfTheNotationAreStatedByTheClassName) {
    // "O(n) time": "linear" states the "o" and "n" of the notation as well as its class, so an
    // answer naming the class without the word "time" covers the point.
    uh_test::Question q;
    q.key_points = R"({"must_mention": ["O(n) time", "recursive descent parser"]})";
    Coverage c = key_point_coverage(q.input("The parser reads each token once: it is linear in the input."));
    EXPECT_EQ(c.must[0].status, PointStatus::covered) << coverage_json(c);
    c = key_point_coverage(q.input("It's quadratic in the input."));
    EXPECT_EQ(c.must[0].status, PointStatus::missing) << coverage_json(c);
}

TEST(FrenchWithoutAccents, APointsAccentedWordsAreReadInTheirPlainSpelling) {
    // Informal French drops the accents: "reentraine", "donnees", "recentes", "eleve" are the
    // point's "réentraîner", "données", "récentes", "élève" (the stemmer makes other lexemes of them).
    uh_test::Question q;
    q.key_points = R"({"must_mention": ["réentraîner avec des données récentes", "l'élève télécharge le cours"]})";
    Coverage c = key_point_coverage(q.input("si oui on reentraine avec des donnees recentes. l'eleve telecharge le cours."));
    EXPECT_GE(c.must[0].score, 0.7) << coverage_json(c);
    EXPECT_GE(c.must[1].score, 0.9) << coverage_json(c);
    // Other words stay other words.
    c = key_point_coverage(q.input("on garde le modele actuel et on surveille les alertes."));
    EXPECT_EQ(c.must[0].status, PointStatus::missing) << coverage_json(c);
}

TEST(FrenchWithoutAccents, AWordTypedWithSomeOfItsAccentsMeetsThePointsForm) {
    // "répetitions", "génerales": an accent typed and one left out (or, with PostgreSQL's French
    // stemmer, "répété" -> "répet" beside "répétitions" -> "répétit") differ mid-word, where no
    // near-miss test reaches: read without accents on both sides, they are the point's words.
    uh_test::Question q;
    q.key_points = R"({"must_mention": ["répétitions générales"]})";
    Coverage c = key_point_coverage(q.input("avant la démo on a fait deux répetitions génerales avec l'équipe."));
    EXPECT_EQ(c.must[0].status, PointStatus::covered) << coverage_json(c);
    // Other words with accents stay other words.
    c = key_point_coverage(q.input("avant la démo on a fait deux réunions avec l'équipe."));
    EXPECT_EQ(c.must[0].status, PointStatus::missing) << coverage_json(c);
}

TEST(SlashedAlternatives, EachAlternativeOfAPointsSlashedWordMatches) {
    // "filtered/joined/sorted", "G1/ZGC" are one token; an answer naming a later alternative
    // ("JOINs", "ZGC") states that word as well as one naming the first.
    uh_test::keep_slashed_words() = true;
    uh_test::Question q;
    q.key_points = R"({"must_mention": ["lookups are faster on filtered/joined/sorted columns"],
                       "bonus_points": ["low-pause collectors G1/ZGC"]})";
    const Coverage c = key_point_coverage(q.input("Lookups get faster on columns used in JOINs. Newer collectors like ZGC keep pauses tiny."));
    const Coverage none = key_point_coverage(q.input("Lookups get faster on columns. Newer collectors keep pauses tiny."));
    // Only in the point's own words: a sample sentence's slashed word stays one word.
    q.sample = "The planner reads columns of the WHERE/JOIN clauses.";
    const Coverage sample = key_point_coverage(q.input("It reads the JOIN."));
    uh_test::keep_slashed_words() = false;
    EXPECT_GT(c.must[0].score, none.must[0].score + 0.2) << coverage_json(c);
    EXPECT_GT(c.bonus[0].score, none.bonus[0].score + 0.2) << coverage_json(c);
    EXPECT_NE(sample.must[0].status, PointStatus::covered) << coverage_json(sample);
}

TEST(OutcomePoints, FrenchAndArabicResultPoints) {
    uh_test::Question fr;
    fr.key_points = R"({"must_mention": ["migration progressive du service", "Résultat chiffré"]})";
    Coverage c = key_point_coverage(fr.input(
        "J'ai fait une migration progressive du service. Au bout de deux mois, les incidents ont baissé de 40 %."));
    EXPECT_EQ(c.must[1].status, PointStatus::covered) << coverage_json(c);
    uh_test::Question ar;
    ar.key_points = R"({"must_mention": ["ترحيل تدريجي للخدمة", "النتيجة بالأرقام"]})";
    c = key_point_coverage(ar.input("قمت بترحيل تدريجي للخدمة. بعد شهرين انخفض عدد الأعطال بنسبة ٤٠٪."));
    EXPECT_EQ(c.must[1].status, PointStatus::covered) << coverage_json(c);
}

// Behavioral points asking for evidence behind a decision, a gradual change, the cause of a
// problem, knowledge shared, or others' worries met are stated by a sentence of the story playing
// that part; the question's own words name the subject ("decide what to simplify").
namespace {

uh_test::Question story_question(const char* points) {
    uh_test::Question q;
    q.type = "behavioral";
    q.question_text = "Tell me about a time you had to simplify an over-complicated process.";
    q.key_points = points;
    return q;
}

}  // namespace

TEST(StoryPoints, EvidenceBehindADecisionIsAnInvestigationWithFigures) {
    uh_test::Question q = story_question(R"({"must_mention": ["merged the deploy scripts", "used evidence to decide and simplify"]})");
    Coverage c = key_point_coverage(q.input(
        "We merged the deploy scripts into one pipeline. Before that I tracked the last 200 deploys and 2 scripts "
        "caused most failures."));
    ASSERT_EQ(c.must.size(), 2u);
    EXPECT_EQ(c.must[1].status, PointStatus::covered) << coverage_json(c);
    EXPECT_NE(c.must[1].evidence_text.find("tracked"), std::string::npos);
    // No investigation told: not stated; a denied one neither.
    c = key_point_coverage(q.input("We merged the deploy scripts into one pipeline because it was obviously too complex."));
    EXPECT_EQ(c.must[1].status, PointStatus::missing) << coverage_json(c);
    c = key_point_coverage(q.input("We merged the deploy scripts into one pipeline. I never measured 200 deploys or anything."));
    EXPECT_EQ(c.must[1].status, PointStatus::contradicted) << coverage_json(c);
}

TEST(StoryPoints, AGradualChangeStartsSmallThenTheRest) {
    uh_test::Question q = story_question(R"({"must_mention": ["merged the deploy scripts", "implemented incrementally / piloted"]})");
    Coverage c = key_point_coverage(q.input(
        "We merged the deploy scripts. We started with just one service, and when that worked we did the others."));
    EXPECT_EQ(c.must[1].status, PointStatus::covered) << coverage_json(c);
    c = key_point_coverage(q.input("We merged the deploy scripts and switched every service over on one weekend."));
    EXPECT_EQ(c.must[1].status, PointStatus::missing) << coverage_json(c);
}

TEST(StoryPoints, TheCauseIsWhatTheCandidateFoundOut) {
    uh_test::Question q = story_question(R"({"must_mention": ["merged the deploy scripts", "identified the root cause of the delay"]})");
    Coverage c = key_point_coverage(q.input(
        "We merged the deploy scripts. It turned out half of the steps were for a server we no longer had."));
    EXPECT_EQ(c.must[1].status, PointStatus::covered) << coverage_json(c);
    c = key_point_coverage(q.input("We merged the deploy scripts. Nobody ever found out why deploys were slow."));
    EXPECT_EQ(c.must[1].status, PointStatus::contradicted) << coverage_json(c);
}

TEST(StoryPoints, KnowledgeSharedAndWorriesMet) {
    uh_test::Question q = story_question(
        R"({"must_mention": ["merged the deploy scripts", "shared the knowledge with the team", "handled resistance or concerns"]})");
    Coverage c = key_point_coverage(q.input(
        "We merged the deploy scripts. The ops lead was worried about losing the manual checks, so we kept them for "
        "a month. I wrote a runbook in our wiki and walked the team through it."));
    ASSERT_EQ(c.must.size(), 3u);
    EXPECT_EQ(c.must[1].status, PointStatus::covered) << coverage_json(c);
    EXPECT_EQ(c.must[2].status, PointStatus::covered) << coverage_json(c);
    c = key_point_coverage(q.input("We merged the deploy scripts and moved on to the next project."));
    EXPECT_EQ(c.must[1].status, PointStatus::missing) << coverage_json(c);
    EXPECT_EQ(c.must[2].status, PointStatus::missing) << coverage_json(c);
}

// A story point is a part of a story only: a point naming a part and a fact is matched by its words.
TEST(StoryPoints, APointWithOtherContentIsNoStoryPoint) {
    uh_test::Question q = story_question(R"({"must_mention": ["merged the deploy scripts", "root cause was a race in the lock manager"]})");
    const Coverage c = key_point_coverage(q.input(
        "We merged the deploy scripts. It turned out half of the steps were for a server we no longer had."));
    EXPECT_EQ(c.must[1].status, PointStatus::missing) << coverage_json(c);
}

TEST(StoryPoints, AnEstimateWithABreakdownIsStatedByItsFigures) {
    uh_test::Question q = story_question(R"({"must_mention": ["asked what the demo needs", "explain the estimate with a clear breakdown"]})");
    Coverage c = key_point_coverage(q.input(
        "First I asked what the demo needs. Then I walked the PM through my numbers: the UI is two days, the "
        "integration five days and testing three days."));
    EXPECT_EQ(c.must[1].status, PointStatus::covered) << coverage_json(c);
    c = key_point_coverage(q.input("First I asked what the demo needs. Then I told the PM it would take longer."));
    EXPECT_EQ(c.must[1].status, PointStatus::missing) << coverage_json(c);
}

TEST(StoryPoints, ADeniedPartToldNowhereIsAContradiction) {
    uh_test::Question q = story_question(R"({"must_mention": ["merged the deploy scripts", "used evidence to decide and simplify"]})");
    Coverage c = key_point_coverage(q.input("We merged the deploy scripts. I didn't measure anything, it was obvious."));
    EXPECT_EQ(c.must[1].status, PointStatus::contradicted) << coverage_json(c);
    ASSERT_TRUE(c.must[1].has_evidence);
    EXPECT_EQ(c.must[1].evidence_text, "measure");
    // Told elsewhere, the denial is about something else.
    c = key_point_coverage(q.input(
        "We merged the deploy scripts. I didn't measure every job, but I tracked the last 200 deploys and 2 scripts "
        "caused most failures."));
    EXPECT_EQ(c.must[1].status, PointStatus::covered) << coverage_json(c);
}

// Common story words alone state no part: "first ... then" is no gradual change, "showed" no
// sharing, "found a workaround" no cause; a denial of something else is no denial of the part.
TEST(StoryPoints, CommonWordsAloneStateNoPart) {
    uh_test::Question q = story_question(R"({"must_mention": ["merged the deploy scripts", "implemented incrementally / piloted",
                                                              "shared the knowledge with the team", "identified the root cause of the delay",
                                                              "used data or metrics to decide", "handled resistance or concerns"]})");
    Coverage c = key_point_coverage(q.input(
        "We merged the deploy scripts. First I looked at the logs, then I fixed the config. The metrics showed a 30% "
        "drop. I found a quick workaround. It went through with no data loss and without any pushback."));
    ASSERT_EQ(c.must.size(), 6u);
    for (size_t i = 1; i < 4; ++i) EXPECT_EQ(c.must[i].status, PointStatus::missing) << i << coverage_json(c);
    EXPECT_NE(c.must[4].status, PointStatus::contradicted) << coverage_json(c);
    EXPECT_EQ(c.must[5].status, PointStatus::missing) << coverage_json(c);
    // Said in so many words, they do.
    c = key_point_coverage(q.input(
        "We merged the deploy scripts step by step. It turned out two scripts caused most failures. I documented the "
        "new pipeline in our wiki."));
    EXPECT_EQ(c.must[1].status, PointStatus::covered) << coverage_json(c);
    EXPECT_EQ(c.must[2].status, PointStatus::covered) << coverage_json(c);
    EXPECT_EQ(c.must[3].status, PointStatus::covered) << coverage_json(c);
}

// A change told as made all at once denies a gradual one, unless the answer tells a gradual
// step too or denies the sweeping change itself.
TEST(StoryPoints, AChangeMadeAllAtOnceContradictsAGradualOne) {
    uh_test::Question q = story_question(R"({"must_mention": ["merged the deploy scripts", "implemented incrementally / piloted"]})");
    Coverage c = key_point_coverage(q.input("We merged the deploy scripts and moved the whole suite in one go over a weekend."));
    EXPECT_EQ(c.must[1].status, PointStatus::contradicted) << coverage_json(c);
    EXPECT_EQ(c.must[1].evidence_text, "in one go");
    c = key_point_coverage(q.input("We merged the deploy scripts and rebuilt the pipeline from scratch."));
    EXPECT_EQ(c.must[1].status, PointStatus::contradicted) << coverage_json(c);
    // Denied, the sweeping change is the point's side: "not all at once".
    c = key_point_coverage(q.input("We merged the deploy scripts, but not in one go: one service first, then the others."));
    EXPECT_EQ(c.must[1].status, PointStatus::covered) << coverage_json(c);
    // A rewrite of the whole is made all at once too; a rewrite of a part is no sweeping change.
    c = key_point_coverage(q.input("We merged the deploy scripts. Over one weekend I deleted the old service and rewrote the whole thing as a single script."));
    EXPECT_EQ(c.must[1].status, PointStatus::contradicted) << coverage_json(c);
    EXPECT_EQ(c.must[1].evidence_text, "rewrote the whole");
    // (Neither is read as the gradual step it tells yet: both are missing.)
    c = key_point_coverage(q.input("We merged the deploy scripts. Je n'ai pas tout réécrit : on a commencé par un service."));
    EXPECT_NE(c.must[1].status, PointStatus::contradicted) << coverage_json(c);
    c = key_point_coverage(q.input("We merged the deploy scripts. I rewrote the parser for the whole team, one module a week."));
    EXPECT_NE(c.must[1].status, PointStatus::contradicted) << coverage_json(c);
    // "at once" alone means "immediately".
    c = key_point_coverage(q.input("We merged the deploy scripts and I told the team at once."));
    EXPECT_EQ(c.must[1].status, PointStatus::missing) << coverage_json(c);
    // Other points are untouched by it.
    uh_test::Question other = story_question(R"({"must_mention": ["merged the deploy scripts", "shared the knowledge with the team"]})");
    c = key_point_coverage(other.input("We merged the deploy scripts and rewrote the whole suite in one go."));
    EXPECT_EQ(c.must[1].status, PointStatus::missing) << coverage_json(c);
}

// A point ruling out a change made all at once ("no big-bang migration") asks for a gradual
// one: a change made in one go denies it, a gradual change does not.
TEST(StoryPoints, RulingOutASweepingChangeAsksForAGradualOne) {
    uh_test::Question q = story_question(R"({"must_mention": ["merged the deploy scripts", "no big-bang migration"]})");
    Coverage c = key_point_coverage(q.input("We merged the deploy scripts, then moved every service in one go."));
    EXPECT_EQ(c.must[1].status, PointStatus::contradicted) << coverage_json(c);
    c = key_point_coverage(q.input("We merged the deploy scripts and migrated gradually, one service a week."));
    EXPECT_EQ(c.must[1].status, PointStatus::covered) << coverage_json(c);
    c = key_point_coverage(q.input("We merged the deploy scripts and did no big-bang migration: one service a week."));
    EXPECT_EQ(c.must[1].status, PointStatus::covered) << coverage_json(c);
}

// Telling people in time is told by the candidate telling someone; not telling anyone denies it.
TEST(StoryPoints, FlaggingEarlyIsTheCandidateTellingSomeone) {
    uh_test::Question q = story_question(R"({"must_mention": ["merged the deploy scripts", "flagged the risk early to the stakeholders"]})");
    Coverage c = key_point_coverage(q.input(
        "We merged the deploy scripts. On Tuesday I pinged my lead and said the Thursday date would slip."));
    EXPECT_EQ(c.must[1].status, PointStatus::covered) << coverage_json(c);
    c = key_point_coverage(q.input("We merged the deploy scripts. I didn't tell anyone, I tried to catch up alone."));
    EXPECT_EQ(c.must[1].status, PointStatus::contradicted) << coverage_json(c);
    // Someone else telling is not the candidate flagging it.
    c = key_point_coverage(q.input("We merged the deploy scripts. The manager told everybody on Friday."));
    EXPECT_NE(c.must[1].status, PointStatus::covered) << coverage_json(c);
}

// Ownership is a fault owned in so many words ("my bad", "I underestimated it"); denying the
// fault denies it.
TEST(StoryPoints, OwnershipIsAFaultOwned) {
    uh_test::Question q = story_question(R"({"must_mention": ["merged the deploy scripts", "takes personal ownership"]})");
    Coverage c = key_point_coverage(q.input("We merged the deploy scripts late. I totally underestimated it, my bad."));
    EXPECT_EQ(c.must[1].status, PointStatus::covered) << coverage_json(c);
    c = key_point_coverage(q.input("We merged the deploy scripts late. The requirements were vague; it wasn't really my fault."));
    EXPECT_EQ(c.must[1].status, PointStatus::contradicted) << coverage_json(c);
    c = key_point_coverage(q.input("We merged the deploy scripts late because the server was down."));
    EXPECT_EQ(c.must[1].status, PointStatus::missing) << coverage_json(c);
}

// "As many as you want" is an unlimited number; "as many as 50" a number, "as many as possible"
// a maximum.
TEST(Synonyms, AsManyAsYouWantIsUnlimited) {
    uh_test::Question q;
    q.question_text = "How many constructors can a class have?";
    q.key_points = R"({"must_mention": ["an unlimited number"]})";
    for (const char* answer : {"As many as you want, with different parameters.", "as many as needed",
                               "You can write as many constructors as the programmer wants."}) {
        const Coverage c = key_point_coverage(q.input(answer));
        EXPECT_EQ(c.must[0].status, PointStatus::covered) << answer << coverage_json(c);
    }
    for (const char* answer : {"As many as 50 per class.", "Write as many as possible."}) {
        const Coverage c = key_point_coverage(q.input(answer));
        EXPECT_EQ(c.must[0].status, PointStatus::missing) << answer << coverage_json(c);
    }
}

// A function's signature is its parameter list; a token's signature is not.
TEST(Synonyms, AFunctionSignatureIsItsParameters) {
    uh_test::Question q;
    q.question_text = "How does the compiler tell overloaded functions apart?";
    q.key_points = R"({"must_mention": ["by the function signature"]})";
    Coverage c = key_point_coverage(q.input("By the number, types and order of their parameters."));
    EXPECT_EQ(c.must[0].status, PointStatus::covered) << coverage_json(c);
    uh_test::Question t;
    t.question_text = "How do you trust a certificate?";
    t.key_points = R"({"must_mention": ["signature"]})";
    c = key_point_coverage(t.input("I look at the parameters."));
    EXPECT_EQ(c.must[0].status, PointStatus::missing) << coverage_json(c);
}

// Defining, declaring and specifying a member are one act in a program's text.
TEST(Synonyms, DefinedDeclaredSpecified) {
    uh_test::Question q;
    q.question_text = "When does C++ create a default constructor?";
    q.key_points = R"({"must_mention": ["defined"]})";
    for (const char* answer : {"When nothing is declared.", "When you specify nothing."}) {
        const Coverage c = key_point_coverage(q.input(answer));
        EXPECT_EQ(c.must[0].status, PointStatus::covered) << answer << coverage_json(c);
    }
}

// In a story question a quarter of the points stated plainly is enough for the benefit of the doubt.
TEST(CoherentPromotion, AStoryNeedsAQuarterOfItsPointsStated) {
    const std::string points =
        R"({"must_mention": ["merged the deploy scripts into one pipeline", "kept the database migration step",
                             "asked the original author about the old steps", "compared failure rates of every script"]})";
    const std::string answer =
        "We merged the deploy scripts into one pipeline. A colleague said most of the old steps were obsolete.";
    uh_test::Question story = story_question(points.c_str());
    uh_test::Question technical = story_question(points.c_str());
    technical.type = "technical";
    const Coverage s = key_point_coverage(story.input(answer));
    const Coverage t = key_point_coverage(technical.input(answer));
    ASSERT_EQ(s.must.size(), 4u);
    EXPECT_EQ(s.must[0].status, PointStatus::covered) << coverage_json(s);
    EXPECT_EQ(t.must[0].status, PointStatus::covered) << coverage_json(t);
    // The same partial match: covered in the story, partial in the technical question.
    EXPECT_EQ(t.must[2].status, PointStatus::partial) << coverage_json(t);
    EXPECT_EQ(s.must[2].status, PointStatus::covered) << coverage_json(s);
}

// Everyday words of two fields: privileges are permissions ("only the perms it needs"), a repaint
// is rendering.
TEST(Synonyms, PermsArePrivilegesAndARepaintIsRendering) {
    uh_test::Question q;
    q.key_points = R"({"must_mention": ["privileges", "rendering"]})";
    const Coverage c = key_point_coverage(q.input("Give it only the perms it needs. A long loop freezes the repaint."));
    EXPECT_EQ(c.must[0].status, PointStatus::covered) << coverage_json(c);
    EXPECT_EQ(c.must[1].status, PointStatus::covered) << coverage_json(c);
}

// A method is a class's function (Java, C#, Python call member functions so).
TEST(Synonyms, AMethodIsAFunction) {
    uh_test::Question q;
    q.question_text = "What is typically included in a class definition?";
    q.key_points = R"j({"must_mention": ["data members (attributes)", "member functions"]})j";
    Coverage c = key_point_coverage(q.input("Its attributes and its methods."));
    EXPECT_EQ(c.must[1].status, PointStatus::covered) << coverage_json(c);
    q.question_text = "Where do C++ programs begin to execute?";
    q.key_points = R"({"must_mention": ["at the main function"]})";
    c = key_point_coverage(q.input("They start in the main method."));
    EXPECT_EQ(c.must[0].status, PointStatus::covered) << coverage_json(c);
}

// General vocabulary told in other words: a leaked key is revoked by disabling it, a team's
// guideline is its policy, what a user gains ("gagnait") is a benefit. Not wider: a cache entry is
// invalidated (not revoked), validation and firewall rules are no policy, "as seen in the docs"
// is no visited set.
TEST(Synonyms, DisableRevokesAGuidelineIsAPolicyAndAGainIsABenefit) {
    uh_test::Question q;
    q.key_points = R"({"must_mention": ["revoke", "policy", "bénéfices"]})";
    const Coverage c = key_point_coverage(
        q.input("I disable the old key. We wrote a guideline for it. Il voyait ce qu'il y gagnait."));
    for (const PointResult& p : c.must) EXPECT_EQ(p.status, PointStatus::covered) << coverage_json(c);
    EXPECT_NE(word_info("invalidate").group, word_info("revoke").group);
    EXPECT_NE(word_info("rules").group, word_info("policy").group);
    EXPECT_TRUE(word_info("seen").group < 0 || word_info("seen").group != word_info("visited").group);
}

// Informal Arabic writes English tech words in Arabic letters ("تستات" tests, "ميرج" merge, "لوقز"
// logs, "ريكوست" request, "سيرفس" service): they join the groups of the formal Arabic and English
// words, and a word with its proclitics ("والسجلات", "للطلب", "باختبار") has its group too.
TEST(Synonyms, ArabicTransliterationsAndProclitics) {
    uh_test::Question q;
    q.key_points = R"({"must_mention": ["الاختبارات", "الدمج", "والسجلات", "للطلب", "خدمة"]})";
    const Coverage c = key_point_coverage(q.input("كتبت تستات. عملت ميرج. كل لوقز. ريكوست آي دي. كل سيرفس."));
    for (const PointResult& p : c.must) EXPECT_EQ(p.status, PointStatus::covered) << coverage_json(c);
    const Coverage english = key_point_coverage(q.input("I wrote tests, did a merge, all logs, a request id per service."));
    for (const PointResult& p : english.must) EXPECT_EQ(p.status, PointStatus::covered) << coverage_json(english);
    EXPECT_EQ(word_info("\u0648\u0627\u0644\u0633\u062c\u0644\u0627\u062a").group, word_info("logs").group);   // والسجلات
    EXPECT_LT(word_info("\u0628\u064a\u062a").group, 0);   // بيت (a house): no proclitic to take off
    // ولوج (access, as in "تسجيل الولوج") and بلوغ (reaching) are no logs once و / ب is taken off.
    EXPECT_NE(word_info("\u0648\u0644\u0648\u062c").group, word_info("logs").group);
    EXPECT_NE(word_info("\u0628\u0644\u0648\u063a").group, word_info("logs").group);
}

// A measured result's one-word examples in parentheses are what to measure, not wordings of it.
TEST(OutcomePoints, AMeasuredResultsExamplesAreNotItsWordings) {
    uh_test::Question q;
    q.type = "behavioral";
    q.question_text = "Tell me about a time a project you worked on was late.";
    q.key_points = R"j({"must_mention": ["owned the delay"], "bonus_points": ["quantified impact (days, scope, users)"]})j";
    Coverage c = key_point_coverage(q.input("I owned the delay. The release went out a day late and the users were told."));
    EXPECT_EQ(c.bonus[0].status, PointStatus::missing) << coverage_json(c);
    c = key_point_coverage(q.input("I owned the delay. We cut the slip from 10 days to 2 days for 3000 users."));
    EXPECT_EQ(c.bonus[0].status, PointStatus::covered) << coverage_json(c);
}

// What can be reached from somewhere is accessible, available or visible there.
TEST(Synonyms, AccessibleAvailableVisible) {
    uh_test::Question q;
    q.question_text = "What is the difference between a data member and a local variable?";
    q.key_points = R"({"must_mention": ["accessible"]})";
    for (const char* answer : {"They are available to any member function.", "They are visible in any member function."}) {
        const Coverage c = key_point_coverage(q.input(answer));
        EXPECT_EQ(c.must[0].status, PointStatus::covered) << answer << coverage_json(c);
    }
}

// An informal answer states a must point in fewer of its words: a weaker match touches it.
TEST(CoherentPromotion, AnInformalAnswerTouchesAPointByAWeakerMatch) {
    Coverage c;
    c.must = {point(PointStatus::covered, 0.7), point(PointStatus::partial, 0.22), point(PointStatus::missing, 0.17),
              point(PointStatus::partial, 0.3)};
    c.bonus = {point(PointStatus::missing, 0.1), point(PointStatus::missing, 0.0), point(PointStatus::missing, 0.0),
               point(PointStatus::missing, 0.05)};
    const uh_test::ByRegister r = uh_test::by_register(c, uh_test::coherent_pass);
    EXPECT_TRUE(uh_test::statuses_are(r.formal.must, {PointStatus::partial, PointStatus::missing}, 1));
    EXPECT_TRUE(uh_test::statuses_are(r.informal.must, {PointStatus::covered, PointStatus::covered, PointStatus::covered}, 1));
    EXPECT_DOUBLE_EQ(r.informal.must[2].score, 0.4);
    EXPECT_EQ(r.informal.bonus[0].status, PointStatus::missing);
}

TEST(InformalRegister, ChatWordsOrALowerCaseIMakeAnAnswerInformal) {
    Lexicon lexicon;
    auto informal = [&](const std::string& text) {
        const auto owned = uh_test::tokenize(text);
        return informal_register(build_document(owned->raw(), lexicon));
    };
    EXPECT_TRUE(informal("ok so i made a little app to split bills with my flatmates cause we kept arguing lol"));
    EXPECT_TRUE(informal("gil = global interpreter lock, for cpu heavy stuff threads dont help tbh"));
    EXPECT_TRUE(informal("bon deja on lance un scan, genre sur tous les repos, et jsp si ca suffit"));
    EXPECT_FALSE(informal("I made a small app to split bills with my flatmates because we kept arguing."));
    // Names in code and formulas are no chat words: a loop over n, edges (u, v), a variable c.
    EXPECT_FALSE(informal("For each edge (u, v) we relax the distance; with n nodes and c colours it is O(n c)."));
    // One informal word in a long formal answer is not enough.
    EXPECT_FALSE(informal("Okay, the service keeps a cache of the last responses and refreshes it every minute, so "
                          "that a slow upstream never blocks a request; the cache is bounded by size and by age."));
}

// Spoken Arabic (any region's) and spoken French are informal writing as chat words are in English;
// formal Arabic typed without hamza, and one spoken word in a formal answer, are not.
TEST(InformalRegister, SpokenArabicAndFrenchMakeAnAnswerInformal) {
    Lexicon lexicon;
    auto informal = [&](const std::string& text) {
        const auto owned = uh_test::tokenize(text);
        return informal_register(build_document(owned->raw(), lexicon));
    };
    // Egyptian and Levantine: let us (خلينا), and then (وبعدين, with the conjunction written on), but (بس).
    EXPECT_TRUE(informal("قلت للمدير خلينا نجرب الحل الجديد على جزء صغير وبعدين نشوف النتيجة بس لازم نراقب الاداء"));
    // Gulf: now (الحين), not (مو), good (زين).
    EXPECT_TRUE(informal("الحين اقسم الشغل لمهام صغيرة مو مهمة وحدة كبيرة وهذا زين للتقدير"));
    // Arabic typed in Latin letters.
    EXPECT_TRUE(informal("ya3ni el cache keda msh kbir, bas el database heya el moshkla"));
    // French slang and chat spellings: boulot, tjs, qq.
    EXPECT_TRUE(informal("en gros le boulot du client c'est couper les fichiers en blocs de qq Mo, tjs avec un hash"));
    // Spoken French drops the "ne" of a negation: "c'est pas", "marche pas" (one such word and the
    // slang "boulot" make two).
    EXPECT_TRUE(informal("c'est pas compliqué, le boulot du serveur c'est de calculer le code, ça marche pas sans le secret"));
    EXPECT_TRUE(informal("le fraudeur a pas le secret donc le sim swap sert pas a grand chose"));
    // Formal French says "ne ... pas", and "pas" alone after a conjunction ("ou pas", "pourquoi pas").
    EXPECT_FALSE(informal("Ce n'est pas compliqué : le serveur ne calcule pas le code seul, et on ne sait pas "
                          "encore s'il faut le garder ou pas ; pourquoi pas un second facteur ?"));
    // Formal Arabic without hamza (الى, اداء, لان) and with the words these spellings could be
    // mistaken for (دول: countries; ابي: my father).
    EXPECT_FALSE(informal("قمت بتقسيم العمل الى مهام صغيرة ثم راجعت النتائج مع الفريق لان الاداء كان ضعيفا"));
    EXPECT_FALSE(informal("تعتمد دول كثيرة هذا المعيار وقد تعلمت البرمجة من ابي قبل الجامعة"));
    EXPECT_FALSE(informal("Le client découpe les fichiers en blocs, dont chacun porte une empreinte, et "
                          "n'envoie que les blocs modifiés."));
}

// An answer stating three quarters of its must points plainly knows the subject: a weak match of
// the last one is that point said in passing.
TEST(CoherentPromotion, AnAnswerStatingMostMustPointsTouchesTheLastByAWeakerMatch) {
    auto coverage = [](double first) {
        Coverage c;
        c.must = {point(PointStatus::covered, first), point(PointStatus::covered, 0.6), point(PointStatus::covered, 0.9),
                  point(PointStatus::missing, 0.17)};
        c.bonus = {point(PointStatus::missing, 0.1), point(PointStatus::missing, 0.0), point(PointStatus::missing, 0.0),
                   point(PointStatus::missing, 0.0), point(PointStatus::missing, 0.0), point(PointStatus::missing, 0.16)};
        return c;
    };
    Coverage most = coverage(0.7);
    promote_coherent(most);
    EXPECT_EQ(most.must[3].status, PointStatus::covered);
    EXPECT_DOUBLE_EQ(most.must[3].score, 0.4);
    EXPECT_EQ(most.bonus[5].status, PointStatus::missing);
    // Two of four stated plainly (the third partly): the weak match stays what it is.
    Coverage half = coverage(0.7);
    half.must[2] = point(PointStatus::partial, 0.3);
    promote_coherent(half);
    EXPECT_EQ(half.must[3].status, PointStatus::missing);
}

// A bare list of key terms ("Handshake. Keys. Symmetric.") touches points without stating them:
// such points neither count as touched nor are promoted by the must-points rule.
TEST(CoherentPromotion, PointsTouchedInAListOfTermsStayPartial) {
    Coverage c;
    c.must = {point(PointStatus::covered, 0.7), point(PointStatus::partial, 0.33), point(PointStatus::partial, 0.27),
              point(PointStatus::partial, 0.36)};
    for (size_t i = 1; i < c.must.size(); ++i) c.must[i].in_prose = false;
    promote_coherent(c);
    for (size_t i = 1; i < c.must.size(); ++i) EXPECT_EQ(c.must[i].status, PointStatus::partial);
    uh_test::Question q;
    q.key_points = R"({"must_mention": ["certificate verifies the server identity", "TLS handshake negotiates a session key",
                                        "symmetric encryption of the traffic", "asymmetric cryptography for the key exchange"]})";
    const Coverage list = key_point_coverage(q.input("HTTPS uses a certificate to verify the server identity. Handshake. Keys. "
                                                     "Symmetric. Asymmetric."));
    EXPECT_EQ(list.must[0].status, PointStatus::covered);
    for (size_t i = 1; i < list.must.size(); ++i) EXPECT_NE(list.must[i].status, PointStatus::covered) << i;
    uh_test::Question f;
    f.key_points = R"({"must_mention": ["un index accélère les lectures sur la colonne indexée",
                                        "chaque insertion ou mise à jour doit aussi maintenir l index",
                                        "un index occupe de l espace disque"]})";
    const Coverage fr = key_point_coverage(f.input("Un index accélère les lectures sur la colonne indexée. Insertion. Mise à jour. Disque."));
    for (size_t i = 1; i < fr.must.size(); ++i) EXPECT_NE(fr.must[i].status, PointStatus::covered) << i;
}
