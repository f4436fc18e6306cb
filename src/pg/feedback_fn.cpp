// interview_gap_name(missing_point text): the key point named by a missed-point string, as the
// feedback aggregate names it (so that the analytics views group the same gaps).
#include "pg/postgres_headers.hpp"

#include "pg/guard.hpp"
#include "core/feedback.hpp"

#include <string_view>

using namespace utopiahire;

extern "C" {
PG_FUNCTION_INFO_V1(uh_gap_name);
}

extern "C" Datum uh_gap_name(PG_FUNCTION_ARGS) {
    text* input = PG_GETARG_TEXT_PP(0);
    const std::string_view point(VARDATA_ANY(input), VARSIZE_ANY_EXHDR(input));
    std::string_view name;
    pg::GuardError error;
    if (!pg::run_guarded([&] { name = core::gap_name(point); }, &error))
        pg::report_guard_error(error);
    // `name` views into `input`, which the outer frame owns. Capitalised like the aggregate's gaps.
    text* result = cstring_to_text_with_len(name.data(), static_cast<int>(name.size()));
    char* first = VARDATA(result);
    if (!name.empty() && *first >= 'a' && *first <= 'z') *first = static_cast<char>(*first - 32);
    PG_RETURN_TEXT_P(result);
}
