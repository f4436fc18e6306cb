#include "core/cpp_only.hpp"

#include "core/key_points.hpp"

#include "core/error.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <cstring>

namespace utopiahire::core {

namespace {

using nlohmann::json;

[[noreturn]] void shape_error(const std::string& message, const std::string& detail = {}) {
    throw InputError(ErrorKind::malformed_json, message, detail);
}

json parse_document(std::string_view text, const char* what) {
    if (text.size() > max_key_points_json_bytes)
        throw InputError(ErrorKind::program_limit, std::string(what) + " document is too large",
                         "It has " + std::to_string(text.size()) + " bytes; the limit is " +
                             std::to_string(max_key_points_json_bytes) + ".");
    json doc = json::parse(text.begin(), text.end(), nullptr, false);
    if (doc.is_discarded()) shape_error(std::string(what) + " is not valid JSON");
    if (!doc.is_object())
        shape_error(std::string(what) + " must be a JSON object",
                    std::string("Got a JSON ") + doc.type_name() + ".");
    return doc;
}

// The limit is in characters, as the message says (UTF-8: every byte but a continuation byte
// starts one); the byte length alone let 8000 ASCII characters through.
void check_text(const std::string& text, const std::string& where) {
    size_t chars = 0;
    if (text.size() > max_point_chars)
        for (const char c : text) chars += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    if (chars > max_point_chars)
        throw InputError(ErrorKind::program_limit, where + " is too long",
                         "It has " + std::to_string(chars) + " characters; the limit is " +
                             std::to_string(max_point_chars) + ".");
}

std::string string_at(const json& value, const std::string& where) {
    if (!value.is_string())
        shape_error(where + " must be a string", std::string("Got a JSON ") + value.type_name() + ".");
    std::string text = value.get<std::string>();
    check_text(text, where);
    return text;
}

// A letter or digit of any script: not ASCII punctuation or space, nor a code point of the
// punctuation and symbol blocks (Latin-1's, General Punctuation to Miscellaneous Symbols and
// Arrows, CJK punctuation, full-width ASCII punctuation, Arabic punctuation, pictographs).
bool word_code_point(uint32_t cp) {
    if (cp < 0x80) return std::isalnum(static_cast<int>(cp)) != 0;
    return !(cp <= 0xBF || cp == 0xD7 || cp == 0xF7 || (cp >= 0x2000 && cp <= 0x2BFF) ||
             (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF01 && cp <= 0xFF0F) ||
             cp == 0x060C || cp == 0x061B || cp == 0x061F || (cp >= 0x066A && cp <= 0x066D) || cp == 0x06D4 ||
             (cp >= 0x1F000 && cp <= 0x1FAFF));
}

bool has_word(const std::string& text) {
    for (size_t i = 0; i < text.size();) {
        const auto lead = static_cast<unsigned char>(text[i]);
        const int n = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
        uint32_t cp = n == 1 ? lead : lead & (0x3F >> (n - 1));
        for (int k = 1; k < n && i + k < text.size(); ++k) cp = (cp << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
        if (word_code_point(cp)) return true;
        i += static_cast<size_t>(n);
    }
    return false;
}

// A point or alias with no letter or digit can never be covered: every answer would miss it.
void check_not_blank(WordingChecks checks, const std::string& text, const std::string& where) {
    if (checks == WordingChecks::lenient || has_word(text)) return;
    throw InputError(ErrorKind::invalid_argument, where + " is empty",
                     "A key point, alias or mistake must contain a word or a number.");
}

// An object whose keys are all unknown is a misspelling ("must_mentions", "alias"), which would
// otherwise drop its points without a word. known lists the keys read; also_allowed, others
// the format documents (evaluation_criteria).
void check_keys(WordingChecks checks, const json& object, const std::string& where,
                std::initializer_list<const char*> known, std::initializer_list<const char*> also_allowed,
                bool all_unknown_only) {
    if (checks == WordingChecks::lenient) return;
    auto listed = [](std::initializer_list<const char*> names, const std::string& key) {
        return std::any_of(names.begin(), names.end(), [&](const char* name) { return key == name; });
    };
    std::string unknown;
    bool any_known = false;
    for (const auto& entry : object.items()) {
        if (listed(known, entry.key())) any_known = true;
        else if (!listed(also_allowed, entry.key())) unknown += (unknown.empty() ? "\"" : ", \"") + entry.key() + "\"";
    }
    if (unknown.empty() || (all_unknown_only && any_known)) return;
    std::string expected;
    for (const char* name : known) expected += (expected.empty() ? "\"" : ", \"") + std::string(name) + "\"";
    shape_error(where + " has an unknown key " + unknown, "Its keys are " + expected + ".");
}

std::string trim(const std::string& s) {
    const size_t b = s.find_first_not_of(" \t,;:");
    if (b == std::string::npos) return "";
    const size_t e = s.find_last_not_of(" \t,;:");
    return s.substr(b, e - b + 1);
}

// Alternatives an interviewer wrote into one point: "EXPLAIN / query plan", "lock or unique
// constraint", "framework (RICE, impact/effort)". Each becomes an extra alias of the point.
std::vector<std::string> split_on(const std::string& text, std::initializer_list<const char*> separators) {
    std::vector<std::string> parts{text};
    for (const char* separator : separators) {
        const std::string sep(separator);
        std::vector<std::string> next;
        for (const std::string& part : parts) {
            size_t start = 0;
            while (true) {
                const size_t at = part.find(sep, start);
                next.push_back(part.substr(start, at == std::string::npos ? std::string::npos : at - start));
                if (at == std::string::npos) break;
                start = at + sep.size();
            }
        }
        parts = std::move(next);
    }
    return parts;
}

// Alternatives an interviewer wrote into one point: "EXPLAIN / query plan", and examples in
// parentheses, "staged release (canary or blue-green)". Each becomes an extra alias.
std::vector<std::string> written_alternatives(const std::string& point) {
    std::vector<std::string> out;
    auto add = [&](const std::string& candidate) {
        const std::string t = trim(candidate);
        if (t.size() >= 2 && t != point && std::find(out.begin(), out.end(), t) == out.end()) out.push_back(t);
    };
    std::string outside = point;
    const size_t open = point.find('(');
    const size_t close = open == std::string::npos ? std::string::npos : point.find(')', open);
    if (close != std::string::npos) {
        outside = point.substr(0, open) + point.substr(close + 1);
        add(outside);
        std::string inside = point.substr(open + 1, close - open - 1);
        for (const char* lead : {"e.g. ", "e.g., ", "eg ", "ex. ", "i.e. ", "such as ", "like "})
            if (inside.compare(0, std::strlen(lead), lead) == 0) inside = inside.substr(std::strlen(lead));
        add(inside);
        const auto examples = split_on(inside, {" / ", ", ", " or ", " and ", " + "});
        if (examples.size() > 1)
            for (const std::string& example : examples) add(example);
    }
    const auto options = split_on(outside, {" / "});
    if (options.size() > 1)
        for (const std::string& option : options) add(option);
    return out;
}

void read_points(const json& doc, const char* key, TextRole point_role, TextRole alias_role,
                 TextRole written_role, WordingChecks checks, std::vector<QuestionText>& out) {
    auto it = doc.find(key);
    if (it == doc.end() || it->is_null()) return;
    if (!it->is_array())
        shape_error(std::string("key_points.") + key + " must be an array",
                    std::string("Got a JSON ") + it->type_name() + ".");
    if (it->size() > max_points_per_list)
        throw InputError(ErrorKind::program_limit, std::string("too many key points in ") + key,
                         "It has " + std::to_string(it->size()) + " items; the limit is " +
                             std::to_string(max_points_per_list) + ".");
    int32_t index = 0;
    for (const json& item : *it) {
        const std::string where = std::string("key_points.") + key + "[" + std::to_string(index) + "]";
        if (item.is_string()) {
            out.push_back({point_role, index, string_at(item, where)});
            check_not_blank(checks, out.back().text, where);
            for (std::string& alternative : written_alternatives(out.back().text))
                out.push_back({written_role, index, std::move(alternative)});
        } else if (item.is_object()) {
            check_keys(checks, item, where, {"point", "aliases"}, {}, false);
            auto point = item.find("point");
            if (point == item.end()) shape_error(where + " has no \"point\"");
            out.push_back({point_role, index, string_at(*point, where + ".point")});
            check_not_blank(checks, out.back().text, where + ".point");
            for (std::string& alternative : written_alternatives(out.back().text))
                out.push_back({written_role, index, std::move(alternative)});
            auto aliases = item.find("aliases");
            if (aliases != item.end() && !aliases->is_null()) {
                if (!aliases->is_array()) shape_error(where + ".aliases must be an array of strings");
                if (aliases->size() > max_aliases_per_point)
                    throw InputError(ErrorKind::program_limit, "too many aliases in " + where,
                                     "The limit is " + std::to_string(max_aliases_per_point) + ".");
                for (const json& alias : *aliases) {
                    out.push_back({alias_role, index, string_at(alias, where + ".aliases[]")});
                    check_not_blank(checks, out.back().text, where + ".aliases[]");
                }
            }
        } else {
            shape_error(where + " must be a string or an object with \"point\"",
                        std::string("Got a JSON ") + item.type_name() + ".");
        }
        ++index;
    }
}

void read_mistakes(const json& doc, WordingChecks checks, std::vector<QuestionText>& out) {
    auto it = doc.find("mistakes");
    if (it == doc.end() || it->is_null()) return;
    if (!it->is_array()) shape_error("common_mistakes.mistakes must be an array");
    if (it->size() > max_mistakes)
        throw InputError(ErrorKind::program_limit, "too many common mistakes",
                         "The limit is " + std::to_string(max_mistakes) + ".");
    int32_t index = 0;
    for (const json& item : *it) {
        const std::string where = "common_mistakes.mistakes[" + std::to_string(index) + "]";
        if (item.is_string()) {
            out.push_back({role_mistake, index, string_at(item, where)});
            check_not_blank(checks, out.back().text, where);
        } else if (item.is_object()) {
            check_keys(checks, item, where, {"mistake", "correction"}, {}, false);
            auto mistake = item.find("mistake");
            if (mistake == item.end()) shape_error(where + " has no \"mistake\"");
            out.push_back({role_mistake, index, string_at(*mistake, where + ".mistake")});
            check_not_blank(checks, out.back().text, where + ".mistake");
            auto correction = item.find("correction");
            if (correction != item.end() && !correction->is_null())
                out.push_back({role_correction, index, string_at(*correction, where + ".correction")});
        } else {
            shape_error(where + " must be an object with \"mistake\" or a string");
        }
        ++index;
    }
}

void put_u32(std::string& out, uint32_t v) {
    for (int i = 0; i < 4; ++i) out.push_back(static_cast<char>((v >> (8 * i)) & 0xFF));
}

}  // namespace

std::vector<QuestionText> question_texts(std::string_view key_points_json,
                                         std::string_view common_mistakes_json, WordingChecks checks) {
    std::vector<QuestionText> out;
    const json points = parse_document(key_points_json, "key_points");
    check_keys(checks, points, "key_points", {"must_mention", "bonus_points"}, {"evaluation_criteria"}, true);
    read_points(points, "must_mention", role_must, role_must_alias, role_must_written, checks, out);
    read_points(points, "bonus_points", role_bonus, role_bonus_alias, role_bonus_written, checks, out);
    if (!common_mistakes_json.empty()) {
        const json mistakes = parse_document(common_mistakes_json, "common_mistakes");
        check_keys(checks, mistakes, "common_mistakes", {"mistakes", "red_flags"}, {}, true);
        read_mistakes(mistakes, checks, out);
    }
    return out;
}

std::string serialize_question_texts(const std::vector<QuestionText>& texts) {
    std::string out;
    for (const QuestionText& t : texts) {
        put_u32(out, static_cast<uint32_t>(t.role));
        put_u32(out, static_cast<uint32_t>(t.owner));
        put_u32(out, static_cast<uint32_t>(t.text.size()));
        out += t.text;
    }
    return out;
}

}  // namespace utopiahire::core
