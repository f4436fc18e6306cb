// Accuracy behaviours of the analysis: missing_points agree with the coverage, evidence is the
// words that matched, and an answer about another subject of the same field scores low.
#include "core/analysis.hpp"

#include "test_tokens.hpp"

#include <gtest/gtest.h>

#include <algorithm>

using namespace utopiahire::core;
using uh_test::Question;

namespace {

Question queue_question() {
    Question q;
    q.question_text = "How do you make a message consumer safe when the broker redelivers events?";
    q.key_points = R"({"must_mention": ["at-least-once delivery with unique event id", "idempotent consumer stores processed ids",
                       "dead-letter queue for poison messages"],
                       "bonus_points": ["outbox pattern"]})";
    q.sample = "Brokers give at-least-once delivery, so every event carries a unique id. The consumer is idempotent: "
               "it stores processed ids and skips duplicates. Messages that keep failing go to a dead-letter queue.";
    return q;
}

bool listed(const AnalysisResult& r, const std::string& point) {
    return std::find(r.missing_points.begin(), r.missing_points.end(), point) != r.missing_points.end();
}

}  // namespace

TEST(MissingPoints, ExactlyTheMustPointsNotCovered) {
    Question q = queue_question();
    const AnalysisResult r = analyze(q.input(
        "Delivery is at-least-once, so each event gets a unique event id and the consumer stores the processed ids "
        "to skip duplicates. I am not sure about the rest."));
    for (const PointResult& p : r.coverage.must)
        EXPECT_EQ(listed(r, p.point), p.status != PointStatus::covered) << p.point << " " << status_name(p.status);
    for (const PointResult& p : r.coverage.bonus) EXPECT_FALSE(listed(r, p.point)) << p.point;
    EXPECT_EQ(r.coverage.must[0].status, PointStatus::covered);
    EXPECT_EQ(r.coverage.must[2].status, PointStatus::missing);
}

TEST(MissingPoints, ContradictedAndPartialPointsAreListed) {
    Question q = queue_question();
    const AnalysisResult r = analyze(q.input(
        "There is no need for a unique event id, delivery is exactly once. Failing messages are retried forever."));
    size_t not_covered = 0;
    for (const PointResult& p : r.coverage.must) {
        not_covered += p.status != PointStatus::covered;
        EXPECT_EQ(listed(r, p.point), p.status != PointStatus::covered) << p.point << " " << status_name(p.status);
    }
    EXPECT_EQ(r.missing_points.size(), not_covered);
    EXPECT_GE(not_covered, 2u) << analysis_json(r);
}

TEST(Evidence, IsTheWordsThatMatchedThePoint) {
    Question q = queue_question();
    const std::string answer =
        "We had a long incident last winter and the whole team worked late. "
        "Our dead-letter queue catches poison messages after three failed attempts.";
    const Coverage c = key_point_coverage(q.input(answer));
    const PointResult& dlq = c.must[2];
    ASSERT_EQ(dlq.status, PointStatus::covered) << coverage_json(c);
    ASSERT_TRUE(dlq.has_evidence);
    EXPECT_NE(dlq.evidence_text.find("dead-letter queue"), std::string::npos) << dlq.evidence_text;
    EXPECT_EQ(dlq.evidence_text.find("incident"), std::string::npos) << dlq.evidence_text;
    EXPECT_EQ(answer.substr(static_cast<size_t>(dlq.evidence_start),
                            static_cast<size_t>(dlq.evidence_end - dlq.evidence_start)),
              dlq.evidence_text);
}

TEST(Focus, FluentAnswerOnAnotherSubjectOfTheFieldScoresLow) {
    Question q = queue_question();
    const AnalysisResult on = analyze(q.input(
        "The broker gives at-least-once delivery, so each event has a unique id; the idempotent consumer stores "
        "processed ids and skips duplicates, and poison messages go to a dead-letter queue after a few retries."));
    const AnalysisResult off = analyze(q.input(
        "With Terraform you describe infrastructure as code. The plan command compares the desired configuration "
        "with the state file, and apply makes the changes through the provider. Keep the state in a remote backend "
        "with locking so two engineers cannot apply at once, and split environments into workspaces."));
    // Without the focus signal the off-topic answer scored 27 overall, relevance 23, clarity 47
    // (a generic word of a sample sentence still gives one point a partial match).
    EXPECT_GE(on.overall, 60);
    EXPECT_LE(off.overall, 23) << analysis_json(off);
    EXPECT_LE(off.relevance, 20);
    EXPECT_LE(off.clarity, 42);   // a clear text about something else is not a clear answer
}

TEST(Focus, NamingTheQuestionKeepsAWeakButRelevantAnswerAboveOffTopic) {
    Question q = queue_question();
    const AnalysisResult weak = analyze(q.input(
        "When the broker redelivers events the consumer should be careful, I think it has to check something first."));
    const AnalysisResult off = analyze(q.input(
        "I enjoy hiking on weekends and I have read many books about gardening and cooking for large families."));
    EXPECT_GT(weak.relevance, off.relevance);
}

TEST(Synonyms, NumbersAsWordsOrDigitsAndElementsAsItems) {
    Question q;
    q.question_text = "What is the base case of a recursive merge sort?";
    q.key_points = R"({"must_mention": ["the array has size 1"]})";
    const Coverage words = key_point_coverage(q.input("It stops when the array has one element."));
    const Coverage other = key_point_coverage(q.input("It stops when the array has three elements."));
    EXPECT_EQ(words.must[0].status, PointStatus::covered) << coverage_json(words);
    EXPECT_GT(words.must[0].score, other.must[0].score) << coverage_json(other);
    Question items;
    items.key_points = R"({"must_mention": ["swap two elements"]})";
    const Coverage c = key_point_coverage(items.input("We swap the two items."));
    EXPECT_EQ(c.must[0].status, PointStatus::covered) << coverage_json(c);
}

TEST(Negation, NoMatterWhatAndDontForgetAssert) {
    Question q;
    q.key_points = R"({"must_mention": ["the do-while body always executes at least once", "backups are encrypted"]})";
    const Coverage c = key_point_coverage(q.input(
        "The do-while body runs at least once no matter what the condition says. Don't forget that backups are encrypted."));
    EXPECT_EQ(c.must[0].status, PointStatus::covered) << coverage_json(c);
    EXPECT_EQ(c.must[1].status, PointStatus::covered) << coverage_json(c);
    // Still a negation: "no matter" without a question word is a dismissal, and a plain "not" negates.
    const Coverage d = key_point_coverage(q.input(
        "The do-while body does not run at least once. Backups are not encrypted."));
    EXPECT_EQ(d.must[0].status, PointStatus::contradicted) << coverage_json(d);
    EXPECT_EQ(d.must[1].status, PointStatus::contradicted) << coverage_json(d);
}

TEST(Synonyms, InterviewVocabulary) {
    Question q;
    q.key_points = R"({"must_mention": ["extra storage", "key expiry", "proposed a fix"]})";
    const Coverage c = key_point_coverage(q.input(
        "Each index takes extra disk space. Keys get a TTL so they do not pile up. I suggested a fix to my lead."));
    for (const PointResult& p : c.must) EXPECT_EQ(p.status, PointStatus::covered) << coverage_json(c);
    // Both words of these points, one as a synonym (0.5 with the shared word alone).
    EXPECT_GE(c.must[0].score, 0.8) << coverage_json(c);
    EXPECT_GE(c.must[2].score, 0.8) << coverage_json(c);
}

TEST(Negation, ScopeEndsAtThen) {
    Question q;
    q.key_points = R"({"must_mention": ["compare the string with its reverse"]})";
    const Coverage c = key_point_coverage(q.input(
        "I drop every character that is not a letter and then compare the string with its reverse."));
    EXPECT_EQ(c.must[0].status, PointStatus::covered) << coverage_json(c);
    const Coverage d = key_point_coverage(q.input("I do not compare the string with its reverse."));
    EXPECT_EQ(d.must[0].status, PointStatus::contradicted) << coverage_json(d);
}

// A point stated plainly in one sentence stays covered when a neighbouring sentence contrasts
// another subject with an opposite word ("before" next to the point's "after") or a negation:
// only a conflict that is the point's best statement contradicts it.
TEST(Contradiction, ContrastNextToAPlainStatementDoesNotContradict) {
    Question q;
    q.question_text = "What is the difference between WHERE and HAVING in SQL?";
    q.key_points = R"({"must_mention": ["HAVING filters groups after GROUP BY"], "bonus_points": []})";
    const AnalysisResult contrast = analyze(q.input(
        "WHERE filters individual rows before grouping and aggregation, so it cannot use aggregate functions. "
        "HAVING filters groups after GROUP BY, so it can use aggregates such as COUNT or SUM."));
    EXPECT_EQ(contrast.coverage.must[0].status, PointStatus::covered) << analysis_json(contrast);
    // The swapped statement alone is still a contradiction.
    const AnalysisResult swapped = analyze(q.input("HAVING filters groups before GROUP BY runs."));
    EXPECT_EQ(swapped.coverage.must[0].status, PointStatus::contradicted) << analysis_json(swapped);
}

// A sample sentence widens a point only when the answer restates several of its words: one word
// shared with a two-word remainder ("dummy" of "Dummy nodes help.") is no restatement.
TEST(SampleSupport, NeedsSeveralWordsOfTheSentence) {
    Question q;
    q.question_text = "How would you implement an LRU cache?";
    q.key_points = R"({"must_mention": ["sentinel head and tail nodes"]})";
    q.sample = "Dummy nodes help.";
    const Coverage one = key_point_coverage(q.input("Dummy values are a bad idea for the keys."));
    EXPECT_EQ(one.must.at(0).status, PointStatus::missing) << coverage_json(one);

    q.sample = "Dummy nodes at the front and back remove edge cases.";
    const Coverage several = key_point_coverage(q.input("I keep dummy entries at the front and back to remove edge cases."));
    EXPECT_EQ(several.must.at(0).status, PointStatus::covered) << coverage_json(several);
}

// A keyword list does not become an explanation by standing next to a prose sentence.
TEST(KeywordLists, APairOfSentencesExplainsNoBetterThanItsList) {
    Question q;
    q.question_text = "When would you add an index to a table?";
    q.key_points = R"({"must_mention": ["capacity alerting and load testing afterwards"]})";
    const Coverage c = key_point_coverage(q.input(
        "An index lets the database find the matching rows without reading the whole table of the shop. "
        "Capacity, alerting, Grafana, Datadog, load testing, B-tree, hash, selectivity, cardinality, partial."));
    EXPECT_EQ(c.must.at(0).status, PointStatus::missing) << coverage_json(c);
    const Coverage prose = key_point_coverage(q.input(
        "Afterwards I would add capacity alerting and run a load testing session before the next peak."));
    EXPECT_EQ(prose.must.at(0).status, PointStatus::covered) << coverage_json(prose);
}

// The stop words inside a list's noun phrases ("couverture de code", "tests de bout en bout") make
// no sentence of it: a keyword list in French is a list as well.
TEST(KeywordLists, NounPhraseStopWordsMakeNoExplanation) {
    Question q;
    q.question_text = "Quelle est la différence entre un test unitaire et un test d'intégration ?";
    q.key_points = R"({"must_mention": ["pyramide de tests"]})";
    const Coverage c = key_point_coverage(q.input(
        "Tests unitaires, tests de bout en bout, JUnit, pytest, doublures, couverture de code, pyramide de tests, "
        "intégration continue, qualité de code, base de données, isolation, rapidité, refactoring, Sonar."));
    EXPECT_EQ(c.must.at(0).status, PointStatus::missing) << coverage_json(c);
    const Coverage prose = key_point_coverage(q.input(
        "Au final je suis la pyramide de tests : beaucoup de tests unitaires à la base, et moins de tests au-dessus."));
    EXPECT_EQ(prose.must.at(0).status, PointStatus::covered) << coverage_json(prose);
}

// A must point that shares no word with the sample answer takes the sample sentences between
// its neighbours' (sample answers state their points in order), so restating them covers it.
TEST(SampleSupport, PointsWithoutSharedWordsTakeTheirSentencesByPosition) {
    Question q;
    q.question_text = "Tell me about a process you improved.";
    q.key_points = R"({"must_mention": ["added a cache", "pain point supported by evidence", "result measured"]})";
    q.sample = "We added a cache in front of the database. Reports took nine seconds for every manager each morning. "
               "The result was measured on the dashboard.";
    const Coverage restated = key_point_coverage(
        q.input("Reports took nine seconds for every manager each morning, so I added a cache."));
    EXPECT_EQ(restated.must.at(1).status, PointStatus::covered) << coverage_json(restated);
    const Coverage other = key_point_coverage(q.input("I added a cache and the result was measured."));
    EXPECT_EQ(other.must.at(1).status, PointStatus::missing) << coverage_json(other);
}

// A one-word alternative written into a point counts as that word, not as a related form of it.
TEST(WrittenAlternatives, OneWordCountsOnlyAsItself) {
    Question q;
    q.question_text = "Design a URL shortener for heavy redirect traffic.";
    q.key_points = R"kp({"must_mention": ["capacity estimate (reads, storage)"]})kp";
    const Coverage related = key_point_coverage(q.input("We store the links in a table."));
    EXPECT_EQ(related.must.at(0).status, PointStatus::missing) << coverage_json(related);
    const Coverage itself = key_point_coverage(q.input("The storage grows by one terabyte a year."));
    EXPECT_EQ(itself.must.at(0).status, PointStatus::covered) << coverage_json(itself);
}

// A sample sentence stating every word of a point is its whole support: a second sentence that
// shares most of the words but says something else does not widen it.
TEST(SampleSupport, ASentenceStatingThePointNeedsNoSecond) {
    Question q;
    q.question_text = "How do you watch a cache in production?";
    q.key_points = R"({"must_mention": ["cache hit rate region dashboard alerts graphs"]})";
    q.sample = "Show the cache hit rate for each region on a dashboard with alerts and graphs. "
               "Cache hit counts for each region go on the dashboard with alerts, graphs, deploy markers and error budgets.";
    const Coverage c = key_point_coverage(q.input("We put deploy markers and error budgets next to everything."));
    EXPECT_EQ(c.must.at(0).status, PointStatus::missing) << coverage_json(c);
}

// An answer found wrong twice (two key points contradicted) is a wrong answer: every dimension
// falls, not technical accuracy alone. Found wrong once, it keeps its other dimensions (one piece of
// evidence may be a misreading).
TEST(WrongAnswer, TwoContradictionsLowerEveryDimension) {
    Question q = queue_question();
    const AnalysisResult once = analyze(q.input(
        "Delivery is at-least-once and each event has a unique event id. The consumer does not need to store the "
        "processed ids. Messages that keep failing go to a dead-letter queue for poison messages."));
    const AnalysisResult twice = analyze(q.input(
        "Delivery is at-least-once and each event has a unique event id. The consumer does not need to store the "
        "processed ids. Messages that keep failing never go to a dead-letter queue for poison messages."));
    int contradicted_once = 0, contradicted_twice = 0;
    for (const PointResult& p : once.coverage.must) contradicted_once += p.status == PointStatus::contradicted;
    for (const PointResult& p : twice.coverage.must) contradicted_twice += p.status == PointStatus::contradicted;
    ASSERT_EQ(contradicted_once, 1) << analysis_json(once);
    ASSERT_EQ(contradicted_twice, 2) << analysis_json(twice);
    // (Before this rule the second contradiction left clarity and relevance at 0.63 of the first
    // answer's, through the content it loses: 55 / 88, 51 / 81.)
    EXPECT_LT(twice.clarity, 0.5 * once.clarity);
    EXPECT_LT(twice.relevance, 0.5 * once.relevance);
    EXPECT_LT(twice.communication, 0.5 * once.communication);
}

// Common mistakes alone do not make a wrong answer: a correct answer that names two of them to
// reject them is easily read as stating them ("Many people believe the broker delivers exactly
// once, but it doesn't ..."), while a wrong answer contradicts a must point too.
TEST(WrongAnswer, TwoMistakesWithoutAContradictedPointAreNoWrongAnswer) {
    Question q = queue_question();
    q.mistakes = R"({"mistakes": [{"mistake": "the broker guarantees exactly-once delivery",
                                   "correction": "Brokers deliver at least once; the consumer must deduplicate."},
                                  {"mistake": "retry poison messages forever",
                                   "correction": "Send them to a dead-letter queue after a few attempts."}]})";
    const std::string correct =
        "Delivery is at-least-once and each event has a unique event id. The idempotent consumer stores the "
        "processed ids. Messages that keep failing go to a dead-letter queue for poison messages.";
    const AnalysisResult plain = analyze(q.input(correct));
    const AnalysisResult both = analyze(q.input(
        correct + " The broker guarantees exactly-once delivery. We retry poison messages forever."));
    int contradicted = 0;
    for (const PointResult& p : both.coverage.must) contradicted += p.status == PointStatus::contradicted;
    ASSERT_EQ(contradicted, 0) << analysis_json(both);
    ASSERT_GE(both.suggestions.size(), plain.suggestions.size() + 2) << analysis_json(both);   // both mistakes found
    EXPECT_LT(both.technical_accuracy, plain.technical_accuracy);   // accuracy pays for each
    EXPECT_GT(both.clarity, 0.8 * plain.clarity) << analysis_json(both);
    EXPECT_GT(both.relevance, 0.8 * plain.relevance) << analysis_json(both);
}

// The verbs that stop a negation from denying ("don't forget", "never skip") are the lexicon's words
// of omission (role_omission) in every form and language: "never disregard", "il ne faut pas
// oublier", "لا تتجاهل". After "instead of" or "without" the omission is itself denied.
TEST(Negation, EveryWordOfOmissionAfterADenialAsserts) {
    Question q;
    q.key_points = R"({"must_mention": ["account for clock drift between the servers"]})";
    EXPECT_EQ(key_point_coverage(q.input("Never disregard clock drift between the servers.")).must[0].status,
              PointStatus::covered);
    EXPECT_EQ(key_point_coverage(q.input("We do not account for clock drift between the servers.")).must[0].status,
              PointStatus::contradicted);
    Question f;
    f.key_points = R"({"must_mention": ["tester la restauration des sauvegardes"]})";
    EXPECT_EQ(key_point_coverage(f.input("Ne pas oublier de tester la restauration des sauvegardes chaque mois."))
                  .must[0].status,
              PointStatus::covered);
    Question r;
    r.key_points = R"({"must_mention": ["address the root cause instead of skipping the check"]})";
    EXPECT_NE(key_point_coverage(r.input("We address the root cause instead of skipping the check.")).must[0].status,
              PointStatus::contradicted);
    // Nor is a verdict of risk on a word of omission a dismissal: "neglecting X is risky" argues for X.
    Question d;
    d.key_points = R"({"must_mention": ["test the restores of the backups"]})";
    EXPECT_NE(key_point_coverage(d.input("Neglecting the restores of the backups is risky.")).must[0].status,
              PointStatus::contradicted);
    EXPECT_EQ(key_point_coverage(d.input("Testing the restores of the backups is risky.")).must[0].status,
              PointStatus::contradicted);
}
