#include "core/cpp_only.hpp"

// The question side of an analysis, built once per question: documents of the question, sample
// answer and key points; term weights (rare words of the question above common ones, words of
// the question itself below, framing words like "difference" lower still); each key point's
// variants (the point, its aliases, alternatives written into it) and the sample sentences
// that widen it; the common mistakes.
#include "core/matcher.hpp"
#include "core/mistake_claim.hpp"

#include "core/complexity_shape.hpp"
#include "core/json_flat_impl.hpp"
#include "core/lexicon_data.hpp"
#include "core/outcome_points.hpp"
#include "core/quantity_aside.hpp"
#include "core/shared_negation.hpp"
#include "core/string_index.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace utopiahire::core {

namespace {

constexpr double generic_word_factor = 0.35;
constexpr double antonym_weight = 1.0;
constexpr double support_minimum_share = 0.1;   // a sample sentence must share this much of a point
constexpr size_t max_positional_support = 3;    // sample sentences a point may take by position
constexpr double mistake_link_share = 0.34;     // a correction restates a point sharing this much of it
constexpr double mistake_link_margin = 0.1;     // ... and clearly more than any other point
constexpr double mistake_sample_share = 0.5;    // else a correction restates the sample sentence saying this much of it
constexpr double mistake_sample_margin = 0.15;  // ... and clearly more than for any other point
constexpr size_t max_headline_position = 4;     // a point opening with a notation has it among its first words

const Token* first_content_token(const Document& doc) {
    for (const Token& t : doc.tokens)
        if (t.content()) return &t;
    return nullptr;
}

// Whether the word of rarity at token k qualifies a noun rather than stating the point's verdict:
// "keep the seldom opened dashboards" (a participle, then a content word of its clause) asks for no
// rejection, unlike "rewrites are rarely needed" or "a full rewrite is rarely the right call".
bool rarity_qualifies_noun(const Document& doc, size_t k) {
    const auto& tokens = doc.tokens;
    if (k + 2 >= tokens.size() || tokens[k + 2].clause != tokens[k].clause || !tokens[k + 2].content()) return false;
    const std::string_view next = tokens[k + 1].surface;
    return next.size() > 3 && next.compare(next.size() - 2, 2, "ed") == 0;
}

bool has_negation(const Document& doc) {
    for (const Token& t : doc.tokens)
        if (t.negation_cue) return true;
    return false;
}

// Every negation of the point opens an aside after its first words: the cue follows a comma, a
// semicolon, a colon, a dash or an opening parenthesis ("..., not hype", "... (not only
// documents)"), lies in a later clause, is a preference ("... rather than copying the
// competitor") or in a condition ("... if nobody can review it before the deadline"); not the point's own
// statement ("adding people does not scale", "do not merge without review").
bool negation_aside_only(const Document& doc) {
    static constexpr std::string_view marks[] = {",", ";", ":", "(", "-", "\u2014", "\u2013"};
    bool any = false;
    for (size_t k = 0; k < doc.tokens.size(); ++k) {
        const Token& t = doc.tokens[k];
        if (!t.negation_cue) continue;
        if (k == 0) return false;
        any = true;
        if (t.clause != doc.tokens[0].clause || t.info.comparative_negation) continue;
        bool condition = false;
        for (size_t j = k; j-- > 0 && doc.tokens[j].clause == t.clause;) condition = condition || doc.tokens[j].info.conditional;
        if (condition) continue;
        const size_t from = static_cast<size_t>(doc.tokens[k - 1].byte_start + doc.tokens[k - 1].byte_len);
        const std::string_view gap = doc.text.substr(from, static_cast<size_t>(t.byte_start) - from);
        if (std::none_of(std::begin(marks), std::end(marks), [&](std::string_view m) { return gap.find(m) != gap.npos; }))
            return false;
    }
    return any;
}

// The word of the point that a word with an opposite (token t of doc) qualifies: the next content
// word of its clause, else the one before (see Term::anchor_lex).
void set_anchor(const Document& doc, const Token& t, Term& term) {
    const Token* anchor = nullptr;
    const size_t at = static_cast<size_t>(&t - doc.tokens.data());
    for (size_t k = at + 1; k < doc.tokens.size() && doc.tokens[k].clause == t.clause && !anchor; ++k)
        if (doc.tokens[k].content() && doc.tokens[k].antonym < 0) anchor = &doc.tokens[k];
    for (size_t k = at; k-- > 0 && doc.tokens[k].clause == t.clause && !anchor;)
        if (doc.tokens[k].content() && doc.tokens[k].antonym < 0) anchor = &doc.tokens[k];
    if (anchor != nullptr) {
        term.anchor_lex = anchor->lex[0];
        term.anchor_group = anchor->group;
    }
}

// Whether token t of doc follows, in its clause, a word opening a reported question ("why they
// disagreed", "whether it scales", "pourquoi", "\u0644\u0645\u0627\u0630\u0627").
bool in_reported_question(const Document& doc, const Token& t) {
    static constexpr std::string_view askers[] = {"why", "whether", "pourquoi", "\u0644\u0645\u0627\u0630\u0627"};
    const size_t at = static_cast<size_t>(&t - doc.tokens.data());
    for (size_t k = at; k-- > 0 && doc.tokens[k].clause == t.clause;)
        if (one_of(doc.tokens[k].surface, askers)) return true;
    return false;
}

}  // namespace

bool says_reduction(const Token& w) {
    return w.info.avoidance || w.info.role == role_reduction || w.info.role == role_absence;
}

bool denies_reduction(const Document& doc, int denial, int tok) {
    const int clause = doc.tokens[static_cast<size_t>(denial)].clause;
    for (int k = std::min(denial, tok); k <= std::max(denial, tok); ++k) {
        const Token& t = doc.tokens[static_cast<size_t>(k)];
        if (t.clause == clause && (says_reduction(t) || t.info.role == role_removal || t.info.role == role_relief)) return true;
    }
    return false;
}

namespace {

// How far before a word of the point a word of reduction or removal governs it: up to four words
// in its clause ("reduce the number of round trips").
constexpr size_t governing_reach = 4;

// Whether a word up to governing_reach words before token at of doc, in its clause, satisfies
// governs, with no word of means between them: a reduction or removal governs the thing removed,
// not the means it is removed with ("eliminate duplicates with a hash set", "réduire la latence
// avec un cache", "إزالة القفل باستخدام عدادات ذرية": the hash set, the cache, the counters are
// wanted).
template <typename Governs>
bool governed_in_point(const Document& doc, size_t at, Governs governs) {
    static constexpr std::string_view means[] = {
        "with", "by", "using", "via", "through", "thanks", "avec", "par", "utilisant", "grâce",
        "\u0628\u0627\u0633\u062a\u062e\u062f\u0627\u0645" /* باستخدام */, "\u0628\u0627\u0633\u062a\u0639\u0645\u0627\u0644" /* باستعمال */,
        "\u0628\u0648\u0627\u0633\u0637\u0629" /* بواسطة */, "\u0639\u0628\u0631" /* عبر */, "\u0645\u0639" /* مع */};
    const Token& t = doc.tokens[at];
    for (size_t k = at; k-- > 0 && doc.tokens[k].clause == t.clause && at - k <= governing_reach;) {
        if (one_of(doc.tokens[k].surface, means)) return false;
        if (governs(doc.tokens[k])) return true;
    }
    return false;
}

// Whether the point reduces or avoids token at of doc (Term::reduced): a word of reduction, a verb
// of avoidance (the lexicon's WordInfo::avoidance), or "without", governing it (governed_in_point:
// "reduce database load", "avoid lock contention", "fewer round trips", "sans verrou"; not the
// cache of "reduce latency with a cache"), or "-free" after it ("lock-free").
bool reduced_in_point(const Document& doc, size_t at) {
    if (doc.tokens[at].avoided) return true;
    // The first part of an English compound in "-free" ("lock-free", "allocation-free"): without it.
    const Token& t = doc.tokens[at];
    if (at + 1 < doc.tokens.size() && doc.tokens[at + 1].surface == "free" &&
        static_cast<size_t>(t.byte_start + t.byte_len) < doc.text.size() && doc.text[static_cast<size_t>(t.byte_start + t.byte_len)] == '-')
        return true;
    return governed_in_point(doc, at, says_reduction);
}

// Whether the point reduces, avoids or removes token at of doc (Term::absent): reduced_in_point, or
// a verb of removal (WordRole role_removal) governing it (governed_in_point: "remove single points
// of failure", "removed the single point of failure", "get rid of", "éliminer les verrous"; not the
// counters of "remove locks with atomic counters").
bool absent_in_point(const Document& doc, size_t at, bool reduced) {
    if (reduced) return true;
    return governed_in_point(doc, at, [](const Token& w) { return w.info.role == role_removal; });
}

// Whether the "or" at token k joins alternatives of their own: not between quantities ("two or
// more availability zones", "one or more", "whether or not"), nor between two words that share the
// head after them ("bypassed on rooted or jailbroken devices", "through a rogue or user-installed
// CA": a lone word before the "or", two after it).
bool joins_alternatives(const Document& doc, size_t k) {
    static constexpr std::string_view quantities[] = {
        "zero", "one", "two", "three", "four", "five", "ten", "more", "less", "fewer", "several", "many", "once",
        "twice", "whether", "not", "deux", "trois", "plus", "moins", "pas",
        "\u0623\u0643\u062b\u0631", "\u0623\u0642\u0644", "\u0648\u0627\u062d\u062f"};   // أكثر أقل واحد
    if (k == 0 || k + 1 >= doc.tokens.size()) return false;
    auto quantity = [&](size_t i) {
        const std::string_view w = doc.tokens[i].surface;
        // (A number of its own: "2 or 3 replicas", not the end of "RE2".)
        const auto at = static_cast<size_t>(doc.tokens[i].byte_start);
        const bool alone = at == 0 || at > doc.text.size() || !std::isalnum(static_cast<unsigned char>(doc.text[at - 1]));
        return one_of(w, quantities) ||
               (alone && !w.empty() && std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; }));
    };
    if (quantity(k - 1) || quantity(k + 1)) return false;
    const bool lone_before = doc.tokens[k - 1].content() && (k < 2 || !doc.tokens[k - 2].content());
    const bool two_after = k + 2 < doc.tokens.size() && doc.tokens[k + 1].content() && doc.tokens[k + 2].content();
    return !(lone_before && two_after);
}

// Alternatives a point joins by "or" / "ou" / "أو" outside brackets ("pick a non-backtracking engine
// (RE2) or cap the matching time"; see joins_alternatives): each term's (Term::side) is the one its word
// first appears in. The number of alternatives, or 0 when the point has no such "or".
int mark_sides(const Document& doc, std::vector<Term>& terms) {
    std::vector<int> side_of(doc.tokens.size(), 0);
    int side = 0, depth = 0;
    size_t byte = 0;
    for (size_t k = 0; k < doc.tokens.size(); ++k) {
        const Token& t = doc.tokens[k];
        for (; byte < static_cast<size_t>(t.byte_start) && byte < doc.text.size(); ++byte) {
            if (doc.text[byte] == '(') ++depth;
            if (doc.text[byte] == ')' && depth > 0) --depth;
        }
        if (depth == 0 && (t.surface == "or" || t.surface == "ou" || t.surface == "\u0623\u0648") && joins_alternatives(doc, k))
            ++side;
        side_of[k] = side;
    }
    if (side == 0) return 0;
    for (Term& term : terms) {
        if (term.lex < 0) continue;
        for (size_t k = 0; k < doc.tokens.size(); ++k)
            if (doc.tokens[k].content() && doc.tokens[k].lex[0] == term.lex) {
                term.side = side_of[k];
                break;
            }
    }
    return side + 1;
}

// Whether the word at token `at` is the act a negation of the point rules out: the first word after
// a cue that prescribes ("do not merge", "never store", "no skipped tests", "ne jamais stocker",
// Arabic لا تخزن: a cue nothing but small words precede in its clause), or after a preference
// ("instead of skipping", "rather than copying"), or the doing after "without" ("without
// threatening", "sans bloquer"). Not a word after a preposition or a determiner ("not by the
// server", "rather than a big rewrite"), a thing said to lack something ("a cache without limit",
// "sans limite", دون اتصال) nor a negation that describes ("listeners never removed", "the heap
// does not go down"): those name no act for an answer to propose.
bool governed_by_negation(const Document& doc, size_t at) {
    static constexpr std::string_view links[] = {"of", "than"};
    const Token& t = doc.tokens[at];
    if (!t.negated || !t.content() || at == 0) return false;
    size_t k = at - 1;
    if (one_of(doc.tokens[k].surface, links) && k > 0) --k;
    const Token& cue = doc.tokens[k];
    if (!cue.negation_cue || cue.clause != t.clause) return false;
    if (cue.info.comparative_negation) return true;
    const std::string_view w(t.surface);
    auto ends = [&](std::string_view e) { return w.size() > e.size() + 2 && w.compare(w.size() - e.size(), e.size(), e) == 0; };
    if (cue.info.role == role_absence) return ends("ing") || ends("er") || ends("ir") || ends("re");
    for (size_t j = k; j-- > 0 && doc.tokens[j].clause == t.clause;)
        if (doc.tokens[j].content()) return false;
    return true;
}

// Content terms of a document, each lexeme once, in order of appearance.
std::vector<Term> raw_terms(const Document& doc) {
    std::vector<Term> terms;
    std::unordered_set<int> seen;
    std::unordered_set<int> antonyms, both_sides;
    for (const Token& t : doc.tokens)
        if (t.antonym >= 0) antonyms.insert(t.antonym);
    for (int a : antonyms)
        if (antonyms.count(a ^ 1)) both_sides.insert(a / 2);   // "before vs after": no side taken
    antonyms.clear();
    std::unordered_set<int> classes;
    int notation = -1;              // the class of the big-O notation being read ...
    int32_t notation_end = -1;      // ... up to this byte (its closing bracket)
    for (const Token& t : doc.tokens) {
        if (t.byte_start >= notation_end) notation = -1;
        if (t.complexity >= 0 && t.complexity < 100 && t.surface == "o") {
            const size_t close = notation_close(doc.text, static_cast<size_t>(t.byte_start + t.byte_len));
            if (close != std::string_view::npos) {
                notation = t.complexity;
                notation_end = static_cast<int32_t>(close);
            }
        }
        // An asymptotic class counts by its class too: "linear time" states "O(n) time". (Classes
        // of unknown arguments, ids from 100 on, are left to the words.)
        if (t.complexity >= 0 && t.complexity < 100 && classes.insert(t.complexity).second) {
            Term term;
            term.complexity = t.complexity;
            term.negated = t.negated;
            term.surface = t.surface;
            term.weight = antonym_weight;
            terms.push_back(term);
        }
        // A general opposite (antonym_keeps_word) is a word as well: the point naming both sides
        // keeps it as a word only.
        const bool general = t.antonym >= 0 && t.content() && antonym_keeps_word(t.antonym);
        const bool sided = t.antonym >= 0 && !both_sides.count(t.antonym / 2);
        if (t.antonym >= 0 && !general && !sided) continue;
        if (t.antonym >= 0 && !general) {
            // Words with an opposite count by their class, stop words ("same", "own") included.
            if (!antonyms.insert(t.antonym).second) continue;
            Term term;
            term.lex = -1;
            term.antonym = t.antonym;
            term.negated = t.negated;
            term.asked = in_reported_question(doc, t);
            term.reduced = reduced_in_point(doc, static_cast<size_t>(&t - doc.tokens.data()));
            term.absent = absent_in_point(doc, static_cast<size_t>(&t - doc.tokens.data()), term.reduced);
            term.comparative = comparative_degree(doc, static_cast<size_t>(&t - doc.tokens.data()));
            term.surface = t.surface;
            term.weight = antonym_weight;
            terms.push_back(std::move(term));
            continue;
        }
        if (!t.content()) continue;
        if (!seen.insert(t.lex[0]).second) {
            // A word the point also negates somewhere is not asserted by it.
            if (t.negated)
                for (Term& known : terms)
                    if (known.lex == t.lex[0]) known.negated = true;
            continue;
        }
        Term term;
        term.lex = t.lex[0];
        term.group = t.group;
        // "blameless", "stateless": the word itself denies ("no blame" agrees with it).
        term.negated = t.negated || (t.surface.size() > 6 && t.surface.compare(t.surface.size() - 4, 4, "less") == 0);
        term.surface = t.surface;
        term.asked = in_reported_question(doc, t);
        term.function_word = is_function_word(t.surface);
        term.notation = notation;
        term.reduced = reduced_in_point(doc, static_cast<size_t>(&t - doc.tokens.data()));
        term.absent = absent_in_point(doc, static_cast<size_t>(&t - doc.tokens.data()), term.reduced);
        term.governed = governed_by_negation(doc, static_cast<size_t>(&t - doc.tokens.data()));
        term.lacked = governed_in_point(doc, static_cast<size_t>(&t - doc.tokens.data()),
                                        [](const Token& w) { return w.info.role == role_absence; });
        if (general && sided && antonyms.insert(t.antonym).second) {
            term.antonym = t.antonym;
            term.comparative = comparative_degree(doc, static_cast<size_t>(&t - doc.tokens.data()));
            set_anchor(doc, t, term);
        }
        terms.push_back(std::move(term));
    }
    return terms;
}

// Whether a point's term and a term of a mistake or correction say the same word (lexeme, synonym
// group or near-miss form).
bool same_word(const Lexicon& lexicon, const Term& t, const Term& u) {
    return t.lex >= 0 && u.lex >= 0 && (u.lex == t.lex || (t.group >= 0 && t.group == u.group) || term_quality_strings(lexicon, t, u) > 0.0);
}

// The share of the correction's words that a sample sentence supporting the point (widened into
// PointModel::support) says, with the point's own words: the correction restates that sentence.
double correction_in_support(const Lexicon& lexicon, const PointModel& p, const std::vector<Term>& correction) {
    double best = 0.0;
    for (const std::vector<Term>& sentence : p.support) {
        int total = 0, met = 0;
        for (const Term& u : correction) {
            if (u.lex < 0) continue;
            ++total;
            bool hit = false;
            for (const Term& t : sentence) hit = hit || same_word(lexicon, t, u);
            for (const Term& t : p.variants.front()) hit = hit || same_word(lexicon, t, u);
            met += hit ? 1 : 0;
        }
        if (total > 0) best = std::max(best, static_cast<double>(met) / total);
    }
    return best;
}

// Links each common mistake to the key point its correction restates: the point whose own
// terms (weighted) the correction and the mistake share most, when that is most of the point
// and clearly more than any other point ("Compiling again for each stage" -> "Compile
// once and ship the same binary" -> "one build: the same binary deployed to every
// stage"). A correction in other words than the point's restates the sample answer
// instead: the point whose supporting sample sentence says most of the correction, when that is
// half of it and clearly more than for any other point ("Serving one video file to every device"
// -> "Offer several qualities the player picks from by bandwidth" -> the sample's "the
// client ... changes quality" sentence -> "adaptive streaming in short chunks").
void link_mistakes(QuestionModel& ctx, const std::vector<const Document*>& correction_docs) {
    for (size_t m = 0; m < ctx.mistakes.size(); ++m) {
        MistakeModel& mistake = ctx.mistakes[m];
        if (mistake.terms.size() < 2 || correction_docs[m] == nullptr) continue;
        const std::vector<Term> correction = raw_terms(*correction_docs[m]);
        std::vector<Term> said = correction;
        for (const Term& t : mistake.terms) said.push_back(t);
        double best = 0.0, second = 0.0, restated = 0.0, restated_second = 0.0;
        int best_index = -1, restated_index = -1;
        bool best_bonus = false, restated_bonus = false;
        for (int list = 0; list < 2; ++list) {
            const std::vector<PointModel>& points = list == 0 ? ctx.must : ctx.bonus;
            for (size_t p = 0; p < points.size(); ++p) {
                double total = 0.0, shared = 0.0;
                for (const Term& t : points[p].variants.front()) {
                    if (t.lex < 0) continue;
                    total += t.weight;
                    for (const Term& u : said)
                        if (same_word(ctx.lexicon, t, u)) {
                            shared += t.weight;
                            break;
                        }
                }
                const double share = total > 0.0 ? shared / total : 0.0;
                if (share > best) {
                    second = best;
                    best = share;
                    best_index = static_cast<int>(p);
                    best_bonus = list == 1;
                } else {
                    second = std::max(second, share);
                }
                const double in_sample = correction_in_support(ctx.lexicon, points[p], correction);
                if (in_sample > restated) {
                    restated_second = restated;
                    restated = in_sample;
                    restated_index = static_cast<int>(p);
                    restated_bonus = list == 1;
                } else {
                    restated_second = std::max(restated_second, in_sample);
                }
            }
        }
        if (best >= mistake_link_share && best >= second + mistake_link_margin) {
            mistake.point = best_index;
            mistake.point_is_bonus = best_bonus;
        } else if (restated >= mistake_sample_share && restated >= restated_second + mistake_sample_margin) {
            mistake.point = restated_index;
            mistake.point_is_bonus = restated_bonus;
        }
    }
}

// Whether each token of a point lies inside parentheses (more '(' than ')' before it): "assessed
// before acting (data, incidents, talking to people)" gives examples of one side, and which one the
// words do not say (here the assessing, though written after "acting"): those words belong to
// neither side of its order. One walk over the text (the tokens are in text order).
std::vector<bool> in_parentheses(const Document& doc) {
    std::vector<bool> inside(doc.tokens.size());
    const std::string_view text = doc.text;
    long depth = 0;   // '(' minus ')' before the token
    size_t at = 0;
    for (size_t i = 0; i < doc.tokens.size(); ++i) {
        const size_t start = std::min(static_cast<size_t>(doc.tokens[i].byte_start), text.size());
        for (; at < start; ++at) {
            if (text[at] == '(') ++depth;
            else if (text[at] == ')') --depth;
        }
        inside[i] = depth > 0;
    }
    return inside;
}

// "Mitigate the impact before finding the root cause": a point ordering two things with one
// before / after word, and the content words on each side of it (not those in parentheses).
void set_order(const Document& doc, PointModel& p) {
    const int order_class = antonym_of("before") / 2;
    int at = -1;
    for (size_t i = 0; i < doc.tokens.size(); ++i) {
        const Token& t = doc.tokens[i];
        if (t.antonym < 0 || t.antonym / 2 != order_class) continue;
        if (at >= 0 || t.negated) return;   // two order words, or a denied one: no simple order
        at = static_cast<int>(i);
    }
    if (at < 0) return;
    std::vector<Term> left, right;
    const std::vector<bool> aside = in_parentheses(doc);
    for (size_t i = 0; i < doc.tokens.size(); ++i) {
        const Token& t = doc.tokens[i];
        if (!t.content() || static_cast<int>(i) == at || t.antonym >= 0 || aside[i]) continue;
        Term term;
        term.lex = t.lex[0];
        term.group = t.group;
        term.surface = t.surface;
        (static_cast<int>(i) < at ? left : right).push_back(std::move(term));
    }
    if (left.empty() || right.empty()) return;
    p.order_word = doc.tokens[static_cast<size_t>(at)].antonym;
    p.order_left = std::move(left);
    p.order_right = std::move(right);
}

}  // namespace

std::vector<Term> document_terms(const QuestionModel& model, const Document& doc, double question_factor) {
    std::vector<Term> terms = raw_terms(doc);
    terms.erase(std::remove_if(terms.begin(), terms.end(), [](const Term& t) { return t.lex < 0; }), terms.end());
    for (Term& t : terms) {
        t.weight = model.weight_of(t.lex);
        if (model.is_question_word(t.lex)) t.weight *= question_factor / question_word_factor;
        set_denied_base(model.lexicon, t);
    }
    return terms;
}

namespace {

// The question type as the bank writes it, trimmed and lower-cased ("" for none).
std::string type_key(std::string_view question_type) {
    const size_t begin = question_type.find_first_not_of(" \t");
    if (begin == std::string_view::npos) return std::string();
    const size_t end = question_type.find_last_not_of(" \t");
    return lower_ascii(question_type.substr(begin, end - begin + 1));
}

bool is_episode_key(const std::string& type) { return type == "behavioral" || type == "behavioural"; }

}  // namespace

bool is_story_type(std::string_view question_type) {
    const std::string type = type_key(question_type);
    return is_episode_key(type) || type == "situational";
}

bool is_episode_type(std::string_view question_type) { return is_episode_key(type_key(question_type)); }

void build_question_model(const AnalysisInput& input, QuestionModel& ctx) {
    ctx.story_question = is_story_type(input.question_type);
    ctx.episode_question = is_episode_type(input.question_type);
    ctx.language = input.language;
    if (input.question.text) ctx.question = build_document(input.question, ctx.lexicon);
    if (input.sample.text) ctx.sample = build_document(input.sample, ctx.lexicon, {}, Reading::answer);
    ctx.texts_written_in = written_in(ctx.sample);
    if (ctx.texts_written_in == WrittenIn::unknown) ctx.texts_written_in = written_in(ctx.question);
    ctx.item_docs.reserve(static_cast<size_t>(std::max(input.nitems, 0)));
    for (int32_t i = 0; i < input.nitems; ++i) ctx.item_docs.push_back(build_document(input.items[i].text, ctx.lexicon));
    // "Against X" in a key point ("idempotency key against duplicate posts", "protection contre les
    // doublons") is against X happening: the words it governs, to the end of its clause, are what the
    // point rules out, so an answer denying them agrees ("retries do not create duplicate posts").
    for (int32_t i = 0; i < input.nitems; ++i) {
        const int32_t role = input.items[i].role;
        if (role == role_mistake || role == role_correction) continue;
        auto& tokens = ctx.item_docs[static_cast<size_t>(i)].tokens;
        for (size_t k = 0; k < tokens.size(); ++k) {
            if (tokens[k].surface != "against" && tokens[k].surface != "contre" && tokens[k].surface != "\u0636\u062f") continue;
            for (size_t j = k + 1; j < tokens.size() && tokens[j].clause == tokens[k].clause; ++j) tokens[j].negated = true;
        }
    }
    // A word with an Arabic preposition written on, whose bare form the question's texts use too.
    {
        const int known = static_cast<int>(ctx.lexicon.size());
        add_clitic_free_lexemes(ctx.question, ctx.lexicon, known);
        add_clitic_free_lexemes(ctx.sample, ctx.lexicon, known);
        for (Document& d : ctx.item_docs) add_clitic_free_lexemes(d, ctx.lexicon, known);
    }

    ctx.stop_words = ctx.question.stop_words + ctx.sample.stop_words;
    for (const Document& d : ctx.item_docs) ctx.stop_words += d.stop_words;

    // Units for document frequency: each key point (with its aliases) and each sample sentence.
    const size_t nlex_before = ctx.lexicon.size();
    std::vector<int> df(nlex_before, 0);
    int units = 0;
    auto count_unit = [&](const std::vector<const Document*>& docs, int sentence) {
        std::unordered_set<int> seen;
        for (const Document* d : docs)
            for (const Token& t : d->tokens)
                if (t.content() && (sentence < 0 || t.sentence == sentence)) seen.insert(t.lex[0]);
        for (int l : seen) ++df[static_cast<size_t>(l)];
        ++units;
    };
    {
        std::vector<const Document*> group;
        int32_t last_role = -1, last_owner = -1;
        for (int32_t i = 0; i < input.nitems; ++i) {
            const int32_t role = input.items[i].role;
            if (role == role_mistake || role == role_correction) continue;
            const int32_t base = (role == role_must_alias || role == role_must_written) ? role_must
                                 : (role == role_bonus_alias || role == role_bonus_written) ? role_bonus
                                                                                               : role;
            if (base != last_role || input.items[i].owner != last_owner) {
                if (!group.empty()) count_unit(group, -1);
                group.clear();
                last_role = base;
                last_owner = input.items[i].owner;
            }
            group.push_back(&ctx.item_docs[static_cast<size_t>(i)]);
        }
        if (!group.empty()) count_unit(group, -1);
        for (int s = 0; s < ctx.sample.sentences; ++s) count_unit({&ctx.sample}, s);
    }
    ctx.lex_weight.assign(ctx.lexicon.size(), 1.0);
    ctx.in_question.assign(ctx.lexicon.size(), 0);
    const double n = std::max(units, 1);
    for (size_t l = 0; l < ctx.lexicon.size(); ++l) {
        const double d = l < df.size() ? std::max(df[l], 1) : 1;
        ctx.lex_weight[l] = std::log(1.0 + n / d);
    }
    for (const Token& t : ctx.question.tokens)
        if (t.content())
            for (int l : t.lex) {
                if (!ctx.in_question[static_cast<size_t>(l)]) ctx.lex_weight[static_cast<size_t>(l)] *= question_word_factor;
                ctx.in_question[static_cast<size_t>(l)] = 1;
            }

    // Key points and mistakes.
    std::vector<std::vector<Term>> sample_sentences(static_cast<size_t>(ctx.sample.sentences));
    {
        std::vector<std::unordered_set<int>> seen(sample_sentences.size());
        for (const Token& t : ctx.sample.tokens) {
            if (!t.content()) continue;
            const size_t s = static_cast<size_t>(t.sentence);
            if (!seen[s].insert(t.lex[0]).second) continue;
            Term term;
            term.lex = t.lex[0];
            term.group = t.group;
            term.surface = t.surface;
            term.weight = ctx.lex_weight[static_cast<size_t>(t.lex[0])];
            sample_sentences[s].push_back(std::move(term));
        }
    }
    auto weigh = [&](std::vector<Term> terms) {
        for (Term& t : terms) {
            if (t.lex < 0) continue;
            t.weight = ctx.lex_weight[static_cast<size_t>(t.lex)];
            if (is_generic_word(t.surface)) t.weight *= generic_word_factor;
            set_denied_base(ctx.lexicon, t);
            t.alternatives = true;
        }
        return terms;
    };
    std::vector<const Document*> correction_docs;
    // The key points each lexeme appears in (by the points' own texts).
    std::unordered_map<int, std::unordered_set<int>> points_of;
    for (int32_t i = 0; i < input.nitems; ++i) {
        const int32_t role = input.items[i].role;
        if (role != role_must && role != role_bonus) continue;
        const int point = (role == role_must ? 0 : 1 << 20) + input.items[i].owner;
        for (const Token& t : ctx.item_docs[static_cast<size_t>(i)].tokens)
            if (t.content()) points_of[t.lex[0]].insert(point);
    }
    ctx.in_points.assign(ctx.lexicon.size(), 0);
    for (const auto& [lex, points] : points_of)
        if (lex >= 0 && static_cast<size_t>(lex) < ctx.in_points.size()) ctx.in_points[static_cast<size_t>(lex)] = 1;
    // An alternative written into a point stands for it alone only when it names something
    // specific to that point: "dropout" in "regularization (L1/L2, dropout)" does, but not
    // "salary" in "index on (department_id, salary)" when the question asks about salaries,
    // nor "image" in "image / dependency vulnerability scanning" when another point is about
    // images too.
    auto distinctive = [&](const std::vector<Term>& terms, int point) {
        for (const Term& t : terms) {
            if (t.lex < 0 || ctx.is_question_word(t.lex) || is_generic_word(t.surface)) continue;
            auto it = points_of.find(t.lex);
            if (it == points_of.end() || (it->second.size() == 1 && it->second.count(point))) return true;
        }
        return false;
    };
    for (int32_t i = 0; i < input.nitems; ++i) {
        const RawQuestionText& item = input.items[i];
        const Document& doc = ctx.item_docs[static_cast<size_t>(i)];
        const std::string text(item.text.text ? item.text.text : "", item.text.text ? static_cast<size_t>(item.text.len) : 0);
        switch (item.role) {
            case role_must:
            case role_bonus: {
                auto& list = item.role == role_must ? ctx.must : ctx.bonus;
                PointModel p;
                p.text = text;
                p.text_faithful = flat_faithful(text);
                p.negated = has_negation(doc);
                p.negated_aside = p.negated && negation_aside_only(doc);
                for (size_t k = 0; k < doc.tokens.size(); ++k) {
                    int value = 0, unit = 0;
                    if (quantity_at(doc, k, &value, &unit) && !doc.tokens[k].negated)
                        (quantity_given_aside(doc, k) ? p.quantities_aside : p.quantities).emplace_back(value, unit);
                    const Token& t = doc.tokens[k];
                    if ((t.kind == raw_number || t.group >= 0) && !t.lex.empty())
                        p.values.push_back(t.group >= 0 ? -2 - t.group : t.lex[0]);
                }
                set_order(doc, p);
                // In a story question, the question's own words name its subject, not a part of the story.
                const bool story = ctx.story_question;
                p.outcome = static_cast<int>(outcome_kind(doc, [&](const Token& t) {
                    return story && t.content() && ctx.is_question_word(t.lex[0]);
                }));
                // A cause found is a story's part: a technical question's "identify and confirm the
                // root cause" asks for the cause itself, which its own words state.
                if (!story && p.outcome == static_cast<int>(OutcomeKind::cause)) p.outcome = static_cast<int>(OutcomeKind::none);
                if (story && p.outcome == static_cast<int>(OutcomeKind::none))
                    p.outcome = static_cast<int>(opens_with_situation(doc, [&](const Token& t) {
                        return t.content() && ctx.is_question_word(t.lex[0]);
                    }));
                if (story && p.outcome == static_cast<int>(OutcomeKind::none)) {
                    p.outcome = static_cast<int>(result_with_lesson(doc, [&](const Token& t) {
                        return t.content() && ctx.is_question_word(t.lex[0]);
                    }));
                    if (p.outcome != static_cast<int>(OutcomeKind::none)) p.second_part = static_cast<int>(OutcomeKind::lesson);
                }
                if (story && p.outcome == static_cast<int>(OutcomeKind::none))
                    p.part_named = static_cast<int>(story_part_named(doc, [&](const Token& t) {
                        return t.content() && ctx.is_question_word(t.lex[0]);
                    }));
                // "reads >> writes": a comparison written with symbols tells two things apart.
                for (const char* symbol : {">>", "<<", " > ", " < ", "\xE2\x89\xAB", "\xE2\x89\xAA"})
                    if (text.find(symbol) != std::string::npos) p.distinction = true;
                for (const Token& t : doc.tokens) {
                    if (t.returned >= 0) p.returned.push_back(t.returned);
                    p.distinction = p.distinction || (t.info.distinction && !t.negated);
                    if (t.complexity >= 0 && !t.negated) {
                        p.complexities.push_back(t.complexity);
                        p.complexity_space = t.complexity_space;
                        std::vector<std::string> sizes = complexity_sizes(notation_argument(doc, t));
                        if (sizes.size() >= 2) p.complexity_sizes.push_back(std::move(sizes));
                    }
                }
                for (size_t k = 0; k < doc.tokens.size(); ++k) {
                    const Token& t = doc.tokens[k];
                    if (t.complexity < 0 || t.negated || t.surface != "o") continue;
                    if (p.headline_classes.empty() && k >= max_headline_position) break;
                    p.headline_classes.emplace_back(t.complexity, t.complexity_space);
                }
                p.variants.push_back(weigh(raw_terms(doc)));
                p.sides = mark_sides(doc, p.variants.back());
                for (Term& t : p.variants.back()) {
                    if (t.lex < 0 || ctx.is_question_word(t.lex) || is_generic_word(t.surface) ||
                        is_function_word(t.surface) || names_no_subject(t.surface) || word_info(t.surface).conditional ||
                        utf8_length(t.surface) < 3)
                        continue;
                    const auto it = points_of.find(t.lex);
                    t.distinctive = it != points_of.end() && it->second.size() == 1;
                }
                // "the base case is missing": a negative statement as a whole; denials agree with it.
                // Not with the word that states the absence: "we don't (need to) prevent a single
                // point of failure" denies "prevent a single point of failure". A point saying what
                // is rarely right rejects it as well ("a full rewrite is rarely the right call": "a
                // full rewrite is not a good idea" agrees with it).
                auto rejects = [](const WordInfo& f) { return f.implicit_negative || f.role == role_rarity; };
                bool implicit_negative = false;
                for (size_t k = 0; k < doc.tokens.size(); ++k)
                    implicit_negative = implicit_negative || doc.tokens[k].info.implicit_negative ||
                                        (doc.tokens[k].info.role == role_rarity && !rarity_qualifies_noun(doc, k));
                if (implicit_negative)
                    for (Term& t : p.variants.back()) {
                        if (rejects(word_info(t.surface))) {
                            t.states_absence = true;
                        } else if (!t.negated) {
                            t.negated = true;
                            t.absence_implied = true;
                        }
                    }
                list.push_back(std::move(p));
                break;
            }
            case role_must_alias:
            case role_bonus_alias: {
                auto& list = item.role == role_must_alias ? ctx.must : ctx.bonus;
                if (!list.empty() && first_content_token(doc)) list.back().variants.push_back(weigh(raw_terms(doc)));
                break;
            }
            case role_must_written:
            case role_bonus_written: {
                const bool must = item.role == role_must_written;
                auto& list = must ? ctx.must : ctx.bonus;
                if (list.empty() || !first_content_token(doc)) break;
                std::vector<Term> terms = weigh(raw_terms(doc));
                // A measured result's one-word examples ("quantified impact (days, scope)", "(duration,
                // users, MTTR)") name what to measure, not another wording of it: "one day late",
                // "people" measure nothing (the result itself is read as a story part).
                if (list.back().outcome == static_cast<int>(OutcomeKind::measured) && terms.size() == 1) break;
                if (distinctive(terms, (must ? 0 : 1 << 20) + item.owner)) {
                    list.back().variants.push_back(std::move(terms));
                    list.back().written.resize(list.back().variants.size(), 0);
                    list.back().written.back() = 1;
                }
                break;
            }
            case role_mistake: {
                MistakeModel m;
                m.mistake = text;
                for (Term& t : weigh(raw_terms(doc))) {
                    if (is_meta_word(t.surface)) continue;
                    // A light verb carries little of the claim and is the word most often said
                    // otherwise ("merge and rebase give the same history" for "... produce ...").
                    if (is_light_verb(t.surface)) t.weight *= generic_word_factor;
                    m.terms.push_back(std::move(t));
                }
                // "Not mentioning X", "Missing X": an omission, not something said (an answer naming X
                // is not making it). "Neglecting X", "Oublier X", "تجاهل X" (a word of omission,
                // role_omission): the answer makes it by leaving X out in words of its own ("we can
                // neglect X", "X is negligible"), see mistake_omission_unsaid; X alone is looked for.
                if (!doc.tokens.empty() && (doc.tokens[0].negation_cue || doc.tokens[0].surface == "missing")) {
                    m.terms.clear();
                } else if (!doc.tokens.empty() && doc.tokens[0].info.role == role_omission) {
                    const std::string_view verb = doc.tokens[0].surface;
                    m.terms.erase(std::remove_if(m.terms.begin(), m.terms.end(), [&](const Term& t) { return t.surface == verb; }),
                                  m.terms.end());
                    m.omission = true;
                }
                // (only, just, simply, solely, merely, seulement, juste, فقط ...: WordRole role_restriction)
                for (const Token& t : doc.tokens) m.restrictive = m.restrictive || t.info.role == role_restriction;
                ctx.mistakes.push_back(std::move(m));
                break;
            }
            case role_correction:
                if (!ctx.mistakes.empty()) {
                    ctx.mistakes.back().correction = text;
                    correction_docs.resize(ctx.mistakes.size());
                    correction_docs.back() = &doc;
                }
                break;
            default:
                break;
        }
    }
    // Widen each point with the sample sentences that share most of its weight (the best one,
    // and a second one sharing nearly as much).
    auto point_weight = [](const PointModel& p) {
        double total = 0.0;
        for (const Term& t : p.variants.front()) total += t.lex >= 0 ? t.weight : 0.0;
        return total;
    };
    auto rank_sentences = [&](const PointModel& p) {
        std::vector<std::pair<double, size_t>> ranked;
        const std::vector<Term>& base = p.variants.front();
        double total = 0.0;
        for (const Term& t : base) total += t.weight;
        if (total <= 0.0) return ranked;
        for (size_t s = 0; s < sample_sentences.size(); ++s) {
            double shared = 0.0;
            for (const Term& t : base)
                for (const Term& u : sample_sentences[s]) {
                    if (t.lex < 0) break;
                    if (u.lex == t.lex || (t.group >= 0 && t.group == u.group) ||
                        term_quality_strings(ctx.lexicon, t, u) > 0.0) {
                        shared += t.weight;
                        break;
                    }
                }
            if (shared > 0.0 && shared >= support_minimum_share * total) ranked.emplace_back(-shared, s);
        }
        std::sort(ranked.begin(), ranked.end());
        return ranked;
    };
    auto add_support = [&](PointModel& p, size_t sentence) {
        std::unordered_set<int> own;
        for (const auto& v : p.variants)
            for (const Term& t : v) own.insert(t.lex);
        std::vector<Term> support;
        for (const Term& u : sample_sentences[sentence])
            if (!own.count(u.lex)) support.push_back(u);
        if (!support.empty()) p.support.push_back(std::move(support));
    };
    auto widen = [&](std::vector<PointModel>& points, bool by_position) {
        const size_t n = points.size();
        std::vector<std::vector<std::pair<double, size_t>>> ranked(n);
        for (size_t i = 0; i < n; ++i) {
            ranked[i] = rank_sentences(points[i]);
            for (size_t k = 0; k < ranked[i].size() && k < 2; ++k) {
                if (k == 1 && -ranked[i][1].first < 0.8 * -ranked[i][0].first) break;
                // A sentence stating every word of the point needs no second one.
                if (k == 1 && -ranked[i][0].first >= point_weight(points[i]) - 1e-9) break;
                add_support(points[i], ranked[i][k].second);
            }
        }
        // A must point sharing no word with the sample answer ("user problem backed by data")
        // still has its sentences there: sample answers state their must points in order. Such a
        // point takes the free sample sentences between those of its neighbours (the heaviest
        // chain of points whose best sentences follow the points' order). Bonus points need not
        // be in the sample at all.
        if (!by_position) return;
        std::vector<int> chain_sentence(n, -1);
        {
            std::vector<double> best(n, 0.0);
            std::vector<int> prev(n, -1);
            int last = -1;
            double last_best = 0.0;
            for (size_t i = 0; i < n; ++i) {
                if (ranked[i].empty()) continue;
                const size_t s = ranked[i][0].second;
                best[i] = -ranked[i][0].first;
                for (size_t j = 0; j < i; ++j)
                    if (!ranked[j].empty() && ranked[j][0].second <= s && best[j] - ranked[i][0].first > best[i]) {
                        best[i] = best[j] - ranked[i][0].first;
                        prev[i] = static_cast<int>(j);
                    }
                if (best[i] > last_best) {
                    last_best = best[i];
                    last = static_cast<int>(i);
                }
            }
            for (int i = last; i >= 0; i = prev[static_cast<size_t>(i)])
                chain_sentence[static_cast<size_t>(i)] = static_cast<int>(ranked[static_cast<size_t>(i)][0].second);
            // With no point placed in the sample, nothing says where the others are (or that the
            // sample states them at all).
            if (last < 0) return;
        }
        std::vector<char> taken(sample_sentences.size(), 0);
        for (size_t i = 0; i < n; ++i)
            if (!ranked[i].empty()) taken[ranked[i][0].second] = 1;
        const int nsent = static_cast<int>(sample_sentences.size());
        for (size_t i = 0; i < n;) {
            if (!ranked[i].empty()) {
                ++i;
                continue;
            }
            size_t j = i;   // points [i, j) share no word with the sample
            while (j < n && ranked[j].empty()) ++j;
            int lo = -1, hi = nsent;
            for (size_t k = i; k-- > 0;)
                if (chain_sentence[k] >= 0) {
                    lo = chain_sentence[k];
                    break;
                }
            for (size_t k = j; k < n; ++k)
                if (chain_sentence[k] >= 0) {
                    hi = chain_sentence[k];
                    break;
                }
            std::vector<size_t> free;
            for (int s = lo + 1; s < hi; ++s)
                if (!taken[static_cast<size_t>(s)]) free.push_back(static_cast<size_t>(s));
            const size_t k = j - i, m = free.size();
            if (m > 0)
                for (size_t q = 0; q < k; ++q) {
                    const size_t from = q * m / k, to = std::max(from + 1, (q + 1) * m / k);
                    for (size_t s = from; s < to && s < from + max_positional_support; ++s) add_support(points[i + q], free[s]);
                }
            i = j;
        }
    };
    widen(ctx.must, true);
    widen(ctx.bonus, false);
    correction_docs.resize(ctx.mistakes.size());
    link_mistakes(ctx, correction_docs);
    split_mistake_claims(ctx);

    ctx.sample_terms = document_terms(ctx, ctx.sample);
    index_sample_sentences(ctx);
    {
        std::unordered_set<int> seen_question;
        for (Term& t : document_terms(ctx, ctx.question, question_word_factor))
            if (seen_question.insert(t.lex).second) ctx.question_terms.push_back(std::move(t));
    }
    std::unordered_set<int> seen;
    auto add_vocabulary = [&](const Document& doc) {
        for (Term& t : document_terms(ctx, doc))
            if (seen.insert(t.lex).second) ctx.vocabulary.push_back(std::move(t));
    };
    add_vocabulary(ctx.question);
    add_vocabulary(ctx.sample);
    for (const Document& d : ctx.item_docs) add_vocabulary(d);
    for (const Term& t : ctx.vocabulary) ctx.vocabulary_subject.push_back(!names_no_subject(t.surface));
    prepare_matching(ctx);
}

}  // namespace utopiahire::core
