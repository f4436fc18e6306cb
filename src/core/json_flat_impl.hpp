// Building the flat stream of json_flat.hpp from an nlohmann value (core sources only).
#pragma once

#include "core/json_flat.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace utopiahire::core {

// Appends the flat stream of value to out and returns true; returns false (out then holds
// garbage) when dump() would not have given the same bytes back through jsonb_in: a top-level
// scalar, a string that is not valid UTF-8 (dump() replaces its bytes) or holds a NUL.
bool flatten_json(const nlohmann::json& value, std::string& out);

// Whether a string is written faithfully (FlatWriter::string leaves ok() true): valid UTF-8
// without NUL. For a string written again and again (a key point's text), asked once.
bool flat_faithful(std::string_view s);

// Writes the flat stream of a document directly (no nlohmann tree): each call appends one
// record; ok() turns false once a string was not faithful (see flatten_json). Records are put
// together in a buffer of the writer's own and appended to the string a block at a time (a
// record is then one bounds check and a copy, neither an append call nor the zero fill of a
// resized string); finish() appends the rest, and must be called before the string is read.
class FlatWriter {
public:
    explicit FlatWriter(std::string& out) : out_(out) {}
    FlatWriter(const FlatWriter&) = delete;
    FlatWriter& operator=(const FlatWriter&) = delete;
    void begin_object() { *room(1) = flat_begin_object; }
    void end_object() { *room(1) = flat_end_object; }
    void begin_array() { *room(1) = flat_begin_array; }
    void end_array() { *room(1) = flat_end_array; }
    void key(std::string_view name);
    // A key written in the source ("point", "score" ...): plain ASCII, so not tested again at
    // every answer (a result has some eighty keys).
    // The record's bytes are copied with a length known at compile time (a few moves, no call).
    template <size_t N>
    void key(const char (&name)[N]) {
        static_assert(N > 1 && N < 256, "a key literal");
        char* p = room(N + 5);   // tag, 4-byte length, the name and its NUL
        p[0] = flat_key;
        p[1] = static_cast<char>(N - 1);
        p[2] = p[3] = p[4] = 0;
        std::memcpy(p + 5, name, N);
    }
    void string(std::string_view value);
    // A string known to be faithful (flat_faithful, asked once for a text written with every
    // answer, or a name written in the source): not tested again.
    void checked_string(std::string_view value) { record(flat_string, value); }
    void integer(long long value);
    void real(double value);   // the text nlohmann's dump() writes for it
    void null() { *room(1) = flat_null; }
    void string_array(const std::vector<std::string>& items);
    // A list of strings known to be faithful (see checked_string).
    void checked_string_array(const std::vector<std::string>& items);
    // Appends what is still in the writer's buffer to the string; returns ok().
    bool finish() {
        flush();
        return ok_;
    }
    bool ok() const { return ok_; }

private:
    static constexpr size_t block = 2048;
    // n <= block more bytes at the end of the stream, to be filled in.
    char* room(size_t n) {
        if (used_ + n > block) flush();
        char* p = buffer_ + used_;
        used_ += n;
        return p;
    }
    void flush() {
        out_.append(buffer_, used_);
        used_ = 0;
    }
    // One record: short ones (keys, numbers, most strings) are put together in the buffer here,
    // inline (a result has some hundred and twenty records); long ones go through long_record.
    void record(char tag, std::string_view bytes) {
        const size_t n = bytes.size();
        if (n + 6 > block) {
            long_record(tag, bytes);
            return;
        }
        char* p = room(n + 6);
        p[0] = tag;
        p[1] = static_cast<char>(n & 0xFF);
        p[2] = static_cast<char>((n >> 8) & 0xFF);
        p[3] = p[4] = 0;   // n < block
        std::memcpy(p + 5, bytes.data(), n);
        p[5 + n] = '\0';
    }
    void long_record(char tag, std::string_view bytes);

    std::string& out_;
    size_t used_ = 0;   // bytes of buffer_ not appended yet
    bool ok_ = true;
    char buffer_[block];
};

}  // namespace utopiahire::core
