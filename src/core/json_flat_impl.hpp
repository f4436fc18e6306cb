// Building the flat stream of json_flat.hpp from an nlohmann value (core sources only).
#pragma once

#include "core/json_flat.hpp"

#include <nlohmann/json.hpp>

#include <string>

namespace utopiahire::core {

// Appends the flat stream of value to out and returns true; returns false (out then holds
// garbage) when dump() would not have given the same bytes back through jsonb_in: a top-level
// scalar, a string that is not valid UTF-8 (dump() replaces its bytes) or holds a NUL.
bool flatten_json(const nlohmann::json& value, std::string& out);

}  // namespace utopiahire::core
