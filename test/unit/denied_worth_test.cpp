// Denials of a doing's worth in the answer's own words: "there's no reason to X", "it makes no
// sense to X", "X isn't a good idea" (English, French, Arabic). They deny the clause they stand in
// as a negation does (Idiom::clause), unless the clause itself says what not to do ("there's no
// reason to skip the tests"), and a single shared word in what they deny says nothing of a point.
#include "core/analysis.hpp"

#include "coverage_cases.hpp"
#include "test_tokens.hpp"

#include <gtest/gtest.h>

using namespace utopiahire::core;
using uh_test::Question;
using uh_test::status_of;

namespace {

Question origins_question() {
    Question q;
    q.question_text = "A browser call to our API fails with a CORS error. How do you fix it?";
    q.key_points = R"({"must_mention": ["keep a register of the trusted domains the service answers"]})";
    return q;
}

Question reward_question() {
    Question q;
    q.question_text = "A referral programme is being abused with fake accounts. What do you do?";
    q.key_points = R"({"must_mention": ["change the reward rules: pay the reward only after a minimum first order"]})";
    return q;
}

}  // namespace

// "There's no (real) reason to X", "it doesn't make sense to X": X is denied.
TEST(DeniedWorth, NoReasonToDoItDeniesThePoint) {
    Question q = origins_question();
    uh_test::expect_rows(q, {
        {"Send the header with a star, which is fine for every client; there's no reason to keep a "
         "register of trusted domains the service answers.", PointStatus::contradicted},
        {"Send the header with a star. Frankly it doesn't make sense to keep a register of trusted "
         "domains the service answers.", PointStatus::contradicted},
        {"The service keeps a register of the trusted domains it answers and echoes the matching one.",
         PointStatus::covered},
    });
}

// The clause that says itself what not to do agrees with the point ("there's no reason to drop the
// register of domains"), and a worth noun without a negation before it denies nothing.
TEST(DeniedWorth, AClauseThatSaysWhatNotToDoIsNoDenial) {
    Question q = origins_question();
    uh_test::expect_rows(q, {
        {"The service keeps a register of the trusted domains it answers; there's no reason to skip the "
         "register of domains.", uh_test::not_(PointStatus::contradicted)},
        {"The reason to keep a register of trusted domains the service answers is that cookies are sent.",
         uh_test::not_(PointStatus::contradicted)},
    });
}

// "X isn't a good idea": X is denied; "a good idea" without a negation states it.
TEST(DeniedWorth, NotAGoodIdeaDeniesThePoint) {
    Question q = reward_question();
    uh_test::expect_rows(q, {
        {"I'd ban the accounts. Changing the reward rules to pay only after a minimum first order "
         "isn't a good idea, it makes the offer less attractive.", PointStatus::contradicted},
        {"Changing the reward rules to pay only after a minimum first order is a good idea.", PointStatus::covered},
        {"I'd change the reward rules to pay only after a minimum first order: skipping the minimum "
         "first order isn't a good idea.", uh_test::not_(PointStatus::contradicted)},
    });
}

// A single word of the point in the denied doing says nothing of it: "there's no real reason to
// pick one over the other" does not deny "one voucher per household".
TEST(DeniedWorth, OneSharedWordInTheDeniedDoingIsNoDenial) {
    Question q;
    q.key_points = R"({"must_mention": ["one voucher per household or card"]})";
    EXPECT_NE(status_of(q, "Either way is fine. To be fair there's no real reason to pick one over the other."),
              PointStatus::contradicted);
}

TEST(DeniedWorth, FrenchNoReasonAndNotAGoodIdea) {
    uh_test::expect_rows(uh_test::must_points({"tenir une liste des origines autorisées"}), {
        {"On renvoie une étoile dans l'en-tête, il n'y a aucune raison de tenir une liste des "
         "origines autorisées.", PointStatus::contradicted},
        {"On renvoie une étoile. Ce n'est pas une bonne idée de tenir une liste des origines autorisées.",
         PointStatus::contradicted},
        {"On tient une liste des origines autorisées et on renvoie celle qui correspond.", PointStatus::covered},
    });
}

TEST(DeniedWorth, ArabicNoSenseAndNotAGoodIdea) {
    Question q;
    q.key_points = R"({"must_mention": ["التحقق على جهاز التفتيش باستخدام المفتاح العام"]})";
    // لا معنى للتحقق ...: "there is no sense in verifying ..."
    uh_test::expect_rows(q, {
        {"لا معنى للتحقق على جهاز التفتيش باستخدام المفتاح العام، فكل شيء يتم عبر الخادم المركزي.",
         PointStatus::contradicted},
        // ليست فكرة جيدة: "is not a good idea"
        {"التحقق على جهاز التفتيش باستخدام المفتاح العام ليست فكرة جيدة.", PointStatus::contradicted},
        {"يقوم الموظف بالتحقق على جهاز التفتيش باستخدام المفتاح العام المخزن فيه.", PointStatus::covered},
    });
}

// لا يهم / فلا تهمنا ("it doesn't matter (to us)") dismisses its clause, as "doesn't matter" does.
TEST(DeniedWorth, ArabicDoesNotMatterDismisses) {
    uh_test::expect_rows(uh_test::must_points({"احترام سقف الرسائل اليومي في أندرويد"}), {
        {"أما سقف الرسائل اليومي في أندرويد فلا يهمنا.", PointStatus::contradicted},
        {"نحترم سقف الرسائل اليومي في أندرويد ونؤجل الباقي إلى الغد.", PointStatus::covered},
    });
}

// "It's not my place to X", "it isn't our job to X", "ce n'est pas mon rôle de X": X is denied; the
// duty said without a negation ("it's my job to raise it") states it.
TEST(DeniedWorth, NotMyPlaceDeniesThePoint) {
    uh_test::expect_rows(uh_test::must_points({"raise the risk with the lead before merging"}), {
        {"I'd merge it as asked: as a junior it's not my place to raise the risk with the lead before "
         "merging.", PointStatus::contradicted},
        {"I'd merge it as asked, it isn't our job to raise the risk with the lead before merging.",
         PointStatus::contradicted},
        {"Even as a junior it's my job to raise the risk with the lead before merging.", PointStatus::covered},
    });
    uh_test::expect_rows(uh_test::must_points({"signaler le risque au responsable avant la fusion"}), {
        {"Je fusionne comme demandé, ce n'est pas mon rôle de signaler le risque au responsable avant "
         "la fusion.", PointStatus::contradicted},
        {"Je signale le risque au responsable avant la fusion.", PointStatus::covered},
    });
}

// "I never saw the point in X", "لا أرى داعياً لـ X" ("I see no call for X") dismiss X: one weighty
// word of the point in it denies the point, as "there's no point doing X" does (a plain negation
// needs more of the point's words).
TEST(DeniedWorth, DidNotSeeThePointDismisses) {
    Question q;
    q.key_points = R"({"must_mention": ["announce the handover to the client and the other stakeholders in writing"]})";
    uh_test::expect_rows(q, {
        {"I never saw the point in announcing the change.", PointStatus::contradicted},
        {"I handed the work over on Friday.", uh_test::not_(PointStatus::contradicted)},
    });
    uh_test::expect_rows(uh_test::must_points({"البرمجة الثنائية وتدوير المهام بين أعضاء الفريق لنقل المعرفة"}), {
        {"لا أرى داعياً للبرمجة الثنائية.", PointStatus::contradicted},
        {"لا أرى الفريق كثيراً.", uh_test::not_(PointStatus::contradicted)},
    });
}

// A point that rejects a doing itself ("a full rewrite is rarely the right call") agrees with an
// answer denying the doing's worth in the same words; the denial still contradicts a point that
// asks for the doing.
TEST(DeniedWorth, APointThatRejectsTheDoingAgreesWithItsDenial) {
    Question q;
    q.question_text = "Should we rewrite our legacy billing module?";
    q.key_points = R"({"must_mention": ["measure where the bugs and time actually go", "refactor incrementally behind tests",
                                        "a full rewrite is rarely the right call"]})";
    const std::string answer = "I would measure where the bugs and time actually go. A full rewrite is not a good idea, "
                               "so I refactor incrementally behind tests.";
    EXPECT_EQ(status_of(q, answer, 2), PointStatus::covered);
    EXPECT_EQ(status_of(q, answer, 1), PointStatus::covered);
    Question s;
    s.key_points = R"({"must_mention": ["a shared store such as Redis for the sessions"]})";
    EXPECT_EQ(status_of(s, "A shared store such as Redis is not a good idea for the sessions."), PointStatus::contradicted);
    Question f;
    f.key_points = R"({"must_mention": ["une réécriture complète est rarement le bon choix"]})";
    EXPECT_EQ(status_of(f, "Une réécriture complète n'est pas une bonne idée, je refactorise par étapes."),
              PointStatus::covered);
    Question a;
    // "إعادة الكتابة الكاملة نادراً ما تكون الخيار الصحيح": a full rewrite is rarely the right choice.
    a.key_points = R"({"must_mention": ["إعادة الكتابة الكاملة نادراً ما تكون الخيار الصحيح"]})";
    EXPECT_EQ(status_of(a, "إعادة الكتابة الكاملة ليست فكرة جيدة."), PointStatus::covered);
}

// A word of rarity that qualifies a noun ("keep the seldom opened dashboards") rejects nothing: a
// denial of the doing contradicts the point.
TEST(DeniedWorth, RarityBeforeAQualifiedNounRejectsNothing) {
    Question q;
    q.key_points = R"({"must_mention": ["keep the seldom opened dashboards"]})";
    EXPECT_EQ(status_of(q, "Keeping the seldom opened dashboards is not a good idea."), PointStatus::contradicted);
}
