// Building the flat stream of json_flat.hpp from an nlohmann value (core sources only).
#pragma once

#include "core/json_flat.hpp"

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace utopiahire::core {

// Appends the flat stream of value to out and returns true; returns false (out then holds
// garbage) when dump() would not have given the same bytes back through jsonb_in: a top-level
// scalar, a string that is not valid UTF-8 (dump() replaces its bytes) or holds a NUL.
bool flatten_json(const nlohmann::json& value, std::string& out);

// Writes the flat stream of a document directly (no nlohmann tree): each call appends one
// record; ok() turns false once a string was not faithful (see flatten_json).
class FlatWriter {
public:
    explicit FlatWriter(std::string& out) : out_(out) {}
    void begin_object() { out_.push_back(flat_begin_object); }
    void end_object() { out_.push_back(flat_end_object); }
    void begin_array() { out_.push_back(flat_begin_array); }
    void end_array() { out_.push_back(flat_end_array); }
    void key(std::string_view name);
    void string(std::string_view value);
    void integer(long long value);
    void real(double value);   // the text nlohmann's dump() writes for it
    void null() { out_.push_back(flat_null); }
    void string_array(const std::vector<std::string>& items);
    bool ok() const { return ok_; }

private:
    std::string& out_;
    bool ok_ = true;
};

}  // namespace utopiahire::core
