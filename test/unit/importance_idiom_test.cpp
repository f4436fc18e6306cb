// An idiom of importance ("not a big deal", "no big deal", "pas un gros problème") weighs a worry: its
// size word says nothing of a size, so neither its denial nor its assertion meets a point's size word
// ("large files go to blob storage"). A size said of a thing still does (review19 F3).
#include "core/analysis.hpp"

#include "test_tokens.hpp"

#include <gtest/gtest.h>

using namespace utopiahire::core;
using uh_test::Question;

namespace {

Question storage_question(const char* point) {
    Question q;
    q.question_text = "Where would you keep user uploads in a web application?";
    q.key_points = std::string(R"({"must_mention": [")") + point + "\"]}";
    return q;
}

}  // namespace

TEST(ImportanceIdiom, ADeniedBigDealDeniesNoSize) {
    Question q = storage_question("large uploads go to blob storage");
    for (const char* answer : {"Uploads go to S3 blob storage, it is not a big deal. The database keeps the metadata.",
                               "Uploads go to S3 blob storage, no big deal. The database keeps the metadata.",
                               "Uploads go to S3 blob storage, it isn't a huge deal. The database keeps the metadata."}) {
        const Coverage c = key_point_coverage(q.input(answer));
        EXPECT_NE(c.must[0].status, PointStatus::contradicted) << answer << "\n" << coverage_json(c);
    }
}

TEST(ImportanceIdiom, AFrenchBigProblemDeniesNoSize) {
    Question q = storage_question("les gros fichiers vont dans le stockage objet");
    for (const char* answer : {"Les fichiers vont dans le stockage objet, ce n'est pas un gros problème.",
                               "Les fichiers vont dans le stockage objet, ce n'est pas une grosse affaire."}) {
        const Coverage c = key_point_coverage(q.input(answer));
        EXPECT_NE(c.must[0].status, PointStatus::contradicted) << answer << "\n" << coverage_json(c);
    }
}

TEST(ImportanceIdiom, ASizeSaidOfAThingStillCounts) {
    Question q = storage_question("large uploads go to blob storage");
    // "big" of the uploads themselves: their size, denied or stated.
    const Coverage denied = key_point_coverage(q.input("The uploads are not big, so they go in the database."));
    EXPECT_EQ(denied.must[0].status, PointStatus::contradicted) << coverage_json(denied);
    const Coverage stated = key_point_coverage(q.input("Big uploads go to blob storage."));
    EXPECT_EQ(stated.must[0].status, PointStatus::covered) << coverage_json(stated);
}

TEST(ImportanceIdiom, ASizedProblemIsASize) {
    // Divide and conquer's "smaller problems" are sizes: only a deal, or a negated size, is an
    // idiom of importance (review20 F6).
    Question q = storage_question("break the task into smaller problems");
    q.question_text = "How does a divide and conquer algorithm work?";
    const Coverage wrong = key_point_coverage(q.input("You join the task into larger problems and solve them in a loop."));
    EXPECT_EQ(wrong.must[0].status, PointStatus::contradicted) << coverage_json(wrong);
    const Coverage right = key_point_coverage(q.input("You break the task into smaller problems and solve each the same way."));
    EXPECT_EQ(right.must[0].status, PointStatus::covered) << coverage_json(right);
    EXPECT_DOUBLE_EQ(right.must[0].score, 1.0) << coverage_json(right);
}
