// Correct answers read as denials: an opposite said of another thing than the point's, the point's
// own negation restated with its other words in its scope, and the speaker declining to do a thing
// with their own hand ("myself"), which says who does it, not whether it is done.
#include "core/analysis.hpp"

#include "test_tokens.hpp"

#include <gtest/gtest.h>

using namespace utopiahire::core;
using uh_test::Question;
using uh_test::status_of;

// An opposite (same / different, own / shared) takes a side on the point only when it is said of
// something the point names: a word of the point near it, a pronoun subject pointing back, or a
// word of the point its clause denies. "different from 'safe'" and "the shared total" say nothing
// of "same effect" and "its own counter".
TEST(DenialScope, OppositeOfAnotherThingTakesNoSide) {
    Question q;
    q.key_points = R"({"must_mention": ["same effect when repeated"]})";
    EXPECT_NE(status_of(q, "Repeat the call and the server state ends up as after one call. That is different from safe: "
                           "a GET only reads."),
              PointStatus::contradicted);
    EXPECT_EQ(status_of(q, "Repeating the request has a different effect each time."), PointStatus::contradicted);
    EXPECT_EQ(status_of(q, "No, they are different when repeated."), PointStatus::contradicted);

    Question t;
    t.key_points = R"({"must_mention": ["each thread increments its own counter"]})";
    EXPECT_NE(status_of(t, "Each thread increments a local variable and publishes it to the shared total every thousand steps."),
              PointStatus::contradicted);
    EXPECT_EQ(status_of(t, "All threads increment one shared counter."), PointStatus::contradicted);

    Question f;
    f.key_points = R"({"must_mention": ["chaque thread incr\u00e9mente son propre compteur"]})";
    EXPECT_NE(status_of(f, "Chaque thread incr\u00e9mente une variable locale, puis publie dans le total partag\u00e9."),
              PointStatus::contradicted);
    EXPECT_EQ(status_of(f, "Tous les threads incr\u00e9mentent un compteur partag\u00e9."), PointStatus::contradicted);

    // Arabic: an opposite said of the point's own word still denies it (الاستعلام بطيء جدا).
    Question a;
    a.key_points = R"({"must_mention": ["\u0627\u0644\u0627\u0633\u062a\u0639\u0644\u0627\u0645 \u0633\u0631\u064a\u0639"]})";
    EXPECT_EQ(status_of(a, "\u0627\u0644\u0627\u0633\u062a\u0639\u0644\u0627\u0645 \u0628\u0637\u064a\u0621 \u062c\u062f\u0627."),
              PointStatus::contradicted);
}

// A negation of a word the point itself negates is the point's own negation: "0.1 can't be
// represented exactly in binary floating point" states "binary floating point cannot represent 0.1
// exactly", though "binary floating point" falls in its scope here and not in the point's.
TEST(DenialScope, ThePointsOwnNegationRestated) {
    Question q;
    q.key_points = R"({"must_mention": ["binary floating point cannot represent 0.1 exactly"]})";
    EXPECT_NE(status_of(q, "0.1 can't be represent exactly in binary floating point."), PointStatus::contradicted);
    // A negation of the point's other words alone still denies them.
    Question r;
    r.key_points = R"({"must_mention": ["a tuple cannot be modified, so it is hashable"]})";
    EXPECT_EQ(status_of(r, "A tuple is not hashable."), PointStatus::contradicted);

    Question f;
    f.key_points = R"({"must_mention": ["le binaire flottant ne peut pas repr\u00e9senter 0,1 exactement"]})";
    EXPECT_NE(status_of(f, "0,1 ne peut pas repr\u00e9senter exactement en binaire flottant."), PointStatus::contradicted);

    // الفاصلة العائمة الثنائية لا يمكنها تمثيل 0.1 بدقة / لا يمكن تمثيل 0.1 بدقة في الفاصلة العائمة الثنائية
    Question a;
    a.key_points = R"({"must_mention": ["\u0627\u0644\u0641\u0627\u0635\u0644\u0629 \u0627\u0644\u0639\u0627\u0626\u0645\u0629 \u0627\u0644\u062b\u0646\u0627\u0626\u064a\u0629 \u0644\u0627 \u064a\u0645\u0643\u0646\u0647\u0627 \u062a\u0645\u062b\u064a\u0644 0.1 \u0628\u062f\u0642\u0629"]})";
    EXPECT_NE(status_of(a, "\u0644\u0627 \u064a\u0645\u0643\u0646 \u062a\u0645\u062b\u064a\u0644 0.1 \u0628\u062f\u0642\u0629 \u0641\u064a \u0627\u0644\u0641\u0627\u0635\u0644\u0629 \u0627\u0644\u0639\u0627\u0626\u0645\u0629 \u0627\u0644\u062b\u0646\u0627\u0626\u064a\u0629."),
              PointStatus::contradicted);
}

// "I wouldn't rotate the credentials myself; I'd ask the owner": the speaker's own hand (myself,
// moi-même, بنفسي) says who does it. Without it the refusal still denies the point.
TEST(DenialScope, TheSpeakersOwnHandDeniesNothing) {
    Question q;
    q.key_points = R"({"must_mention": ["rotate the exposed credentials"]})";
    EXPECT_NE(status_of(q, "I wouldn't rotate the credentials myself; I'd ask the owner to do it today."),
              PointStatus::contradicted);
    EXPECT_EQ(status_of(q, "I wouldn't rotate the credentials, that would break prod."), PointStatus::contradicted);

    Question f;
    f.key_points = R"({"must_mention": ["changer les mots de passe expos\u00e9s"]})";
    EXPECT_NE(status_of(f, "Je ne changerais pas les mots de passe moi-m\u00eame, je demanderais au responsable de le faire."),
              PointStatus::contradicted);
    EXPECT_EQ(status_of(f, "Je ne changerais pas les mots de passe, \u00e7a casserait la prod."), PointStatus::contradicted);

    // لن أغير كلمات المرور بنفسي. سأطلب من المسؤول ذلك / لن أغير كلمات المرور، هذا سيعطل النظام
    Question a;
    a.key_points = R"({"must_mention": ["\u062a\u063a\u064a\u064a\u0631 \u0643\u0644\u0645\u0627\u062a \u0627\u0644\u0645\u0631\u0648\u0631 \u0627\u0644\u0645\u0643\u0634\u0648\u0641\u0629"]})";
    EXPECT_NE(status_of(a, "\u0644\u0646 \u0623\u063a\u064a\u0631 \u0643\u0644\u0645\u0627\u062a \u0627\u0644\u0645\u0631\u0648\u0631 \u0628\u0646\u0641\u0633\u064a. \u0633\u0623\u0637\u0644\u0628 \u0645\u0646 \u0627\u0644\u0645\u0633\u0624\u0648\u0644 \u0630\u0644\u0643."),
              PointStatus::contradicted);
    EXPECT_EQ(status_of(a, "\u0644\u0646 \u0623\u063a\u064a\u0631 \u0643\u0644\u0645\u0627\u062a \u0627\u0644\u0645\u0631\u0648\u0631\u060c \u0647\u0630\u0627 \u0633\u064a\u0639\u0637\u0644 \u0627\u0644\u0646\u0638\u0627\u0645."),
              PointStatus::contradicted);
}
