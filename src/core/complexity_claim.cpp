#include "core/cpp_only.hpp"

#include "core/complexity_claim.hpp"

#include <algorithm>
#include <string_view>

namespace utopiahire::core {

ComplexityClaim other_complexity_claim(const Context& ctx, const PointModel& point) {
    ComplexityClaim claim;
    const auto& tokens = ctx.answer.tokens;
    for (const bool space : {false, true}) {
        // The point's one class of this kind (none, or several: nothing to read).
        int own = -1;
        bool several = false;
        for (const auto& [cls, of_space] : point.headline_classes) {
            if (of_space != space) continue;
            if (own >= 0 && own != cls) several = true;
            own = cls;
        }
        if (own < 0 || several) continue;
        // The answer's notations of this kind: one class, not the point's, and the point's class
        // nowhere in the answer, in a notation or in words ("linear").
        int stated = -1, at = -1;
        bool owned = false;
        several = false;
        for (size_t i = 0; i < tokens.size(); ++i) {
            const Token& t = tokens[i];
            if (t.complexity < 0 || t.negated || t.complexity_space != space) continue;
            if (t.complexity == own) owned = true;
            if (t.surface != std::string_view("o")) continue;
            if (stated >= 0 && stated != t.complexity) several = true;
            if (stated < 0) at = static_cast<int>(i);
            stated = t.complexity;
        }
        if (stated < 0 || owned || several) continue;
        size_t from = static_cast<size_t>(at), to = static_cast<size_t>(at);
        while (from > 0 && tokens[from - 1].clause == tokens[from].clause) --from;
        while (to + 1 < tokens.size() && tokens[to + 1].clause == tokens[to].clause) ++to;
        // (Through the notation's argument, which a parenthesis may put in a clause of its own.)
        const std::string_view argument = notation_argument(ctx.answer, tokens[static_cast<size_t>(at)]);
        if (!argument.empty()) {
            const auto end = static_cast<int>(argument.data() + argument.size() - ctx.answer.text.data());
            while (to + 1 < tokens.size() && tokens[to + 1].byte_start < end) ++to;
        }
        claim.first = static_cast<int>(from);
        claim.last = static_cast<int>(to);
        return claim;
    }
    return claim;
}

}  // namespace utopiahire::core
