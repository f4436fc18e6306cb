#include "core/cpp_only.hpp"

#include "core/scoring.hpp"

#include "core/answer_frame.hpp"
#include "core/lexicon_data.hpp"
#include "core/overall_score.hpp"
#include "core/past_narration.hpp"
#include "core/shared_negation.hpp"

#include <algorithm>
#include <cstdlib>
#include <cmath>
#include <unordered_set>

namespace utopiahire::core {

namespace {

// Below this (the "partial" status threshold) a point's score counts quadratically less: a word
// or two shared by chance is not partial credit. Above it, partial matches count linearly.
constexpr double weak_match = 0.2;
// Content is scaled by the answer's precision: the share of its content words that belong to the
// question's vocabulary. An answer made mostly of other things (a fluent answer on another
// subject that shares a few of the field's words) keeps only precision_floor of its content.
constexpr double precision_floor = 0.5;
constexpr double precision_full = 0.4;   // this share of on-topic words is full precision
// Extra detail is no other subject: an answer that plainly states its must points is about this
// question whatever else it adds (strong answers of 200 words and more bring examples, caveats and
// neighbouring facts in words of their own: a fifth of them had an on-topic share of 0.23 to 0.4
// while stating 3 to 5 of their 5 points). Its precision is read from precision_relief times the
// share of must points it states (against a paragraph-long reference) when that is higher than its
// on-topic share. A fluent answer on another subject states next to none (0.05 on average on the
// dev and validation sets), so it keeps its cut. (0.6 to 1 raised r with the human scores on five
// of the six interview sets and left the sixth as it was; only strong and typos_informal answers
// moved.)
constexpr double precision_relief = 0.8;
// Technical accuracy lost per common mistake the answer states: a stated mistake is a wrong claim
// (0.4 ranks answers by their human scores better than 0.25 or 0.6 on dev, validation and the
// held-out sets).
constexpr double mistake_penalty = 0.4;
// Completeness grows along an S-curve of content, steepest at the "covered" status threshold:
// scattered words earn little, an answer stating most of what is expected earns nearly all.
constexpr double completeness_midpoint = 0.4;
constexpr double completeness_steepness = 6.0;
// Focus: an answer addresses the question when it names some of the question's own words or
// states some of its must points; a fluent answer on another subject of the same field does
// neither (it only shares the field's vocabulary) and all its dimensions are scaled down.
// What is enough grows with the answer's length: a one-line answer may name a single word of
// the question, a paragraph that names as little (or states as little of the points) is about
// something else. Fitted on the dev and validation interview sets (a plateau from 40 to 80
// content words, 0.25 to 0.3 of the question's words, 0.2 to 0.25 of must coverage).
constexpr double focus_floor = 0.2;
constexpr double focus_question_recall = 0.15;   // this share of the question's words is enough ...
constexpr double focus_must_span = 0.1;          // ... or this graded must coverage, in a short answer
constexpr double focus_question_recall_long = 0.3;   // in an answer of focus_long_words content words or more
constexpr double focus_must_span_long = 0.25;
constexpr double focus_long_words = 60.0;

// Short-answer questions (a reference of a line or two) are graded on the gist: a short answer
// shares few words with a short reference, says much of it in other words, and graders credit an
// attempt. Coverage measured against so few words is weak evidence, so it is read with a prior:
// content + attempt_prior * (1 - content), for a reference of up to short_reference_words words,
// fading out by paragraph_reference_words (a paragraph-long sample answer is matched word for word
// against many points: no prior). The prior reaches its full value at attempt_words words of
// answer ("one" or a blank earns little). Found on Mohler units 1-3 (answers with no key-point word
// averaged 2.8 of 5, overall 7), checked on units 4-6. The doubt is given to an answer that may say
// the reference in other words, not to one that shows it thinks otherwise: an answer contradicting a
// point or stating a common mistake, saying "I don't know" or naming nothing beyond the question's
// own words (a restatement) gets none, and the prior is scaled by how much the answer explains (a
// bare list of key words is no attempt at saying it). An answer none of whose words are the
// question's, its reference's or its points' (no topic share at all) is about something else, not
// the reference in other words: no prior ("I enjoy hiking and cooking for my friends" earned 0.2 of
// a short-answer question; scaling the prior by the topic share up to 0.1 lowered Mohler r by 0.0007).
constexpr double attempt_prior = 0.2;
constexpr double short_reference_words = 30.0;
constexpr double paragraph_reference_words = 60.0;
constexpr double attempt_words = 6.0;

// On topic: a fluent answer to another question of the same field shares the field's words with
// this question's reference, not its subject. Against a paragraph-long reference (short_reference_words
// and less: no gate; fully from paragraph_reference_words), an answer is on topic when this share of
// its distinct words naming a subject are the reference's, or it reaches this graded must coverage,
// or it plainly states (status covered) this share of its must points; below on_topic_start of
// that, nothing it says counts as content for this question and its clarity and communication are
// nothing (a clear text about something else is no clear answer to this question). Found on
// the dev and validation interview sets (off-topic answers: subject share 0.07 to 0.35, must
// coverage 0.02 to 0.26, a point covered by a word or two at most; on-topic ones mostly above);
// Mohler's one-line references are left alone.
// Between on_topic_start and enough, the factor grows linearly for a story and as the cube for any
// other answer. An answer on a technical subject, or a plan for a given situation, names that
// subject's words or states its points, so evidence part of the way there is mostly a neighbouring
// subject (of the six interview sets' answers to technical, coding and design questions, the gate
// cut 34 of 40 off-topic ones and only 2 of 80 partial and 2 of 80 negation answers). A true story
// (an answer to "tell me about a time" that narrates a past episode, see narrates_past_episode)
// shares few words with the sample story whatever it tells and often falls part of the way too
// (10 of 52 partial and 6 of 52 informal answers to story questions), while the off-topic answers
// to such questions mostly tell no episode: a habit, a definition, a general method (of the 13
// off-topic answers to behavioral questions, 11 narrate none; 102 of their 104 strong, partial,
// informal and negation answers narrate one). Exponents 2, 3 and 4 on non-story questions raised r or left it as
// it was on each set; 1.5 on story questions lowered r on three sets.
// A story keeps story_on_topic_floor whatever its words: its subject is the episode it tells, which
// the sample story's words cannot measure (a strong story of a booking app built for student housing,
// for a question whose sample tells of an order tracker for a tailoring shop, lost half its score).
// Floors 0.4 / 0.6 / 0.8 / 0.9 / 1 raised mean r by 0.0001 / 0.001 / 0.004 / 0.006 / 0.008 and the
// off-topic mean by 0 / 0 / 0.1 / 0.2 / 0.3 (two of the 13 off-topic answers to behavioral questions
// narrate an episode); 0.8 keeps most of the gain and still cuts a story on another subject a little.
constexpr double on_topic_subject = 0.35;
constexpr double on_topic_must = 0.3;
constexpr double on_topic_covered = 0.3;
constexpr double on_topic_start = 0.3;
constexpr double on_topic_power = 3.0;
constexpr double story_on_topic_floor = 0.8;
// A neighbouring problem. A fluent answer to the problem next door (anagrams for "first unique
// character", validating a search tree for "level order") uses the same objects and techniques: it
// shares much of the reference's vocabulary and meets the points any solution meets, a complexity
// stated ("O(n) time": every coding answer states one, often of the same class) or an example
// written into a point ("Counter" of "tally each item in a dict / Counter"), and hardly any
// other. An answer to this problem, however partial, states one of the others. So, for a question
// that is no story (whose answers the gate reads otherwise, see above), a point stating a complexity
// is no evidence of the subject, nor is a point met through an example (though that one is a point
// stated: the answer names a technique the question asks for, "blue-green" for "progressive
// delivery"), and an answer stating (status covered, or see stated_partial) no point besides
// complexities is on topic by its words only when unstated_subject of its subject words are the
// reference's: an off-topic answer stating no point shares fewer than half of its subject words
// with the reference, and an answer to the question asked that names a technique it asks for (a
// CI/CD design naming blue-green) states a point, so reading a point met through an example as no
// point stated would cut it.
constexpr double unstated_subject = 0.5;
// Framed elsewhere. An answer that opens by naming the task it takes on ("To walk a grid
// diagonally, I keep two indices", "For spell checking I'd build a trie", see answer_frame)
// answers the question whose task that is. An answer to this question names this one's task there,
// in the question's words ("To rotate the matrix in place, ..."); a fluent answer to a neighbouring
// question names its own, in the field's words (which the reference shares) but not in the
// question's. So the on-topic factor is scaled by the share of the frame's words that are the
// question's, frame_enough of them being enough; a word of the reference (sample answer, key
// points) that is not the question's counts frame_reference_word of one. Against a paragraph-long
// reference, as the gate (not against Mohler's one-line references, whose short answers often open
// with "To ..."). Of the 42 answers of the seven interview sets (dev and validation) that open with a
// frame naming a word, 39 answer a neighbouring question and 3 this one; the factor lowered 13, 12 of
// them off-topic (overall 58 -> 39, 45 -> 0, 35 -> 10 ...) and one on topic whose frame names a goal
// in words of its own (a French "pour garantir que ..." goal of its own, 32 -> 7, human 35).
// review17 F1: the frame alone is weak evidence. A candidate often opens with a goal or an aside of
// their own ("To protect the backend from abusive clients, ...", "For starters, ...", "Pour éviter
// qu'un client abusif sature le serveur, ...", "لحماية الخادم ..."): such answers stating all their
// points fell from 88-92 to 0-7, every point set aside. So read_topic reads the frame only for an
// answer that covers none of the question's (telling) points: one that states a point answers this
// question, whatever it opens with (a strong answer opening with an adjunct of its own, "For large
// inputs, ...", keeps its score).
// On the seven interview sets this gives back D-030-c (32, human 35) and three off-topic answers each
// covering one point falsely (Y-010-e 10 -> 35, Y-016-e 4 -> 15, T-010-e 0 -> 9); the frame still
// cuts those that cover none (T-016-e 0, T-012-e 0, H-014-e 6).
constexpr double frame_enough = 0.5;
constexpr double frame_reference_word = 0.5;
// A short answer to this problem may state its method only in its own words ("every comparison
// throws away half of what is left" for "compares with the middle element and halves the range"):
// a partial match, not an example's. A point it so matches at least this well is a point stated
// too. Weaker partial matches (a word or two of the point, which a neighbouring problem's answer
// shares) are not: they let the off-topic answers the rule cuts back in.
constexpr double stated_partial = 0.3;
// Points vouch for the subject only as far as the answer's words do. An answer to another question
// meets a point or two of this one on the field's words (a release plan's "the rollout counters live
// in Redis, where the client key expires with a TTL" for "the client sends an idempotency key" and
// "stored keys expire (TTL)"): covered, they made the gate read it as on topic whatever else it
// said, so its false points stayed covered and scored. So the points' evidence (graded must coverage,
// share covered) counts in full when the answer's subject share alone would be enough
// (on_topic_subject), in proportion below. Measured by pairing every validation question with the
// strong answers of the other questions of its language (the 20 sharing most words with it; a
// label-free check, every point covered there being false: test/bench/cross_pairs.sh in make bench):
// covered points per pair 0.812 -> 0.635, pairs with one 27.7% -> 17.2%; on the dev and validation sets 5 false points
// fewer (306 -> 301, no true one lost), mean r 0.9179 -> 0.9187. Floors 0.2 / 0.3 / 0.4 / 0.5 gave
// 0.750 / 0.665 / 0.615 / 0.562 per pair; 0.5 lowered dev's r by 0.006.
constexpr double points_vouch_subject = on_topic_subject;

// Share of the sample answer's word recall in the plain recall part of content (the key points'
// words have the rest).
constexpr double sample_share = 0.7;

// An answer found wrong twice or more (key points contradicted, common mistakes stated: two pieces
// of evidence) is a wrong answer, not a good answer with a slip: interviewers score a confident wrong
// answer well below a partial one, on every dimension. Its relevance, completeness, clarity and
// communication keep wrong_answer_share (technical accuracy already pays for each piece). One piece
// alone may be a misreading of a correct answer and costs nothing more. Common mistakes alone count
// as one piece however many: a correct answer that names two of them to reject them ("many believe
// X, but ...") is easily read as stating them; beside a point contradicted each counts.
// An answer that denies much of the question's subject is a piece too: when denial_share of its
// on-topic words sit under a negation ("X does not ...", "n'est pas", "ليس") the reference does not
// make, it denies more than the points the matcher read as contradicted (the others it states wrongly
// in words no point's negation reaches). A negation the reference makes too is no denial: a correct
// answer says "never compare floats with ==" where its sample answer says so (see
// negations_shared_with_sample; counting those made a correct answer with one false contradiction a
// wrong one, holdout2 T-002-d 51 -> 30, human 72). A correct answer puts few of its on-topic words
// under a negation the reference does not make (strong answers of the dev and validation sets: 0.03
// on average, 0.07 at the 90th percentile; 0.05 and 0.10 counting every negation), an answer stating
// points wrongly many (0.135 on average, 0.29 at the 90th percentile). A denial and a common mistake
// stated, or a denial and a bonus point contradicted, are two pieces: with every negation counted they
// were not (a correct answer rejecting a common mistake denies as well), with the reference's own
// negations set aside they flag three more answers stating points wrongly of the dev and validation
// sets and no other (mean r with the human scores 0.9199 -> 0.9208, four sets up, none down).
// Beside a common mistake stated, the negations from where the answer names it to the end of the
// next sentence are its rejection, not a denial (denial_beside_mistakes): a correct answer that
// names a mistake to reject it ("Many developers use Math.random() ..., but that is not safe: ...
// it should never be used") is read as stating it, and its rejection's negations are ones the
// sample answer, stating the right way, does not make; counted, they made it a wrong answer
// (93 -> 49, review19 F1). A wrong answer's denial sits in sentences of its own.
// Only against a paragraph-long reference (sample answer of paragraph_reference_words or more), whose
// answers are paragraphs: a one-line answer (Mohler's) has a handful of on-topic words, of which one
// "not" puts a fifth or more under a negation (counted there, it lowered Mohler r from 0.630 to 0.626).
// Found on the dev and validation interview sets: denial shares 0.1 / 0.125 / 0.15 / 0.2 raised mean
// r with the human scores by 0.003 / 0.004 / 0.003 / 0.001 (with a share of 0.5); shares kept of
// 0.7 / 0.6 / 0.5 / 0.4 by 0.003 / 0.004 / 0.004 / 0.003, the mean of the answers stating points
// wrongly falling from 31 to 30 / 28 / 26 / 23 (humans: 21), strong answers' from 88.7 to 88.6.
constexpr int wrong_answer_evidence = 2;
constexpr double wrong_answer_share = 0.5;
constexpr double denial_share = 0.125;

// Points stated. Content is mostly the recall of the sample answer's and the points' words, and a
// paragraph-long sample answer has many: a concise answer that states every point in its own words
// (or with typos and slang) recalls a small share of them, while an interviewer counts the points
// made. The statuses are that count (key-point F1 0.80 on the dev and validation sets), so
// completeness and technical accuracy read content moved stated_weight of the way towards the
// share of must points stated. Means on the six interview sets (dev and validation): content of
// typos_informal answers 0.47 against 0.65 for strong ones (humans: 77 and 95), must points stated
// 0.70 and 0.89; partial answers 0.30 and 0.27, negation ones 0.31 and 0.34, off-topic ones 0.14
// and 0.05. 0.5 to 0.6 raised r with the human scores on every set alike (partial points counted
// as half stated did worse). The share stated is read as content is (times the explanation and
// precision factors: a keyword list or an answer mostly about other things states less). Against
// a one-line reference (Mohler) one or two points' statuses are too coarse: content alone.
constexpr double stated_weight = 0.5;

int to_score(double x) { return static_cast<int>(std::lround(std::clamp(x, 0.0, 1.0) * 100.0)); }

// Shares of the answer's words that belong to the question's vocabulary (question, sample answer,
// key points, near misses and synonyms included). The subject share counts each word once and
// leaves out, on both sides, words that name no subject ("every", "one", "make", "approach"): an
// answer on another subject of the field shares those as much as one on this subject.
TopicReading topic_shares(Context& ctx) {
    TopicReading shares;
    if (ctx.answer.content_words == 0) return shares;
    // By token: 1 on topic, 2 on topic through a word naming a subject.
    std::vector<char> on_topic(ctx.answer.tokens.size(), 0);
    for (size_t v = 0; v < ctx.model.vocabulary.size(); ++v) {
        const char mark = ctx.model.vocabulary_subject[v] ? 2 : 1;
        for (const auto& m : term_matches(ctx, ctx.model.vocabulary[v]))
            if (m.second >= 0.8) {
                char& slot = on_topic[static_cast<size_t>(m.first)];
                slot = std::max(slot, mark);
            }
    }
    // A negation the sample answer makes too is no denial (see denial_share).
    const std::vector<char> shared = negations_shared_with_sample(ctx);
    int count = 0, negated = 0;
    for (size_t i = 0; i < ctx.answer.tokens.size(); ++i) {
        const Token& t = ctx.answer.tokens[i];
        if (on_topic[i] && t.content()) {
            ++count;
            if (t.negated && !shared[static_cast<size_t>(t.clause)]) {
                ++negated;
                shares.denied_tokens.push_back(static_cast<int>(i));
            }
        }
    }
    shares.topic_words = count;
    // Each distinct word once: the answer's lexemes, by the token that first has it as its own.
    int words = 0, subject_words = 0;
    for (const Context::AnswerLexeme& a : ctx.answer_lexemes) {
        const Token& t = ctx.answer.tokens[static_cast<size_t>(a.first_token)];
        if (t.lex[0] != a.lex || t.kind == raw_number || t.no_subject) continue;
        ++words;
        if (on_topic[static_cast<size_t>(a.first_token)] == 2) ++subject_words;
    }
    if (count > 0) shares.negated = static_cast<double>(negated) / count;
    shares.topic = static_cast<double>(count) / ctx.answer.content_words;
    shares.subject = words > 0 ? static_cast<double>(subject_words) / words : 0.0;
    return shares;
}

}  // namespace

double recall_beyond_question(Context& ctx, const std::vector<Term>& terms) {
    double total = 0.0, found = 0.0;
    for (const Term& term : terms) {
        if (term.lex < 0 || ctx.model.is_question_word(term.lex)) continue;
        total += term.weight;
        double q = 0.0;
        for (const auto& m : term_matches(ctx, term)) q = std::max(q, m.second);
        found += term.weight * q;
    }
    return total > 0.0 ? found / total : -1.0;
}

namespace {

// recall_beyond_question and (when plain_too) weighted_recall of the same terms in one pass:
// one match lookup per term instead of two, the same sums in the same order (the same values).
struct Recalls {
    double plain;    // weighted_recall (0 unless plain_too)
    double beyond;   // recall_beyond_question
};

Recalls point_recalls(Context& ctx, const std::vector<Term>& terms, bool plain_too) {
    double total = 0.0, found = 0.0, total_beyond = 0.0, found_beyond = 0.0;
    for (const Term& term : terms) {
        if (term.lex < 0) continue;
        const bool question_word = ctx.model.is_question_word(term.lex);
        if (question_word && !plain_too) continue;
        double q = 0.0;
        for (const auto& m : term_matches(ctx, term)) q = std::max(q, m.second);
        if (plain_too) {
            total += term.weight;
            found += term.weight * q;
        }
        if (question_word) continue;
        total_beyond += term.weight;
        found_beyond += term.weight * q;
    }
    return Recalls{total > 0.0 ? found / total : 0.0, total_beyond > 0.0 ? found_beyond / total_beyond : -1.0};
}

}  // namespace

double graded_point(double x) { return x >= weak_match ? x : x * (x / weak_match) * (x / weak_match); }

double completeness_curve(double content) {
    auto logistic = [](double x) { return 1.0 / (1.0 + std::exp(-completeness_steepness * (x - completeness_midpoint))); };
    const double low = logistic(0.0), high = logistic(1.0);
    return std::clamp((logistic(content) - low) / (high - low), 0.0, 1.0);
}

double answer_focus(double question_recall, double must, int content_words) {
    const double length = std::clamp(static_cast<double>(content_words) / focus_long_words, 0.0, 1.0);
    const double question_enough = focus_question_recall + (focus_question_recall_long - focus_question_recall) * length;
    const double must_enough = focus_must_span + (focus_must_span_long - focus_must_span) * length;
    const double addressed = std::max(question_recall / question_enough, must / must_enough);
    return focus_floor + (1.0 - focus_floor) * std::clamp(addressed, 0.0, 1.0);
}

double plain_recall(double point_recall, double sample_recall) {
    return (1.0 - sample_share) * std::sqrt(std::max(point_recall, 0.0)) + sample_share * std::sqrt(std::max(sample_recall, 0.0));
}

double paragraph_reference(int sample_words) {
    return std::clamp((sample_words - short_reference_words) / (paragraph_reference_words - short_reference_words), 0.0, 1.0);
}

double on_topic_gate(double subject, double must, double covered, int sample_words, bool story) {
    const double evidence = std::max({subject / on_topic_subject, must / on_topic_must, covered / on_topic_covered});
    double on_topic = std::clamp((evidence - on_topic_start) / (1.0 - on_topic_start), 0.0, 1.0);
    on_topic = story ? std::max(on_topic, story_on_topic_floor) : std::pow(on_topic, on_topic_power);
    return 1.0 - paragraph_reference(sample_words) * (1.0 - on_topic);
}

TopicPoints topic_points(const std::vector<PointResult>& results, const std::vector<PointModel>& models) {
    TopicPoints t;
    if (results.empty()) return t;
    double graded = 0.0;
    int covered = 0;
    for (size_t i = 0; i < results.size() && i < models.size(); ++i) {
        const PointResult& p = results[i];
        if (!models[i].complexities.empty()) continue;
        t.stated = t.stated || p.status == PointStatus::covered;
        if (p.by_example) continue;
        t.stated = t.stated || (p.status == PointStatus::partial && p.score >= stated_partial);
        graded += graded_point(p.score);
        covered += p.status == PointStatus::covered;
    }
    const double n = static_cast<double>(results.size());
    t.must = graded / n;
    t.covered = covered / n;
    return t;
}

double framed_on_topic(const AnswerFrame& frame, int sample_words) {
    if (frame.words == 0) return 1.0;
    const double named = frame.question_words + frame_reference_word * (frame.vocabulary_words - frame.question_words);
    const double factor = std::min(1.0, named / frame.words / frame_enough);
    return 1.0 - paragraph_reference(sample_words) * (1.0 - factor);
}

double points_vouch(double subject) { return std::clamp(subject / points_vouch_subject, 0.0, 1.0); }

double subject_evidence(double subject, bool stated) {
    return stated ? subject : subject * on_topic_subject / unstated_subject;
}

double credited_content(double content, int sample_words, int answer_words, double attempt) {
    if (sample_words <= 0 || attempt <= 0.0) return content;
    const double short_share = 1.0 - paragraph_reference(sample_words);
    const double length = std::min(1.0, answer_words / attempt_words);
    return content + attempt_prior * std::min(attempt, 1.0) * short_share * length * (1.0 - std::clamp(content, 0.0, 1.0));
}

double stated_content(double content, double stated, int sample_words) {
    return content + stated_weight * paragraph_reference(sample_words) * (stated - content);
}

double denial_beside_mistakes(Context& ctx, const TopicReading& topic, const std::vector<size_t>& mistakes) {
    if (mistakes.empty() || topic.topic_words == 0) return topic.negated;
    const auto& tokens = ctx.answer.tokens;
    int denied = 0;
    for (const int tok : topic.denied_tokens) {
        const int sentence = tokens[static_cast<size_t>(tok)].sentence;
        const bool rejection = std::any_of(mistakes.begin(), mistakes.end(), [&](size_t i) {
            const PointMatch& hit = mistake_match(ctx, i);
            const int named = tokens[static_cast<size_t>(hit.first)].sentence;
            return (sentence == named && tok >= hit.first) || sentence == named + 1;
        });
        denied += rejection ? 0 : 1;
    }
    return static_cast<double>(denied) / topic.topic_words;
}

bool wrong_answer(int contradicted, int mistakes, double denied_topic, int sample_words) {
    const int denial = denied_topic >= denial_share && paragraph_reference(sample_words) >= 1.0 ? 1 : 0;
    const int stated_mistakes = contradicted > 0 ? mistakes : std::min(mistakes, 1);
    return contradicted + stated_mistakes + denial >= wrong_answer_evidence;
}

double precision_factor(double topic_share) {
    return precision_floor + (1.0 - precision_floor) * std::min(1.0, topic_share / precision_full);
}

namespace {

double answer_explanation(const Context& ctx) {
    if (ctx.windows.empty()) return 0.0;
    double weighted = 0.0, total = 0.0;
    for (const Window& w : ctx.windows) {
        if (w.pair) continue;
        const double n = w.end - w.begin;
        weighted += w.explanation * n;
        total += n;
    }
    return total > 0.0 ? weighted / total : 0.0;
}

// Graded coverage, with weak partial matches discounted (scattered shared words are common in
// fluent off-topic answers).
double graded_coverage(const std::vector<PointResult>& points) {
    if (points.empty()) return 0.0;
    double sum = 0.0;
    for (const PointResult& p : points) sum += graded_point(p.score);
    return sum / static_cast<double>(points.size());
}

AnswerSignals collect_signals(Context& ctx, const Coverage& cov, const TopicReading& topic) {
    AnswerSignals s;
    auto tally = [&](const std::vector<PointResult>& points) {
        for (const PointResult& p : points) {
            switch (p.status) {
                case PointStatus::covered: ++s.covered; break;
                case PointStatus::partial: ++s.partial; break;
                case PointStatus::missing: ++s.missing; break;
                case PointStatus::contradicted: ++s.contradicted; break;
            }
        }
    };
    tally(cov.must);
    tally(cov.bonus);
    s.must = graded_coverage(cov.must.empty() ? cov.bonus : cov.must);
    s.bonus = cov.bonus_coverage;
    // Recall of the sample answer's and the must points' words beyond those of the question:
    // naming what was asked is no evidence of answering it.
    s.sample_recall = recall_beyond_question(ctx, ctx.model.sample_terms);
    if (s.sample_recall < 0.0) s.sample_recall = weighted_recall(ctx, ctx.model.sample_terms);
    if (!ctx.model.question_terms.empty()) {
        s.question_recall = weighted_recall(ctx, ctx.model.question_terms);
        s.focus = answer_focus(s.question_recall, s.must, ctx.answer.content_words);
    }
    s.topic = topic.topic;
    s.subject = topic.subject;
    s.on_topic = topic.on_topic;
    s.explanation = answer_explanation(ctx);
    {
        const std::vector<PointResult>& stated = cov.must.empty() ? cov.bonus : cov.must;
        auto count = [&](PointStatus status) {
            return std::count_if(stated.begin(), stated.end(), [&](const PointResult& p) { return p.status == status; });
        };
        // Read as content is, below.
        s.stated = stated.empty() ? 0.0 : static_cast<double>(count(PointStatus::covered)) / static_cast<double>(stated.size());
    }
    {
        // Words of a contradicted point are not credit. A point made only of the question's own
        // words has no recall of its own (it is left out unless all points are such).
        double sum = 0.0, plain = 0.0;
        int n = 0;
        for (size_t i = 0; i < ctx.model.must.size(); ++i) {
            const std::vector<Term>& terms = ctx.model.must[i].variants.front();
            const bool credited = cov.must[i].status != PointStatus::contradicted;
            const Recalls recalls = point_recalls(ctx, terms, credited);
            if (credited) plain += recalls.plain;
            const double r = recalls.beyond;
            if (r < 0.0) continue;
            if (credited) sum += r;
            ++n;
        }
        s.point_recall = n > 0 ? sum / n : ctx.model.must.empty() ? 0.0 : plain / static_cast<double>(ctx.model.must.size());
    }
    const bool has_points = !cov.must.empty() || !cov.bonus.empty();
    // Content: the windowed, graded key-point coverage (proximity, negation, keyword lists),
    // blended with the plain recall of the points' and sample answer's words over the whole
    // answer (square roots: the first words found matter most). The sample answer weighs more
    // than the points' words: key points are terse labels ("lazy refill", "atomic check-and-update")
    // a good answer explains in the words a sample answer uses, not in theirs.
    const double explanation = s.explanation;
    double lexical = 0.0;
    if (has_points && ctx.model.sample.content_words > 0)
        lexical = plain_recall(s.point_recall, s.sample_recall);
    else if (has_points)
        lexical = std::sqrt(s.point_recall);
    else if (ctx.model.sample.content_words > 0)
        lexical = std::sqrt(s.sample_recall);
    lexical *= explanation;
    if (!cov.must.empty()) {
        int contradicted_must = 0;
        for (const PointResult& p : cov.must) contradicted_must += p.status == PointStatus::contradicted;
        lexical *= 1.0 - static_cast<double>(contradicted_must) / static_cast<double>(cov.must.size());
    }
    s.content = has_points ? 0.35 * s.must + 0.65 * lexical : lexical;
    const double precision = precision_factor(
        std::max(s.topic, precision_relief * s.stated * paragraph_reference(ctx.model.sample.words)));
    s.content *= precision;
    // Points stated count as content does: in prose, in an answer mostly on topic.
    s.stated *= explanation * precision;

    // Common mistakes stated in the answer.
    for (size_t i = 0; i < ctx.model.mistakes.size(); ++i) {
        const MistakeModel& m = ctx.model.mistakes[i];
        if (m.terms.size() < 2) continue;
        if (mistake_stated(ctx, i)) s.mistakes_hit.push_back(i);
    }
    s.negated_topic = denial_beside_mistakes(ctx, topic, s.mistakes_hit);

    const Document& a = ctx.answer;
    s.ignorance = false;
    if (a.words <= 30) {
        bool negation = false, ignorance = false;
        for (const Token& t : a.tokens) {
            negation = negation || t.negation_cue || t.surface == "unsure";
            ignorance = ignorance || t.info.ignorance;
        }
        s.ignorance = negation && ignorance;
    }
    s.star_expected = ctx.model.story_question;
    bool star[5] = {false, false, false, false, false};
    for (const Token& t : a.tokens) {
        star[t.info.star] = true;
        if (t.info.example) ++s.examples;
    }
    s.star_parts = star[1] + star[2] + star[3] + star[4];
    s.avg_sentence_words = a.sentences > 0 ? static_cast<double>(a.words) / a.sentences : 0.0;
    s.filler_ratio = a.words > 0 ? static_cast<double>(a.fillers) / a.words : 0.0;
    s.hedge_ratio = a.words > 0 ? static_cast<double>(a.hedges) / a.words : 0.0;
    return s;
}

// The length a good answer needs, from the sample answer (a one-line reference expects a
// one-line answer), or a paragraph when there is none.
double expected_words(const Context& ctx) {
    const int sample = ctx.model.sample.words;
    return sample > 0 ? std::clamp(0.6 * sample, 5.0, 60.0) : 40.0;
}

double clarity_raw(const Context& ctx, const AnswerSignals& s) {
    const Document& a = ctx.answer;
    if (a.words == 0) return 0.0;
    const double expected = expected_words(ctx);
    // Sentences of 8 to 30 words read best (short ones are fine when a short answer is expected).
    double sentence_shape = 1.0;
    const double shortest = std::min(8.0, expected);
    if (s.avg_sentence_words < shortest) sentence_shape = std::max(0.3, s.avg_sentence_words / shortest);
    if (s.avg_sentence_words > 30) sentence_shape = std::max(0.4, 1.0 - (s.avg_sentence_words - 30) / 40.0);
    const double length = std::min(1.0, a.words / expected);
    const double fillers = std::max(0.0, 1.0 - 8.0 * s.filler_ratio);
    return 0.3 * sentence_shape + 0.2 * length + 0.25 * fillers + 0.25 * s.explanation;
}

double communication_raw(const Context& ctx, const AnswerSignals& s) {
    const Document& a = ctx.answer;
    if (a.words == 0) return 0.0;
    const double expected = expected_words(ctx);
    // Examples and figures matter for answers of paragraph length, not for one-liners.
    const double example_need = std::min(1.0, expected / 30.0);
    const double examples = 1.0 - example_need + example_need * std::min(1.0, (s.examples + std::min(a.numbers, 3)) / 3.0);
    const double confidence = std::max(0.0, 1.0 - 12.0 * s.hedge_ratio - 6.0 * s.filler_ratio);
    const double length = std::min(1.0, a.words / (1.5 * expected));
    double structure = std::min(1.0, a.sentences / std::max(1.0, std::min(3.0, expected / 12.0)));
    if (s.star_expected) structure = 0.4 * structure + 0.6 * (s.star_parts / 4.0);
    return 0.25 * examples + 0.3 * confidence + 0.2 * length + 0.25 * structure;
}

std::string sentiment_of_answer(const Context& ctx) {
    int score = 0;
    for (const Token& t : ctx.answer.tokens) {
        const int v = t.info.sentiment;
        score += t.negated ? -v : v;
    }
    if (score >= 2) return "positive";
    if (score <= -2) return "negative";
    return "neutral";
}

}  // namespace

TopicReading read_topic(Context& ctx, const Coverage& cov) {
    TopicReading topic = topic_shares(ctx);
    const std::vector<PointResult>& stated = cov.must.empty() ? cov.bonus : cov.must;
    const double covered =
        stated.empty() ? 0.0
                       : static_cast<double>(std::count_if(stated.begin(), stated.end(), [](const PointResult& p) {
                             return p.status == PointStatus::covered;
                         })) / static_cast<double>(stated.size());
    // A neighbouring problem's answer meets some points too (see unstated_subject).
    double subject = topic.subject, must = graded_coverage(stated), covered_evidence = covered;
    if (!ctx.model.story_question) {
        const TopicPoints telling = topic_points(stated, cov.must.empty() ? ctx.model.bonus : ctx.model.must);
        subject = subject_evidence(topic.subject, telling.stated);
        must = telling.must;
        covered_evidence = telling.covered;
    }
    const double vouch = points_vouch(topic.subject);
    must *= vouch;
    covered_evidence *= vouch;
    // The gate is lenient with a true story only: an answer to "tell me about a time" that
    // narrates a past episode. (Asked only of an answer the factor would cut.)
    const double strict = on_topic_gate(subject, must, covered_evidence, ctx.model.sample.words, false);
    topic.on_topic = strict < 1.0 && ctx.model.episode_question && narrates_past_episode(ctx.answer)
                         ? on_topic_gate(subject, must, covered_evidence, ctx.model.sample.words, true)
                         : strict;
    // An answer that opens by naming another task ("To walk a grid diagonally, ...") answers
    // another question (see frame_enough), when it states none of this one's points: an answer that
    // states one answers this question, whatever goal it opens with in its own words ("To protect the
    // backend from abusive clients, I'd give every API key a token bucket ...").
    if (covered_evidence <= 0.0)
        topic.on_topic *= framed_on_topic(answer_frame(ctx), ctx.model.sample.words);
    // An answer in another language than the question's texts shares few of their words
    // whatever its subject ("Un conteneur partage le noyau de l'hôte" for a Docker question
    // in English): the factor cannot tell, so it does not apply. (Asked only of an answer the
    // factor would cut: most are on topic.)
    if (topic.on_topic < 1.0 && other_language(ctx.model.texts_written_in, written_in(ctx.answer))) topic.on_topic = 1.0;
    return topic;
}

void score_answer(Context& ctx, AnalysisResult& r, const TopicReading& reading) {
    const AnswerSignals s = collect_signals(ctx, r.coverage, reading);
    const int npoints = static_cast<int>(r.coverage.must.size() + r.coverage.bonus.size());
    const double contradiction_share = npoints > 0 ? static_cast<double>(s.contradicted) / npoints : 0.0;
    const bool beyond_question = std::any_of(ctx.answer.tokens.begin(), ctx.answer.tokens.end(), [&](const Token& t) {
        return t.content() && std::none_of(t.lex.begin(), t.lex.end(), [&](int l) { return ctx.model.is_question_word(l); });
    });
    const bool attempted = beyond_question && !s.ignorance && s.mistakes_hit.empty() && s.contradicted == 0;
    const double on_topic = s.on_topic;
    const double content =
        on_topic * credited_content(s.content, ctx.model.sample.words, ctx.answer.words,
                                    attempted && s.topic > 0.0 ? s.explanation : 0.0);
    double gate = std::clamp(content / 0.7, 0.0, 1.0);   // style counts only with substance
    if (s.ignorance) gate *= 0.3;

    const double topic = on_topic * std::min(1.0, s.topic / 0.4);
    double relevance = 0.35 * topic * std::min(1.0, 0.3 + content * 2.0) + 0.65 * std::min(1.0, content * 1.2);
    // Completeness and accuracy count the points stated too (stated_weight).
    const double point_content = stated_content(content, on_topic * s.stated, ctx.model.sample.words);
    const double graded_content = completeness_curve(point_content);
    double completeness = std::min(1.0, graded_content * 0.92 + 0.12 * s.bonus);
    if (r.coverage.must.empty() && r.coverage.bonus.empty()) completeness = graded_content;
    double accuracy = std::min(1.0, point_content * 1.15) * (1.0 - 0.9 * contradiction_share) -
                      mistake_penalty * static_cast<double>(s.mistakes_hit.size());
    // A clear text about something else is not a clear answer to this question: the floor is for an
    // answer on topic, and the whole is scaled by how much it is on topic. The substance part meets
    // the factor twice on purpose, for two reasons: through content (what an answer about something
    // else says is no content for this question) and through the whole (its clarity is no clarity of
    // an answer to it). Meeting it once (0.25 * on_topic + 0.75 * gate) raised the off-topic means of
    // all six interview sets (pooled 14.9 -> 16.1 at 4ebce13) for a mean r 0.0005 higher.
    const double style = (0.25 * on_topic + 0.75 * gate) * on_topic;
    double clarity = clarity_raw(ctx, s) * style;
    double communication = communication_raw(ctx, s) * style;
    if (wrong_answer(s.contradicted, static_cast<int>(s.mistakes_hit.size()), s.negated_topic,
                     ctx.model.sample.words)) {
        relevance *= wrong_answer_share;
        completeness *= wrong_answer_share;
        clarity *= wrong_answer_share;
        communication *= wrong_answer_share;
    }
    relevance *= s.focus;
    completeness *= s.focus;
    accuracy *= s.focus;
    clarity *= s.focus;
    communication *= s.focus;

    if (s.ignorance) {
        relevance *= 0.3;
        completeness *= 0.3;
        accuracy *= 0.3;
    }
    r.relevance = to_score(relevance);
    r.completeness = to_score(completeness);
    r.technical_accuracy = to_score(accuracy);
    r.clarity = to_score(clarity);
    r.communication = to_score(communication);
    r.overall = overall_score({r.relevance, r.completeness, r.clarity, r.technical_accuracy, r.communication});
    r.word_count = ctx.answer.words;
    r.sentiment = sentiment_of_answer(ctx);
    write_feedback(ctx, s, r);
}

}  // namespace utopiahire::core
