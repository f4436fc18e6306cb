#include "core/cpp_only.hpp"

#include "core/json_flat_impl.hpp"

#include <array>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace utopiahire::core {

namespace {

constexpr uint64_t high_bits = 0x8080808080808080ULL;
constexpr uint64_t low_bits = 0x0101010101010101ULL;

// Strict UTF-8 (what nlohmann's serializer accepts unchanged), and no NUL (jsonb refuses it).
bool plain_utf8(std::string_view s) {
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    const auto* end = p + s.size();
    while (p < end) {
        // ASCII without NUL, 32 bytes at a time (feedback sentences are long and ASCII): no
        // high bit, and no zero byte ((w - 1) & ~w has the high bit of a zero byte set).
        if (end - p >= 32) {
            uint64_t w[4];
            std::memcpy(w, p, 32);
            const uint64_t any = w[0] | w[1] | w[2] | w[3] | ((w[0] - low_bits) & ~w[0]) | ((w[1] - low_bits) & ~w[1]) |
                                 ((w[2] - low_bits) & ~w[2]) | ((w[3] - low_bits) & ~w[3]);
            if ((any & high_bits) == 0) {
                p += 32;
                continue;
            }
        }
        if (end - p >= 8) {
            uint64_t w;
            std::memcpy(&w, p, 8);
            if (((w | ((w - low_bits) & ~w)) & high_bits) == 0) {
                p += 8;
                continue;
            }
        } else if (s.size() >= 8) {
            // The last 1..7 bytes of a longer string: the string's last eight bytes in one load.
            // (Bytes before p read again: when one is not plain ASCII, the bytes from p on go
            // through the test below, as before.)
            uint64_t w;
            std::memcpy(&w, end - 8, 8);
            if (((w | ((w - low_bits) & ~w)) & high_bits) == 0) return true;
        } else {
            // A string of 1..7 bytes (most short strings): byte by byte, which costs less than
            // a copy of a variable length.
            const auto* q = p;
            while (q < end && *q != 0 && *q < 0x80) ++q;
            if (q == end) return true;
        }
        // One of the next eight bytes is not plain ASCII: they are read one code point at a
        // time (the ASCII checks above are not retried at every byte).
        const auto* stop = end - p > 8 ? p + 8 : end;
        while (p < stop) {
            const unsigned c = *p;
            if (c < 0x80) {
                if (c == 0) return false;
                ++p;
                continue;
            }
            // Two bytes (accented Latin letters, Arabic: most non-ASCII text here): a lead byte C2..DF
            // and a continuation byte are always a valid code point (U+0080..U+07FF), so it is not
            // decoded.
            if (c >= 0xC2 && c <= 0xDF) {
                if (end - p <= 1 || (p[1] & 0xC0) != 0x80) return false;
                p += 2;
                continue;
            }
            int n = 0;
            unsigned cp = 0, min = 0;
            if (c >= 0xE0 && c <= 0xEF) n = 2, cp = c & 0x0F, min = 0x800;
            else if (c >= 0xF0 && c <= 0xF4) n = 3, cp = c & 0x07, min = 0x10000;
            else return false;
            if (end - p <= n) return false;
            for (int i = 1; i <= n; ++i) {
                if ((p[i] & 0xC0) != 0x80) return false;
                cp = (cp << 6) | (p[i] & 0x3F);
            }
            if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
            p += n + 1;
        }
    }
    return true;
}

// One record. A short one (keys, numbers, most strings) is put together on the stack and
// appended in one call: a result has some hundred records.
void put_bytes(std::string& out, char tag, std::string_view bytes) {
    const auto n = static_cast<uint32_t>(bytes.size());
    char record[128];
    record[0] = tag;
    record[1] = static_cast<char>(n & 0xFF);
    record[2] = static_cast<char>((n >> 8) & 0xFF);
    record[3] = static_cast<char>((n >> 16) & 0xFF);
    record[4] = static_cast<char>((n >> 24) & 0xFF);
    if (bytes.size() + 6 <= sizeof(record)) {
        if (!bytes.empty()) std::memcpy(record + 5, bytes.data(), bytes.size());
        record[5 + bytes.size()] = '\0';
        out.append(record, bytes.size() + 6);
        return;
    }
    out.append(record, 5);
    out.append(bytes.data(), bytes.size());
    out.push_back('\0');
}

bool flatten(const nlohmann::json& v, std::string& out) {
    switch (v.type()) {
        case nlohmann::json::value_t::object:
            out.push_back(flat_begin_object);
            for (auto it = v.begin(); it != v.end(); ++it) {
                if (!plain_utf8(it.key())) return false;
                put_bytes(out, flat_key, it.key());
                if (!flatten(it.value(), out)) return false;
            }
            out.push_back(flat_end_object);
            return true;
        case nlohmann::json::value_t::array:
            out.push_back(flat_begin_array);
            for (const auto& item : v)
                if (!flatten(item, out)) return false;
            out.push_back(flat_end_array);
            return true;
        case nlohmann::json::value_t::string: {
            const auto& s = v.get_ref<const std::string&>();
            if (!plain_utf8(s)) return false;
            put_bytes(out, flat_string, s);
            return true;
        }
        case nlohmann::json::value_t::boolean:
            out.push_back(v.get<bool>() ? flat_true : flat_false);
            return true;
        case nlohmann::json::value_t::number_integer:
            put_bytes(out, flat_number, std::to_string(v.get<int64_t>()));
            return true;
        case nlohmann::json::value_t::number_unsigned:
            put_bytes(out, flat_number, std::to_string(v.get<uint64_t>()));
            return true;
        case nlohmann::json::value_t::number_float: {
            // Exactly the text dump() writes (it writes null for NaN and infinities).
            const std::string text = v.dump();
            if (text == "null") out.push_back(flat_null);
            else put_bytes(out, flat_number, text);
            return true;
        }
        case nlohmann::json::value_t::null:
            out.push_back(flat_null);
            return true;
        default:
            return false;   // binary and discarded values never occur in results
    }
}

}  // namespace

void FlatWriter::long_record(char tag, std::string_view bytes) {
    // Appended as it is, after what is buffered.
    const auto n = static_cast<uint32_t>(bytes.size());
    const char header[5] = {tag, static_cast<char>(n & 0xFF), static_cast<char>((n >> 8) & 0xFF),
                            static_cast<char>((n >> 16) & 0xFF), static_cast<char>((n >> 24) & 0xFF)};
    flush();
    out_.append(header, 5);
    out_.append(bytes.data(), bytes.size());
    out_.push_back('\0');
}

bool flat_faithful(std::string_view s) { return plain_utf8(s); }

void FlatWriter::key(std::string_view name) {
    if (!plain_utf8(name)) ok_ = false;
    record(flat_key, name);
}

void FlatWriter::string(std::string_view value) {
    if (!plain_utf8(value)) ok_ = false;
    record(flat_string, value);
}

void FlatWriter::integer(long long value) {
    char buffer[24];
    const auto result = std::to_chars(buffer, buffer + sizeof(buffer), value);
    record(flat_number, std::string_view(buffer, static_cast<size_t>(result.ptr - buffer)));
}

// The text nlohmann's dump() writes for a double (its serializer's dump_float): null when it is
// not finite, else the shortest text that reads back the same (its to_chars), without
// building a json value and a string for each number.
void FlatWriter::real(double value) {
    if (!std::isfinite(value)) {
        null();
        return;
    }
    // The common case, a score rounded to thousandths (k / 1000, not negative): the double
    // nearest to a decimal of so few digits reads back as that decimal and no shorter text does,
    // so the shortest text is the decimal itself ("0.25", "1.0", "0.0"), written here without
    // the general algorithm (the unit tests compare the two over every k up to a million).
    if (value >= 0.0 && value <= 1e6 && !std::signbit(value)) {
        const long long k = std::llround(value * 1000.0);
        if (static_cast<double>(k) / 1000.0 == value) {
            char buffer[32];
            const auto whole = std::to_chars(buffer, buffer + 16, k / 1000).ptr;
            char* end = whole;
            *end++ = '.';
            const int frac = static_cast<int>(k % 1000);
            const char digits[3] = {static_cast<char>('0' + frac / 100), static_cast<char>('0' + frac / 10 % 10),
                                    static_cast<char>('0' + frac % 10)};
            int n = frac % 100 == 0 ? 1 : frac % 10 == 0 ? 2 : 3;   // trailing zeros cut, one digit kept
            for (int i = 0; i < n; ++i) *end++ = digits[i];
            record(flat_number, std::string_view(buffer, static_cast<size_t>(end - buffer)));
            return;
        }
    }
    std::array<char, 64> buffer;
    const char* end = nlohmann::detail::to_chars(buffer.data(), buffer.data() + buffer.size(), value);
    record(flat_number, std::string_view(buffer.data(), static_cast<size_t>(end - buffer.data())));
}

void FlatWriter::string_array(const std::vector<std::string>& items) {
    begin_array();
    for (const std::string& item : items) string(item);
    end_array();
}

void FlatWriter::checked_string_array(const std::vector<std::string>& items) {
    begin_array();
    for (const std::string& item : items) checked_string(item);
    end_array();
}

bool flatten_json(const nlohmann::json& value, std::string& out) {
    if (!value.is_object() && !value.is_array()) return false;
    return flatten(value, out);
}

}  // namespace utopiahire::core
