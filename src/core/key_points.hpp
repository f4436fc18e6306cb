// The question's key points and common mistakes, read from their JSON documents and checked.
// key_points: {"must_mention": [item...], "bonus_points": [item...], "evaluation_criteria": ...,
//   ...} where an item is a string or {"point": string, "aliases": [string...]}.
// common_mistakes: {"mistakes": [{"mistake": string, "correction": string}...],
//   "red_flags": [string...]} (red flags describe the candidate, they are not matched).
// Bad shapes throw InputError: malformed_json (22P02) for unparsable text or wrong types;
// program_limit (54000) for absurd sizes. With WordingChecks::strict also malformed_json for an
// unknown key in an item object or a document whose keys are all unknown (a misspelt
// "must_mentions" would otherwise drop every point), and invalid_argument (22023) for a point,
// alias or mistake with no letter or digit in it.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace utopiahire::core {

// Roles of the texts the glue tokenises for one question, in this order.
enum TextRole : int32_t {
    role_must = 0,
    role_must_alias = 1,
    role_bonus = 2,
    role_bonus_alias = 3,
    role_mistake = 4,
    role_correction = 5,
    role_must_written = 6,    // an alternative written into a must point ("EXPLAIN / query plan")
    role_bonus_written = 7,   // the same for a bonus point
};

struct QuestionText {
    int32_t role;
    int32_t owner;   // index of the key point / mistake it belongs to
    std::string text;
};

// Limits (54000 beyond them).
constexpr size_t max_key_points_json_bytes = 256 * 1024;
constexpr size_t max_points_per_list = 100;
constexpr size_t max_aliases_per_point = 32;
constexpr size_t max_point_chars = 2000;
constexpr size_t max_mistakes = 100;

// What question_texts checks beyond the JSON shape and the size limits.
enum class WordingChecks {
    // Blank texts and misspelt keys too: key points a caller passes (key_point_coverage,
    // analyze_answer), who learns of the mistake at once.
    strict,
    // Not those: a question_bank row read by the answer trigger. The bank accepted the row, and
    // it must never block a candidate's answer (1.1.0 scored such rows: extra keys ignored, a
    // blank point missing).
    lenient,
};

// Parses and checks both documents (common_mistakes may be empty: none) and lists the texts to
// tokenise: each must point then its aliases, each bonus point then its aliases, each mistake
// then its correction.
std::vector<QuestionText> question_texts(std::string_view key_points_json,
                                         std::string_view common_mistakes_json,
                                         WordingChecks checks = WordingChecks::strict);

// The same list as a flat byte string for the glue: per text, role, owner and byte length as
// 4-byte little-endian integers, then the bytes.
std::string serialize_question_texts(const std::vector<QuestionText>& texts);

}  // namespace utopiahire::core
