// Matching key points against an answer: term weights (rare words of the question above
// common ones, words of the question itself below), near misses, synonym groups, per-point
// aliases, each point widened with the sample-answer sentence that best matches it, windows
// (terms of one point must meet in one sentence), explanation vs bare keyword lists, and
// negation in scope. Internal to the core (analysis.cpp and scoring.cpp use it); the question
// side is built in question_model.cpp, the answer side and the matching in the files matcher_internal.hpp lists.
#pragma once

#include "core/analysis.hpp"
#include "core/near_miss_index.hpp"
#include "core/text.hpp"
#include "core/text_language.hpp"

#include <cstdint>
#include <deque>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <optional>
#include <vector>

namespace utopiahire::core {

// Weight of the question's own words relative to others (naming what was asked is cheap).
constexpr double question_word_factor = 0.35;

struct Term {
    int lex = -1;
    int group = -1;
    double weight = 1.0;
    bool negated = false;     // inside a negation in the key point itself
    int antonym = -1;         // a word with an opposite (least / most ...): matched by class
    // A general opposite's word (antonym_keeps_word, "required field") is denied by its opposite only
    // said of the same thing: the lexeme and synonym group of the point's word it qualifies (the next
    // content word of its clause, else the one before), which must be near the opposite ("the field is
    // optional"; not "bigger heap" by "pauses are tiny"). -1: none needed.
    int anchor_lex = -1, anchor_group = -1;
    // A word with an opposite said in the comparative degree ("lower accuracy", "plus rapide"): a
    // change, denied by the opposite change ("higher", "more accurate"), not by the opposite's plain
    // degree, which names the state changed from ("we ask for high accuracy" for "lower accuracy").
    bool comparative = false;
    int complexity = -1;      // an asymptotic class the point states ("O(n)", "linear"): matched by class
    // A word of the big-O notation the point writes ("o", "n" of "O(n) time"): its class, whose
    // name in the answer ("linear in the input") states the word as well as the notation would.
    int notation = -1;
    // The asymptotic class the term states, by the class's name or by the notation, or -1.
    int stated_class() const { return complexity >= 0 ? complexity : notation; }
    // A key point's word of alternatives joined by slashes ("filtered/joined/sorted", "G1/ZGC"):
    // each alternative matches (see find_matches). Not so in sample sentences, whose slashed words
    // name things the point may not ask for ("room/sqlite", "cpu/latency").
    bool alternatives = false;
    // Its word has French accents an answer may leave off ("données"): set by prepare_matching.
    bool accented = false;
    // A key point's own word (of the point or an alias) in an English question, with frequent WordNet
    // senses: an answer word sharing one stands for it too ("swap" for "switch"), a little below the
    // word itself, where another word of its wording is met in the same sentence (see
    // add_wordnet_matches and find_matches). Set by prepare_matching; not for sample sentences,
    // whose words are many and only support the point.
    bool wordnet = false;
    // Its word is inside a reported question of the point ("why they disagreed", "pourquoi ils
    // n'étaient pas d'accord"): named, not asserted, so neither its opposite nor its denial in
    // the answer contradicts the point.
    bool asked = false;
    // Its word is a function word a text-search configuration keeps (Arabic أو "or", من, في:
    // is_function_word): a negation that falls on it alone in a window denies nothing of the point
    // ("لا حاجة إلى Kafka أو أي وسيط" denies Kafka, not "batching or limits": see score_terms).
    bool function_word = false;
    // Its word is what the point reduces or avoids ("reduce database load", "avoid lock
    // contention", "fewer round trips"): an answer dismissing it ("no database query is needed")
    // agrees with the point (see match_point's dismissal rule).
    bool reduced = false;
    // Its word is what the point reduces, avoids or removes ("remove single points of failure"):
    // an answer saying it is absent ("there is no single point of failure") states the point (see
    // absence_stated in negation_readings.cpp).
    bool absent = false;
    // The word a negation of the point governs, just after its cue ("merge" of "do not merge
    // without review", "skipping" of "instead of skipping the test", "skipped" of "no skipped
    // tests"): the act the point rules out (see speaker_proposes).
    bool governed = false;
    // Its word is what the point's act goes without ("review" of "do not merge without review",
    // "revue" of "ne pas fusionner sans revue", مراجعة of "لا تدمج بدون مراجعة"): part of the act
    // ruled out, said again by an answer's own "without review" (see lack_said_again), and the
    // answer's review stated is the how of the act, not the act.
    bool lacked = false;
    // In a point stating an absence by a word of its own ("prevent a single point of failure",
    // "the base case is missing"): states_absence on that word, absence_implied on the others,
    // negated by it (a denial in the answer agrees with them: "there is no single point of
    // failure"), unless the negation denies the point's own word of absence too ("we don't need to
    // prevent a single point of failure" denies the point: see score_terms).
    bool states_absence = false, absence_implied = false;
    // In a point of alternatives joined by "or" outside brackets ("pick a non-backtracking engine (RE2)
    // or cap the matching time"): the alternative its word first appears in (0, 1 ...), else -1.
    int side = -1;
    // Its word belongs to this point alone among the key points and is none of the question's
    // words ("prototype" in "tried the options out (prototype/spike)"): a denial of it
    // ("I didn't build a prototype") rules the point out where the answer states it nowhere
    // (see match_point's denial of a distinctive word).
    bool distinctive = false;
    // The term's (lexeme, synonym group, surface, alternatives; for a WordNet term, its wording too)
    // numbered per question model (see prepare_matching), or -1: the answer's memo of term_matches
    // is indexed by it. (Kept with
    // the fields above, in the term's first cache line: matching reads them for every term.)
    int key = -1;
    std::string surface;
    // A word denying its own base by a prefix ("unlimited", "immutable", "non-blocking"): the
    // base (lexeme and surface) that a negation in the answer restates ("no limit").
    std::string denied_lexeme, denied_surface;
};

// The negative prefixes (bits, in negation_readings.cpp's list: un, non-, non, in, im, ir, il, dis) by which
// a word denies the rest of it ("unguessable" / "guessable"), whose answer tokens then oppose it.
unsigned denying_prefixes(std::string_view surface);

// Whether doc's token i says its word in the comparative degree: a comparative itself ("lower",
// "faster", "أسرع") or a word after "more" / "less" / "plus" / "moins" in its clause ("more
// expensive", "plus lent").
bool comparative_degree(const Document& doc, size_t i);

// Whether a word says a reduction or an avoidance ("reduce", "fewer", "without", "avoid", "moins",
// "sans", "تقليل": WordRole role_reduction, role_absence, WordInfo::avoidance): what governs the thing
// a point reduces (Term::reduced).
bool says_reduction(const Token& w);

// Whether a denial at answer token denial, of the thing a point reduces, avoids or removes at token
// tok (Term::absent), falls on the reduction itself: a word of reduction, avoidance, removal or
// relief ("reduce", "avoid", "remove", "save", "take ... off", "soulager": WordRole role_reduction,
// role_removal, role_relief) lies from the one to the other, in the denial's clause ("a tuple
// doesn't reduce memory use", "we didn't remove the single point of failure", "a cache doesn't take
// any load off the database for every request"). Any other denial of
// the thing reduced states the point ("we don't query the database as often" for "reduces load on
// the database", "ne lui réserve pas de mémoire en plus" for "uses less memory").
bool denies_reduction(const Document& doc, int denial, int tok);

// Fills term.denied_* when the term's word is a negative-prefix form (un-, non-, in-, im-, ir-, il-).
void set_denied_base(const Lexicon& lexicon, Term& term);

struct PointModel {
    std::string text;
    bool text_faithful = false;                // text is valid UTF-8 without NUL (flat_faithful), asked once
    std::vector<std::vector<Term>> variants;   // the point itself, then each alias
    std::vector<std::vector<Term>> support;    // from the best-matching sample sentences
    bool negated = false;                      // the point is itself a negative statement
    // ... or only sets a wrong way aside after stating its own ("compared the options hands-on, not
    // hype", "transferred knowledge by pairing (not only documents)"): every negation opens an aside.
    bool negated_aside = false;
    std::vector<char> written;                 // by variant: an alternative written into the point
    int sides = 0;                             // alternatives joined by "or" in its own wording (Term::side)
    bool distinction = false;                  // the point tells two things apart (vs, difference, faster)
    std::vector<int> complexities;             // asymptotic classes the point states ("O(n log n)")
    bool complexity_space = false;             // ... of memory, not of time
    // The classes of a point that opens with a notation ("O(n) time, O(height) extra memory",
    // "complexité O(log n)", one of its first four words): (class, of memory) of each notation in it.
    std::vector<std::pair<int, bool>> headline_classes;
    // The sizes of each of its notations of several sizes ("n", "k" of "O(n log k)"), in order:
    // an answer's notation is read against them (complexity_class with point sizes).
    std::vector<std::vector<std::string>> complexity_sizes;
    std::vector<std::pair<int, int>> quantities;   // (value, counted word) it states ("3 decimals")
    // ... it gives aside, as an example or a base ("(e.g. 15 minutes)", "8 for 200 commits"): no claim
    // another number contradicts (quantity_aside.hpp), but still this point's number, not another's.
    std::vector<std::pair<int, int>> quantities_aside;
    std::vector<int> values;                   // every number it names
    std::vector<int> returned;                 // values it says are returned ("return -1")
    // "X before Y" / "X after Y": the order word (its antonym value) and the terms on each side.
    int order_word = -1;
    std::vector<Term> order_left, order_right;
    int outcome = 0;                           // OutcomeKind (outcome_points.hpp): asks for a story's result
    int part_named = 0;                        // OutcomeKind of story_part_named, in a story question
    // The lesson of a point asking for a story's result and its lesson together ("the outcome and
    // what they learned"): OutcomeKind::lesson beside outcome, which is then the result's kind.
    int second_part = 0;
    // Matched within one sentence only (a common mistake's probe: a claim is made in a sentence).
    bool one_sentence = false;
    // By term list (support sentences, then variants), what match_point needs of it that depends
    // on the question alone: its terms' weights summed in order, and whether some term may take
    // up a negation (see Context::PointList). Set by prepare_matching, which runs last (a point
    // it has not seen has them worked out at each match_point).
    struct ListFacts {
        double total = 0.0;
        bool absorbs = false;
        bool states_absence = false;   // some term has Term::states_absence
    };
    std::vector<ListFacts> list_facts;
};

struct MistakeModel {
    std::string mistake;
    std::string correction;
    std::vector<Term> terms;
    // The key point the correction restates (stating the mistake denies it), or -1.
    int point = -1;
    bool point_is_bonus = false;
    // The mistake is a restriction ("Purging only the primary accounts table", "Comparing only totals"):
    // its claim is that nothing more is done, which an answer covering the point also does not make.
    bool restrictive = false;
    // The mistake leaves something out ("Neglecting clock drift", "Oublier X"): its terms are the
    // thing left out, made only where the answer says a word of omission of it.
    bool omission = false;
    PointModel probe;   // a point worded as the mistake's terms, what mistake_match matches
    // Of a linked mistake: its terms (indexes into terms) the point does not share, and the point's
    // own terms (into its first variant) the mistake does not share (see mistake_claim.hpp).
    std::vector<int> claim_only, point_only;
};

// A window of answer tokens [begin, end) where the terms of one point may meet.
struct Window {
    int begin = 0, end = 0;
    bool pair = false;          // two adjacent sentences (else one sentence, or a part of a long one)
    double factor = 1.0;        // adjacent-sentence windows count a little less
    double explanation = 1.0;   // 1 for prose, low for a bare list of keywords
};

// A question of this type tells a story (behavioral or situational, however the bank spells it:
// "Behavioral", "behavioural", " situational "), so its answers are scored for their STAR shape.
bool is_story_type(std::string_view question_type);
// A question of this type asks for a past episode ("tell me about a time": behavioral, however
// spelled); a situational one asks what the candidate would do.
bool is_episode_type(std::string_view question_type);

// The answer tokens a term matches, (token index, quality) by token: a view into the answer's
// memo (see term_matches), valid while its Context lives.
struct TermMatches {
    const std::pair<int, double>* first = nullptr;
    const std::pair<int, double>* last = nullptr;
    const std::pair<int, double>* begin() const { return first; }
    const std::pair<int, double>* end() const { return last; }
    bool empty() const { return first == last; }
};

// A model term's memo slot in an answer (Context::match_by_key): its match list, once known.
struct KeyedMatches {
    TermMatches matches;
    bool known = false;
};

// Everything derived from the question alone (built once per question, then read-only).
struct QuestionModel {
    Lexicon lexicon;
    Document question, sample;
    std::vector<Document> item_docs;
    std::vector<PointModel> must, bonus;
    std::vector<MistakeModel> mistakes;
    std::vector<double> lex_weight;            // by lexeme id
    std::vector<char> in_question;             // by lexeme id
    std::vector<char> in_points;               // by lexeme id: a word of some key point's own text
    int stop_words = 0;                        // stop words seen in the question's texts
    std::vector<Term> sample_terms;            // weighted content terms of the sample answer
    // The sample answer's sentences, for negations_shared_with_sample: (lexeme, sentence) of its
    // content words but negation cues, sorted and without repeats, and by sentence whether it holds
    // a negation (index_sample_sentences).
    std::vector<std::pair<int, int>> sample_sentence_words;
    std::vector<char> sample_sentence_negated;
    std::vector<Term> question_terms;          // content terms of the question text (deduplicated, not discounted)
    std::vector<Term> vocabulary;              // of the question, sample and key points (deduplicated)
    std::vector<char> vocabulary_subject;      // by vocabulary term: its word names a subject (see names_no_subject)
    bool story_question = false;               // behavioral or situational: scored for its STAR shape
    bool episode_question = false;             // behavioral: asks for a past episode ("tell me about a time")
    WrittenIn texts_written_in = WrittenIn::unknown;   // the sample answer's language, else the question's
    int term_keys = 0;                         // distinct Term::key values
    // The terms' (lexeme, surface) forms, filed for near-miss lookups, and each Term::key's form
    // (-1 for a term without a lexeme): see prepare_matching and find_matches.
    NearMissIndex near_misses;
    std::vector<int> key_form;
    std::vector<char> key_plain;   // by key: no synonym group, accents or alternatives (its form's matches alone)
    // What an answer's Context::match_by_key starts from, by key: known (and empty) for a term
    // without a lexeme and for a plain one (key_plain), whose list find_form_hits then sets from
    // its form's: those of form f are plain_keys[plain_keys_begin[f] .. plain_keys_begin[f + 1]).
    std::vector<KeyedMatches> key_start;
    std::vector<int> plain_keys_begin, plain_keys;
    // By key of a term met through WordNet too (Term::wordnet), the other words of its wording: an
    // answer word it meets through WordNet alone counts only beside an answer word one of them
    // meets in the same sentence (see find_matches). They are wordnet_support[first, last) of
    // wordnet_wording[key], as their own words (Term::wordnet off); (-1, -1) for other keys.
    std::vector<std::pair<int, int>> wordnet_wording;
    std::vector<Term> wordnet_support;
    std::vector<unsigned char> key_denials;   // by key: denying_prefixes of its surface
    // By key: its surface and lexeme without French accents, when the surface has some
    // (Term::accented; else both empty): what add_unaccented_matches compares.
    std::vector<std::pair<std::string, std::string>> key_unaccented;
    FeedbackLanguage language = FeedbackLanguage::english;   // of the feedback texts
    double weight_of(int lex) const {
        return lex >= 0 && static_cast<size_t>(lex) < lex_weight.size() ? lex_weight[static_cast<size_t>(lex)] : 1.0;
    }
    bool is_question_word(int lex) const {
        return lex >= 0 && static_cast<size_t>(lex) < in_question.size() && in_question[static_cast<size_t>(lex)];
    }
    bool is_point_word(int lex) const {
        return lex >= 0 && static_cast<size_t>(lex) < in_points.size() && in_points[static_cast<size_t>(lex)];
    }
};

struct PointMatch {
    double score = 0.0;         // 0..1, positive evidence
    bool contradicted = false;
    // A word of this point alone denied where the answer states the point nowhere ("I didn't build
    // a prototype"): contradicted unless the answer, read as a whole, covers the point after all
    // (coverage_of decides, after its other rules). denied_first/last: the answer tokens of the denial.
    bool denied_word = false;
    int denied_first = -1, denied_last = -1;
    double clean = 0.0;         // best score of a statement free of conflict
    int first = -1, last = -1;  // answer tokens of the evidence
    // The score came from an alternative written into the point ("Counter" in "tally each item
    // in a dict / Counter", "trie" in "prune the candidates (length, BK-tree, trie)"): one of the
    // examples it names, not its own wording.
    bool by_example = false;
};

// How a list of terms meets a window (window_scoring.cpp's score_terms).
struct WindowScore {
    double pos = 0.0, neg = 0.0, total = 0.0;
    bool antonym_conflict = false;   // a word of the point met by its opposite
    int antonym_flips = 0, negation_flips = 0;
    int matched = 0, matched_any = 0;   // terms met positively / either way
    int first = -1, last = -1, neg_first = -1, neg_last = -1;
    bool endorsed = false;   // a word the point denies, recommended by the answer
    bool denied = false;     // a word the point denies, denied by the answer too
    double dismissed = 0.0;  // of neg, the weight of terms a dismissal denies ("no need for locks")
    int dismissed_terms = 0; // ... and how many terms those are
    double denied_distinctive = 0.0;  // of neg, the weight of distinctive terms denied ("I didn't build a prototype")
    // The act a (negative) point rules out (its Term::governed word) done by the speaker ("I'd
    // merge it myself" for "do not merge without review": speaker_proposes), and where.
    bool proposed = false;
    int proposed_first = -1, proposed_last = -1;
};

// One answer against a question model.
struct Context {
    // Borrows the calling thread's answer buffers (their capacity, not their contents: every
    // buffer starts empty) and gives them back on destruction, so that analysing one answer
    // after another allocates little (context_buffers.cpp).
    explicit Context(const QuestionModel& question_model);
    ~Context();
    Context(const Context&) = delete;
    Context& operator=(const Context&) = delete;
    const QuestionModel& model;
    Lexicon lexicon;                           // the model's, extended with the answer's lexemes
    Document answer;
    std::vector<Window> windows;
    bool language_has_stop_words = true;
    // Distinct answer lexemes, grouped by their first byte (near misses keep the first letter):
    // those starting with byte b are answer_lexemes[lexeme_bucket[b] .. lexeme_bucket[b + 1]).
    struct AnswerLexeme {
        int lex;
        int first_token;          // its first token (whose surface near misses compare)
        int tokens_begin, tokens_end;   // its tokens: answer_lexeme_tokens[begin .. end)
        // Its string and its first token's surface (views into the lexicon and the answer's
        // tokens, both left in place for the answer's life): term_matches compares them often.
        std::string_view lexeme, surface;
        char second;              // lexeme[1] (0 when shorter): most near-miss tests stop at it
    };
    std::vector<AnswerLexeme> answer_lexemes;
    std::vector<int> answer_lexeme_tokens;
    // build_answer's working buffers for answer_lexemes: by lexeme, its index in
    // distinct_lexemes (or -1); the distinct lexemes in order of appearance; by distinct
    // lexeme, its place in answer_lexemes.
    struct DistinctLexeme {
        int lex, first_token, count;
        int first_byte;   // of its string (0 when empty): its bucket
    };
    std::vector<int> lexeme_slot;
    std::vector<DistinctLexeme> distinct_lexemes;
    std::vector<int> lexeme_position;
    int lexeme_bucket[257] = {};
    std::vector<std::pair<int, int>> answer_groups;   // (synonym group, token), sorted
    // (WordNet sense, token) of the answer's content words, sorted: built at the first term with
    // WordNet senses that find_matches meets (answer_senses_built), for such questions alone.
    std::vector<std::pair<uint32_t, int>> answer_senses;
    bool answer_senses_built = false;
    // By answer lexeme (answer_lexemes' order): its surface has French accents (unaccented()
    // changes it), once some term with accents asks (see add_unaccented_matches); else empty.
    std::vector<char> answer_lexeme_accented;
    // Answer tokens that score_terms reads besides match lists (token indexes, in order): words
    // with an antonym class, asymptotic classes stated (not negated), negated content words.
    std::vector<int> antonym_tokens, complexity_tokens, negated_content_tokens;
    // By token: the first and last window holding it (windows are listed by their first token).
    std::vector<std::pair<int, int>> token_windows;
    // By token, the windows holding it as bits, when there are 64 windows or fewer (see
    // window_masks in silent_windows.cpp; empty otherwise), built at the first match_point.
    bool token_window_masks_built = false;
    std::vector<uint64_t> token_window_masks;
    // Memo of term_matches: the answer tokens every term (its lexeme, synonym group and
    // surface) matches. By Term::key for the model's terms; for others, match_head[lexeme] is
    // the first key of that lexeme, chained through next (one per synonym group and surface).
    using KeyedMatches = core::KeyedMatches;
    std::vector<KeyedMatches> match_by_key;
    struct MatchKey {
        int group;
        bool alternatives, wordnet;
        int next;
        std::string surface;   // of the term: forms of one lexeme may match differently
        TermMatches matches;
    };
    std::vector<int> match_head;
    std::vector<MatchKey> match_keys;
    std::vector<std::pair<int, double>> match_scratch;   // term_matches' working buffer
    // What the model's near-miss forms match (see QuestionModel::near_misses), from one pass over
    // the answer's lexemes at the first term_matches_memo of a model term: form f's answer tokens
    // are form_matches[f]. (On the way: form_hits, the answer lexemes (indexes into
    // answer_lexemes) and qualities of the forms hit (forms_hit, in the order first hit), one form
    // after another.)
    bool form_hits_built = false;
    std::vector<TermMatches> form_matches;
    std::vector<int> forms_hit, form_stamp;
    std::vector<std::pair<int, double>> form_hits;
    struct FormHit {
        int form, answer_lexeme;
        double quality;
    };
    std::vector<FormHit> form_hit_scratch;
    // The lists' storage: blocks that never move, each list within one block (a few
    // allocations per answer rather than one per list).
    std::vector<std::unique_ptr<std::pair<int, double>[]>> match_blocks;
    size_t match_block_used = 0, match_block_size = 0;
    // match_point's working buffers, kept here so that their capacity serves every point of the
    // answer. Each term list of the point (its sample sentences, then its wordings) has its
    // terms' match lists and opposites by a negative prefix from `first` on in point_matches and
    // point_opposites, its windows' bits from `bits` on in window_bits, and term i's windows'
    // bits from (first + i) * (windows / 64 rounded up) on in term_bits (see list_windows).
    struct PointList {
        size_t first = 0, bits = 0;
        double total = 0.0;    // its terms' weights, summed in score_terms' order (the same bits)
        // Some term may take up a negation (a denying word, a word with an opposite, not
        // negated): score_terms' first passes look for those only then.
        bool absorbs = false;
        // Some term states the point's absence (Term::states_absence).
        bool states_absence = false;
        // Its terms' windows the other way round, for a list of up to 64 terms: from `masks` on
        // in term_masks, by window, a bit per term holding it (list_windows sets them with the
        // terms' bits).
        size_t masks = 0;
        // Its last score and the window it was for (-1: none yet): a pair of sentences one of
        // which holds none of its words scores as the other one (see match_point's list_score).
        long scored = -1;
        WindowScore score;
    };
    std::vector<PointList> point_lists;
    std::vector<TermMatches> point_matches;
    std::vector<const std::vector<int>*> point_opposites;
    std::vector<uint64_t> window_bits, term_bits, term_masks;
    std::vector<uint64_t> heard_windows;   // the union of the point's lists' window_bits
    // Memo of the answer tokens that may be a term's opposite by a negative prefix ("guessable"
    // for "unguessable"), or its prefixed form written apart ("non constant"), by term.
    // prefix_slot[Term::key + 1]: its list in prefix_opposites (a deque keeps the lists in
    // place), prefix_none (no_prefix_opposites, the list of most terms) or prefix_unknown.
    static constexpr int prefix_unknown = -1, prefix_none = -2;
    std::vector<int> prefix_slot;
    std::deque<std::vector<int>> prefix_opposites;
    const std::vector<int> no_prefix_opposites;
    std::vector<int> prefix_scratch;           // prefix_opposite_tokens' working buffer
    bool prefix_index_built = false;
    // Once asked (prefix_index_built): the answer's non-stop words after "non" ("non blocking"),
    // and each word after a negative prefix ("guessable" of "unguessable", with its token).
    std::vector<int> non_followers;
    std::vector<std::pair<std::string_view, int>> prefix_stems;
    // How well the answer states each common mistake (mistake_match), once computed.
    std::vector<std::optional<PointMatch>> mistake_matches;
    // The thread's buffers while this context holds their capacity, or null.
    struct Buffers;
    Buffers* buffers = nullptr;
};

// Builds the question side (input.answer is ignored).
void build_question_model(const AnalysisInput& input, QuestionModel& model);
// What matching needs of a complete model, done once (build_question_model calls it last):
// numbers the distinct (lexeme, synonym group, surface, alternatives) of every term
// (Term::key), marks their accents and slashed alternatives, and builds each common mistake's
// probe.
void prepare_matching(QuestionModel& model);
// Tokens, windows and indexes of the answer.
void build_answer(const RawText& answer, Context& ctx);


// Quality 0..1 with which an answer token matches a term (1 same lexeme, 0.9 synonym, 0.8 near miss).
double term_quality(const Context& ctx, const Term& term, const Token& token);

// Quality of two surface forms the stemmer gave one lexeme: 1, unless they start alike but share
// less than half of the longer one ("localization" / "locally", "organization" / "organ"): then
// only a related form. (Words differing from the first letter on, like Arabic ones with and
// without the article, are left to the stemmer.)
double same_lexeme_quality(std::string_view a, std::string_view b);

// Near-miss / related-form quality of two terms by their strings only (0 when unrelated).
double term_quality_strings(const Lexicon& lexicon, const Term& a, const Term& b);

// All answer tokens matching a term, memoised. A model term already asked about is found
// inline (an answer asks a few hundred times, most of them again); the rest go to
// term_matches_memo, which computes and memoises.
TermMatches term_matches_memo(Context& ctx, const Term& term);
inline TermMatches term_matches(Context& ctx, const Term& term) {
    if (term.key >= 0 && static_cast<size_t>(term.key) < ctx.match_by_key.size()) {
        const Context::KeyedMatches& slot = ctx.match_by_key[static_cast<size_t>(term.key)];
        if (slot.known) return slot.matches;
    }
    return term_matches_memo(ctx, term);
}

PointMatch match_point(Context& ctx, const PointModel& point);

// match_point of common mistake i's terms, computed once per answer (coverage and scoring ask).
const PointMatch& mistake_match(Context& ctx, size_t i);
// A common mistake counts as stated when it matches this well ...
constexpr double mistake_stated_score = 0.6;
// ... and, to cost technical accuracy, within one sentence that names the question's words the
// mistake names (a claim is made in a sentence, about something: "a tuple can be a dictionary key"
// is no statement of "lists are hashable dictionary keys"). (A mistake denying a key point is
// checked against the point's own statement instead, see apply_mistakes.)
bool mistake_stated(Context& ctx, size_t i);
// Whether the answer denies common mistake i where `hit` (its mistake_match) meets it: an
// affirmative mistake in a clause with a negation cue, or a mistake that leaves something out
// ("without a diagnosis") in a sentence that says that thing plainly and denies it nowhere, or a
// mistake worded as an omission ("Neglecting clock drift", MistakeModel::omission) where no word of
// omission (role_omission: neglect, negligible, ignore, négliger, تجاهل ...) leaves its object out.
bool mistake_denied(Context& ctx, size_t i, const PointMatch& hit);
// Whether the answer's sentence `sentence` names common mistake i as wrong ("people say lists are
// hashable keys, but that is wrong", "a common misconception is ..."): the mistake pointed out,
// not made.
bool mistake_named_wrong(const Context& ctx, size_t i, int sentence);

// Weighted share of a term list found anywhere in the answer (no windows), 0..1.
double weighted_recall(Context& ctx, const std::vector<Term>& terms);

// Content terms of a document (deduplicated), weighted.
std::vector<Term> document_terms(const QuestionModel& model, const Document& doc, double question_factor = 0.5);

}  // namespace utopiahire::core
