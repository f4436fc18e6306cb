// A point opening with a known asymptotic class is covered only by an answer that states that
// class somewhere, in a notation, in words or as a bare logarithm (states_headline_classes,
// complexity_claim.cpp), or that says the point's other words in its match ("the only extra
// space"): a match made of the solution's own notations and words states no class of the point's
// (demote_unstated_classes, analysis.cpp).
#include "core/analysis.hpp"

#include "test_tokens.hpp"

#include <gtest/gtest.h>

using namespace utopiahire::core;
using uh_test::must_result;
using uh_test::Question;

namespace {

Question palindrome() {
    Question q;
    q.question_text = "Check whether a string is a palindrome, ignoring case and punctuation.";
    q.key_points = R"j({"must_mention": ["filter to alphanumerics and compare case-insensitively", "O(1) extra space with two pointers"]})j";
    return q;
}

}  // namespace

TEST(UnstatedClass, TheSubjectWithoutTheClassIsNotCovered) {
    // The time of the answer's own solution, never the point's class nor its words on memory.
    Question q;
    q.question_text = "Find the least truck capacity that ships all packages, in order, within D days.";
    q.key_points = R"j({"must_mention": ["binary search on the capacity with a greedy day count"], "bonus_points": ["O(1) extra space"]})j";
    auto bonus = [&](const std::string& a) { return key_point_coverage(q.input(a)).bonus.at(0).status; };
    EXPECT_NE(bonus("I binary search on the capacity and count the days greedily for each one, loading packages until the "
                    "next one does not fit, so n per check times log(sum) checks, O(n log sum) in all."),
              PointStatus::covered);
    EXPECT_NE(bonus("I binary search on the capacity and count the days greedily for each one. Since it's binary search "
                    "the whole thing is O(log n)."),
              PointStatus::covered);
}

// The resource said in the point's own words, without the notation, states it.
TEST(UnstatedClass, ThePointsWordsWithoutTheNotationStillCover) {
    Question q = palindrome();
    EXPECT_EQ(must_result(q, "I move two pointers from both ends, skipping anything that is not a letter or digit and "
                             "comparing lower-cased characters; the two pointers are the only extra space.", 1).status,
              PointStatus::covered);
}

TEST(UnstatedClass, TheClassStatedCovers) {
    Question q = palindrome();
    EXPECT_EQ(must_result(q, "I move two pointers from both ends, skipping anything that is not a letter or digit and "
                             "comparing lower-cased characters, so it needs O(1) extra space.", 1).status,
              PointStatus::covered);
    // In words.
    EXPECT_EQ(must_result(q, "I move two pointers from both ends, skipping anything that is not a letter or digit and "
                             "comparing lower-cased characters, so it needs constant extra space.", 1).status,
              PointStatus::covered);
}

// A logarithm said without the notation states a class holding one; French.
TEST(UnstatedClass, ABareLogarithmStatesALogarithmicClass) {
    Question q;
    q.question_text = "Trouver la première occurrence de x dans un tableau trié.";
    q.key_points = R"j({"must_mention": ["recherche dichotomique", "complexité O(log n)"]})j";
    EXPECT_EQ(must_result(q, "Une recherche dichotomique : on coupe le tableau en deux à chaque étape, donc la complexité "
                             "est en log n.", 1).status,
              PointStatus::covered);
    EXPECT_NE(must_result(q, "Une recherche dichotomique : on coupe le tableau en deux à chaque étape, la complexité "
                             "est bonne.", 1).status,
              PointStatus::covered);
}

// A class of no known form ("O(width)") is stated in words its spelling does not foresee: not asked.
TEST(UnstatedClass, AClassOfNoKnownFormIsNotAsked) {
    Question q;
    q.question_text = "Return the values of a binary tree level by level.";
    q.key_points = R"j({"must_mention": ["breadth-first traversal using a queue", "O(width) extra space"]})j";
    EXPECT_EQ(must_result(q, "I use a queue for a breadth-first traversal; the extra space is the width of the widest level.", 1).status,
              PointStatus::covered);
}

// The class said in French or Arabic words, after its noun or of it (review27 M3): "mémoire
// constante", "la mémoire utilisée est constante", "خطي" (linear), "المساحة الإضافية ثابتة" (the extra
// space is constant) state it, as "constant memory" and "linéaire" do.
TEST(UnstatedClass, TheClassInFrenchOrArabicWordsCovers) {
    Question fr;
    fr.question_text = "Comment vérifier qu'une chaîne est un palindrome ?";
    fr.key_points = R"j({"must_mention": ["O(1) en espace", "Deux pointeurs qui se rapprochent"]})j";
    EXPECT_EQ(must_result(fr, "Deux pointeurs qui se rapprochent depuis les deux bouts, en mémoire constante.").status,
              PointStatus::covered);
    EXPECT_EQ(must_result(fr, "Deux pointeurs qui se rapprochent depuis les deux bouts ; la mémoire utilisée est constante.").status,
              PointStatus::covered);
    Question ar;
    ar.question_text = "كيف تتحقق من أن سلسلة نصية متناظرة؟";
    ar.key_points = R"j({"must_mention": ["O(n) زمن", "مؤشران يقتربان من بعضهما"]})j";
    EXPECT_EQ(must_result(ar, "مؤشران يقتربان من بعضهما من الطرفين، والتعقيد خطي.").status, PointStatus::covered);
    Question ar2;
    ar2.question_text = "كيف تتحقق من أن سلسلة نصية متناظرة؟";
    ar2.key_points = R"j({"must_mention": ["O(1) ذاكرة", "مؤشران يقتربان من بعضهما"]})j";
    EXPECT_EQ(must_result(ar2, "مؤشران يقتربان من بعضهما من الطرفين، والمساحة الإضافية ثابتة.").status, PointStatus::covered);
}

// "Constant" said of something else than a measure states no class: "a constant number of
// colours", "عدد ثابت من الألوان" (a fixed number of colours) is no O(1) memory.
TEST(UnstatedClass, AConstantOfAnotherThingStatesNoClass) {
    Question fr;
    fr.question_text = "Comment vérifier qu'une chaîne est un palindrome ?";
    fr.key_points = R"j({"must_mention": ["O(1) en espace", "Deux pointeurs qui se rapprochent"]})j";
    EXPECT_NE(must_result(fr, "Deux pointeurs qui se rapprochent depuis les deux bouts, la vitesse est constante.").status,
              PointStatus::covered);
    Question ar;
    ar.question_text = "كيف تتحقق من أن سلسلة نصية متناظرة؟";
    ar.key_points = R"j({"must_mention": ["O(1) ذاكرة", "مؤشران يقتربان من بعضهما"]})j";
    EXPECT_NE(must_result(ar, "مؤشران يقتربان من بعضهما من الطرفين، والسرعة ثابتة.").status, PointStatus::covered);
}
