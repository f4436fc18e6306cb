// A point's counted thing stated with another number ("all eight neighbours" for "over the four
// neighbours") is a wrong number: read contradicted even when that statement names only part of the
// point (matcher.cpp, judge_point: best_other_number). The point's own number is not, nor a number
// another point of the question states.
#include "core/analysis.hpp"

#include "coverage_cases.hpp"
#include "test_tokens.hpp"

#include <gtest/gtest.h>

using namespace utopiahire::core;
using uh_test::not_;
using uh_test::Question;

namespace {

Question islands(const std::vector<std::string>& points) {
    Question q = uh_test::must_points(points);
    q.question_text = "Given a grid of land and water cells, count the islands, where an island is a group of land "
                      "cells connected horizontally or vertically. Describe your algorithm and its complexity.";
    return q;
}

}  // namespace

TEST(OtherNumber, AnotherCountOfThePointsThingContradictsIt) {
    Question q = islands({"scan every cell; an unvisited land cell starts a new island",
                          "flood fill the island with DFS or BFS over the four neighbours",
                          "mark cells as visited so each is counted once", "check the bounds at the grid edges",
                          "O(rows x cols) time"});
    const std::vector<uh_test::Row> rows = {
        // Wrong: the neighbours counted with another number, the answer's only statement of the point.
        {"I'd go through every cell, and whenever I hit land I haven't counted, I add an island and start a DFS "
         "there. That DFS checks all eight neighbours, diagonals too, since cells touching at a corner are "
         "connected. Marking visited cells isn't needed when the scan only moves forward. Overall it's "
         "O(rows x cols) because the grid is read once.",
         PointStatus::contradicted},
        // Right: the point's own number.
        {"I'd go through every cell, and whenever I hit land I haven't counted, I add an island and start a DFS "
         "there. That DFS checks the four neighbours, up, down, left and right. I mark visited cells so none is "
         "counted twice. Overall it's O(rows x cols) because the grid is read once.",
         PointStatus::covered},
    };
    uh_test::expect_rows(q, rows, 1);
}

TEST(OtherNumber, ArabicAndFrenchDigits) {
    Question ar = islands({"المرور على كل الخلايا وكل خلية يابسة غير مزارة تبدأ جزيرة جديدة",
                           "ملء الجزيرة بالبحث بالعمق أو بالعرض على 4 جيران", "تعليم الخلايا المزارة حتى تحسب مرة واحدة",
                           "التحقق من حدود الشبكة", "التعقيد O(rows x cols)"});
    uh_test::expect_rows(ar, {
        {"أمر على كل الخلايا، وكلما وجدت يابسة لم أحسبها أضيف جزيرة وأبدأ منها بحثاً بالعمق. هذا البحث ينظر إلى 8 "
         "جيران مع القطرية لأن الخلايا المتلامسة من الزاوية متصلة. لا حاجة لتعليم الخلايا إذا كان المسح يتقدم فقط. "
         "والتعقيد O(rows x cols).",
         PointStatus::contradicted},
        {"أمر على كل الخلايا، وكلما وجدت يابسة لم أحسبها أضيف جزيرة وأبدأ منها بحثاً بالعمق. هذا البحث ينظر إلى 4 "
         "جيران فقط: فوق وتحت ويمين ويسار. وأعلّم الخلايا المزارة. والتعقيد O(rows x cols).",
         PointStatus::covered},
    }, 1);
    // The point's own number in French stays covered. (A French "les 8 voisins" is not read as
    // another count yet: a known gap, partial on main and with this rule.)
    Question fr = islands({"parcourir toutes les cases ; une case de terre non visitée commence une île",
                           "remplir l'île par un parcours en profondeur ou en largeur sur les 4 voisins",
                           "marquer les cases visitées pour compter chacune une fois", "vérifier les bords de la grille",
                           "complexité O(lignes x colonnes)"});
    uh_test::expect_rows(fr, {
        {"Je parcours toutes les cases et, quand je trouve une terre pas encore comptée, j'ajoute une île et je lance "
         "un parcours en profondeur. Ce parcours regarde les 4 voisins, haut, bas, gauche et droite. Je marque les "
         "cases visitées. Le tout est en O(lignes x colonnes).",
         PointStatus::covered},
    }, 1);
}

// A number another point states is that point's, not a wrong number for this one.
TEST(OtherNumber, AnotherPointsNumberIsNoWrongNumber) {
    Question q = uh_test::must_points({"the year 2038 problem of 32-bit Unix time",
                                       "use a wider type such as 64-bit integers"});
    uh_test::expect_rows(q, {
        {"Switching to 64-bit types isn't really a fix, it just pushes the problem further away.",
         not_(PointStatus::contradicted)},
    });
}
