// A must point that opens with an asymptotic class, contradicted by an answer giving its solution
// one other class of the same kind (time or memory) in a sentence sharing none of the point's words
// (complexity_claim.cpp).
#include "core/analysis.hpp"

#include "test_tokens.hpp"

#include <gtest/gtest.h>

using namespace utopiahire::core;
using uh_test::Question;

namespace {

PointResult must_result(Question& q, const std::string& answer, size_t i = 0) {
    return key_point_coverage(q.input(answer)).must.at(i);
}

Question level_order() {
    Question q;
    q.question_text = "Return the values of a binary tree level by level.";
    q.key_points = R"j({"must_mention": ["breadth-first search with a queue", "O(n) time, O(width) extra space"]})j";
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

// A point whose class comes late states a consequence ("so n appends cost O(n)"): an answer's class
// of one step is no claim against it.
TEST(ComplexityClaim, OnlyAPointOpeningWithItsClass) {
    Question q;
    q.question_text = "Why is appending to a dynamic array amortised O(1)?";
    q.key_points = R"j({"must_mention": ["total copying is bounded by a geometric series, so n appends cost O(n)"]})j";
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
    ar.question_text = "ما أطول بادئة مشتركة بين الكلمات؟";
    ar.key_points = R"j({"must_mention": ["التعقيد O(S) حيث S مجموع أطوال الكلمات"]})j";
    EXPECT_EQ(must_result(ar, "نقارن كل كلمة مع كل كلمة أخرى، وهذا يأخذ O(n^2).").status, PointStatus::contradicted);
    EXPECT_NE(must_result(ar, "نقرأ كل حرف مرة واحدة فالتعقيد O(S).").status, PointStatus::contradicted);
}
