// A negation of the answer that agrees with the point: the point's own negation put on its subject
// ("neither a primary key nor any of its columns can be null"), a negative quantifier denying
// another doing ("nobody can change the shared items"), and an Arabic word of doing without denied
// ("لا يمكن الاستغناء عن", "لا بد من"), which states a need. Real denials stay contradicted.
#include "core/analysis.hpp"

#include "coverage_cases.hpp"
#include "test_tokens.hpp"

#include <gtest/gtest.h>

using namespace utopiahire::core;
using uh_test::status_of;

// The negation on the subject ("neither ... nor", "none of", "no", French "ni ... ni ... ne",
// "aucune ... ne") is the point's negation of its predicate: it states a negative point. A second
// negation between ("it is not true that ... cannot"), or one stretched over a word the point says
// after its negation, is no such restatement.
TEST(AgreeingNegation, NegationOnTheSubjectStatesTheNegativePoint) {
    uh_test::expect_rows(uh_test::must_points({"primary key columns cannot be null"}), {
        {"Neither a primary key nor any of its columns can be null.", uh_test::not_(PointStatus::contradicted)},
        {"None of the primary key columns may be null.", uh_test::not_(PointStatus::contradicted)},
    });
    uh_test::expect_rows(uh_test::must_points({"a GET request must not change server state"}), {
        {"No GET request should ever change the server state.", uh_test::not_(PointStatus::contradicted)},
    });
    uh_test::expect_rows(uh_test::must_points({"les colonnes de la clé primaire ne peuvent pas être nulles"}), {
        {"Ni la clé primaire ni les colonnes de la clé ne peuvent être nulles.", uh_test::not_(PointStatus::contradicted)},
        {"Aucune colonne de la clé primaire ne peut être nulle.", uh_test::not_(PointStatus::contradicted)},
    });
    // The negation stretched over the point's later word ("..., so it is hashable") denies it.
    uh_test::expect_rows(uh_test::must_points({"a tuple cannot be modified, so it is hashable"}), {
        {"A tuple can't be modified or hashed.", PointStatus::contradicted},
    });
}

// A negative quantifier as subject denies the verb ("change"), not the thing it is done to, when
// that verb is what the point rules out: the shared items stay shared, and their immutability is
// stated. A plain denial of the point's own doing still contradicts, with a negative quantifier
// for subject too.
TEST(AgreeingNegation, QuantifierSubjectDeniesTheVerbNotItsObject) {
    uh_test::expect_rows(uh_test::must_points({"shared items are immutable"}), {
        {"Nobody can change the shared items: they are immutable.", uh_test::not_(PointStatus::contradicted)},
    });
    // (The stand-in tokenizer has no French stop list: the French points leave out "les" and "sont".)
    uh_test::expect_rows(uh_test::must_points({"éléments partagés immuables"}), {
        {"Personne ne peut modifier les éléments partagés : ils sont immuables.", uh_test::not_(PointStatus::contradicted)},
    });
    uh_test::expect_rows(uh_test::must_points({"write unit tests"}), {
        {"We never write unit tests.", PointStatus::contradicted},
        {"Nobody can write unit tests.", PointStatus::contradicted},
    });
    uh_test::expect_rows(uh_test::must_points({"كتابة اختبارات الوحدة"}), {
        {"لا أحد يكتب اختبارات الوحدة هنا.", PointStatus::contradicted},
    });
}

// Any other doing denied by a negative quantifier, a causative above all ("keep ... unchanged",
// "a rendu ... immuables"), denies the state the point's word names: the point is contradicted
// (review26 F4).
TEST(AgreeingNegation, QuantifierDenyingACausativeDeniesThePoint) {
    uh_test::expect_rows(uh_test::must_points({"shared items are immutable"}), {
        {"Nobody can keep the shared items unchanged: every request modifies them.", PointStatus::contradicted},
    });
    uh_test::expect_rows(uh_test::must_points({"éléments partagés immuables"}), {
        {"Personne n'a rendu les éléments partagés immuables, donc tout le monde les modifie.", PointStatus::contradicted},
    });
}

// Arabic words of doing without (بد، غنى، مفر، الاستغناء، نستغني) are negations of the kind of
// "without": denied, they state the need ("لا بد من", "لا يمكن الاستغناء عن"); said plainly, they
// dismiss what follows ("نستغني عن كتابة اختبارات الوحدة").
TEST(AgreeingNegation, ArabicDeniedLackStatesTheNeed) {
    uh_test::expect_rows(uh_test::must_points({"كتابة اختبارات الوحدة"}), {
        {"لا يمكن الاستغناء عن كتابة اختبارات الوحدة.", uh_test::not_(PointStatus::contradicted)},
        {"لا بد من كتابة اختبارات الوحدة.", uh_test::not_(PointStatus::contradicted)},
        {"لا غنى عن كتابة اختبارات الوحدة.", uh_test::not_(PointStatus::contradicted)},
        {"نستغني عن كتابة اختبارات الوحدة.", PointStatus::contradicted},
        {"لا نكتب اختبارات الوحدة.", PointStatus::contradicted},
    });
}
