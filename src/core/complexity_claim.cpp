#include "core/cpp_only.hpp"

#include "core/complexity_claim.hpp"
#include "core/complexity_shape.hpp"

#include <algorithm>
#include <string_view>

namespace utopiahire::core {

namespace {

// A notation stated of another way than the answer's own: in a sentence that, up to the end of the
// notation's clause, says it in the mood of a condition or a consequence of one ("would be O(n^2)",
// "if it were a linked list", "When the table fills up it is resized, which ... is O(n)", "serait en
// O(n)", "لو"), or sets it beside the way taken ("whereas the naive loop", "instead", "plutôt",
// "بينما"). Candidates name the class of the approach they reject or of a hypothetical case, and
// give their own in words the rule does not read ("a single pass").
bool of_another_way(const std::vector<Token>& tokens, size_t at) {
    size_t from = at, to = at;
    while (from > 0 && tokens[from - 1].sentence == tokens[at].sentence) --from;
    while (to + 1 < tokens.size() && tokens[to + 1].clause == tokens[at].clause) ++to;
    for (size_t i = from; i <= to; ++i) {
        const WordInfo& w = tokens[i].info;
        if (w.role == role_counterfactual || w.role == role_alternative || w.conditional || w.comparative_negation)
            return true;
    }
    return false;
}

// The classes the answer states in Θ or Ω ("Θ(log n)"): a bound of the class, as much the class as
// O() (the tokens read only O()).
bool bound_of_class(std::string_view text, int cls) {
    static constexpr std::string_view letters[] = {"\u0398(", "\u03b8(", "\u03a9(", "\u2126(", "\u03c9(",
                                                   "Theta(", "theta(", "Omega(", "omega("};
    for (const std::string_view letter : letters) {
        for (size_t at = text.find(letter); at != std::string_view::npos; at = text.find(letter, at + 1)) {
            const size_t open = at + letter.size() - 1;
            const size_t close = notation_close(text, open);
            if (close == std::string_view::npos || close - open > 24) continue;
            if (complexity_class(text.substr(open + 1, close - open - 1)) == cls) return true;
        }
    }
    return false;
}

}  // namespace

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
            if (t.surface != std::string_view("o") || of_another_way(tokens, i)) continue;
            if (stated >= 0 && stated != t.complexity) several = true;
            if (stated < 0) at = static_cast<int>(i);
            stated = t.complexity;
        }
        if (stated < 0 || owned || several || bound_of_class(ctx.answer.text, own)) continue;
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

bool states_headline_classes(const Context& ctx, const PointModel& point) {
    for (const auto& [cls, of_space] : point.headline_classes) {
        // (A class of no known form, "O(width)", is stated in words the notation's spelling does not
        // foresee: "the extra memory is the widest level".)
        if (!known_complexity_class(cls)) continue;
        // (Of either kind: an answer naming the class says it, whether or not its words tell time from
        // memory. A logarithm said without the notation, "its n log n cause of the sort", "log n vu
        // qu'on coupe en 2", states a class holding one.)
        const bool stated = std::any_of(ctx.answer.tokens.begin(), ctx.answer.tokens.end(), [cls = cls](const Token& t) {
            return !t.negated && (t.complexity == cls || (logarithmic_class(cls) && (t.surface == "log" || t.surface == "lg")));
        });
        if (!stated && !bound_of_class(ctx.answer.text, cls)) return false;
    }
    return true;
}

}  // namespace utopiahire::core
