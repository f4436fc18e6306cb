// Texts as the core sees them: the words PostgreSQL's text search found (with their lexemes
// and offsets), grouped into sentences and clauses, with the cues the scorer needs (negation,
// fillers, hedges, synonym groups). The glue hands over RawText (plain data, no ownership);
// everything else is built here.
#pragma once

#include "core/lexicon_data.hpp"
#include "core/string_index.hpp"

#include <cstdint>
#include <deque>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace utopiahire::core {

// Token kinds reported by the glue.
enum RawTokenKind : int32_t {
    raw_word = 0,      // a word some dictionary normalised: lexemes follow
    raw_stop = 1,      // a word a dictionary recognised as a stop word (no lexeme)
    raw_number = 2,    // an integer, decimal, version number...
    raw_unknown = 3,   // a word no dictionary of the configuration maps (lexeme = lower-case surface)
    raw_other = 4,     // url, e-mail, file path, tag...: kept with its lexemes
};

// One token of a text, as plain data (the glue fills these; nothing is owned).
struct RawToken {
    int32_t byte_start;
    int32_t byte_len;
    int32_t char_start;   // character (not byte) offset into the text
    int32_t char_len;
    int32_t kind;         // RawTokenKind
    int32_t nlex;         // number of lexemes
    uint32_t word;        // word_handle of the token's bytes, or 0 (none: build_document reads them)
    const char* lexemes;  // nlex NUL-terminated strings back to back
};

struct RawText {
    const char* text;
    int32_t len;          // bytes
    const RawToken* tokens;
    int32_t ntokens;
};

// Interns lexemes so that texts compare integers. A lexicon may extend a base lexicon (the
// cached question's) without changing it: ids of the base come first.
class Lexicon {
public:
    explicit Lexicon(const Lexicon* base = nullptr)
        : base_(base), base_size_(base ? static_cast<int>(base->size()) : 0) {}
    // (by_id_ points into strings_: a copy would point into the original. A move keeps the
    // deque's elements where they are.)
    Lexicon(const Lexicon&) = delete;
    Lexicon& operator=(const Lexicon&) = delete;
    Lexicon(Lexicon&&) = default;
    Lexicon& operator=(Lexicon&&) = default;
    int intern(std::string_view lexeme);
    int find(std::string_view lexeme) const { return find(lexeme, string_hash(lexeme)); }   // -1 when absent
    const std::string& str(int id) const {
        return id < base_size_ ? base_->str(id) : *by_id_[static_cast<size_t>(id - base_size_)];
    }
    size_t size() const { return static_cast<size_t>(base_size_) + strings_.size(); }
    // Ids below this are the base lexicon's (0 without a base).
    int base_size() const { return base_size_; }
    // Room for n more lexemes of its own without growing its index.
    void reserve(size_t n) { ids_.reserve(strings_.size() + n); }

private:
    int find(std::string_view lexeme, uint64_t hash) const;   // one hash for the base and this lexicon
    const Lexicon* base_;
    int base_size_;
    StringIndex ids_;   // views into strings_
    std::deque<std::string> strings_;
    // strings_ by id - base_size_: the matcher asks for lexemes by id often, and a deque's
    // index costs a division and two loads.
    std::vector<const std::string*> by_id_;
};

// (Inline: intern asks it of every lexeme of every text.)
inline int Lexicon::find(std::string_view lexeme, uint64_t hash) const {
    if (base_ != nullptr) {
        // (A question's lexicon has no base of its own: its index is asked here, not through a call.)
        const int id = base_->base_ == nullptr ? base_->ids_.find(lexeme, hash) : base_->find(lexeme, hash);
        if (id >= 0) return id;
    }
    return ids_.find(lexeme, hash);
}

// The lexemes of one token: nearly always one, rarely a few variants; kept inline (no heap).
class LexemeIds {
public:
    static constexpr int capacity = 4;
    void push_back(int id) {
        if (size_ < capacity) ids_[size_++] = id;
    }
    void clear() { size_ = 0; }
    bool empty() const { return size_ == 0; }
    int size() const { return size_; }
    int operator[](int i) const { return ids_[i]; }
    const int* begin() const { return ids_; }
    const int* end() const { return ids_ + size_; }

private:
    int ids_[capacity] = {0, 0, 0, 0};
    int size_ = 0;
};

struct Token {
    int byte_start = 0, byte_len = 0, char_start = 0, char_len = 0;
    int kind = raw_word;
    uint32_t word = 0;          // word_handle of the surface (0: none): memos of per-word facts key on it
    // Lower-cased (ASCII letters) surface form: a view into its word's record (word_handle) or
    // into the document's own copy (Document::lowered), never owned by the token (a token is
    // plain data: built, copied and dropped without a string of its own).
    std::string_view surface;
    LexemeIds lex;              // interned lexemes (empty for stop words)
    int sentence = 0;           // sentence index
    int clause = 0;             // clause index (sentences split at commas, dashes, "but"...)
    int group = -1;             // synonym / abbreviation group, or -1
    int antonym = -1;           // antonym class * 2 + side, or -1 (see antonym_of)
    WordInfo info;              // what the word lists say about it
    bool negation_cue = false;
    bool negated = false;       // inside the scope of a negation cue
    int complexity = -1;        // asymptotic class stated here ("O(n log n)", "quadratic"), see complexity_class
    bool complexity_space = false;   // ... of memory ("O(1) extra space"), not of time
    // A denial of "just" / "juste" read as a restriction with no addition after it ("don't just store
    // passwords in plain text; hash them"): no negation cue (X is said), but a warning against X
    // done alone, so X is no common mistake the answer makes (see mistake_denied).
    bool restriction_warns = false;   // (here: in the padding before `returned`)
    // A negation cue of a negative quantifier (quantified_denial in text.cpp: "nothing", "nobody",
    // "rien ne", لا شيء): it denies the words it opens, as "no" does, outright.
    bool denies_outright = false;
    int returned = -1;          // on a "return" verb: the value it returns ("-1", "None", "false"), hashed
    bool sameness = false;      // says two things are alike ("interchangeable", "the same thing", "no difference")
    bool endorsed = false;      // in a clause that recommends what it says ("it's fine to concatenate")
    bool avoided = false;       // after "avoid" in its clause (a denial for words with an opposite)
    bool dismissed = false;     // in a clause a dismissal denies ("guessable IDs don't matter")
    // An action a manner adjunct spares ("without scanning"), or a size word weighing a worry ("no big
    // deal", read_importance_idioms): neither said nor denied.
    bool spared = false;
    bool filler = false;
    bool hedge = false;
    bool no_subject = false;    // names_no_subject(surface): "every", "one", "make", "approach"...
    bool content() const { return !lex.empty() && kind != raw_stop; }
};

struct Document {
    std::string_view text;
    std::vector<Token> tokens;
    // The lower-case surfaces of the tokens whose words have no record (word_handle gave 0): the
    // tokens' views point into it. Shared by copies of the document (the views stay valid while
    // any copy lives); null when every word had a record.
    std::shared_ptr<const std::string> lowered;
    int sentences = 0;
    int clauses = 0;
    int words = 0;              // word and number tokens (the word count)
    int content_words = 0;
    int stop_words = 0;
    int fillers = 0;
    int hedges = 0;
    int numbers = 0;
};

// A handle on what build_document reads of a token's bytes (their lower-case form and what the
// word lists say of it), for RawToken::word: the glue asks it once per distinct word (its lexeme
// cache keeps it with the lexemes), and build_document then takes a token's facts from the
// handle instead of lower-casing and hashing its surface. The same facts either way. Handles
// stay valid for the thread's life; 0 when the word is empty or the thread's table is full.
uint32_t word_handle(std::string_view bytes);

// How a text is read where a key point and an answer say different things with the same words.
// "Don't just add retries as the fix": a key point or a common mistake rules out X alone (a
// denial of X); an answer ("don't just monitor average latency: we track p99") or the sample
// answer does X and asks for more (no denial).
enum class Reading { rule, answer };

// Builds a document from the glue's tokens (copies what it needs from raw). Its tokens are
// built in `storage` (emptied first; its capacity is what the caller may reuse).
Document build_document(const RawText& raw, Lexicon& lexicon, std::vector<Token> storage = {},
                        Reading reading = Reading::rule);

// Asymptotic class of a big-O argument ("n log n", "n^2", "1") or of a word naming one
// ("linear", "quadratic"), as a small id (unknown arguments get an id of their own); -1 none.
int complexity_class(std::string_view argument);

// The class of an argument read against a point's sizes (complexity_sizes of the point's own
// notation): the point's sizes keep their places, so "k log n" is not the point's "n log k",
// while "n log S" is its "n log(sum of weights)" (see complexity_shape); the plain class when
// point_sizes is empty or the argument is not of several sizes.
int complexity_class(std::string_view argument, const std::vector<std::string>& point_sizes);

// The argument of the big-O notation token t opens ("n log k" of "O(n log k)"), "" for none.
std::string_view notation_argument(const Document& doc, const Token& t);

// The bracket closing a big-O notation whose "(" is at byte open of text: the matching one
// ("O(len(a) * len(b))") within 24 bytes, else the first ")" after it; npos when none.
size_t notation_close(std::string_view text, size_t open);

// A number followed by what it counts ("3 decimals", "two replicas"): the number's value key
// (digits and number words alike) and the counted word's lexeme; false when token i is not one.
bool quantity_at(const Document& doc, size_t i, int* value, int* unit);

// An Arabic word with a preposition or conjunction written onto it that the stemmer left on
// ("لمعرف", "بمعرف", "ومعرف"): the id of the word without it, when the lexicon has that word
// among its ids below `known` (the question's texts: "بنية" is a word of its own, not ب + "نية"),
// else -1.
int arabic_clitic_free(std::string_view lexeme, const Lexicon& lexicon, int known);
// Gives each single-lexeme token of doc whose Arabic clitic-free form (arabic_clitic_free, below
// `known`) is in the lexicon that form as a second lexeme. build_document does this for an answer
// (against its base, the question's lexicon); the question's own texts do it once they are all read.
void add_clitic_free_lexemes(Document& doc, const Lexicon& lexicon, int known);

// text with A-Z lowered (other bytes, UTF-8 included, unchanged).
std::string lower_ascii(std::string_view text);

// Number of UTF-8 code points in s.
int utf8_length(std::string_view s);

// Damerau-Levenshtein distance, capped: returns limit + 1 when larger than limit.
int edit_distance_capped(std::string_view a, std::string_view b, int limit);

}  // namespace utopiahire::core
