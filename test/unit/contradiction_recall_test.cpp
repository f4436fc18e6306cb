// Contradiction recall: denials the matcher used to miss, each rule with a case that must be
// contradicted and a correct answer that must not be.
#include "core/analysis.hpp"

#include "test_tokens.hpp"

#include <gtest/gtest.h>

using namespace utopiahire::core;
using uh_test::Question;
using uh_test::status_of;

// A wording of the point denied in full (here its alternative "RE2", dismissed) outweighs a clean
// match just past clean_ceiling made of the point's common words met elsewhere ("engine", "match",
// "time"); a clear statement of the point stands, even beside a dismissal of its alternative.
TEST(FullDenial, AWholeWordingDismissedOutweighsCommonWordsElsewhere) {
    Question q;
    q.key_points = R"({"must_mention": ["use a linear-time engine (RE2) or a match timeout"]})";
    EXPECT_EQ(status_of(q, "I use the default engine, and a failed match can take a long time. Switching to RE2 is "
                           "overkill."),
              PointStatus::contradicted);
    EXPECT_EQ(status_of(q, "I would use RE2, a linear-time engine, or a timeout on every match."), PointStatus::covered);
    EXPECT_EQ(status_of(q, "I use a linear-time engine or a match timeout. RE2 itself is overkill, the built-in "
                           "linear mode is enough."),
              PointStatus::covered);
}
