// Phrases of a story that tell a part in words none of which tells it alone: a lesson drawn
// ("what I took away", "what we took from it") and others kept informed ("let the team know",
// "keep them posted", "looped in", "je les tiens au courant", "على اطلاع"): src/core/outcome_points.cpp
// story_cues.
#include "core/outcome_points.hpp"

#include "test_tokens.hpp"

#include <gtest/gtest.h>

using namespace utopiahire::core;

namespace {

double part_score(const std::string& answer, OutcomeKind kind) {
    auto owned = uh_test::tokenize(answer);
    Lexicon lexicon;
    const Document doc = build_document(owned->raw(), lexicon);
    return outcome_evidence(doc, story_cues(doc), kind).score;
}

}  // namespace

TEST(StoryPhrases, ALessonTakenAway) {
    EXPECT_GT(part_score("What I took away is that a small proposal gets further.", OutcomeKind::lesson), 0.0);
    EXPECT_GT(part_score("The thing we took from it: ask before complaining.", OutcomeKind::lesson), 0.0);
    // A thing taken away, or taken from someone, is no lesson.
    EXPECT_EQ(part_score("I took away the pager from him for a week.", OutcomeKind::lesson), 0.0);
    EXPECT_EQ(part_score("I took from the backlog the three oldest tickets.", OutcomeKind::lesson), 0.0);
}

TEST(StoryPhrases, OthersKeptInformed) {
    EXPECT_GT(part_score("I let the team know in stand-up that I was on it.", OutcomeKind::update), 0.0);
    EXPECT_GT(part_score("I'd keep them posted during the week if stuff slips.", OutcomeKind::update), 0.0);
    EXPECT_GT(part_score("We kept the support lead in the loop all night.", OutcomeKind::update), 0.0);
    EXPECT_GT(part_score("I looped in the product manager early.", OutcomeKind::update), 0.0);
    EXPECT_GT(part_score("Je les tiens au courant chaque matin.", OutcomeKind::update), 0.0);
    // "أبقيت المدير على اطلاع كل يوم" (I kept the manager informed every day).
    EXPECT_GT(part_score("\u0623\u0628\u0642\u064a\u062a \u0627\u0644\u0645\u062f\u064a\u0631 \u0639\u0644\u0649 "
                         "\u0627\u0637\u0644\u0627\u0639 \u0643\u0644 \u064a\u0648\u0645.",
                         OutcomeKind::update),
              0.0);
    // Nobody told: the build let run, a posted letter kept, a current held.
    EXPECT_EQ(part_score("I let the build run overnight and kept the logs.", OutcomeKind::update), 0.0);
    EXPECT_EQ(part_score("Je tiens la rampe au cas où.", OutcomeKind::update), 0.0);
}
