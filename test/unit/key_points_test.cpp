#include "core/key_points.hpp"

#include "core/error.hpp"

#include <gtest/gtest.h>

#include <string>

using namespace utopiahire::core;

namespace {

ErrorKind kind_of(const std::string& key_points, const std::string& mistakes = "") {
    try {
        question_texts(key_points, mistakes);
    } catch (const InputError& e) {
        return e.kind();
    }
    ADD_FAILURE() << "no error for " << key_points;
    return ErrorKind::invalid_argument;
}

}  // namespace

TEST(KeyPoints, StringsAndObjectsWithAliasesInOrder) {
    const auto texts = question_texts(
        R"({"must_mention": ["a b", {"point": "c", "aliases": ["d", "e"]}], "bonus_points": ["f"],
            "evaluation_criteria": {"depth": "x"}})",
        R"({"mistakes": [{"mistake": "m1", "correction": "c1"}, {"mistake": "m2"}], "red_flags": ["r"]})");
    ASSERT_EQ(texts.size(), 8u);
    EXPECT_EQ(texts[0].role, role_must);
    EXPECT_EQ(texts[0].text, "a b");
    EXPECT_EQ(texts[1].role, role_must);
    EXPECT_EQ(texts[1].owner, 1);
    EXPECT_EQ(texts[2].role, role_must_alias);
    EXPECT_EQ(texts[3].text, "e");
    EXPECT_EQ(texts[4].role, role_bonus);
    EXPECT_EQ(texts[5].role, role_mistake);
    EXPECT_EQ(texts[6].role, role_correction);
    EXPECT_EQ(texts[7].text, "m2");
    EXPECT_EQ(texts[7].owner, 1);
}

TEST(KeyPoints, EmptyAndMissingListsAreFine) {
    EXPECT_TRUE(question_texts("{}", "").empty());
    EXPECT_TRUE(question_texts(R"({"must_mention": [], "bonus_points": null})", "{}").empty());
}

TEST(KeyPoints, WrongShapesAreMalformedJson) {
    EXPECT_EQ(kind_of("[1, 2]"), ErrorKind::malformed_json);
    EXPECT_EQ(kind_of("\"text\""), ErrorKind::malformed_json);
    EXPECT_EQ(kind_of("{not json"), ErrorKind::malformed_json);
    EXPECT_EQ(kind_of(R"({"must_mention": "one point"})"), ErrorKind::malformed_json);
    EXPECT_EQ(kind_of(R"({"must_mention": [1]})"), ErrorKind::malformed_json);
    EXPECT_EQ(kind_of(R"({"must_mention": [{"aliases": ["x"]}]})"), ErrorKind::malformed_json);
    EXPECT_EQ(kind_of(R"({"must_mention": [{"point": "x", "aliases": "y"}]})"), ErrorKind::malformed_json);
    EXPECT_EQ(kind_of(R"({"bonus_points": [["nested"]]})"), ErrorKind::malformed_json);
    EXPECT_EQ(kind_of("{}", R"({"mistakes": [3]})"), ErrorKind::malformed_json);
    EXPECT_EQ(kind_of("{}", "[]"), ErrorKind::malformed_json);
}

TEST(KeyPoints, AbsurdSizesAreProgramLimits) {
    std::string many = R"({"must_mention": [)";
    for (size_t i = 0; i <= max_points_per_list; ++i) many += (i ? ",\"p\"" : "\"p\"");
    many += "]}";
    EXPECT_EQ(kind_of(many), ErrorKind::program_limit);
    const std::string long_point = R"({"must_mention": [")" + std::string(max_point_chars * 4 + 1, 'x') + "\"]}";
    EXPECT_EQ(kind_of(long_point), ErrorKind::program_limit);
    const std::string huge = "{\"x\": \"" + std::string(max_key_points_json_bytes, 'x') + "\"}";
    EXPECT_EQ(kind_of(huge), ErrorKind::program_limit);
}

TEST(KeyPoints, SerializedForm) {
    const auto flat = serialize_question_texts({{role_bonus, 2, "ab"}});
    ASSERT_EQ(flat.size(), 14u);
    EXPECT_EQ(flat[0], 2);
    EXPECT_EQ(flat[4], 2);
    EXPECT_EQ(flat[8], 2);
    EXPECT_EQ(flat.substr(12), "ab");
}

TEST(KeyPoints, WrittenAlternativesBecomeAliases) {
    const auto texts = question_texts(R"kp({"must_mention": ["verify with EXPLAIN / query plan",
                                                          "prioritization framework (RICE, impact/effort)"]})kp", "");
    ASSERT_EQ(texts.size(), 8u);
    EXPECT_EQ(texts[0].text, "verify with EXPLAIN / query plan");
    EXPECT_EQ(texts[1].role, role_must_written);
    EXPECT_EQ(texts[1].text, "verify with EXPLAIN");
    EXPECT_EQ(texts[2].text, "query plan");
    EXPECT_EQ(texts[3].role, role_must);
    EXPECT_EQ(texts[4].text, "prioritization framework");
    EXPECT_EQ(texts[5].text, "RICE, impact/effort");
    EXPECT_EQ(texts[6].text, "RICE");       // each example in parentheses stands for the point
    EXPECT_EQ(texts[7].text, "impact/effort");
    EXPECT_EQ(texts[7].owner, 1);
}
