#include "core/json_flat_impl.hpp"

#include "core/analysis.hpp"
#include "core/feedback_messages.hpp"
#include "test_tokens.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <string>
#include <vector>

using namespace utopiahire::core;

namespace {

std::string record(char tag, const std::string& bytes) {
    std::string out(1, tag);
    const auto n = static_cast<uint32_t>(bytes.size());
    for (int i = 0; i < 4; ++i) out.push_back(static_cast<char>((n >> (8 * i)) & 0xFF));
    return out + bytes + std::string(1, '\0');
}

// A flat stream back as a value, numbers kept as their text ("#0.5"), to compare two streams
// of the same document whatever their key order.
nlohmann::json decode(const std::string& flat, size_t& pos) {
    const char tag = flat.at(pos++);
    auto bytes = [&] {
        uint32_t n = 0;
        for (int i = 0; i < 4; ++i) n |= static_cast<uint32_t>(static_cast<unsigned char>(flat.at(pos + i))) << (8 * i);
        std::string s = flat.substr(pos + 4, n);
        EXPECT_EQ(flat.at(pos + 4 + n), '\0');
        pos += 5 + n;
        return s;
    };
    switch (tag) {
        case flat_begin_object: {
            nlohmann::json j = nlohmann::json::object();
            while (flat.at(pos) != flat_end_object) {
                EXPECT_EQ(flat.at(pos), flat_key);
                ++pos;
                const std::string k = bytes();
                j[k] = decode(flat, pos);
            }
            ++pos;
            return j;
        }
        case flat_begin_array: {
            nlohmann::json j = nlohmann::json::array();
            while (flat.at(pos) != flat_end_array) j.push_back(decode(flat, pos));
            ++pos;
            return j;
        }
        case flat_string: return bytes();
        case flat_number: return "#" + bytes();
        case flat_true: return true;
        case flat_false: return false;
        case flat_null: return nullptr;
        default: ADD_FAILURE() << "bad tag " << tag; return nullptr;
    }
}

nlohmann::json decode(const std::string& flat) {
    size_t pos = 0;
    nlohmann::json j = decode(flat, pos);
    EXPECT_EQ(pos, flat.size());
    return j;
}

// The flat stream of what jsonb_in would read from the JSON text.
nlohmann::json reference(const std::string& json_text) {
    std::string flat;
    EXPECT_TRUE(flatten_json(nlohmann::json::parse(json_text), flat));
    return decode(flat);
}

// True when every object of the flat stream lists its keys in jsonb's order (shorter first,
// then bytewise), the order analysis_flat and coverage_flat promise.
bool keys_in_jsonb_order(const std::string& flat) {
    std::vector<std::string> last;   // the previous key of each open object ("" before the first)
    for (size_t pos = 0; pos < flat.size();) {
        const char tag = flat[pos++];
        if (tag == flat_begin_object) last.emplace_back();
        else if (tag == flat_end_object) last.pop_back();
        if (tag != flat_key && tag != flat_string && tag != flat_number) continue;
        uint32_t n = 0;
        for (int i = 0; i < 4; ++i) n |= static_cast<uint32_t>(static_cast<unsigned char>(flat.at(pos + i))) << (8 * i);
        const std::string bytes = flat.substr(pos + 4, n);
        pos += 5 + n;
        if (tag != flat_key) continue;
        const std::string& prev = last.back();
        if (!prev.empty() && (prev.size() > bytes.size() || (prev.size() == bytes.size() && prev >= bytes))) return false;
        last.back() = bytes;
    }
    return true;
}

}  // namespace

TEST(JsonFlat, AnalysisStreamsMatchTheirJsonText) {
    uh_test::Question q;
    q.question_text = "What is the difference between a list and a tuple in Python?";
    q.key_points = R"({"must_mention": ["lists mutable, tuples immutable", "tuples hashable as dictionary keys"],
                       "bonus_points": ["tuples use less memory", "caf\u00e9 r\u00e9sum\u00e9"]})";
    q.sample = "Lists are mutable and tuples are immutable. A tuple is hashable, so it can be a dictionary key.";
    for (const char* answer : {"", "I don't know.", "Lists are mutable; tuples are immutable and hashable, so a tuple "
                                                  "can be a dictionary key. Tuples use less memory. Caf\xC3\xA9!"}) {
        const AnalysisResult r = analyze(q.input(answer));
        std::string flat;
        ASSERT_TRUE(analysis_flat(r, flat));
        EXPECT_EQ(decode(flat), reference(analysis_json(r))) << answer;
        EXPECT_TRUE(keys_in_jsonb_order(flat)) << answer;
        ASSERT_TRUE(coverage_flat(r.coverage, flat));
        EXPECT_EQ(decode(flat), reference(coverage_json(r.coverage))) << answer;
        EXPECT_TRUE(keys_in_jsonb_order(flat)) << answer;
        for (const auto* items : {&r.strengths, &r.weaknesses, &r.missing_points, &r.suggestions}) {
            ASSERT_TRUE(string_array_flat(*items, flat));
            EXPECT_EQ(decode(flat), reference(string_array_json(*items)));
        }
    }
    AnalysisResult odd;
    odd.ai_feedback = "bad \xC3(";
    std::string flat;
    EXPECT_FALSE(analysis_flat(odd, flat));
}

// The writer gathers records in a 2 KB block of its own: records that fill it exactly, cross it,
// or are longer than it (appended as they are) come out in order, byte for byte.
TEST(JsonFlat, WriterRecordsCrossItsBlock) {
    std::string out = "prefix";
    std::string expected = "prefix[";
    FlatWriter w(out);
    w.begin_array();
    for (const size_t n : {0u, 1u, 100u, 2041u, 2042u, 2043u, 2047u, 2048u, 5000u, 3u, 2000u, 2000u, 7u}) {
        const std::string text(n, static_cast<char>('a' + n % 26));
        w.string(text);
        expected += record(flat_string, text);
        w.integer(static_cast<long long>(n));
        expected += record(flat_number, std::to_string(n));
    }
    for (int i = 0; i < 500; ++i) {   // many short records: the block fills and flushes again and again
        w.null();
        expected += "z";
    }
    w.end_array();
    expected += "]";
    ASSERT_TRUE(w.finish());
    EXPECT_EQ(out, expected);
}

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

// FlatWriter::real writes thousandths (scores) by a short path: the same text as dump().
TEST(JsonFlat, ThousandthsAreTheTextDumpWrites) {
    auto written = [](double d) {
        std::string out;
        FlatWriter w(out);
        w.real(d);
        w.finish();
        return out;
    };
    for (long long k = 0; k <= 1000000; k += (k < 20000 ? 1 : 7)) {
        const double d = static_cast<double>(k) / 1000.0;
        ASSERT_EQ(written(d), record(flat_number, nlohmann::json(d).dump())) << k;
    }
    for (double d : {-0.0, -0.5, 0.0005, 0.1234, 1e6 + 0.5, 1e7, 2.5e-4, 1.0 / 3.0, 0.1 + 0.2, std::nextafter(0.25, 1.0)})
        EXPECT_EQ(written(d), record(flat_number, nlohmann::json(d).dump())) << d;
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

// analysis_flat writes the feedback texts untested when write_feedback found every text it
// inserted faithful (AnalysisResult::feedback_faithful): the catalogue's own texts must all be.
TEST(JsonFlat, EveryFeedbackTemplateIsFaithful) {
    for (int m = 0; m < message_count; ++m)
        for (int l = 0; l < feedback_language_count; ++l)
            EXPECT_TRUE(flat_faithful(message_template(static_cast<Message>(m), static_cast<FeedbackLanguage>(l))))
                << m << " " << l;
}

// A key point holding a NUL (jsonb refuses it) is inserted into the feedback: the texts are then
// not known to be faithful, and the flat stream is refused as before.
TEST(JsonFlat, FeedbackNamingAnUnfaithfulPointIsTested) {
    uh_test::Question q;
    q.question_text = "What is the difference between a list and a tuple in Python?";
    q.key_points = R"({"must_mention": ["lists mutable, tuples immutable", "tuples hashable as dictionary \u0000 keys"]})";
    q.sample = "Lists are mutable and tuples are immutable. A tuple is hashable, so it can be a dictionary key.";
    AnalysisResult r = analyze(q.input("Lists are mutable and tuples are immutable."));
    EXPECT_FALSE(r.feedback_faithful);
    std::string flat;
    EXPECT_FALSE(analysis_flat(r, flat));
    q.key_points = R"({"must_mention": ["lists mutable, tuples immutable", "tuples hashable as dictionary keys"]})";
    r = analyze(q.input("Lists are mutable and tuples are immutable."));
    EXPECT_TRUE(r.feedback_faithful);
    ASSERT_TRUE(analysis_flat(r, flat));
    EXPECT_EQ(decode(flat), reference(analysis_json(r)));
}

// Two-byte sequences (accented Latin, Arabic) take a short path in the UTF-8 test: it must accept
// and refuse exactly what decoding them does, at every position of the 8-byte windows.
TEST(JsonFlat, TwoByteSequencesAtEveryPosition) {
    for (size_t pad = 0; pad < 12; ++pad) {
        const std::string before(pad, 'a');
        EXPECT_TRUE(flat_faithful(before + "\xC2\x80" "b")) << pad;           // U+0080, the smallest
        EXPECT_TRUE(flat_faithful(before + "\xDF\xBF")) << pad;               // U+07FF, the largest, at the end
        EXPECT_TRUE(flat_faithful(before + "\xD9\x85\xD8\xB1\xD8\xAD\xD8\xA8\xD8\xA7" "bbbbbbbb")) << pad;
        EXPECT_FALSE(flat_faithful(before + "\xC2")) << pad;                  // cut at the end
        EXPECT_FALSE(flat_faithful(before + "\xC3" "(" "bbbbbbbb")) << pad;   // no continuation byte
        EXPECT_FALSE(flat_faithful(before + "\xC3\xC3\xA9")) << pad;
        EXPECT_FALSE(flat_faithful(before + "\xC1\xBF")) << pad;              // overlong
        EXPECT_FALSE(flat_faithful(before + "\xC2\x80" + std::string(1, '\0'))) << pad;
    }
}
