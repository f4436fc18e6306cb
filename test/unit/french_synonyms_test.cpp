// French and Arabic words of the general synonym groups (src/core/lexicon_data.cpp,
// synonym_groups): a French answer says "supprimer" or "effacer", "corriger" or "résoudre" for one
// doing, and often the English word itself ("les logs" for "les journaux").
#include "core/analysis.hpp"
#include "core/lexicon_data.hpp"

#include "coverage_cases.hpp"
#include "test_tokens.hpp"

#include <gtest/gtest.h>

using namespace utopiahire::core;

namespace {

using uh_test::same_group;

PointStatus status_of(const char* point, const char* answer) {
    return uh_test::one_point_status("Un chercheur vous signale une faille dans votre API. Que faites-vous ?", point,
                                     answer);
}

}  // namespace

TEST(FrenchSynonyms, FrenchWordsJoinTheirGroups) {
    EXPECT_TRUE(same_group("journaux", "logs"));
    EXPECT_TRUE(same_group("supprimer", "effacer"));
    EXPECT_TRUE(same_group("suppression", "delete"));
    EXPECT_TRUE(same_group("corriger", "résoudre"));
    EXPECT_TRUE(same_group("correctif", "fix"));
    EXPECT_TRUE(same_group("dictionnaire", "dict"));
    EXPECT_TRUE(same_group("problème", "souci"));
    EXPECT_TRUE(same_group("résultat", "outcome"));
    EXPECT_TRUE(same_group("améliorer", "improve"));
    EXPECT_TRUE(same_group("doublons", "duplicates"));
    EXPECT_TRUE(same_group("déploiement", "deploy"));
    EXPECT_TRUE(same_group("expliquer", "explain"));
    EXPECT_TRUE(same_group("comparer", "compare"));
    // Arabic: حذف (delete).
    EXPECT_TRUE(same_group("\u062d\u0630\u0641", "delete"));
    // Words of other meanings stay apart; "verification" (an identity's) is no check of the group.
    EXPECT_FALSE(same_group("journaux", "supprimer"));
    EXPECT_FALSE(same_group("corriger", "effacer"));
    EXPECT_FALSE(same_group("verification", "check"));
}

TEST(FrenchSynonyms, APointIsStatedInTheOtherWord) {
    // "journaux" / "logs": the French answer uses the English word.
    EXPECT_EQ(status_of("lire les journaux d'accès", "Ensuite j'ai lu les logs d'accès de la nuit."), PointStatus::covered);
    // "corriger" / "résoudre".
    EXPECT_EQ(status_of("corriger la faille", "On a résolu la faille le jour même."), PointStatus::covered);
    // "supprimer" / "effacer".
    EXPECT_EQ(status_of("supprimer le compte exposé", "On a effacé le compte exposé tout de suite."), PointStatus::covered);
}

TEST(FrenchSynonyms, OtherWordsStateNothing) {
    EXPECT_EQ(status_of("rechercher dans les journaux des traces d'intrusion", "J'ai supprimé la route de l'API."),
              PointStatus::missing);
}
