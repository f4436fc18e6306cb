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

// A misspelt key would drop points without a word: an item object's keys are point and aliases
// (mistake and correction), and a document whose keys are all unknown is an error. A document
// with its own keys beside the known ones stays valid.
TEST(KeyPoints, MisspeltKeysAreMalformedJson) {
    EXPECT_EQ(kind_of(R"({"must_mention": [{"point": "x", "alias": ["y"]}]})"), ErrorKind::malformed_json);
    EXPECT_EQ(kind_of(R"({"must_mentions": ["x"]})"), ErrorKind::malformed_json);
    EXPECT_EQ(kind_of("{}", R"({"mistake": ["x"]})"), ErrorKind::malformed_json);
    EXPECT_EQ(kind_of("{}", R"({"mistakes": [{"mistake": "x", "corection": "y"}]})"), ErrorKind::malformed_json);
    EXPECT_EQ(question_texts(R"({"must_mention": ["x"], "weights": [1]})", R"({"mistakes": ["m"], "notes": 1})").size(), 2u);
    EXPECT_TRUE(question_texts(R"({"evaluation_criteria": {"depth": "x"}})", "").empty());
    try {
        question_texts(R"({"must_mention": [{"point": "x", "alias": ["y"]}]})", "");
        FAIL() << "no error";
    } catch (const InputError& e) {
        EXPECT_STREQ(e.what(), "key_points.must_mention[0] has an unknown key \"alias\"");
        EXPECT_EQ(e.detail(), "Its keys are \"point\", \"aliases\".");
    }
}

// A point, alias or mistake with no word or number in it can never be covered.
TEST(KeyPoints, BlankTextsAreInvalidArguments) {
    EXPECT_EQ(kind_of(R"({"must_mention": ["x", ""]})"), ErrorKind::invalid_argument);
    EXPECT_EQ(kind_of(R"({"bonus_points": [" - "]})"), ErrorKind::invalid_argument);
    EXPECT_EQ(kind_of(R"({"must_mention": [{"point": "  "}]})"), ErrorKind::invalid_argument);
    EXPECT_EQ(kind_of(R"({"must_mention": [{"point": "x", "aliases": ["y", ""]}]})"), ErrorKind::invalid_argument);
    EXPECT_EQ(kind_of("{}", R"({"mistakes": [""]})"), ErrorKind::invalid_argument);
    EXPECT_EQ(kind_of(R"({"must_mention": ["\u2014", "x"]})"), ErrorKind::invalid_argument);              // an em dash
    EXPECT_EQ(kind_of(R"({"must_mention": ["\u2022\u2022\u2022 \u061f"]})"), ErrorKind::invalid_argument);  // bullets, Arabic ?
    EXPECT_EQ(question_texts(R"({"must_mention": ["C", "5", "فهرس", "café", "été"]})", "").size(), 5u);
}

// A question_bank row read by the answer trigger: the bank accepted it, so only its JSON shape
// and sizes are checked (as 1.1.0 did): extra keys are ignored and a blank point is kept.
TEST(KeyPoints, LenientChecksKeepWhatTheBankAccepted) {
    const auto texts = question_texts(R"({"must_mention": [{"point": "x", "weight": 2}, ""]})",
                                      R"({"mistakes": [{"mistake": "m", "note": "n"}]})", WordingChecks::lenient);
    ASSERT_EQ(texts.size(), 3u);
    EXPECT_EQ(texts[1].text, "");
    EXPECT_TRUE(question_texts(R"({"must_mentions": ["x"]})", "", WordingChecks::lenient).empty());
    try {
        question_texts(R"({"must_mention": "x"})", "", WordingChecks::lenient);
        FAIL() << "no error";
    } catch (const InputError& e) {
        EXPECT_EQ(e.kind(), ErrorKind::malformed_json);
    }
}

// Each limit holds its last allowed size; one more is a program limit.
TEST(KeyPoints, AbsurdSizesAreProgramLimits) {
    auto points = [](size_t n) {
        std::string doc = R"({"must_mention": [)";
        for (size_t i = 0; i < n; ++i) doc += (i ? ",\"p\"" : "\"p\"");
        return doc + "]}";
    };
    EXPECT_EQ(question_texts(points(max_points_per_list), "").size(), max_points_per_list);
    EXPECT_EQ(kind_of(points(max_points_per_list + 1)), ErrorKind::program_limit);
    auto aliases = [](size_t n) {
        std::string doc = R"({"must_mention": [{"point": "p", "aliases": [)";
        for (size_t i = 0; i < n; ++i) doc += (i ? ",\"a\"" : "\"a\"");
        return doc + "]}]}";
    };
    EXPECT_EQ(question_texts(aliases(max_aliases_per_point), "").size(), max_aliases_per_point + 1);
    EXPECT_EQ(kind_of(aliases(max_aliases_per_point + 1)), ErrorKind::program_limit);
    // Characters, not bytes: 2000 four-byte characters pass, 2001 ASCII ones do not.
    auto one_point = [](const std::string& text) { return R"({"must_mention": [")" + text + "\"]}"; };
    std::string wide;
    for (size_t i = 0; i < max_point_chars; ++i) wide += "\xF0\x9D\x9B\x91";   // U+1D6D1
    EXPECT_EQ(question_texts(one_point(wide), "").at(0).text.size(), 4 * max_point_chars);
    EXPECT_EQ(question_texts(one_point(std::string(max_point_chars, 'x')), "").size(), 1u);
    EXPECT_EQ(kind_of(one_point(std::string(max_point_chars + 1, 'x'))), ErrorKind::program_limit);
    EXPECT_EQ(kind_of(one_point(wide + "x")), ErrorKind::program_limit);
    EXPECT_EQ(kind_of("{}", R"({"mistakes": [")" + std::string(max_point_chars + 1, 'x') + "\"]}"), ErrorKind::program_limit);
    std::string mistakes = R"({"mistakes": [)";
    for (size_t i = 0; i <= max_mistakes; ++i) mistakes += (i ? ",\"m\"" : "\"m\"");
    EXPECT_EQ(kind_of("{}", mistakes + "]}"), ErrorKind::program_limit);
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
    const auto texts = question_texts(R"kp({"must_mention": ["check with EXPLAIN / query plan",
                                                          "prioritization framework (RICE, impact/effort)"]})kp", "");
    ASSERT_EQ(texts.size(), 8u);
    EXPECT_EQ(texts[0].text, "check with EXPLAIN / query plan");
    EXPECT_EQ(texts[1].role, role_must_written);
    EXPECT_EQ(texts[1].text, "check with EXPLAIN");
    EXPECT_EQ(texts[2].text, "query plan");
    EXPECT_EQ(texts[3].role, role_must);
    EXPECT_EQ(texts[4].text, "prioritization framework");
    EXPECT_EQ(texts[5].text, "RICE, impact/effort");
    EXPECT_EQ(texts[6].text, "RICE");       // each example in parentheses stands for the point
    EXPECT_EQ(texts[7].text, "impact/effort");
    EXPECT_EQ(texts[7].owner, 1);
}
