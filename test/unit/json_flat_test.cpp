#include "core/json_flat_impl.hpp"

#include "core/analysis.hpp"

#include <gtest/gtest.h>

#include <cmath>

using namespace utopiahire::core;

namespace {

std::string record(char tag, const std::string& bytes) {
    std::string out(1, tag);
    const auto n = static_cast<uint32_t>(bytes.size());
    for (int i = 0; i < 4; ++i) out.push_back(static_cast<char>((n >> (8 * i)) & 0xFF));
    return out + bytes + std::string(1, '\0');
}

}  // namespace

TEST(JsonFlat, RecordsFollowTheDocument) {
    const auto doc = nlohmann::json::parse(R"({"a": [1, -2, 0.5, 1.0, true, false, null], "b": "x\ny"})");
    std::string out;
    ASSERT_TRUE(flatten_json(doc, out));
    const std::string expected = "{" + record(flat_key, "a") + "[" + record(flat_number, "1") +
                                 record(flat_number, "-2") + record(flat_number, "0.5") + record(flat_number, "1.0") +
                                 "tfz]" + record(flat_key, "b") + record(flat_string, "x\ny") + "}";
    EXPECT_EQ(out, expected);
}

TEST(JsonFlat, NumbersAreTheTextDumpWrites) {
    for (double d : {0.1, 0.333, 1e-7, 123456789.125, 1e300}) {
        std::string out;
        ASSERT_TRUE(flatten_json(nlohmann::json::array({d}), out));
        EXPECT_EQ(out, "[" + record(flat_number, nlohmann::json(d).dump()) + "]");
    }
    std::string out;
    ASSERT_TRUE(flatten_json(nlohmann::json::array({std::nan("")}), out));
    EXPECT_EQ(out, "[z]");   // dump() writes null
}

TEST(JsonFlat, RefusesWhatOnlyTheTextFormKeepsFaithfully) {
    std::string out;
    EXPECT_FALSE(flatten_json(nlohmann::json("scalar"), out));
    EXPECT_FALSE(flatten_json(nlohmann::json::array({std::string("bad \xC3(")}), out));
    EXPECT_FALSE(flatten_json(nlohmann::json::array({std::string("over\xED\xA0\x80long")}), out));
    EXPECT_FALSE(flatten_json(nlohmann::json::array({std::string("nul\0byte", 8)}), out));
    EXPECT_FALSE(flatten_json(nlohmann::json::object({{"\xFF", 1}}), out));
    EXPECT_TRUE(flatten_json(nlohmann::json::array({"caf\xC3\xA9 \xE2\x82\xAC \xF0\x9F\x98\x80"}), out));
}

TEST(JsonFlat, StringArraysOfTheAnalysis) {
    std::string out;
    ASSERT_TRUE(string_array_flat({"one", "two"}, out));
    EXPECT_EQ(out, "[" + record(flat_string, "one") + record(flat_string, "two") + "]");
    ASSERT_TRUE(string_array_flat({}, out));
    EXPECT_EQ(out, "[]");
    EXPECT_FALSE(string_array_flat({"\x80"}, out));
}
