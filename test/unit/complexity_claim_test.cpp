// A must point that opens with an asymptotic class, contradicted by an answer giving its solution
// one other class of the same kind (time or memory) in a sentence sharing none of the point's words
// (complexity_claim.cpp).
#include "core/analysis.hpp"

#include "test_tokens.hpp"

#include <gtest/gtest.h>

using namespace utopiahire::core;
using uh_test::must_result;
using uh_test::Question;

namespace {

Question level_order() {
    Question q;
    q.question_text = "Return the values of a binary tree level by level.";
    q.key_points = R"j({"must_mention": ["breadth-first traversal using a queue", "O(n) time and O(width) extra space"]})j";
    return q;
}

}  // namespace

TEST(ComplexityClaim, AnotherClassAnywhereContradictsAPointOpeningWithItsClass) {
    Question q = level_order();
    const PointResult r = must_result(q, "I use a queue and visit the tree level by level. The complexity is O(n log n), "
                                         "because each level needs its own pass.", 1);
    EXPECT_EQ(r.status, PointStatus::contradicted);
    ASSERT_TRUE(r.has_evidence);
    EXPECT_NE(r.evidence_text.find("O(n log n)"), std::string::npos) << r.evidence_text;
    // Memory: "O(n) memory" is another class than the point's O(width).
    EXPECT_EQ(must_result(q, "I use a queue and visit the tree level by level. It needs O(n^2) extra memory.", 1).status,
              PointStatus::contradicted);
}

TEST(ComplexityClaim, ThePointsOwnClassOrSeveralClassesAreNoClaim) {
    Question q = level_order();
    // The point's own class, in a notation or in words, anywhere in the answer.
    EXPECT_NE(must_result(q, "I use a queue. Each node is visited once, so the time is O(n).", 1).status,
              PointStatus::contradicted);
    EXPECT_NE(must_result(q, "I use a queue. Each node is visited once: linear time. Sorting the levels would be O(n log n).", 1).status,
              PointStatus::contradicted);
    // Alternatives weighed: two other classes.
    EXPECT_NE(must_result(q, "I use a queue. A naive scan per level is O(n^2), a smarter one O(n log n).", 1).status,
              PointStatus::contradicted);
    // A class denied is no claim.
    EXPECT_NE(must_result(q, "I use a queue. It is not O(n log n).", 1).status, PointStatus::contradicted);
}

// A point whose class comes late states a consequence ("so n pushes cost O(n)"): an answer's class
// of one step is no claim against it.
TEST(ComplexityClaim, OnlyAPointOpeningWithItsClass) {
    Question q;
    q.question_text = "Why is appending to a dynamic array amortised O(1)?";
    q.key_points = R"j({"must_mention": ["the copies add up to a geometric series, so n pushes cost O(n)"]})j";
    EXPECT_NE(must_result(q, "Each append is O(1) on average because the capacity doubles.").status, PointStatus::contradicted);
}

TEST(ComplexityClaim, FrenchAndArabic) {
    Question fr;
    fr.question_text = "Trouver la première occurrence de x dans un tableau trié.";
    fr.key_points = R"j({"must_mention": ["complexité O(log n)"]})j";
    EXPECT_EQ(must_result(fr, "Je parcours le tableau du début à la fin, c'est en O(n).").status, PointStatus::contradicted);
    EXPECT_NE(must_result(fr, "Je coupe l'intervalle en deux à chaque tour, c'est en O(log n).").status,
              PointStatus::contradicted);
    Question ar;
    ar.question_text = "ما أطول بادئة مشتركة بين السلاسل؟";
    ar.key_points = R"j({"must_mention": ["التعقيد O(S)، و S مجموع أطوال السلاسل"]})j";
    EXPECT_EQ(must_result(ar, "نقارن كل كلمة مع كل كلمة أخرى، وهذا يأخذ O(n^2).").status, PointStatus::contradicted);
    EXPECT_NE(must_result(ar, "نقرأ كل حرف مرة واحدة فالتعقيد O(S).").status, PointStatus::contradicted);
}

// review18 F1: a correct answer naming the class of an approach it rejects, of a hypothetical case or
// of a step done now and then states no other class of its own solution.
TEST(ComplexityClaim, TheClassOfAnotherWayIsNoClaim) {
    Question q;
    q.question_text = "Find two numbers in an array that add up to a target.";
    q.key_points = R"j({"must_mention": ["O(n) time using a hash set of seen values", "return the pair as soon as the complement is seen"]})j";
    const char* other_ways[] = {
        "I walk the array once and keep a hash set of the values seen; when the complement of the current value is "
        "already in the set I return the pair. It is a single pass, whereas the naive nested loop would be O(n^2).",
        "Sorting first and using two pointers would cost O(n log n). Instead I keep a hash set of seen values and "
        "return the pair as soon as the complement is in it, in one pass over the array.",
        "If the input were a linked list we could not index it and it would become O(n^2); with an array and a hash "
        "set of seen values I return the pair as soon as the complement is seen.",
    };
    for (const char* answer : other_ways) EXPECT_NE(must_result(q, answer).status, PointStatus::contradicted) << answer;
    // The same class stated of the answer's own way is still a claim.
    EXPECT_EQ(must_result(q, "I compare every pair with two nested loops, so the complexity is O(n^2), and I return "
                             "the pair when I find it.").status,
              PointStatus::contradicted);

    Question space;
    space.question_text = "Find two numbers in a sorted array that add up to a target.";
    space.key_points = R"j({"must_mention": ["two pointers, so O(1) extra space", "array must be sorted"]})j";
    EXPECT_NE(must_result(space, "Because the array is sorted I move two pointers towards each other, with no extra "
                                 "memory at all; a hash set would also work but needs O(n) space.").status,
              PointStatus::contradicted);
    EXPECT_EQ(must_result(space, "Because the array is sorted I move two pointers towards each other and copy the "
                                 "array first, so it needs O(n) extra space.").status,
              PointStatus::contradicted);

    Question lookup;
    lookup.key_points = R"j({"must_mention": ["O(1) average lookup", "collisions handled by chaining or probing"]})j";
    EXPECT_NE(must_result(lookup, "Lookups are fast on average because the hash picks the bucket directly. When the "
                                  "table fills up it is resized, which copies every entry and is O(n). Collisions "
                                  "are handled by chaining or open probing.").status,
              PointStatus::contradicted);
}

TEST(ComplexityClaim, ThetaOrOmegaOfThePointsClassIsItsClass) {
    Question q;
    q.question_text = "Find x in a sorted array.";
    q.key_points = R"j({"must_mention": ["O(log n) time", "array must be sorted"]})j";
    EXPECT_NE(must_result(q, "Each step halves the sorted range, so it is Θ(log n); a linear scan is O(n).").status,
              PointStatus::contradicted);
    EXPECT_NE(must_result(q, "Each step halves the sorted range, so it is Ω(log n) and no more; a linear scan is O(n).").status,
              PointStatus::contradicted);
    // Θ of another class is no bound of the point's.
    EXPECT_EQ(must_result(q, "I check the elements one by one, so it is Θ(n^2); the loop is O(n).").status,
              PointStatus::contradicted);
}

TEST(ComplexityClaim, FrenchAndArabicClassOfAnotherWay) {
    Question q;
    q.key_points = R"j({"must_mention": ["O(n) time using a hash set of seen values", "return the pair as soon as the complement is seen"]})j";
    // (The class in a sentence of its own, away from the point's words, where only this rule reads it.)
    const std::string fr = "Je garde un hash set des valeurs vues et je rends la paire dès que le complément est vu, en "
                           "lisant le tableau une seule fois du début à la fin sans jamais revenir en arrière sur une case "
                           "déjà lue. ";
    for (const char* other : {"Une double boucle serait en O(n^2).", "Une double boucle naïve est en O(n^2).",
                              "Au lieu de trier en O(n log n), on lit une fois.",
                              "Le tri est utile ailleurs, tandis que lui est en O(n log n).",
                              "Si le tableau était une liste, ce serait en O(n^2)."})
        EXPECT_NE(must_result(q, fr + other).status, PointStatus::contradicted) << other;
    EXPECT_EQ(must_result(q, fr + "Au total c'est en O(n^2).").status, PointStatus::contradicted);
    const std::string ar = "أحتفظ بمجموعة hash set للقيم التي رأيتها وأعيد الزوج عندما أجد المكمل، وأقرأ المصفوفة مرة "
                           "واحدة فقط من البداية إلى النهاية دون الرجوع إلى أي خانة سبق أن قرأتها، وهذا يكفي لكل الحالات التي "
                           "تعرضها المسألة مهما كان ترتيب القيم في المصفوفة. ";
    for (const char* other : {"بينما الحلقة المزدوجة تكون O(n^2).", "لو كانت المصفوفة قائمة لكان الحل O(n^2)."})
        EXPECT_NE(must_result(q, ar + other).status, PointStatus::contradicted) << other;
    EXPECT_EQ(must_result(q, ar + "والتعقيد الكلي O(n^2).").status, PointStatus::contradicted);
}
