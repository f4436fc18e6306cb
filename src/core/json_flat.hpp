// A JSON value as a flat byte stream the glue turns straight into a jsonb (pushJsonbValue),
// instead of JSON text that jsonb_in would lex and parse again. The stream holds exactly what
// jsonb_in would have built from dump() of the same value: strings unescaped, numbers as the
// text dump() writes for them (the glue passes it to numeric_in, as jsonb_in does).
//
// Records, one after another: a tag byte, then for key/string/number a 4-byte little-endian
// length and that many bytes followed by a NUL.
#pragma once

#include <string>

namespace utopiahire::core {

enum FlatTag : char {
    flat_begin_object = '{', flat_end_object = '}', flat_begin_array = '[', flat_end_array = ']',
    flat_key = 'k', flat_string = 's', flat_number = 'n', flat_true = 't', flat_false = 'f', flat_null = 'z',
};

}  // namespace utopiahire::core
