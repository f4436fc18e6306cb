// A bonus point that is an answer's only contradiction, beside more than half of the must points
// covered, is read by its statements free of conflict (lone_bonus_denial.hpp); a bonus point
// contradicted beside a must point contradicted, or in an answer covering half of the must points
// or fewer, or beside another bonus point contradicted, stays contradicted.
#include "core/analysis.hpp"

#include "coverage_cases.hpp"
#include "test_tokens.hpp"

#include <gtest/gtest.h>

#include <string>

using namespace utopiahire::core;
using uh_test::Question;

namespace {

Question on_call_question(const std::string& bonus) {
    Question q;
    q.question_text = "You are on call and a page fires for a service you do not know. What do you do?";
    q.key_points = R"({"must_mention": ["acknowledge the page", "check the dashboards for user impact",
                                       "escalate to the owning team"], "bonus_points": [)" + bonus + "]}";
    return q;
}

Question astreinte_question() {
    Question q;
    q.question_text = "Vous êtes d'astreinte et une alerte sonne pour un service que vous ne connaissez pas. Que faites-vous ?";
    q.key_points = R"({"must_mention": ["accuser réception de l'alerte",
                                       "consulter les tableaux de bord pour l'impact sur les utilisateurs",
                                       "escalader vers l'équipe responsable"],
                       "bonus_points": ["chercher un déploiement ou un changement récent"]})";
    return q;
}

PointStatus bonus_status(Question& q, const std::string& answer, size_t point = 0) {
    return key_point_coverage(q.input(answer)).bonus.at(point).status;
}

const std::string stated_core = "First I acknowledge the page. Then I check the dashboards for user impact. "
                                "If users are hurt I escalate to the owning team. ";
const std::string other_change = "I would not restart databases or change config I do not understand.";

}  // namespace

TEST(LoneBonusDenial, BonusDenialBesideTheCoreStatedIsNoContradiction) {
    Question q = on_call_question(R"("look for a recent deploy or change")");
    // The same words deny the bonus point in an answer stating one must point of three ...
    ASSERT_EQ(bonus_status(q, "First I acknowledge the page. " + other_change), PointStatus::contradicted);
    // ... and are said of something else in one stating all three.
    ASSERT_TRUE(uh_test::points_are(q, stated_core + other_change,
                                    {PointStatus::covered, PointStatus::covered, PointStatus::covered}));
    EXPECT_NE(bonus_status(q, stated_core + other_change), PointStatus::contradicted);
}

TEST(LoneBonusDenial, FrenchBonusDenialBesideTheCoreStated) {
    Question q = astreinte_question();
    const std::string denial = "Je ne ferais aucun changement de configuration que je ne comprends pas.";
    ASSERT_EQ(bonus_status(q, "D'abord j'accuse réception de l'alerte. " + denial), PointStatus::contradicted);
    const std::string core = "D'abord j'accuse réception de l'alerte. Ensuite je consulte les tableaux de bord pour voir "
                             "l'impact sur les utilisateurs. Si les utilisateurs sont touchés, j'escalade vers l'équipe "
                             "responsable. ";
    EXPECT_NE(bonus_status(q, core + denial), PointStatus::contradicted);
}

TEST(LoneBonusDenial, BonusStaysContradictedBesideAnotherContradiction) {
    // A must point denied too: the answer thinks otherwise on the subject.
    Question q = on_call_question(R"("look for a recent deploy or change")");
    const std::string must_denied = "First I acknowledge the page. Then I check the dashboards for user impact. "
                                    "I would never escalate to the owning team. ";
    ASSERT_TRUE(uh_test::points_are(q, must_denied + other_change,
                                    {PointStatus::covered, PointStatus::covered, PointStatus::contradicted}));
    EXPECT_EQ(bonus_status(q, must_denied + other_change), PointStatus::contradicted);
    // Two bonus points denied: neither is alone.
    Question two = on_call_question(R"("look for a recent deploy or change", "write a runbook afterwards")");
    const std::string answer = stated_core + other_change + " I would not write a runbook afterwards.";
    EXPECT_EQ(bonus_status(two, answer, 0), PointStatus::contradicted);
    EXPECT_EQ(bonus_status(two, answer, 1), PointStatus::contradicted);
}
