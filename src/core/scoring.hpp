// The five dimension scores and the answer-level signals behind them (internal to the core).
#pragma once

#include "core/analysis.hpp"
#include "core/answer_frame.hpp"
#include "core/matcher.hpp"

#include <vector>

namespace utopiahire::core {

struct AnswerSignals {
    double must = 0.0;            // graded must coverage 0..1
    double bonus = 0.0;
    double content = 0.0;         // how much of the expected content is there, 0..1
    double topic = 0.0;           // share of the answer's words that belong to the question's vocabulary
    double subject = 0.0;         // share of the answer's distinct words naming a subject that are the question's
    double on_topic = 1.0;        // on_topic_gate: 0 for an answer about something else, 1 on topic
    double stated = 0.0;          // share of the must points (bonus points when none) with status covered,
                                  // times the explanation and precision factors
    double sample_recall = 0.0;   // weighted share of the sample answer's words (beyond the question's) found
    double question_recall = 0.0; // weighted share of the question's own words found in the answer
    double focus = 1.0;           // 1 when the answer addresses this question, down to 0.2 when not
    double negated_topic = 0.0;   // share of the on-topic words under a negation the sample answer does not make
    double point_recall = 0.0;    // weighted share of the must points' words (beyond the question's) found anywhere
    double explanation = 1.0;     // prose (1) vs bare keyword list (low)
    int contradicted = 0;
    int covered = 0, partial = 0, missing = 0;
    std::vector<size_t> mistakes_hit;   // indexes into Context::mistakes
    bool ignorance = false;       // "I don't know", "no idea"
    bool star_expected = false;
    int star_parts = 0;           // situation, task, action, result present (0..4)
    int examples = 0;
    double avg_sentence_words = 0.0;
    double filler_ratio = 0.0;
    double hedge_ratio = 0.0;
};

// Weighted share of terms found anywhere in the answer (no windows), leaving out the question's
// own words; -1 when the terms are nothing else.
double recall_beyond_question(Context& ctx, const std::vector<Term>& terms);
// A point's score as credit: linear from the "partial" threshold up, cubic below it.
double graded_point(double score);
// Completeness from content (both 0..1): an S-curve, 0 -> 0, 1 -> 1, steepest at 0.4.
double completeness_curve(double content);
// Factor 0.2..1 on every dimension: how plainly the answer addresses the question, from the
// weighted share of the question's words it names and its graded must coverage, each against
// what an answer of its length (content words) should reach.
double answer_focus(double question_recall, double must, int content_words);
// The plain recall part of content (before the explanation factor) from the key points' and the
// sample answer's word recalls (0..1, question words left out): square roots, the first words
// found matter most; the sample answer's words weigh 0.7, the points' (terse labels) 0.3.
double plain_recall(double point_recall, double sample_recall);
// The content the dimensions credit: the measured content (0..1), read with a prior for an attempt
// at a short-answer question (a reference of up to 30 words, fading out by 60; no sample answer:
// none), reaching 0.2 of what is missing for an answer of 6 words or more, times attempt (0..1:
// how much the answer explains; 0 for "I don't know", a point contradicted, a common mistake
// stated or a restatement of the question).
double credited_content(double content, int sample_words, int answer_words, double attempt);
// How much the reference is a paragraph: 0 for a sample answer of up to 30 words (or none), 1 from 60.
double paragraph_reference(int sample_words);
// Factor 0..1 on content, the topic part of relevance, clarity and communication: whether the
// answer is about this question's subject, from the share of its distinct words naming a subject
// that are the question's (0.35 is enough), its graded must coverage (0.3 is enough) or the
// share of its must points it covers (0.3 is enough; bonus points when there are no must
// points), 0 below 0.3 of what is enough and growing as the cube from there; a story (an answer
// narrating a past episode to a question asking for one) gets it linearly, and 0.8 at least;
// applied in full against a paragraph-long reference, not at all against a one-line one.
double on_topic_gate(double subject, double must, double covered, int sample_words, bool story);
// What the on-topic gate reads of the key points (must points; bonus points when there are none) of
// a question that is no story: their graded coverage and the share covered, leaving out a point that
// states an asymptotic class and one met through an example written into it (PointResult::by_example):
// an answer to a neighbouring problem meets those as well. stated: a point that states no asymptotic
// class is covered (through an example written into it or not).
struct TopicPoints {
    double must = 0.0;
    double covered = 0.0;
    bool stated = false;
};
TopicPoints topic_points(const std::vector<PointResult>& results, const std::vector<PointModel>& models);
// Factor 0..1 on the on-topic factor from the task the answer opens by naming (answer_frame): 1 when
// it names none, or when half of its words are the question's (a word of the reference only counting
// half); less as fewer are, 0 when none is. Applied in full against a paragraph-long reference
// (sample answer of 60 words or more), not at all against a one-line one (30 words or fewer).
// read_topic applies it only to an answer that covers none of the question's points (see frame_enough).
double framed_on_topic(const AnswerFrame& frame, int sample_words);
// The subject share as the gate reads it: in full for an answer that states a telling point
// (TopicPoints::stated), else scaled so that 0.5 of its subject words, not 0.35, is enough.
double subject_evidence(double subject, bool stated);
// The share of its weight the points' evidence (graded must coverage, share covered) keeps in the
// on-topic gate (0..1), from the answer's subject share (TopicReading::subject): in full from 0.35
// (a share enough by itself), in proportion below: an answer to another question meets some of this
// one's points on the field's words (see points_vouch_subject in scoring.cpp).
double points_vouch(double subject);
// The content completeness and technical accuracy read (0..1): the measured content (0..1) moved
// half-way towards the share of the must points the answer plainly states (stated, 0..1), against a
// paragraph-long reference (sample answer of 60 words or more; fading in from 30: none against a
// one-line reference).
double stated_content(double content, double stated, int sample_words);
// A wrong answer, whose relevance, completeness, clarity and communication are cut (technical
// accuracy pays for each wrong claim on its own): two pieces of evidence among the points contradicted
// (must or bonus), the common mistakes stated (counted once when no point is contradicted: a correct
// answer may name two to reject them) and much of its subject denied (denied_topic: the share of its
// on-topic words under a negation the sample answer does not make, see TopicReading::negated, less a
// stated mistake's rejection, see denial_beside_mistakes; counted against a paragraph-long reference
// only, a sample answer of 60 words or more).
bool wrong_answer(int contradicted, int mistakes, double denied_topic, int sample_words);
// Factor 0.5..1 on content from the share of the answer's content words that are on topic.
double precision_factor(double topic_share);

// What an answer's words say of its subject, once its coverage is computed: the shares of its words
// on the question's vocabulary (question, sample answer, key points, near misses and synonyms
// included) and the on-topic factor (on_topic_gate, with the lenient reading of a story, the task
// the answer opens by naming and the answer's language).
struct TopicReading {
    double topic = 0.0;     // of the answer's content words, on the question's vocabulary
    double negated = 0.0;   // of those on-topic words, under a negation the sample answer does not make
                            // (negations_shared_with_sample: its own are no denial)
    double subject = 0.0;   // of the answer's distinct words naming a subject, on the vocabulary's
    double on_topic = 1.0;  // on_topic_gate and the rest: 0 for an answer about something else, 1 on topic
    int topic_words = 0;    // the on-topic content words negated is a share of
    std::vector<int> denied_tokens;   // the answer tokens negated counts
};
// The denial share (TopicReading::negated) leaving out the negations that reject a common mistake the
// answer names (mistakes: indexes into Context::mistakes of those stated): those from where the
// mistake is named to the end of the next sentence ("Many developers use Math.random(), but that is
// not safe: ... it should never be used", "mais ce n'est pas sûr"). See denial_share.
double denial_beside_mistakes(Context& ctx, const TopicReading& topic, const std::vector<size_t>& mistakes);
TopicReading read_topic(Context& ctx, const Coverage& coverage);

// Fills the dimension scores, overall score, sentiment, word count and feedback of result
// (whose coverage is already computed, and read by read_topic before set_aside_points).
void score_answer(Context& ctx, AnalysisResult& result, const TopicReading& reading);

// Feedback texts from the signals (feedback_text.cpp).
void write_feedback(const Context& ctx, const AnswerSignals& signals, AnalysisResult& result);

}  // namespace utopiahire::core
