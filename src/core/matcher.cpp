#include "core/cpp_only.hpp"

// match_point: whether the answer states a key point, and where. Each window's scores (of the
// point's wordings and sample sentences) are read by the rules below into a best statement, a
// clean one, and the denials, dismissals and swaps that can make the point contradicted.

#include "core/matcher_internal.hpp"

namespace utopiahire::core {

// A wording of the point denied in full (all its words, or a whole alias other than one word, see
// match_point: "a retry state isn't needed" for "idle, busy and retry states", "switching to RE2 or capping the time is
// overkill" for "pick a non-backtracking engine (RE2) or cap the matching time") contradicts it, unless the
// answer states the point clearly elsewhere: a clean match just past clean_ceiling is mostly the
// point's common words met in other sentences ("the engine", "the match fails").
namespace {
bool denied_in_full(double best_neg, double best_clean) {
    return best_neg >= full_denial_minimum && best_clean < full_denial_clean_ceiling;
}
}  // namespace

// While a point stating a notation of several sizes ("O(n log k)") is matched, the answer's
// notations are read against its sizes (complexity_class with point sizes): "O(k log n)" is then
// another class, "O(n log S)" the point's own "O(n log(total size))". Restored on leaving.
class PointSizesReading {
public:
    PointSizesReading(Context& ctx, const PointModel& point) : ctx_(ctx) {
        if (point.complexity_sizes.empty()) return;
        for (const int tok : ctx.complexity_tokens) {
            Token& t = ctx.answer.tokens[static_cast<size_t>(tok)];
            const std::string_view argument = notation_argument(ctx.answer, t);
            if (argument.empty()) continue;
            int read = -1;
            for (const std::vector<std::string>& sizes : point.complexity_sizes) {
                const int c = complexity_class(argument, sizes);
                if (read < 0) read = c;
                if (std::find(point.complexities.begin(), point.complexities.end(), c) != point.complexities.end()) {
                    read = c;
                    break;
                }
            }
            if (read < 0 || read == t.complexity) continue;
            changed_.emplace_back(tok, t.complexity);
            t.complexity = read;
        }
    }
    ~PointSizesReading() {
        for (const auto& [tok, complexity] : changed_) ctx_.answer.tokens[static_cast<size_t>(tok)].complexity = complexity;
    }
    PointSizesReading(const PointSizesReading&) = delete;
    PointSizesReading& operator=(const PointSizesReading&) = delete;

private:
    Context& ctx_;
    std::vector<std::pair<int, int>> changed_;
};

// A point of alternatives joined by "or" (PointModel::sides) is stated by one of them said in
// full: every word of that alternative (two at least) itself (not a near miss: "time" is no
// "timeout"), not denied, in one sentence ("I cap the time of every match" for "pick a
// non-backtracking engine (RE2) or cap the matching time"). The score of the best such sentence (its
// window's factors), its first and last tokens; 0 when none.
double side_stated(Context& ctx, const PointModel& point, int* first, int* last) {
    double best = 0.0;
    const std::vector<Term>& terms = point.variants[0];
    // (Said in a sentence, not in a list of terms, short as it may be: "Sliding window, per client,
    // 429." names an alternative, it does not state it.)
    auto prose = [&](const Window& w) {
        int stops = 0;
        for (int k = w.begin; k < w.end; ++k) {
            const Token& t = ctx.answer.tokens[static_cast<size_t>(k)];
            stops += t.kind == raw_stop || t.negation_cue;
        }
        return stops >= 2 && 5 * stops >= w.end - w.begin;
    };
    auto states = [&](int tok, double q) {
        const Token& t = ctx.answer.tokens[static_cast<size_t>(tok)];
        return q >= 1.0 && !t.negated && !t.spared && !t.dismissed;
    };
    for (int side = 0; side < point.sides; ++side) {
        const Term* lead = nullptr;
        int words = 0;
        for (const Term& term : terms)
            if (term.side == side) {
                ++words;
                if (lead == nullptr) lead = &term;
            }
        if (words < 2) continue;
        // (An alternative the answer denies or dismisses anywhere is no clean statement of it: "I
        // set a timeout on every match in tests. In production we never set a match timeout".)
        const bool denied = std::any_of(terms.begin(), terms.end(), [&](const Term& term) {
            if (term.side != side) return false;
            for (const auto& [tok, q] : term_matches(ctx, term)) {
                const Token& t = ctx.answer.tokens[static_cast<size_t>(tok)];
                if (q >= 1.0 && (t.negated || t.dismissed)) return true;
            }
            return false;
        });
        if (denied) continue;
        for (const auto& [tok, q] : term_matches(ctx, *lead)) {
            if (!states(tok, q)) continue;
            const int sentence = ctx.answer.tokens[static_cast<size_t>(tok)].sentence;
            int from = tok, to = tok;
            const bool all = std::all_of(terms.begin(), terms.end(), [&](const Term& term) {
                if (term.side != side || &term == lead) return true;
                for (const auto& [other, oq] : term_matches(ctx, term))
                    if (ctx.answer.tokens[static_cast<size_t>(other)].sentence == sentence && states(other, oq)) {
                        from = std::min(from, other);
                        to = std::max(to, other);
                        return true;
                    }
                return false;
            });
            if (!all) continue;
            for (const Window& w : ctx.windows)
                if (!w.pair && w.begin <= from && to < w.end && w.factor * w.explanation > best && prose(w)) {
                    best = w.factor * w.explanation;
                    *first = from;
                    *last = to;
                }
        }
    }
    return best;
}

namespace {

// The best evidence of each kind match_point finds over the windows, and the tokens it lies
// between: what judge_point weighs against each other.
struct PointEvidence {
    double best_neg = 0.0, best_clean = 0.0, best_swap = 0.0;
    int best_neg_terms = 0;   // terms met in best_neg's window
    double best_full_neg = 0.0;   // best_neg over the wordings that can be denied in full (denied_in_full)
    int full_neg_first = -1, full_neg_last = -1;
    double best_endorsed = 0.0;   // a window recommending what the (negative) point denies
    bool proposed = false;        // a window where the speaker does what the (negative) point rules out
    int proposed_first = -1, proposed_last = -1;
    bool denied_somewhere = false;
    int endorsed_first = -1, endorsed_last = -1;
    int swap_first = -1, swap_last = -1;
    int neg_first = -1, neg_last = -1;
    double best_dismissal = 0.0;   // share of the point's weight a dismissal denies in a window in conflict
    int dismissal_first = -1, dismissal_last = -1;
    // The same, in windows where the dismissal names two or more of the point's words ("a
    // court warrant isn't needed" for "ask for the lawful ground (court warrant or subpoena)").
    double best_brief_dismissal = 0.0;
    int brief_dismissal_first = -1, brief_dismissal_last = -1;
    double best_distinctive = 0.0;   // share of the point's weight a denial of its distinctive words holds
    int distinctive_first = -1, distinctive_last = -1;
    double best_lone_denial = 0.0;   // the share of a sentence that names the point only to deny it (lone_denial)
    int lone_denial_first = -1, lone_denial_last = -1;
    // ... and the share of the point that sentence states around what it denies ("unit tests" of
    // "unit tests are just as slow"): no statement of the point elsewhere.
    double lone_denial_stated = 0.0;
    // Of best_swap, the windows that state the point with another number of its counted thing
    // (OtherStatements::quantity: "all eight neighbours" for "over the four neighbours").
    double best_other_number = 0.0;
    int other_number_first = -1, other_number_last = -1;
};

// The term lists (sample sentences, then wordings) in the answer's working buffers: their
// terms' match lists, looked up once per point, and their windows (see Context::PointList).
// (Each list's window bits and masks have their places in window_bits and term_masks by the
// list's number, zeroed here at once.)
void load_point_lists(Context& ctx, const PointModel& point, size_t words) {
    ctx.point_lists.clear();
    ctx.point_matches.clear();
    const bool prepared = point.list_facts.size() == point.support.size() + point.variants.size();
    for (const auto* lists : {&point.support, &point.variants})
        for (const std::vector<Term>& terms : *lists) {
            Context::PointList l;
            const PointModel::ListFacts facts = prepared ? point.list_facts[ctx.point_lists.size()] : list_facts(terms);
            l.total = facts.total;
            l.absorbs = facts.absorbs;
            l.states_absence = facts.states_absence;
            l.first = ctx.point_matches.size();
            l.bits = ctx.point_lists.size() * words;
            l.masks = ctx.point_lists.size() * ctx.windows.size();
            for (const Term& term : terms) ctx.point_matches.push_back(term_matches(ctx, term));
            ctx.point_lists.push_back(l);
        }
    zero_first(ctx.window_bits, ctx.point_lists.size() * words);
    zero_first(ctx.term_masks, ctx.point_lists.size() * ctx.windows.size());
    zero_first(ctx.point_opposites, ctx.point_matches.size());
    if (!ctx.token_window_masks_built) window_masks(ctx);
    zero_first(ctx.term_bits, ctx.point_matches.size() * words);
    for (size_t k = 0; k < point.support.size(); ++k) list_windows(ctx, point.support[k], ctx.point_lists[k], false);
    for (size_t v = 0; v < point.variants.size(); ++v)
        list_windows(ctx, point.variants[v], ctx.point_lists[point.support.size() + v], true);
}

// What the answer states in place of the point's own class, quantity or returned value: a
// window matching the point that states one of these is in conflict with it (see
// wording_in_conflict).
struct OtherStatements {
    bool complexity = false;
    std::vector<int> quantity;   // answer tokens stating another quantity
};

// Whether another key point of the question states this number of this thing ("64-bit integers"
// in "use a wider type such as 64-bit integers"): the answer saying it states that point, not a
// wrong number for this one ("the year 2038 problem of 32-bit Unix time").
bool another_points_quantity(const QuestionModel& model, const PointModel& point, int value, int unit) {
    for (const auto* list : {&model.must, &model.bonus})
        for (const PointModel& other : *list) {
            if (&other == &point) continue;
            for (const auto* quantities : {&other.quantities, &other.quantities_aside})
                for (const auto& [v, u] : *quantities)
                    if (v == value && u == unit) return true;
        }
    return false;
}

OtherStatements other_statements(const Context& ctx, const PointModel& point) {
    OtherStatements other;
    // A point stating an asymptotic class ("O(n log n) because of the sort") is denied by a window
    // matching it that states another class, when the answer never states the point's own.
    bool& other_complexity = other.complexity;
    if (!point.complexities.empty()) {
        bool own = false;
        for (const Token& t : ctx.answer.tokens) {
            if (t.complexity < 0 || t.negated) continue;
            if (std::find(point.complexities.begin(), point.complexities.end(), t.complexity) != point.complexities.end())
                own = true;
            else if (t.complexity_space == point.complexity_space)
                other_complexity = true;
        }
        other_complexity = other_complexity && !own;
    }
    // A point stating a quantity ("KWD has 3 decimals") is denied by a window matching it that
    // counts the same thing with a number the point never names ("two decimals"), when the
    // answer never states the point's own quantity.
    std::vector<int>& other_quantity = other.quantity;
    if (!point.quantities.empty()) {
        std::vector<std::pair<int, int>> stated;   // (token, unit) of another number
        std::vector<int> own_units;                // units the answer counts as the point does
        for (size_t i = 0; i < ctx.answer.tokens.size(); ++i) {
            int value = 0, unit = 0;
            if (ctx.answer.tokens[i].negated || !quantity_at(ctx.answer, i, &value, &unit)) continue;
            for (const auto& [v, u] : point.quantities) {
                if (u != unit) continue;
                if (v == value) own_units.push_back(unit);
                else if (std::find(point.values.begin(), point.values.end(), value) == point.values.end() &&
                         !another_points_quantity(ctx.model, point, value, unit))
                    stated.emplace_back(static_cast<int>(i), unit);
            }
        }
        for (const auto& [tok, unit] : stated)
            if (std::find(own_units.begin(), own_units.end(), unit) == own_units.end()) other_quantity.push_back(tok);
    }
    // The same for a returned value ("return -1 if nothing is found" / "I'd return None").
    if (!point.returned.empty()) {
        std::vector<int> others;
        bool own = false;
        for (size_t i = 0; i < ctx.answer.tokens.size(); ++i) {
            const Token& t = ctx.answer.tokens[i];
            if (t.returned < 0 || t.negated) continue;
            if (std::find(point.returned.begin(), point.returned.end(), t.returned) != point.returned.end()) own = true;
            else others.push_back(static_cast<int>(i));
        }
        if (!own) other_quantity.insert(other_quantity.end(), others.begin(), others.end());
    }
    return other;
}

// A window where every list is silent changes nothing below: sp and sf stay 0, the point's
// own wording scores 0 there (no best, clean, swap, denial or endorsement is raised by a score
// of 0), and whether it is in conflict there matters only to an alias that is not silent.
// Most windows are such (a point is about one part of the answer): only the others, the
// union of the lists' windows (ctx.heard_windows), are visited.
void mark_heard_windows(Context& ctx, size_t words) {
    std::vector<uint64_t>& heard = ctx.heard_windows;
    zero_first(heard, words);
    for (const Context::PointList& list : ctx.point_lists)
        for (size_t j = 0; j < words; ++j) heard[j] |= ctx.window_bits[list.bits + j];
}

// The first window from k on where some list is not silent.
size_t next_heard(const Context& ctx, size_t words, size_t k) {
    const std::vector<uint64_t>& heard = ctx.heard_windows;
    for (size_t j = k / 64; j < words; ++j) {
        const uint64_t rest = j == k / 64 ? heard[j] & (~uint64_t{0} << (k % 64)) : heard[j];
        if (rest != 0) return j * 64 + static_cast<size_t>(__builtin_ctzll(rest));
    }
    return ctx.windows.size();
}

// score_terms of a list (own_words: the point's wordings) in window k, or its known score.
const WindowScore& list_score(Context& ctx, Context::PointList& list, const std::vector<Term>& terms, bool own_words,
                              size_t k, size_t words) {
    if (!score_known(ctx, list, k))
        score_terms(ctx, terms, &ctx.point_matches[list.first], ctx.windows[k], own_words,
                    own_words ? &ctx.point_opposites[list.first] : nullptr, &ctx.term_bits[list.first * words], k, words,
                    list);
    list.scored = static_cast<long>(k);
    return list.score;
}

// The score of a list in a window where it is silent (list_silent): its total alone.
WindowScore silent_score(const Context::PointList& list) {
    WindowScore ws;
    ws.total = list.total;
    return ws;
}

// How well a window restates the point's sample sentences: sp, the best share of one stated
// (sup_first, sup_last: where), and sf, stated or denied.
struct SupportRecall {
    double sp = 0.0, sf = 0.0;
    int sup_first = -1, sup_last = -1;
};

SupportRecall support_recall(Context& ctx, const PointModel& point, size_t window_index, size_t words) {
    // Support recall: a restatement of the sample sentence need not repeat all of it.
    SupportRecall s;
    for (size_t k = 0; k < point.support.size(); ++k) {
        // Nothing found (a score of 0) changes neither sp nor sf.
        Context::PointList& list = ctx.point_lists[k];
        if (list_silent(ctx, list, window_index)) continue;
        const WindowScore& sw = list_score(ctx, list, point.support[k], false, window_index, words);
        if (sw.total <= 0.0) continue;
        // Half of a sample sentence restates it, but never fewer than a few of its words
        // (one shared word of a two-word remainder is no restatement).
        const double norm = support_recall_share * sw.total;
        const double p_score = std::min({1.0, sw.pos / norm, sw.matched / min_support_words});
        if (p_score > s.sp) {
            s.sp = p_score;
            s.sup_first = sw.first;
            s.sup_last = sw.last;
        }
        s.sf = std::max(s.sf, std::min({1.0, (sw.pos + sw.neg) / norm, sw.matched_any / min_support_words}));
    }
    return s;
}

// How the window orders the sides of a "X before Y" point (window_order, for the point's own
// wording v == 0), and what that changes of the wording's score ws there.
int read_order(const Context& ctx, const PointModel& point, size_t v, const Window& w, WindowScore& ws) {
    const int order = v == 0 && point.order_word >= 0 ? window_order(ctx, point, w) : 0;
    if (order > 0 && ws.antonym_conflict && ws.negation_flips == 0) {
        // "After fsync, acknowledge" states "acknowledge after fsync": no swap.
        ws.antonym_conflict = false;
        ws.pos += ws.neg;
        ws.neg = 0.0;
    } else if (order == 0 && v == 0 && point.order_word >= 0 && ws.antonym_conflict && ws.negation_flips == 0 &&
               ws.antonym_flips == 1) {
        // A "before" that orders other things ("before a review I squash, then push
        // the branch") says nothing of the point's order.
        ws.antonym_conflict = false;
        ws.neg = 0.0;
    }
    return order;
}

// The shares of wording v that window w states (pos) and states or denies (full), with the
// sample support and the window's factors; false when the window does not count for it.
bool wording_shares(const PointModel& point, size_t v, const Window& w, const WindowScore& ws, const SupportRecall& s,
                    double* pos_out, double* full_out) {
    const auto& variant = point.variants[v];
    const double sp = s.sp, sf = s.sf;
    double pos = ws.pos / ws.total;
    double full = (ws.pos + ws.neg) / ws.total;
    // An alias is another full wording of the point: a fragment of it does not count.
    if (v > 0 && full < alias_minimum) return false;
    // A one-word alternative written into the point ("storage" in "capacity estimate
    // (reads >> writes, storage)") counts as that word (or a misspelling of it), not as
    // a merely related form ("store"); or as denied when a verdict dismisses that word
    // ("precedence doesn't really matter"), not when a negation names it in passing
    // ("it iterates, not recursion on the right side").
    if (v < point.written.size() && point.written[v] && variant.size() == 1 &&
        std::max(ws.pos, ws.dismissed) < near_miss_quality * ws.total)
        return false;
    if (!point.support.empty()) {
        // The sample sentence alone counts fully only when some of the point's own words
        // are there too (it also says things that belong to other points).
        const double anchor = 1.0 - support_anchor + support_anchor * std::min(1.0, full / anchor_coverage);
        pos = std::max({pos, (1.0 - support_share) * pos + support_share * sp, support_alone * sp * anchor});
        full = std::max({full, (1.0 - support_share) * full + support_share * sf, support_alone * sf * anchor});
    }
    const double factor = w.factor * w.explanation;
    pos *= factor;
    full *= factor;
    *pos_out = pos;
    *full_out = full;
    return true;
}

// The tokens a conflict in window score ws spans: the words it denies or swaps, and those it
// states.
void conflict_span(const WindowScore& ws, int* first, int* last) {
    *first = ws.neg_first;
    *last = std::max(ws.neg_last, ws.last);
    if (ws.first >= 0) *first = std::min(*first, ws.first);
}

// The denials, dismissals, swaps and endorsements of wording v in window w (its score ws,
// shares pos and full, order as read_order found it) that beat the evidence so far; and
// whether the window is a clean statement of it. point_in_conflict: the point's own wording
// is in conflict in this window (set at v == 0, read by its aliases).
void record_conflicts(const Context& ctx, const PointModel& point, size_t v, const Window& w, WindowScore& ws,
                      double pos, double full, int order, const OtherStatements& other, bool& point_in_conflict,
                      PointEvidence& e) {
    const auto& variant = point.variants[v];
    double neg_share = ws.pos + ws.neg > 0.0 ? ws.neg / (ws.pos + ws.neg) : 0.0;
    // A point that tells two things apart is stated by a contrast: "const prevents
    // reassignment, but it does not make an object immutable" denies one side only.
    if (point.distinction && ws.pos > 0.0 && window_contrasts(ctx, w)) {
        neg_share = 0.0;
        ws.antonym_conflict = false;
    }
    // Clean: the window is not in conflict (less than conflict_share of its matched
    // weight negated or swapped), so a stray negation nearby does not disqualify it.
    // A point that tells two things apart, met by a claim that they are alike
    // ("301 and 302 are interchangeable") with nothing in the window telling them apart.
    const bool other_number = std::any_of(other.quantity.begin(), other.quantity.end(),
                                          [&](int tok) { return tok >= w.begin && tok < w.end; });
    const bool alike = order < 0 || (point.distinction && window_says_alike(ctx, w, variant)) ||
                       (other.complexity && window_states_complexity(ctx, w, point.complexity_space)) || other_number;
    const bool conflict = neg_share >= conflict_share || ws.antonym_conflict || alike;
    if (v == 0) point_in_conflict = conflict;
    // An alternative wording ("Redis" in "shared store (e.g. Redis)") is no clean statement
    // in a window where the point itself is denied ("each server keeps its own buckets,
    // faster than calling Redis").
    if (!conflict && !(v > 0 && point_in_conflict)) e.best_clean = std::max(e.best_clean, pos);
    e.denied_somewhere = e.denied_somewhere || ws.denied;
    // (By the share of the point's words met, unweighted: the thing a negative point rules
    // out is often what the question itself proposes, whose words weigh little.)
    const double endorsed_share = std::max(full, static_cast<double>(ws.matched_any) / static_cast<double>(variant.size()));
    if (point.negated && ws.endorsed && endorsed_share > e.best_endorsed) {
        e.best_endorsed = endorsed_share;
        e.endorsed_first = ws.first;
        e.endorsed_last = ws.last;
    }
    // (In one sentence: the act said of a pair of sentences would be two sentences' words.)
    if (point.negated && !e.proposed && ws.proposed && !w.pair) {
        e.proposed = true;
        e.proposed_first = ws.proposed_first;
        e.proposed_last = ws.proposed_last;
    }
    if (other_number && full > e.best_other_number) {
        e.best_other_number = full;
        e.other_number_first = ws.first;
        e.other_number_last = ws.last;
    }
    if (alike && full > e.best_swap) {
        e.best_swap = full;
        e.swap_first = ws.first;
        e.swap_last = ws.last;
    }
    if (ws.antonym_conflict && full > e.best_swap) {
        e.best_swap = full;
        conflict_span(ws, &e.swap_first, &e.swap_last);
    }
    if (full > e.best_lone_denial && lone_denial(ctx, point, w, ws)) {
        e.best_lone_denial = full;
        e.lone_denial_stated = pos;
        conflict_span(ws, &e.lone_denial_first, &e.lone_denial_last);
    }
    if (neg_share >= conflict_share && ws.dismissed / ws.total > e.best_dismissal) {
        e.best_dismissal = ws.dismissed / ws.total;
        conflict_span(ws, &e.dismissal_first, &e.dismissal_last);
    }
    if (neg_share >= conflict_share && ws.dismissed_terms >= 2 && ws.dismissed / ws.total > e.best_brief_dismissal &&
        dismissal_mostly_of_point(ctx, ws)) {
        e.best_brief_dismissal = ws.dismissed / ws.total;
        conflict_span(ws, &e.brief_dismissal_first, &e.brief_dismissal_last);
    }
    if (neg_share >= conflict_share && ws.denied_distinctive / ws.total > e.best_distinctive) {
        e.best_distinctive = ws.denied_distinctive / ws.total;
        conflict_span(ws, &e.distinctive_first, &e.distinctive_last);
    }
    if (neg_share >= conflict_share && ws.neg / ws.total >= conflict_weight && full > e.best_neg) {
        e.best_neg = full;
        e.best_neg_terms = ws.matched_any;
        conflict_span(ws, &e.neg_first, &e.neg_last);
    }
    // A one-word alias is mostly a product name, one way among others to do what the point
    // asks: "Kafka isn't necessary, RabbitMQ is enough" denies Kafka, not "decouple the
    // services with a message queue". (An example the interviewer wrote into the point,
    // "(RE2)", is the point's own wording.)
    const bool one_word_alias = v > 0 && !(v < point.written.size() && point.written[v]) && variant.size() == 1;
    if (!one_word_alias && neg_share >= conflict_share && ws.neg / ws.total >= conflict_weight &&
        full > e.best_full_neg) {
        e.best_full_neg = full;
        conflict_span(ws, &e.full_neg_first, &e.full_neg_last);
    }
}

// Reads wording v of the point in window w (its score ws there, which this may change) into
// the best statement and the evidence.
void read_wording(const Context& ctx, const PointModel& point, size_t v, const Window& w, WindowScore& ws,
                  const SupportRecall& support, const OtherStatements& other, bool& point_in_conflict, PointMatch& best,
                  PointEvidence& e) {
    const int order = read_order(ctx, point, v, w, ws);
    double pos = 0.0, full = 0.0;
    if (!wording_shares(point, v, w, ws, support, &pos, &full)) return;
    if (pos > best.score) {
        best.score = pos;
        best.by_example = v < point.written.size() && point.written[v];
        // Evidence: the answer words that matched the point's own terms, or those that
        // matched its sample sentence when that match is what scored (never a union of
        // the two, which could stretch over unrelated words in between).
        const bool own = ws.first >= 0 && (support.sup_first < 0 || ws.pos / ws.total >= support.sp);
        best.first = own ? ws.first : support.sup_first;
        best.last = own ? ws.last : support.sup_last;
    }
    record_conflicts(ctx, point, v, w, ws, pos, full, order, other, point_in_conflict, e);
}

// Contradicted: the point's best evidence negates or swaps one of its terms, and no
// statement free of conflict matches it as well.
void judge_point(const PointModel& point, const PointEvidence& e, PointMatch& best) {
    const double best_clean = e.best_clean, best_neg = e.best_neg;
    // A brief denial counts when it names more than one word of the point ("I wouldn't run
    // two releases side by side"), not a single shared word ("with no data loss", "never reaches a
    // comparison").
    const bool denied_enough =
        best_neg >= contradiction_minimum || (e.best_neg_terms >= 2 && best_neg >= brief_contradiction_minimum);
    if (denied_enough && best_neg >= best_clean + contradiction_margin && best_clean < clean_ceiling) {
        best.contradicted = true;
        best.first = e.neg_first;
        best.last = e.neg_last;
    } else if (denied_in_full(e.best_full_neg, best_clean)) {
        best.contradicted = true;
        best.first = e.full_neg_first;
        best.last = e.full_neg_last;
    } else if ((!point.negated || point.negated_aside) &&
               (e.best_dismissal >= dismissal_minimum || e.best_brief_dismissal >= brief_dismissal_minimum) &&
               best_clean < dismissal_clean_ceiling && best.score < dismissal_score_ceiling) {
        // A word of the point dismissed ("no queue is needed", "pinning versions is overkill")
        // where the answer states the point nowhere: it rules out what the point asks for. A
        // dismissal of a smaller share counts when it names two or more of the point's words, as a
        // brief denial does.
        const bool whole = e.best_dismissal >= dismissal_minimum;
        best.contradicted = true;
        best.first = whole ? e.dismissal_first : e.brief_dismissal_first;
        best.last = whole ? e.dismissal_last : e.brief_dismissal_last;
    } else if ((!point.negated || point.negated_aside) && e.best_distinctive >= distinctive_denial_minimum &&
               best_clean < dismissal_score_ceiling) {
        // A word of this point alone denied ("I didn't build a prototype" for "tried the options
        // out (prototype/spike)") where no clean statement covers the point (whether the
        // answer covers it after all, coverage_of decides after its other rules: a partial
        // statement beside the denial, "old and new run in parallel. I didn't bother with a
        // rollback plan", is contradicted).
        best.denied_word = true;
        best.denied_first = e.distinctive_first;
        best.denied_last = e.distinctive_last;
    } else if (point.negated && !e.denied_somewhere && e.best_endorsed >= swap_minimum) {
        // The answer recommends what the point rules out ("gluing strings together is fine"
        // for "never assemble SQL by joining strings") and never rules it out itself.
        best.contradicted = true;
        best.first = e.endorsed_first;
        best.last = e.endorsed_last;
    } else if (point.negated && !e.denied_somewhere && e.proposed) {
        // The speaker does what the point rules out ("I'd merge it myself" for "do not merge
        // without review") and never rules it out themselves.
        best.contradicted = true;
        best.first = e.proposed_first;
        best.last = e.proposed_last;
    } else if (e.best_swap >= swap_minimum && e.best_swap >= best_clean - swap_margin && best_clean < clean_ceiling) {
        // An opposite word ("most" for "least", "own" for "shared") in the point's best statement.
        best.contradicted = true;
        best.first = e.swap_first;
        best.last = e.swap_last;
    } else if (e.best_lone_denial >= lone_denial_minimum && best_clean < lone_denial_ceiling &&
               (best.score < lone_denial_ceiling || best.score <= e.lone_denial_stated)) {
        // The point named only to be denied, and stated nowhere (see lone_denial).
        best.contradicted = true;
        best.first = e.lone_denial_first;
        best.last = e.lone_denial_last;
    } else if (e.best_other_number >= other_number_minimum && e.best_other_number >= best_clean + other_number_margin &&
               best_clean < clean_ceiling) {
        // The point's counted thing with another number ("the DFS looks at all eight neighbours"
        // for "flood fill over the four neighbours"; not a number the point gives as an example,
        // quantity_aside.hpp), the answer's best statement of it, where the answer
        // never gives the point's own number: a wrong number, as an opposite word is, though it
        // names less of the point (its number is the point's heart, not one word among many).
        best.contradicted = true;
        best.first = e.other_number_first;
        best.last = e.other_number_last;
    }
}

// One of the point's alternatives said in full states it, whatever the answer says of the
// others ("I set a timeout on every match. Switching to RE2 is overkill").
void state_by_side(Context& ctx, const PointModel& point, PointMatch& best) {
    if (point.sides > 1 && !point.negated && best.score < 1.0) {
        int first = -1, last = -1;
        const double stated = side_stated(ctx, point, &first, &last);
        if (stated > best.score) {
            best.score = stated;
            best.clean = std::max(best.clean, stated);
            best.first = first;
            best.last = last;
            best.by_example = false;
            best.contradicted = false;
            best.denied_word = false;
        }
    }
}

}  // namespace

PointMatch match_point(Context& ctx, const PointModel& point) {
    const PointSizesReading sizes_reading(ctx, point);
    PointMatch best;
    PointEvidence evidence;
    if (ctx.windows.empty()) return best;
    const size_t words = (ctx.windows.size() + 63) / 64;
    load_point_lists(ctx, point, words);
    const OtherStatements other = other_statements(ctx, point);
    mark_heard_windows(ctx, words);
    for (size_t window_index = next_heard(ctx, words, 0); window_index < ctx.windows.size();
         window_index = next_heard(ctx, words, window_index + 1)) {
        const Window& w = ctx.windows[window_index];
        if (point.one_sentence && w.pair) continue;
        const SupportRecall support = support_recall(ctx, point, window_index, words);
        bool point_in_conflict = false;   // the point's own wording is in conflict in this window
        for (size_t v = 0; v < point.variants.size(); ++v) {
            const auto& variant = point.variants[v];
            if (variant.empty()) continue;
            Context::PointList& list = ctx.point_lists[point.support.size() + v];
            const bool silent = list_silent(ctx, list, window_index);
            if (silent && v > 0) continue;   // an alias meeting nothing is below alias_minimum
            // The point's own wording goes on where it is silent: its sample support may still
            // score here, and point_in_conflict is still set for the aliases. (A copy: read_wording
            // changes it.)
            WindowScore ws = silent ? silent_score(list) : list_score(ctx, list, variant, true, window_index, words);
            if (ws.total <= 0.0) continue;
            read_wording(ctx, point, v, w, ws, support, other, point_in_conflict, best, evidence);
        }
    }
    best.clean = evidence.best_clean;
    judge_point(point, evidence, best);
    state_by_side(ctx, point, best);
    return best;
}

}  // namespace utopiahire::core
