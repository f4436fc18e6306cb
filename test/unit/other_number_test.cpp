// A point's counted thing stated with another number ("all eight neighbours" for "over the four
// neighbours") is a wrong number: read contradicted even when that statement names only part of the
// point (matcher.cpp, judge_point: best_other_number). The point's own number is not, nor a number
// another point of the question states, nor one the point gives as an example or a base.
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

// A number the point gives as an example ("(e.g. 15 minutes)", "par exemple", "مثلا") is no claim:
// an answer with another value gives its own example, not a wrong number (quantity_aside.hpp). A
// number the point states as its claim still is one.
TEST(OtherNumber, AnExampleNumberIsNoClaim) {
    uh_test::expect_rows(uh_test::must_points({"Access tokens should be short-lived (e.g. 15 minutes)",
                                               "Use a refresh token to get a new access token"}),
                         {
                             // (This row and the French and Arabic ones pass before the rule too: the
                             // test tokenizer does not reproduce the extension's contradiction of them.)
                             {"Tokens expire after 5 minutes; then the client calls the refresh endpoint.",
                              not_(PointStatus::contradicted)},
                             {"Access tokens should be short-lived, I usually pick 5 to 10 minutes, and the client uses "
                              "a refresh token to get a new access token when it expires.",
                              not_(PointStatus::contradicted)},
                         });
    uh_test::expect_rows(uh_test::must_points({"Size the connection pool small (e.g. 10 connections) per instance"}),
                         {{"A small pool: 20 connections per instance at most.", not_(PointStatus::contradicted)}});
    uh_test::expect_rows(uh_test::must_points({"Insert rows in batches (e.g. 1000 rows per statement)",
                                               "Disable or drop indexes during the bulk load and rebuild them after"}),
                         {{"I batch the inserts, 5000 rows per statement, and rebuild the indexes after the load.",
                           not_(PointStatus::contradicted)}});
    uh_test::expect_rows(
        uh_test::must_points({"Les jetons d'accès doivent avoir une durée de vie courte (par exemple 15 minutes)",
                              "Un jeton de rafraîchissement sert à obtenir un nouveau jeton d'accès"}),
        {{"Les jetons expirent au bout de 5 minutes, puis le client appelle le point de rafraîchissement.",
          not_(PointStatus::contradicted)}});
    uh_test::expect_rows(uh_test::must_points({"يجب أن تكون رموز الوصول قصيرة العمر (مثلا 15 دقيقة)",
                                               "يستخدم رمز التحديث للحصول على رمز وصول جديد"}),
                         {{"يجب أن تكون رموز الوصول قصيرة العمر، عادة 10 دقائق، ويستخدم العميل رمز التحديث.",
                           not_(PointStatus::contradicted)}});
    // Wrong: the point's number is its claim.
    uh_test::expect_rows(uh_test::must_points({"IPv4 addresses are 32 bits", "IPv6 addresses are 128 bits"}),
                         {{"IPv4 addresses are 64 bits and IPv6 addresses are 256 bits.", PointStatus::contradicted}});
}

// The base a number is stated for ("8 for 200 commits") is no claim either: "even 1000 commits need
// only about 10 steps" counts steps for another base.
TEST(OtherNumber, AnotherBaseIsNoWrongNumber) {
    uh_test::expect_rows(
        uh_test::must_points({"git bisect does a binary search over the commits between a good and a bad one",
                              "about log2(n) steps: roughly 8 for 200 commits"}),
        {{"git bisect does a binary search over the commits between a good and a bad one. Each step halves the "
          "range, so even 1000 commits need only about 10 steps.",
          not_(PointStatus::contradicted)}},
        1);
    // (Passes before the rule too with the test tokenizer; contradicted through PostgreSQL's french.)
    uh_test::expect_rows(
        uh_test::must_points({"git bisect fait une recherche dichotomique entre un bon et un mauvais commit",
                              "environ log2(n) étapes : à peu près 8 pour 200 commits"}),
        {{"git bisect fait une recherche dichotomique entre un bon et un mauvais commit. Chaque étape coupe "
          "l'intervalle en deux : même 1000 commits ne demandent que 10 étapes environ.",
          not_(PointStatus::contradicted)}},
        1);
}
