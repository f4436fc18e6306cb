// Rules read from a few words must not fire on ordinary answers that use the same words for
// something else: being told is not telling, someone else's fault is not the candidate's, what
// one learns "from scratch" is no change made all at once, what happened is no verdict, "as many
// as 50" is a number, "the team owns it" takes no side of "own" vs "shared".
#include "core/analysis.hpp"
#include "core/lexicon_data.hpp"
#include "core/outcome_points.hpp"
#include "core/text.hpp"

#include "test_tokens.hpp"

#include <gtest/gtest.h>

#include <string>

using namespace utopiahire::core;

namespace {

// A story question whose first point the answers state ("We merged the deploy scripts."), so
// that a story point is read from the rest.
PointStatus story_status(const char* point, const std::string& rest) {
    uh_test::Question q;
    q.type = "behavioral";
    q.question_text = "Tell me about a time you had to simplify an over-complicated process.";
    q.key_points = std::string(R"({"must_mention": ["merged the deploy scripts", ")") + point + R"("]})";
    return key_point_coverage(q.input("We merged the deploy scripts. " + rest)).must.at(1).status;
}

// How well a story sentence plays a part, from the story cues alone (no word matching).
double story_part(OutcomeKind kind, const std::string& answer) {
    auto owned = uh_test::tokenize(answer);
    Lexicon lexicon;
    const Document doc = build_document(owned->raw(), lexicon);
    return outcome_evidence(doc, story_cues(doc), kind).score;
}

}  // namespace

// An update is the candidate telling someone: being told by someone is none.
TEST(OrdinaryAnswers, BeingToldIsNoUpdateGiven) {
    const char* point = "flagged the risk early to the stakeholders";
    EXPECT_EQ(story_status(point, "I told my lead on Tuesday that Thursday would slip."), PointStatus::covered);
    EXPECT_NE(story_status(point, "My manager told me the deadline had moved to Thursday."), PointStatus::covered);
}

// Ownership is the candidate's own fault: someone else underestimating or messing up is not, nor
// is a role ("my responsibility was the API"); "that was my responsibility" is.
TEST(OrdinaryAnswers, SomeoneElsesFaultIsNoOwnership) {
    const char* point = "takes personal ownership";
    EXPECT_EQ(story_status(point, "I underestimated the migration, that was on me."), PointStatus::covered);
    EXPECT_EQ(story_status(point, "The release slipped, and that was my responsibility."), PointStatus::covered);
    EXPECT_EQ(story_status(point, "The vendor underestimated the load and messed up the config."), PointStatus::missing);
    // (the point's own word "responsibility" is matched as a word; the story part is not told)
    EXPECT_GT(story_part(OutcomeKind::ownership, "That was my responsibility."), 0.0);
    EXPECT_GT(story_part(OutcomeKind::ownership, "My bad."), 0.0);
    EXPECT_EQ(story_part(OutcomeKind::ownership, "My responsibility was the billing service."), 0.0);
    EXPECT_EQ(story_part(OutcomeKind::ownership, "The client underestimated the load."), 0.0);
}

// "From scratch" after a learning verb says how one learnt, not how the change was made; "tout
// d'un coup" is "suddenly" and "une seule fois" "only once".
TEST(OrdinaryAnswers, LearningFromScratchIsNoSweepingChange) {
    const char* point = "implemented incrementally / piloted";
    EXPECT_EQ(story_status(point, "We rebuilt the pipeline from scratch."), PointStatus::contradicted);
    EXPECT_EQ(story_status(point, "I had to learn Terraform from scratch first. Then I wrote the modules and tested them on staging."),
              PointStatus::missing);
    EXPECT_EQ(story_status(point, "On a tout migr\xC3\xA9 en une seule fois."), PointStatus::contradicted);
    EXPECT_EQ(story_status(point, "On l'a test\xC3\xA9 une seule fois sur la pr\xC3\xA9prod."), PointStatus::missing);
    EXPECT_EQ(story_status(point, "Tout d'un coup le serveur est tomb\xC3\xA9, puis on a corrig\xC3\xA9 le bug."),
              PointStatus::missing);
}

// "X makes you look bad" is a verdict on X; "admitting it made me look bad at first" tells what
// happened, and the candidate did admit it.
TEST(OrdinaryAnswers, WhatMadeMeLookBadIsNoVerdict) {
    const char* point = "admitted the mistake openly";
    EXPECT_EQ(story_status(point, "Admitting a mistake openly makes you look bad."), PointStatus::contradicted);
    EXPECT_EQ(story_status(point, "Admitting my mistake openly made me look bad at first, but it built trust with the team."),
              PointStatus::covered);
}

// "As many as 50 if you want" is at most 50, not an unlimited number.
TEST(OrdinaryAnswers, AsManyAsANumberIsNoUnlimitedNumber) {
    uh_test::Question q;
    q.question_text = "How many constructors can a class have?";
    q.key_points = R"({"must_mention": ["an unlimited number"]})";
    EXPECT_EQ(key_point_coverage(q.input("As many as you want.")).must.at(0).status, PointStatus::covered);
    EXPECT_EQ(key_point_coverage(q.input("You can have as many as 50 if you want.")).must.at(0).status, PointStatus::missing);
}

// An English adjective has no plural: "owns", "fixes", "syncs" are verbs, "dynamics" a noun, and
// take no side of "own", "fixe", "sync", "dynamic" (French plurals still do: "rapides").
TEST(OrdinaryAnswers, VerbsSpelledLikePluralsTakeNoSide) {
    EXPECT_LT(word_info("owns").antonym, 0);
    EXPECT_LT(word_info("fixes").antonym, 0);
    EXPECT_LT(word_info("syncs").antonym, 0);
    EXPECT_LT(word_info("dynamics").antonym, 0);
    EXPECT_EQ(word_info("rapides").antonym, word_info("rapide").antonym);
    uh_test::Question q;
    q.question_text = "How would you cache sessions across instances?";
    q.key_points = R"({"must_mention": ["a shared cache used by all instances"]})";
    EXPECT_EQ(key_point_coverage(q.input("A Redis cache that the platform team owns, used by all instances.")).must.at(0).status,
              PointStatus::covered);
}

// A sweeping change avoided is the gradual change's side, not its denial. (It does not state the
// gradual change yet: these answers are missing, not partial.)
TEST(OrdinaryAnswers, AnAvoidedSweepingChangeIsNoneMade) {
    const char* point = "implemented incrementally / piloted";
    EXPECT_EQ(story_status(point, "We avoided a big bang switch and kept the old path as a fallback."),
              PointStatus::missing);
    EXPECT_EQ(story_status(point, "I'd avoid a big bang release and keep the old path as a fallback."),
              PointStatus::missing);
    EXPECT_EQ(story_status(point, "We did a big bang switch and kept the old path as a fallback."), PointStatus::contradicted);
    // Told as counterfactual, it was not made either.
    EXPECT_EQ(story_status(point, "Rewriting it from scratch would have been risky, so we kept the old system running."),
              PointStatus::missing);
    EXPECT_EQ(story_status(point, "We could have switched everything at once, but we kept the old system running."),
              PointStatus::missing);
    EXPECT_EQ(story_status(point, "I would switch everything at once and keep the old system running."), PointStatus::contradicted);
    // Refused, neither.
    EXPECT_EQ(story_status(point, "I pushed back on doing it all at once and kept the old path as a fallback."),
              PointStatus::missing);
}

// A common mistake the answer names as wrong is pointed out, not made: it costs no accuracy and
// its correction is not given as a suggestion.
TEST(OrdinaryAnswers, AMistakeNamedAsWrongIsNotMade) {
    uh_test::Question q;
    q.question_text = "What is the difference between a list and a tuple in Python?";
    q.key_points = R"({"must_mention": ["lists mutable, tuples immutable", "tuples hashable as dictionary keys"]})";
    q.mistakes = R"({"mistakes": [{"mistake": "Saying lists are hashable dictionary keys",
                                   "correction": "Only immutable, hashable objects can be dictionary keys"}]})";
    auto corrected = [](const AnalysisResult& r) {
        bool found = false;
        for (const auto& s : r.suggestions) found = found || s.find("Only immutable") != std::string::npos;
        return found;
    };
    const AnalysisResult made = analyze(q.input("Lists are mutable and tuples immutable. Lists are hashable, so lists make good dictionary keys."));
    const AnalysisResult named = analyze(q.input(
        "Lists are mutable and tuples immutable. People often say lists are hashable dictionary keys, but that is wrong."));
    const AnalysisResult pitfall = analyze(q.input(
        "Lists are mutable and tuples immutable. A common misconception: lists are hashable dictionary keys."));
    // "goes wrong" is no verdict on the claim.
    const AnalysisResult goes = analyze(q.input(
        "Lists are mutable and tuples immutable. Lists are hashable, so if something goes wrong lists make good dictionary keys."));
    EXPECT_TRUE(corrected(made));
    EXPECT_TRUE(corrected(goes));
    EXPECT_FALSE(corrected(named));
    EXPECT_FALSE(corrected(pitfall));
    EXPECT_GT(named.technical_accuracy, made.technical_accuracy);
}

// A French sentence opening with an accented capital ("Après", "Éviter") means what its word
// means in lower case: the word lists name "après", "éviter".
TEST(OrdinaryAnswers, AccentedCapitalsAreTheirLowerCaseWords) {
    auto first_token = [](const std::string& text) {
        auto owned = uh_test::tokenize(text);
        Lexicon lexicon;
        const Document doc = build_document(owned->raw(), lexicon);
        return doc.tokens.at(0);
    };
    const Token apres = first_token("Apr\xC3\xA8s le d\xC3\xA9ploiement.");
    EXPECT_EQ(apres.surface, "apr\xC3\xA8s");
    EXPECT_EQ(apres.antonym, word_info("apr\xC3\xA8s").antonym);
    EXPECT_GE(apres.antonym, 0);
    EXPECT_EQ(first_token("\xC3\x89viter les doublons.").surface, "\xC3\xA9viter");
    EXPECT_EQ(first_token("\xC3\x80 la fin.").surface, "\xC3\xA0");
    EXPECT_EQ(first_token("\xC3\x97" "2").surface, "\xC3\x97" "2");   // a sign, not a letter
}
