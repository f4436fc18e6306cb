// Answer analysis: key-point coverage, the five dimension scores and the feedback texts.
// Input is plain data from the glue (the answer, question, sample answer and the question's
// key-point / mistake texts, each already tokenised by PostgreSQL text search); output is
// plain C++ values and their JSON documents.
#pragma once

#include "core/feedback_language.hpp"
#include "core/key_points.hpp"
#include "core/text.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace utopiahire::core {

struct RawQuestionText {
    int32_t role;    // TextRole
    int32_t owner;
    RawText text;
};

struct AnalysisInput {
    RawText answer{};
    RawText question{};           // text == nullptr: none
    RawText sample{};             // text == nullptr: none
    const RawQuestionText* items = nullptr;   // in the order of question_texts()
    int32_t nitems = 0;
    std::string_view question_type;
    std::string_view difficulty;
    // The language of the feedback texts (the glue resolves it from the configuration).
    FeedbackLanguage language = FeedbackLanguage::english;
};

enum class PointStatus { covered, partial, missing, contradicted };
const char* status_name(PointStatus status);

struct PointResult {
    std::string point;
    bool point_faithful = false;  // the point's text is known to be valid UTF-8 without NUL (PointModel::text_faithful)
    PointStatus status = PointStatus::missing;
    double score = 0.0;           // 0..1
    bool has_evidence = false;
    int evidence_start = 0;       // characters
    int evidence_end = 0;
    std::string evidence_text;
    // Its match lies in sentences of four words or more, not in a fragment of a list of terms
    // ("Handshake. Keys. Symmetric."): see promote_coherent.
    bool in_prose = true;
    // Distinct words of the point (its own wording or an alias) the answer says inside that match:
    // how much of the point a partial match holds (see promote_coherent). Set for partial points.
    int words_met = 0;
    // ... of those, the words of the point's own wordings (itself and its aliases) that are none of
    // the question's: what the answer says of this point itself, not of the sample sentences that
    // support it nor of the subject every answer names (see promote_coherent's bonus points in an
    // informal answer). Set for partial points.
    int own_words_met = 0;
    // Met through one of the examples written into the point, not its own wording (PointMatch::by_example).
    bool by_example = false;
    // The point asks for a part of a story (PointModel::outcome): the answer's sentences playing that
    // part decide it (see apply_outcomes), not the benefit of the doubt of promote_told_story.
    bool story_part = false;
    // A bonus point met only inside the words that state another point, and so not covered for them
    // (a must point's: demote_bonus_inside_must; any point's: promote_coherent): those words still
    // count as a point stated in the shares the benefits of the doubt read, so un-covering the bonus
    // never un-covers a must point.
    bool inside_statement = false;
};

struct Coverage {
    std::vector<PointResult> must;
    std::vector<PointResult> bonus;
    double must_coverage = 0.0;
    double bonus_coverage = 0.0;
};

// Benefit of the doubt: when an answer plainly states (status covered) at least `share` of all
// its key points, each point it matches partially but well (score >= 0.25) counts as covered (its
// score raised to the covered threshold). Applied by key_point_coverage and analyze, with 40%, or
// 25% for a behavioral or situational question (a story tells its points in its own words).
// Then, when it states one must point plainly and matches three quarters of its must points at
// least that well (0.15 in an informal answer, see informal_register, or one stating three quarters
// of its must points plainly), its must points so matched count as covered (bonus points stay as
// they are); a point matched only in a fragment (PointResult::in_prose false) neither counts as
// matched nor is promoted by this rule, and when that touch is the 0.25 one (a formal answer stating
// fewer than three quarters of its must points plainly), a point whose partial match lies mostly (half
// its characters or more) inside the match of another point, stated or partial, counts as matched but
// is not promoted: those words say the other point. An answer denying one of its points gets neither, but for
// the first when it states most of its points (denied_coherent_share); its partial matches are
// then promoted only when they hold two words of their point (PointResult::words_met). A bonus
// point whose partial match lies mostly (half its characters or more) inside the evidence of a point
// the answer states plainly is not promoted: that sentence says the other point (see
// demote_bonus_inside_must). In an informal answer (see informal_register) a bonus point is promoted,
// here and by promote_told_story, only when its partial match holds two words of its own
// (PointResult::own_words_met): such an answer says its points in few words, and one word of a bonus
// point is as often a word said in passing as the refinement told ("tbh the logs were fine" for
// "audit logs with retention limits"). (Dev and validation sets: 18 such bonus points wrong, 6 right;
// with the must points a story then counts as told, 19 points wrong and 8 right.)
constexpr double coherent_share = 0.4;
constexpr int informal_bonus_words = 2;
// informal_on_topic false withholds the informal touch from an informal answer that is not about the
// question (see informal_touch_on_topic in analysis.cpp); its bonus points are still read as an
// informal answer's.
void promote_coherent(Coverage& coverage, double share = coherent_share, bool informal = false,
                      bool informal_on_topic = true);
// A bonus point covered by a match short of a clear statement (below 0.6) that lies mostly (half its
// characters or more) inside the evidence of a must point stated better is partial: a bonus point
// mostly refines or extends a must point ("a tuple holding a list is not hashable" beside "tuples
// usable as dict keys"), and the words stating that point say it, not the refinement. Applied by
// key_point_coverage and analyze before promote_coherent, whose benefit of the doubt a bonus point
// met inside a statement of another point does not get either.
void demote_bonus_inside_must(Coverage& coverage);
// A story told in full: when an answer to a behavioral question plainly states half of its key
// points at least, and denies none, each point it matches partially (status partial) counts as
// covered, but for a point asking for a part of the story (PointResult::story_part), which the
// sentences playing that part decide. Such an answer tells the episode through; the parts it
// states only partly in the points' words are those the candidate tells in words of the story
// ("I came back two months later with a smaller idea" for "what happened next"), as an
// interviewer reads them. A bonus point of an informal answer needs informal_bonus_words of its own,
// as in promote_coherent. Applied by key_point_coverage and analyze after promote_coherent, to
// behavioral questions only (a situational answer tells what it would do: its partial matches are
// as often other steps).
constexpr double told_story_share = 0.5;
void promote_told_story(Coverage& coverage, bool informal = false);
// A story (behavioral or situational) told in full as promote_told_story reads it: its must points
// the answer touches, one of their words said (a match of told_must_touch), are told in the
// candidate's own words and count as covered. Not its bonus points, which a good answer may leave
// out, nor a part of the story (PointResult::story_part), which only a sentence playing it states.
// (Dev and validation sets: 15 points right, 6 wrong; no set lower. Bonus points so touched would
// be right less often than wrong.)
constexpr double told_must_touch = 0.1;
void promote_told_must(Coverage& coverage);
// An answer about something else (an on-topic factor below set_aside_below, see read_topic in
// scoring.hpp) neither states nor denies this question's points: the words it shares with one are
// the field's, met while it answers another question. Each point's score is scaled by the factor and
// its status read again from it (partial or missing: a contradicted point is missing). Applied by
// key_point_coverage and analyze.
constexpr double set_aside_below = 0.3;
void set_aside_points(Coverage& coverage, double on_topic);
// Whether an answer is written informally: two words of informal writing at least (lexicon_data's
// WordInfo::informal, or the pronoun "i" in lower case), one in fifty of its words.
bool informal_register(const Document& answer);

struct AnalysisResult {
    int relevance = 0, completeness = 0, clarity = 0, technical_accuracy = 0, communication = 0;
    int overall = 0;
    std::vector<std::string> strengths, weaknesses, missing_points, suggestions;
    std::string ai_feedback;
    // strengths, weaknesses, missing_points, suggestions and ai_feedback are known to be valid
    // UTF-8 without NUL (write_feedback sets it): analysis_flat then does not test them again.
    bool feedback_faithful = false;
    int word_count = 0;
    std::string sentiment;
    Coverage coverage;
};

// One call: builds the question side, then analyses the answer.
Coverage key_point_coverage(const AnalysisInput& input);
AnalysisResult analyze(const AnalysisInput& input);

// The question side alone, built once and reused for many answers (the glue caches it per
// backend). The texts the input points to must outlive the model. Heap-allocated: release it
// with destroy_question_model (noexcept).
struct QuestionModel;
QuestionModel* build_question_model(const AnalysisInput& question);
void destroy_question_model(QuestionModel* model) noexcept;
Coverage key_point_coverage(const QuestionModel& model, const RawText& answer);
AnalysisResult analyze(const QuestionModel& model, const RawText& answer);

std::string coverage_json(const Coverage& coverage);
std::string analysis_json(const AnalysisResult& result);
std::string string_array_json(const std::vector<std::string>& items);

// The same documents as the flat stream of core/json_flat.hpp (the glue builds the jsonb from
// it without a text round trip). False when only the JSON text is faithful (a string that is
// not valid UTF-8): then use the *_json form.
bool coverage_flat(const Coverage& coverage, std::string& out);
bool analysis_flat(const AnalysisResult& result, std::string& out);
bool string_array_flat(const std::vector<std::string>& items, std::string& out);

// Limit on the answer size (54000 beyond it).
constexpr int32_t max_answer_bytes = 1 << 20;

}  // namespace utopiahire::core
