// A key point naming one part of a story beside content of its own ("post updates in the ops
// chat", "lightened the load: dropped scope or shifted a deadline"): its own words partly matched, and a
// sentence of the answer playing the part it names, state it (outcome_points.hpp story_part_named,
// analysis.cpp apply_outcomes).
#include "core/analysis.hpp"
#include "core/outcome_points.hpp"

#include "test_tokens.hpp"

#include <gtest/gtest.h>

using namespace utopiahire::core;

namespace {

OutcomeKind part_of(const std::string& point) {
    auto owned = uh_test::tokenize(point);
    Lexicon lexicon;
    return story_part_named(build_document(owned->raw(), lexicon));
}

Coverage told(const char* type, const char* point, const char* answer) {
    uh_test::Question q;
    q.type = type;
    q.question_text = "Tell me about a time a release went wrong.";
    // Three points the answers leave out: a story that states few of its points, whose partial
    // matches no other rule promotes.
    q.key_points = std::string(R"({"must_mention": ["merged the deploy scripts", ")") + point +
                   R"(", "wrote a blameless postmortem", "added canary releases", "measured the error budget"]})";
    return key_point_coverage(q.input(answer));
}

}  // namespace

TEST(StoryPartNamed, OnePartBesideContentOfItsOwn) {
    EXPECT_EQ(part_of("post updates in the ops chat"), OutcomeKind::update);
    EXPECT_EQ(part_of("lightened the load: dropped scope or shifted a deadline"), OutcomeKind::rescope);
    EXPECT_EQ(part_of("refuse de le livrer en l'état et explique pourquoi"), OutcomeKind::refusal);
    EXPECT_EQ(part_of("\u0642\u064a\u0627\u0633 \u0627\u0644\u0623\u062b\u0631"), OutcomeKind::measured);
}

TEST(StoryPartNamed, NotAStoryPointNorOneOfNoPartOrOfTwo) {
    // A story point itself (outcome_kind reads it), content only, two parts named.
    EXPECT_EQ(part_of("measurable outcome"), OutcomeKind::none);
    EXPECT_EQ(part_of("in-country hosting (a local region or vendor)"), OutcomeKind::none);
    EXPECT_EQ(part_of("escalated to the director with metrics"), OutcomeKind::none);
    // A situation or a deed is what every story tells.
    EXPECT_EQ(part_of("specific situation with the payment gateway"), OutcomeKind::none);
}

TEST(StoryPartNamed, PartlyMatchedAndThePartPlayedStatesIt) {
    const char* point = "post updates in the ops chat";
    const Coverage told_them = told("behavioral", point,
                                    "We merged the deploy scripts after the outage. The ops work dragged on, so every hour "
                                    "I pinged the support lead with where we were.");
    ASSERT_EQ(told_them.must.size(), 5u);
    EXPECT_EQ(told_them.must[1].status, PointStatus::covered) << coverage_json(told_them);
    // The same answer without the candidate telling anyone: the point stays partly stated.
    const Coverage silent = told("behavioral", point,
                                 "We merged the deploy scripts after the outage. The ops work dragged on, so every hour "
                                 "I checked the dashboards for where we were.");
    EXPECT_EQ(silent.must[1].status, PointStatus::partial) << coverage_json(silent);
    // A technical question tells no story: its points name no part.
    const Coverage technical = told("technical", point,
                                    "We merged the deploy scripts after the outage. The ops work dragged on, so every hour "
                                    "I pinged the support lead with where we were.");
    EXPECT_EQ(technical.must[1].status, PointStatus::partial) << coverage_json(technical);
}

TEST(StoryPartNamed, FrenchRefusalPlayedByTheCandidate) {
    uh_test::Question q;
    q.type = "situational";
    q.question_text = "Votre manager vous demande une fonctionnalité risquée.";
    q.key_points = R"({"must_mention": ["fusionner les scripts", "refuse de le livrer en l'état et explique pourquoi",
                                        "écrire un post-mortem", "mesurer le budget d'erreur", "ajouter des déploiements canari"]})";
    const Coverage said_no = key_point_coverage(
        q.input("Je fusionnerais les scripts. Comme la dernière fois, je lui ai dit non, et je lui explique les risques de la fonctionnalité."));
    ASSERT_EQ(said_no.must.size(), 5u);
    EXPECT_EQ(said_no.must[1].status, PointStatus::covered) << coverage_json(said_no);
    const Coverage silent = key_point_coverage(
        q.input("Je fusionnerais les scripts. Au manager, je lui explique les risques de la fonctionnalité."));
    EXPECT_NE(silent.must[1].status, PointStatus::covered) << coverage_json(silent);
}

TEST(StoryPartNamed, ThePartAloneInAStoryToldInFull) {
    // Half its points stated plainly and none denied: the part played states the point its words
    // miss ("every hour I pinged the support lead" for "post updates in the ops chat").
    uh_test::Question q;
    q.type = "behavioral";
    q.question_text = "Tell me about a time a release went wrong.";
    q.key_points = R"({"must_mention": ["merged the deploy scripts", "post updates in the ops chat"]})";
    const char* answer = "We merged the deploy scripts on Monday. Every hour I pinged the support lead with where we were.";
    const Coverage full = key_point_coverage(q.input(answer));
    ASSERT_EQ(full.must.size(), 2u);
    EXPECT_EQ(full.must[1].status, PointStatus::covered) << coverage_json(full);
    // One point in five stated: the part alone does not state a point none of whose words it says.
    const Coverage few = told("behavioral", "post updates in the ops chat", answer);
    EXPECT_EQ(few.must[1].status, PointStatus::missing) << coverage_json(few);
}
