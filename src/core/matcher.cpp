#include "core/cpp_only.hpp"

#include "core/matcher.hpp"

#include "core/lexicon_data.hpp"

#include <algorithm>
#include <cmath>
#include <unordered_set>

namespace utopiahire::core {

namespace {

// Tuning constants: global, never per question.
constexpr double synonym_quality = 0.9;
constexpr double near_miss_quality = 0.8;
constexpr double related_form_quality = 0.7;
constexpr double generic_word_factor = 0.35;
constexpr double question_word_factor = 0.5;
constexpr double pair_window_factor = 0.9;
constexpr double support_share = 0.45;       // weight of the sample sentence in a point's score
constexpr double support_alone = 0.75;       // the sample sentence restated in other words
constexpr double alias_minimum = 0.6;
constexpr int max_window_tokens = 40;

const Token* first_content_token(const Document& doc) {
    for (const Token& t : doc.tokens)
        if (t.content()) return &t;
    return nullptr;
}

bool has_negation(const Document& doc) {
    for (const Token& t : doc.tokens)
        if (t.negation_cue) return true;
    return false;
}

// Content terms of a document, each lexeme once, in order of appearance.
std::vector<Term> raw_terms(const Document& doc) {
    std::vector<Term> terms;
    std::unordered_set<int> seen;
    for (const Token& t : doc.tokens) {
        if (!t.content()) continue;
        if (!seen.insert(t.lex[0]).second) continue;
        Term term;
        term.lex = t.lex[0];
        term.group = t.group;
        term.negated = t.negated;
        term.surface = t.surface;
        terms.push_back(std::move(term));
    }
    return terms;
}

double explanation_factor(const Document& doc, int begin, int end, bool use_stop_words) {
    int words = 0, stops = 0;
    std::unordered_set<int> clauses;
    for (int i = begin; i < end; ++i) {
        const Token& t = doc.tokens[static_cast<size_t>(i)];
        ++words;
        if (t.kind == raw_stop || t.negation_cue) ++stops;
        clauses.insert(t.clause);
    }
    if (words == 0) return 0.0;
    const double per_clause = static_cast<double>(words) / static_cast<double>(clauses.size());
    const double clause_factor = std::clamp((per_clause - 1.5) / 4.0, 0.0, 1.0);
    double factor = clause_factor;
    if (use_stop_words) {
        const double stop_ratio = static_cast<double>(stops) / words;
        factor = std::max(factor, std::clamp(stop_ratio / 0.22, 0.0, 1.0));
    }
    return std::max(0.15, factor);
}

void build_windows(Context& ctx) {
    const Document& doc = ctx.answer;
    std::vector<std::pair<int, int>> sentences;
    for (int i = 0; i < static_cast<int>(doc.tokens.size());) {
        int j = i;
        while (j < static_cast<int>(doc.tokens.size()) &&
               doc.tokens[static_cast<size_t>(j)].sentence == doc.tokens[static_cast<size_t>(i)].sentence)
            ++j;
        sentences.emplace_back(i, j);
        i = j;
    }
    auto add = [&](int begin, int end, double factor) {
        Window w;
        w.begin = begin;
        w.end = end;
        w.factor = factor;
        w.explanation = explanation_factor(doc, begin, end, ctx.language_has_stop_words);
        ctx.windows.push_back(w);
    };
    for (size_t s = 0; s < sentences.size(); ++s) {
        const auto [b, e] = sentences[s];
        if (e - b <= max_window_tokens) {
            add(b, e, 1.0);
        } else {
            for (int start = b; start < e; start += max_window_tokens / 2) {
                add(start, std::min(e, start + max_window_tokens), 1.0);
                if (start + max_window_tokens >= e) break;
            }
        }
        if (s + 1 < sentences.size()) {
            const int end = sentences[s + 1].second;
            if (end - b <= max_window_tokens) add(b, end, pair_window_factor);
        }
    }
}

}  // namespace

double term_quality(const Context& ctx, const Term& term, const Token& token) {
    if (!token.content()) return 0.0;
    for (int l : token.lex)
        if (l == term.lex) return 1.0;
    if (term.group >= 0 && term.group == token.group) return synonym_quality;
    const std::string& a = ctx.lexicon.str(term.lex);
    const std::string& b = ctx.lexicon.str(token.lex[0]);
    if (a.empty() || b.empty() || a[0] != b[0]) {
        // Surface near miss with a different first letter is too risky; allow only the same start.
        return 0.0;
    }
    const size_t shorter = std::min(a.size(), b.size()), longer = std::max(a.size(), b.size());
    if (shorter >= 4 && longer - shorter <= 4 && a.compare(0, shorter, b, 0, shorter) == 0)
        return near_miss_quality;
    if (shorter >= 5 && longer - shorter <= 1 && edit_distance_capped(a, b, 1) <= 1) return near_miss_quality;
    // Related forms sharing a stem the stemmer missed (mutable / mutation, replicate / replica).
    size_t common = 0;
    while (common < shorter && a[common] == b[common]) ++common;
    if (common >= 5 || (common >= 4 && shorter <= 5)) return related_form_quality;
    const std::string& sa = term.surface;
    const std::string& sb = token.surface;
    if (sa.size() >= 6 && sb.size() >= 6 && (sa.size() > sb.size() ? sa.size() - sb.size() : sb.size() - sa.size()) <= 1 &&
        edit_distance_capped(sa, sb, 1) <= 1)
        return near_miss_quality;
    return 0.0;
}

const std::vector<std::pair<int, double>>& term_matches(Context& ctx, const Term& term) {
    const long long key = (static_cast<long long>(term.lex) << 20) ^ static_cast<long long>(term.group + 1);
    auto it = ctx.match_cache.find(key);
    if (it != ctx.match_cache.end()) return it->second;
    std::vector<std::pair<int, double>> matches;
    for (size_t i = 0; i < ctx.answer.tokens.size(); ++i) {
        const double q = term_quality(ctx, term, ctx.answer.tokens[i]);
        if (q > 0.0) matches.emplace_back(static_cast<int>(i), q);
    }
    return ctx.match_cache.emplace(key, std::move(matches)).first->second;
}

std::vector<Term> document_terms(const Context& ctx, const Document& doc, double question_factor) {
    std::vector<Term> terms = raw_terms(doc);
    for (Term& t : terms) {
        t.weight = ctx.lex_weight[static_cast<size_t>(t.lex)];
        if (ctx.in_question[static_cast<size_t>(t.lex)]) t.weight *= question_factor / question_word_factor;
    }
    return terms;
}

void build_context(const AnalysisInput& input, Context& ctx) {
    ctx.answer = build_document(input.answer, ctx.lexicon);
    if (input.question.text) ctx.question = build_document(input.question, ctx.lexicon);
    if (input.sample.text) ctx.sample = build_document(input.sample, ctx.lexicon);
    ctx.item_docs.reserve(static_cast<size_t>(std::max(input.nitems, 0)));
    for (int32_t i = 0; i < input.nitems; ++i) ctx.item_docs.push_back(build_document(input.items[i].text, ctx.lexicon));

    int stops = ctx.question.stop_words + ctx.sample.stop_words;
    for (const Document& d : ctx.item_docs) stops += d.stop_words;
    ctx.language_has_stop_words = stops > 0 || ctx.answer.stop_words > ctx.answer.words / 10;

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
            const int32_t base = (role == role_must_alias) ? role_must : (role == role_bonus_alias ? role_bonus : role);
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
            t.weight = ctx.lex_weight[static_cast<size_t>(t.lex)];
            if (is_generic_word(t.surface)) t.weight *= generic_word_factor;
        }
        return terms;
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
                p.negated = has_negation(doc);
                p.variants.push_back(weigh(raw_terms(doc)));
                list.push_back(std::move(p));
                break;
            }
            case role_must_alias:
            case role_bonus_alias: {
                auto& list = item.role == role_must_alias ? ctx.must : ctx.bonus;
                if (!list.empty() && first_content_token(doc)) list.back().variants.push_back(weigh(raw_terms(doc)));
                break;
            }
            case role_mistake: {
                MistakeModel m;
                m.mistake = text;
                for (Term& t : weigh(raw_terms(doc)))
                    if (!is_meta_word(t.surface)) m.terms.push_back(std::move(t));
                // "Not mentioning X", "Forgetting X": an omission, not something said.
                if (!doc.tokens.empty() && (doc.tokens[0].negation_cue || doc.tokens[0].surface == "forgetting" ||
                                            doc.tokens[0].surface == "ignoring" || doc.tokens[0].surface == "missing"))
                    m.terms.clear();
                ctx.mistakes.push_back(std::move(m));
                break;
            }
            case role_correction:
                if (!ctx.mistakes.empty()) ctx.mistakes.back().correction = text;
                break;
            default:
                break;
        }
    }
    // Widen each point with the sample sentence that shares most of its weight.
    auto widen = [&](PointModel& p) {
        const std::vector<Term>& base = p.variants.front();
        double total = 0.0;
        for (const Term& t : base) total += t.weight;
        if (total <= 0.0) return;
        double best = 0.0;
        size_t best_sentence = sample_sentences.size();
        for (size_t s = 0; s < sample_sentences.size(); ++s) {
            double shared = 0.0;
            for (const Term& t : base)
                for (const Term& u : sample_sentences[s])
                    if (u.lex == t.lex || (t.group >= 0 && t.group == u.group)) { shared += t.weight; break; }
            if (shared > best + 1e-9) { best = shared; best_sentence = s; }
        }
        if (best_sentence == sample_sentences.size() || best < 0.3 * total) return;
        std::unordered_set<int> own;
        for (const auto& v : p.variants)
            for (const Term& t : v) own.insert(t.lex);
        for (const Term& u : sample_sentences[best_sentence])
            if (!own.count(u.lex)) p.support.push_back(u);
    };
    for (PointModel& p : ctx.must) widen(p);
    for (PointModel& p : ctx.bonus) widen(p);

    build_windows(ctx);
}

namespace {

struct WindowScore {
    double pos = 0.0, neg = 0.0, total = 0.0;
    int first = -1, last = -1, neg_first = -1, neg_last = -1;
};

WindowScore score_terms(Context& ctx, const std::vector<Term>& terms, const Window& w) {
    WindowScore ws;
    for (const Term& term : terms) {
        ws.total += term.weight;
        double qp = 0.0, qn = 0.0;
        int tp = -1, tn = -1;
        for (const auto& [tok, q] : term_matches(ctx, term)) {
            if (tok < w.begin || tok >= w.end) continue;
            if (ctx.answer.tokens[static_cast<size_t>(tok)].negated != term.negated) {
                if (q > qn) { qn = q; tn = tok; }
            } else if (q > qp) {
                qp = q;
                tp = tok;
            }
        }
        ws.pos += term.weight * qp;
        if (tp >= 0) {
            ws.first = ws.first < 0 ? tp : std::min(ws.first, tp);
            ws.last = std::max(ws.last, tp);
        }
        if (qn > qp) {
            ws.neg += term.weight * (qn - qp);
            ws.neg_first = ws.neg_first < 0 ? tn : std::min(ws.neg_first, tn);
            ws.neg_last = std::max(ws.neg_last, tn);
        }
    }
    return ws;
}

}  // namespace

PointMatch match_point(Context& ctx, const PointModel& point) {
    PointMatch best;
    double best_neg = 0.0, best_neg_pos = 0.0;
    int neg_first = -1, neg_last = -1;
    for (const Window& w : ctx.windows) {
        WindowScore sup;
        if (!point.support.empty()) sup = score_terms(ctx, point.support, w);
        for (size_t v = 0; v < point.variants.size(); ++v) {
            const auto& variant = point.variants[v];
            if (variant.empty()) continue;
            WindowScore ws = score_terms(ctx, variant, w);
            if (ws.total <= 0.0) continue;
            double pos = ws.pos / ws.total;
            double full = (ws.pos + ws.neg) / ws.total;
            // An alias is another full wording of the point: a fragment of it does not count.
            if (v > 0 && full < alias_minimum) continue;
            if (sup.total > 0.0) {
                const double sp = sup.pos / sup.total, sf = (sup.pos + sup.neg) / sup.total;
                pos = std::max({pos, (1.0 - support_share) * pos + support_share * sp, support_alone * sp});
                full = std::max({full, (1.0 - support_share) * full + support_share * sf, support_alone * sf});
            }
            const double factor = w.factor * w.explanation;
            pos *= factor;
            full *= factor;
            if (pos > best.score) {
                best.score = pos;
                best.first = ws.first >= 0 ? ws.first : sup.first;
                best.last = ws.last >= 0 ? ws.last : sup.last;
                if (ws.first >= 0 && sup.first >= 0 && pos > ws.pos / ws.total * factor) {
                    best.first = std::min(ws.first, sup.first);
                    best.last = std::max(ws.last, sup.last);
                }
            }
            const double neg_share = ws.pos + ws.neg > 0.0 ? ws.neg / (ws.pos + ws.neg) : 0.0;
            if (neg_share >= 0.3 && full > best_neg) {
                best_neg = full;
                best_neg_pos = pos;
                neg_first = ws.neg_first;
                neg_last = std::max(ws.neg_last, ws.last);
                if (ws.first >= 0) neg_first = std::min(neg_first, ws.first);
            }
        }
    }
    if (best_neg >= 0.4 && best_neg > best.score + 0.1 && best_neg_pos < 0.5) {
        best.contradicted = true;
        best.first = neg_first;
        best.last = neg_last;
    }
    return best;
}

double weighted_recall(Context& ctx, const std::vector<Term>& terms) {
    double total = 0.0, found = 0.0;
    for (const Term& term : terms) {
        total += term.weight;
        double q = 0.0;
        for (const auto& m : term_matches(ctx, term)) q = std::max(q, m.second);
        found += term.weight * q;
    }
    return total > 0.0 ? found / total : 0.0;
}

}  // namespace utopiahire::core
