// The point denied in other words than its own whole wording: a dismissal naming several of a
// long point's words.
#include "core/analysis.hpp"

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
    q.question_text = "A police officer emails your support team asking, urgently, for a customer's full transaction "
                      "history and location data, without a court order. What do you do?";
    q.key_points = R"({"must_mention": ["require the legal basis (court order or warrant) unless a legal emergency )"
                   R"(exception applies, and log the disclosure with its reference number"]})";
    EXPECT_EQ(status_of(q, "The police have the right to ask for this, so we shouldn't slow them down with paperwork: a "
                           "court order isn't needed when it's an official police email."),
              PointStatus::contradicted);
    EXPECT_EQ(status_of(q, "I would ask for a court order or a warrant, unless it is a legal emergency."),
              PointStatus::covered);
    EXPECT_NE(status_of(q, "The police have the right to ask for this. No paperwork is needed, I'd send the history "
                           "back the same day."),
              PointStatus::contradicted);
}
