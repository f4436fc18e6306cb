// The point denied in other words than its own whole wording: a dismissal naming several of a
// long point's words.
#include "core/analysis.hpp"

#include "coverage_cases.hpp"
#include "test_tokens.hpp"

#include <gtest/gtest.h>

using namespace utopiahire::core;
using uh_test::Question;
using uh_test::status_of;

// A dismissal that names two or more of the point's words ("a court order isn't needed") rules
// the point out even when those words are a small share of a long point's weight, as a brief
// denial naming two of its words does; a dismissal of one common word of it does not.
TEST(DenialInOtherWords, ADismissalNamingSeveralWordsOfALongPointContradictsIt) {
    Question q;
    q.question_text = "A detective phones your support desk asking, urgently, for a customer's payment history and "
                      "home address, with no court order. What do you do?";
    q.key_points = R"({"must_mention": ["insist on a proper legal basis (a court order or a warrant), except in a )"
                   R"(legal emergency, and record the disclosure and its reference number"]})";
    uh_test::expect_rows(q, {
        {"The police have the right to ask for this, so we shouldn't slow them down with paperwork: a "
         "court order isn't needed when it's an official police email.", PointStatus::contradicted},
        {"I would ask for a court order or a warrant, unless it is a legal emergency.", PointStatus::covered},
        {"The police have the right to ask for this. No paperwork is needed, I'd send the history "
         "back the same day.", uh_test::not_(PointStatus::contradicted)},
    });
}

// ... but not a dismissal of another thing that names two of the point's words in passing, the
// question's words above all ("customer data" of "keeping a copy of customer data in a second
// region is unnecessary"): most of the dismissed words must be the point's.
TEST(DenialInOtherWords, ADismissalOfAnotherThingNamingTwoWordsOfThePointDeniesNothing) {
    Question en;
    en.question_text = "How do you protect customer data in your service?";
    en.key_points = R"({"must_mention": ["encrypt all customer data at rest with envelope encryption, keys managed in a KMS, )"
                    R"(rotated every year and audited by the security team", "use TLS in transit"]})";
    uh_test::expect_rows(en, {
        {"We use TLS in transit everywhere. Keeping a copy of customer data in a second region is "
         "unnecessary for us.", PointStatus::missing},
        {"We use TLS in transit. Encrypting customer data at rest is unnecessary because the disks "
         "are in our own data center.", PointStatus::contradicted},
    });
    Question fr;
    fr.question_text = "Comment protéger les données des clients ?";
    fr.key_points = R"({"must_mention": ["chiffrer toutes les données des clients au repos avec un chiffrement enveloppe, )"
                    R"(des clés gérées par un KMS, renouvelées chaque année et auditées par l équipe sécurité", )"
                    R"("utiliser TLS en transit"]})";
    EXPECT_EQ(status_of(fr, "On utilise TLS en transit. Pas besoin de copier les données des clients dans une autre région."),
              PointStatus::missing);
}
