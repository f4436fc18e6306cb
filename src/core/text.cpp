#include "core/cpp_only.hpp"

#include "core/text.hpp"
#include "core/text_internal.hpp"
#include "core/claim_frames.hpp"
#include "core/dismissal_words.hpp"
#include "core/question_denials.hpp"
#include "core/string_index.hpp"
#include "core/word_memo.hpp"


#include <algorithm>
#include <memory>
#include <string>
#include <string_view>

namespace utopiahire::core {

using namespace std::string_view_literals;

int Lexicon::intern(std::string_view lexeme) {
    const uint64_t hash = string_hash(lexeme);
    const int known = find(lexeme, hash);
    if (known >= 0) return known;
    const int id = static_cast<int>(size());
    if (by_id_.size() == by_id_.capacity()) by_id_.reserve(std::max<size_t>(64, 2 * by_id_.size()));   // (push_back cannot throw)
    strings_.emplace_back(lexeme);
    by_id_.push_back(&strings_.back());
    ids_.insert(std::string_view(strings_.back()), hash, id);   // deque elements never move
    return id;
}

std::string lower_ascii(std::string_view text) {
    std::string lowered(text);
    for (char& c : lowered)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return lowered;
}

namespace {

// What separates two tokens: a sentence end, a clause break, or nothing.
enum class Gap { none, clause, sentence };

// The end of a quoted literal of punctuation that opens at gap[i] (a quote after a space, closed by
// the same quote before a space, a mark or the gap's end: "something like ',,' never reaches",
// "split on '.' and", "a '!', and"), else 0. What it quotes is a value the answer names, not a break of its sentence.
size_t quoted_punctuation_end(std::string_view gap, size_t i) {
    const char q = gap[i];
    if ((q != '\'' && q != '"' && q != '`') || i == 0 || gap[i - 1] != ' ') return 0;
    const size_t close = gap.find(q, i + 1);
    if (close == std::string_view::npos || close == i + 1) return 0;
    if (close + 1 == gap.size()) return close;
    static constexpr std::string_view after = " ,;:.!?)";   // what may follow a closing quote
    return after.find(gap[close + 1]) != std::string_view::npos ? close : 0;
}

// classify_gap of a gap other than one space.
__attribute__((noinline)) Gap classify_punctuated_gap(std::string_view gap) {
    Gap result = Gap::none;
    for (size_t i = 0; i < gap.size(); ++i) {
        if (const size_t end = quoted_punctuation_end(gap, i)) {
            i = end;
            continue;
        }
        const unsigned char c = static_cast<unsigned char>(gap[i]);
        switch (c) {
            case '.': case '!': case '?': case ';': case '\n':
                return Gap::sentence;
            case ',': case ':': case '(': case ')': case '[': case ']':
                result = Gap::clause;
                break;
            case '-':
                if (i > 0 && gap[i - 1] == ' ') result = Gap::clause;
                break;
            default:
                break;
        }
        // Multi-byte punctuation: em/en dash (E2 80 93/94), Arabic comma (D8 8C),
        // Arabic question mark (D8 9F), Arabic semicolon (D8 9B), ideographic full stop.
        if (c == 0xE2 && i + 2 < gap.size() && static_cast<unsigned char>(gap[i + 1]) == 0x80 &&
            (static_cast<unsigned char>(gap[i + 2]) == 0x93 || static_cast<unsigned char>(gap[i + 2]) == 0x94))
            result = Gap::clause;
        if (c == 0xD8 && i + 1 < gap.size()) {
            const unsigned char d = static_cast<unsigned char>(gap[i + 1]);
            if (d == 0x9F || d == 0x9B) return Gap::sentence;
            if (d == 0x8C) result = Gap::clause;
        }
    }
    return result;
}

// (Inline: build_document asks it of every gap, and most gaps are one space.)
inline Gap classify_gap(std::string_view gap) {
    return gap.size() == 1 && gap[0] == ' ' ? Gap::none : classify_punctuated_gap(gap);
}

bool gap_has_apostrophe(std::string_view gap) {
    return gap.find('\'') != std::string_view::npos || gap.find("\xE2\x80\x99") != std::string_view::npos;
}

// Whether a verb of omission follows the "without" or "instead" at token i, next to it or past the
// "of" / "than" that ties them or a negation ("sans jamais sauter"): an English gerund ("skipping"), a
// French infinitive ("oublier"), an Arabic verbal noun ("إهمال"), never a noun ("skip list"). (Two
// words on at most, as omission_said reads the cue before an omission: "plutôt que de sauter" keeps
// its negation.)
bool omission_verb_after(const Document& doc, size_t i) {
    static constexpr std::string_view ties[] = {"of", "than", "que", "qu", "de", "d", "\u0645\u0646"};   // من
    for (size_t j = i + 1; j < doc.tokens.size() && j <= i + 2 && doc.tokens[j].clause == doc.tokens[i].clause; ++j) {
        const Token& t = doc.tokens[j];
        if (t.info.role == role_omission) {
            const std::string_view w = t.surface;
            auto ends = [&](std::string_view e) { return w.size() > e.size() + 2 && w.substr(w.size() - e.size()) == e; };
            const bool ascii = std::all_of(w.begin(), w.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
            return !ascii || ends("ing") || ends("er") || ends("ir") || ends("re");
        }
        if (!(one_of(t.surface, ties) || t.info.negation)) return false;
    }
    return false;
}

}  // namespace

std::string_view gap_after(const Document& doc, size_t k) {
    const auto& tokens = doc.tokens;
    const size_t end = static_cast<size_t>(tokens[k].byte_start + tokens[k].byte_len);
    const size_t next = k + 1 < tokens.size() ? static_cast<size_t>(tokens[k + 1].byte_start) : doc.text.size();
    if (end >= next || next > doc.text.size()) return {};
    return doc.text.substr(end, next - end);
}

bool question_mark_after(const Document& doc, size_t k) {
    const std::string_view gap = gap_after(doc, k);
    return gap.find('?') != std::string_view::npos || gap.find("\u061f") != std::string_view::npos;
}

bool quantity_at(const Document& doc, size_t i, int* value, int* unit) {
    static constexpr std::string_view words[] = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                                        "ten", "deux", "trois", "quatre", "cinq"};
    if (i + 1 >= doc.tokens.size()) return false;
    const Token& t = doc.tokens[i];
    const Token& next = doc.tokens[i + 1];
    // (The tests on the tokens first: the list of number words is compared only then.)
    if (t.lex.empty() || !next.content() || next.kind == raw_number || next.clause != t.clause) return false;
    const bool number = t.kind == raw_number ||
                        one_of(t.surface, words);
    if (!number) return false;
    // Digits and number words share a synonym group ("2" / "two").
    *value = t.group >= 0 ? -2 - t.group : t.lex[0];
    *unit = next.lex[0];
    return true;
}

namespace {

uint32_t word_marks(std::string_view word, const WordInfo& info) {
    uint32_t marks = 0;
    auto mark_if = [&](bool found, WordMark mark) {
        if (found) marks |= mark;
    };
    mark_if(one_of(word, return_verbs), mark_return_verb);
    mark_if(word == "many"sv, mark_many);
    for (const Sense& sense : two_word_senses) mark_if(word == sense.second, mark_sense);
    for (const Phrase& phrase : other_sense_phrases) mark_if(word == phrase.first, mark_phrase);
    mark_if(word == "lead"sv || word == "pm"sv, mark_phrase);
    mark_if(one_of(word, sameness_heads) || info.sameness || info.contrast, mark_sameness);
    mark_if(one_of(word, verdict_heads) || one_of(word, verdict_copulas), mark_verdict);
    mark_if(word == "point"sv || one_of(word, serve_forms) || one_of(word, lose_forms) || info.role == role_worth_noun ||
                info.role == role_idea_noun || info.role == role_duty_noun,
            mark_idiom);
    mark_if(word == "quant"sv || word == "as"sv || word == arabic_topic || one_of(word, topic_determiners), mark_topic);
    mark_if(one_of(word, notation_class_words) || one_of(word, constant_words), mark_class_word);
    mark_if(info.dismissal || info.dismissal_word, mark_dismissal);
    mark_if(info.role == role_worry_noun, mark_worry);
    mark_if(is_noise_noun(word) || is_overstated_word(word), mark_noise);
    return marks;
}

}  // namespace

SurfaceFacts surface_facts(std::string_view word) {
    return memoized_per_thread<SurfaceFacts>(word, [](std::string_view w) {
        const WordInfo info = word_info(w);
        return SurfaceFacts{info, names_no_subject(w), complexity_class(w), word_marks(w, info)};
    });
}

namespace {

// Whether the bytes of w (zero bytes for the missing ones) are ASCII with no capital letter, all
// eight at once: a byte b < 0x80 is a capital when b + 0x3F has its high bit and b + 0x25 has not
// (no sum carries into the next byte).
bool no_capital_ascii(uint64_t w) {
    constexpr uint64_t high = 0x8080808080808080ULL;
    return ((w & high) | ((w + 0x3F3F3F3F3F3F3F3FULL) & ~(w + 0x2525252525252525ULL) & high)) == 0;
}

// Whether lower_case would leave s as it is because it is lower-case ASCII, decided for a word
// of 4 to 16 bytes in two overlapping loads (most words; false for others, which then take the
// loop).
bool plainly_lower(std::string_view s) {
    const size_t n = s.size();
    uint64_t a = 0, b = 0;
    if (n >= 8 && n <= 16) {
        std::memcpy(&a, s.data(), 8);
        std::memcpy(&b, s.data() + n - 8, 8);
    } else if (n >= 4 && n < 8) {
        uint32_t x, y;
        std::memcpy(&x, s.data(), 4);
        std::memcpy(&y, s.data() + n - 4, 4);
        a = x;
        b = y;
    } else {
        return false;
    }
    return no_capital_ascii(a) && no_capital_ascii(b);
}

// ASCII letters and the accented capitals of Latin-1 ("Après", "Éviter", "À" opening a French
// sentence) in lower case, as the word lists name them; other bytes as they are.
void lower_case(char* s, size_t n) {
    if (plainly_lower(std::string_view(s, n))) return;
    for (size_t i = 0; i < n; ++i) {
        const unsigned char c = static_cast<unsigned char>(s[i]);
        if (c >= 'A' && c <= 'Z') {
            s[i] = static_cast<char>(c - 'A' + 'a');
        } else if (c == 0xC3 && i + 1 < n) {
            const unsigned char d = static_cast<unsigned char>(s[i + 1]);
            if (d >= 0x80 && d <= 0x9E && d != 0x97) s[i + 1] = static_cast<char>(d + 0x20);   // À..Þ, not ×
            ++i;
        } else if (c == 0xC5 && i + 1 < n && static_cast<unsigned char>(s[i + 1]) == 0x92) {
            s[i + 1] = static_cast<char>(0x93);   // Œ
            ++i;
        }
    }
}

void lower_case(std::string* surface) { lower_case(surface->data(), surface->size()); }

// The lower-case form of a token's bytes, for a word without a record: appended to the
// document's own copy (doc.lowered, made at the first such word with room for the whole text,
// so that it never moves and views into it stay valid). `buffer`: that copy, or null.
std::string_view lowered_copy(Document& doc, std::string*& buffer, std::string_view bytes) {
    if (buffer == nullptr) {
        auto owned = std::make_shared<std::string>();
        owned->reserve(doc.text.size());
        buffer = owned.get();
        doc.lowered = std::move(owned);
    }
    const size_t at = buffer->size();
    buffer->append(bytes);
    lower_case(buffer->data() + at, bytes.size());
    return std::string_view(buffer->data() + at, bytes.size());
}

// A token of this word as build_document starts it: its surface and what the word lists say of
// it (its place in the text, lexemes and what the passes read from its context are set per
// token). Kept in the word's record, so that a token is one copy.
Token word_token(std::string_view surface, uint32_t handle, const SurfaceFacts& facts) {
    Token t;
    t.word = handle;
    t.surface = surface;
    t.info = facts.info;
    t.group = facts.info.group;
    t.antonym = facts.info.antonym;
    t.filler = facts.info.filler;
    t.hedge = facts.info.hedge;
    t.no_subject = facts.no_subject;
    return t;
}

// The records behind word_handle: per thread, for its life (a backend's glue keeps handles in
// its lexeme cache), never dropped nor moved (in chunks), so a handle needs no check but its
// range. Capped: past the cap, word_handle gives 0 and build_document reads such words itself.
struct WordRecord {
    std::string surface;   // lower_case of the token's bytes
    SurfaceFacts facts;    // surface_facts(surface)
    Token token;           // word_token(surface, its handle, facts)
};

class WordRecords {
public:
    static constexpr uint32_t chunk_size = 1024, max_records = 32 * chunk_size;

    const WordRecord* get(uint32_t handle) const {
        const uint32_t i = handle - 1;   // (0 wraps past every count)
        return i < count_ ? &chunks_[i / chunk_size][i % chunk_size] : nullptr;
    }

    // The handle of a lower-case surface, added when new; 0 when the table is full.
    uint32_t handle(std::string&& surface) {
        const uint64_t hash = string_hash(surface);
        const int known = index_.find(surface, hash);
        if (known >= 0) return static_cast<uint32_t>(known) + 1;
        if (count_ >= max_records) return 0;
        if (count_ % chunk_size == 0) {
            if (chunks_.size() == chunks_.capacity()) chunks_.reserve(max_records / chunk_size);
            chunks_.push_back(std::make_unique<WordRecord[]>(chunk_size));
        }
        WordRecord& r = chunks_[count_ / chunk_size][count_ % chunk_size];
        r.facts = surface_facts(surface);
        r.surface = std::move(surface);
        r.token = word_token(r.surface, count_ + 1, r.facts);   // (the record never moves: nor does its surface)
        index_.insert(r.surface, hash, static_cast<int>(count_));   // (a throw leaves an unused record)
        return ++count_;
    }

private:
    StringIndex index_;   // views into the records' surfaces
    std::vector<std::unique_ptr<WordRecord[]>> chunks_;
    uint32_t count_ = 0;
};

thread_local WordRecords* word_records = nullptr;

// build_document's per-token scratch, kept by the thread between documents (their capacity
// only: emptied before each document; freed after one of very many tokens).
struct BuildScratch {
    std::vector<uint32_t> marks;   // word_marks
    std::vector<char> not_dismissal;
    std::vector<size_t> cue_tokens;
    std::vector<size_t> marked_tokens;

    void clear() {
        marks.clear();
        not_dismissal.clear();
        cue_tokens.clear();
        marked_tokens.clear();
    }
    void release_if_large() {
        if (marks.capacity() > max_kept_tokens) *this = BuildScratch{};
    }
    static constexpr size_t max_kept_tokens = size_t{1} << 16;
};

thread_local BuildScratch* build_scratch = nullptr;

// The record of a handle, or null (0 or not this thread's).
const WordRecord* word_record(uint32_t handle) {
    return handle != 0 && word_records != nullptr ? word_records->get(handle) : nullptr;
}

}  // namespace

uint32_t word_handle(std::string_view bytes) {
    if (bytes.empty()) return 0;
    if (word_records == nullptr) word_records = new WordRecords;
    std::string surface(bytes);
    lower_case(&surface);
    return word_records->handle(std::move(surface));
}

namespace {

constexpr bool arabic_lead_byte(char c) { return static_cast<unsigned char>(c) == 0xD8 || static_cast<unsigned char>(c) == 0xD9; }

// Whether a lexeme may open with a one-letter Arabic clitic: two Arabic letters first (lead bytes
// D8 or D9; every clitic is one) and eight bytes at least, so three letters at least are left.
// build_document asks it before calling arabic_clitic_free for every token.
bool may_carry_arabic_clitic(std::string_view lexeme) {
    return lexeme.size() >= 8 && arabic_lead_byte(lexeme[0]) && arabic_lead_byte(lexeme[2]);
}

}  // namespace

int arabic_clitic_free(std::string_view lexeme, const Lexicon& lexicon, int known) {
    static constexpr std::string_view clitics[] = {"\u0644", "\u0628", "\u0648", "\u0641", "\u0643"};   // ل ب و ف ك
    if (!may_carry_arabic_clitic(lexeme) || !one_of(lexeme.substr(0, 2), clitics)) return -1;
    const int id = lexicon.find(lexeme.substr(2));
    return id >= 0 && id < known ? id : -1;
}

void add_clitic_free_lexemes(Document& doc, const Lexicon& lexicon, int known) {
    for (Token& t : doc.tokens) {
        if (t.lex.size() != 1 || !t.content()) continue;
        const int id = arabic_clitic_free(lexicon.str(t.lex[0]), lexicon, known);
        if (id >= 0 && id != t.lex[0]) t.lex.push_back(id);
    }
}

namespace {

// Whether token j is a subject pronoun opening a clause of its own: one that is never an object
// ("i", "we", "they", "he", "she", "je", "nous", "il", "ils"), or "it" before a verb (an auxiliary or
// a verb in -s: "it stays", "it is"; not "don't use it as a key").
bool opens_clause(const Document& doc, size_t j) {
    static constexpr std::string_view subjects[] = {"i", "we", "they", "he", "she", "je", "nous", "il", "ils", "elles"};
    static constexpr std::string_view auxiliaries[] = {"is", "was", "will", "would", "can", "could", "should", "must",
                                                       "has", "had", "does", "did", "may", "might"};
    const std::string_view w = doc.tokens[j].surface;
    if (one_of(w, subjects)) return true;
    if (w != "it"sv || j + 1 >= doc.tokens.size() || doc.tokens[j + 1].clause != doc.tokens[j].clause) return false;
    const std::string_view next = doc.tokens[j + 1].surface;
    return one_of(next, auxiliaries) || (next.size() > 3 && next.back() == 's' && next[next.size() - 2] != 's');
}

// Whether determiner negation j ("no", "aucun") opens the subject of its clause's verdict: first
// in its clause but for connectives ("so no queue is needed", "and aucun index n'est utile"), or
// after "there is/are" ("there is no queue needed", "il n'y a aucun index"). After anything else,
// a preposition above all ("with no replication backups are essential", "for most reads no
// database query is needed"), it opens another noun phrase.
bool opens_subject(const Document& doc, size_t j) {
    static constexpr std::string_view connectives[] = {"then", "also", "thus", "hence", "therefore", "but", "alors",
                                                       "puis", "mais", "ainsi", "aussi"};
    static constexpr std::string_view existentials[] = {"is", "are", "was", "were", "be", "s", "a", "avait", "aura"};
    const int clause = doc.tokens[j].clause;
    if (j >= 2 && doc.tokens[j - 1].clause == clause && one_of(doc.tokens[j - 1].surface, existentials) &&
        (doc.tokens[j - 2].surface == "there"sv || doc.tokens[j - 2].surface == "y"sv))
        return true;
    for (size_t k = j; k-- > 0 && doc.tokens[k].clause == clause;) {
        const Token& c = doc.tokens[k];
        if (!c.info.coordinator && !one_of(c.surface, connectives)) return false;
    }
    return true;
}

// Whether token j of doc belongs to an aside of the speaker's opinion: a hedge ("think",
// "honestly"), a first-person word, the word a first-person possessive governs and the
// preposition before it ("in my opinion", "à mon avis", "in my view").
bool opinion_aside(const Document& doc, size_t j) {
    const Token& t = doc.tokens[j];
    if (t.hedge || t.info.first_person) return true;
    auto possessive = [&](size_t k) {
        return k < doc.tokens.size() && doc.tokens[k].clause == t.clause && doc.tokens[k].info.first_person &&
               !doc.tokens[k].info.subject;
    };
    return (j > 0 && possessive(j - 1)) || (t.kind == raw_stop && possessive(j + 1));
}

// Whether token i is a word of role_discourse_marker opening its sentence as the speaker takes the
// floor ("ok so first I'd pull them out", "ok first thing, kill the key", "ok donc"): it recommends
// nothing of the words after it, which an endorsement would (a point ruling out "training on
// laptops" is not contradicted by "ok so step 1 get training off the laptops"). Followed by a
// doing, a purpose or a condition it is a verdict again ("ok to store them in plain text", "ok for
// a prototype", "ok if nobody else reads it", "ok de les garder").
bool discourse_opener(const Document& doc, size_t i) {
    const Token& t = doc.tokens[i];
    if (t.info.role != role_discourse_marker) return false;
    if (i > 0 && doc.tokens[i - 1].sentence == t.sentence) return false;
    if (i + 1 >= doc.tokens.size() || doc.tokens[i + 1].clause != t.clause) return true;
    const Token& next = doc.tokens[i + 1];
    return next.info.role != role_infinitive && !next.info.conditional && !opens_a_reason(next.surface);
}

// Whether w names what an asymptotic class is said of: time, space, memory (French, Arabic with
// its article and a conjunction: "الذاكرة", "والزمن", "فالوقت").
bool measure_of_class(std::string_view w) {
    static constexpr std::string_view measures[] = {"time", "space", "memory", "extra", "temps", "espace", "m\u00e9moire",
                                                    "\u0632\u0645\u0646", "\u0648\u0642\u062a", "\u0630\u0627\u0643\u0631\u0629",
                                                    "\u0645\u0633\u0627\u062d\u0629"};   // زمن وقت ذاكرة مساحة
    if (one_of(w, measures)) return true;
    auto strip = [&w](std::string_view prefix) {
        if (w.size() > prefix.size() && w.substr(0, prefix.size()) == prefix) w.remove_prefix(prefix.size());
    };
    strip("\u0648");   // و
    strip("\u0641");   // ف
    strip("\u0627\u0644");   // ال
    return one_of(w, measures);
}

// Asymptotic classes, read as the last token of doc is added (facts: its surface_facts): "O(n log
// n)" (the argument read from the text between the brackets), and the words that name one
// ("linear", "quadratic", "خطي", and "constant" beside a measure: "constant time", "mémoire constante").
// Whether this token or the one before it has a class now.
bool read_complexity(Document& doc, const SurfaceFacts& facts) {
    Token& t = doc.tokens.back();
    if (!(facts.marks & mark_class_word)) {
        if (facts.complexity > 0 && facts.complexity < 100) t.complexity = facts.complexity;
    } else if (t.surface == "o"sv) {
        const size_t end = static_cast<size_t>(t.byte_start + t.byte_len);
        if (end < doc.text.size() && doc.text[end] == '(') {
            const size_t close = notation_close(doc.text, end);
            if (close != std::string_view::npos && close - end <= 24) t.complexity = complexity_class(doc.text.substr(end + 1, close - end - 1));
        } else if (facts.complexity > 0 && facts.complexity < 100) {
            t.complexity = facts.complexity;
        }
    }
    if (doc.tokens.size() < 2) return t.complexity >= 0;
    Token& before = doc.tokens[doc.tokens.size() - 2];
    if (one_of(before.surface, constant_words) && measure_of_class(t.surface)) before.complexity = 1;
    // The adjective after its noun ("en mémoire constante", "temps constant", "ذاكرة ثابتة") or said
    // of it ("la mémoire supplémentaire est constante", "فتكون الذاكرة الإضافية ثابتة", "the extra
    // memory is constant"): a measure at most three words back in the clause.
    if ((facts.marks & mark_class_word) && one_of(t.surface, constant_words)) {
        const size_t last = doc.tokens.size() - 1;
        for (size_t k = last; k > 0 && last - k < 3 && doc.tokens[k - 1].clause == t.clause; --k)
            if (measure_of_class(doc.tokens[k - 1].surface)) t.complexity = 1;
    }
    return t.complexity >= 0 || before.complexity >= 0;
}

}  // namespace

namespace {

// Whether the Arabic word w is a verb in the future, which Arabic uses for "would" after "بدون"
// (without): سوف, or the prefix س before a prefix of the present (ي ت ن أ) and the rest, with a
// proclitic و or ف or none ("ستسقط", "وسيفشل"; not a noun in ة: "سيارة").
// 2 when the verb is of the first person (سأ, سن and three letters at least: "سأترك", "سنستخدم": a
// plan of the speaker's, which keeps the denial a bare بدون makes), 1 for another, whose rest after
// ي or ت must be the stem of a known verb (is_arabic_present_stem: "ستنهار", "سيكونون"): a loanword
// starting so is a noun ("سيرفر" server, "سيستم" system, "ستريم"), and the lack it follows is
// denied (review17 F4). 0 when w is no such verb.
int arabic_future(std::string_view w) {
    constexpr size_t letter = 2;   // (each letter below is two bytes in UTF-8)
    if (w.size() >= 3 * letter && (w.compare(0, letter, "\u0648") == 0 || w.compare(0, letter, "\u0641") == 0))   // و ف
        w.remove_prefix(letter);
    if (w == "\u0633\u0648\u0641"sv) return 1;   // سوف
    if (w.size() < 4 * letter || w.compare(0, letter, "\u0633") != 0) return 0;   // س
    if (w.compare(w.size() - letter, letter, "\u0629") == 0) return 0;   // ة
    const std::string_view prefix = w.substr(letter, letter);
    if (prefix == "\u0623"sv || prefix == "\u0646"sv) return w.size() >= 5 * letter ? 2 : 0;   // أ ن
    if (prefix != "\u064a"sv && prefix != "\u062a"sv) return 0;                               // ي ت
    std::string_view stem = w.substr(2 * letter);
    if (is_arabic_present_stem(stem)) return 1;
    // (The plural: "سيفشلون", "ستتوقفان".)
    if (stem.size() > 3 * letter && (stem.compare(stem.size() - 2 * letter, 2 * letter, "\u0648\u0646") == 0 ||   // ون
                                     stem.compare(stem.size() - 2 * letter, 2 * letter, "\u0627\u0646") == 0))    // ان
        stem.remove_suffix(2 * letter);
    return is_arabic_present_stem(stem) ? 1 : 0;
}

// A modal of consequence ("would", "could", "serait": WordRole role_counterfactual), a French
// verb in the conditional ("tomberaient", "appellerait") or an Arabic one in the future
// (arabic_future: "ستسقط").
bool counterfactual_modal(const Token& t) {
    if (t.info.role == role_counterfactual) return true;
    const std::string_view w = t.surface;
    return (w.size() > 8 && w.compare(w.size() - 7, 7, "eraient") == 0) ||
           (w.size() > 7 && w.compare(w.size() - 5, 5, "erait") == 0) || arabic_future(w) != 0;
}

// Whether "without X, Y would ..." (the "without" at token i, its modal of consequence at token
// modal) goes on to turn X down: things work anyway ("the services could still talk over HTTP") or
// the speaker then denies doing it ("so I would not add one"), and X is named nowhere else in the
// answer. The lack then is the speaker's choice, not a reason for X ("without a queue the services
// would fail together; the queue decouples them" stays one).
bool consequence_turns_down(const Document& doc, size_t i, size_t modal) {
    static constexpr std::string_view anyway[] = {"still", "anyway", "anyhow", "toujours", "\u0630\u0644\u0643"};   // (مع) ذلك
    const int sentence = doc.tokens[i].sentence;
    bool down = false;
    for (size_t k = modal + 1; k < doc.tokens.size() && doc.tokens[k].sentence == sentence && !down; ++k) {
        const Token& t = doc.tokens[k];
        if (k <= modal + 2 && (one_of(t.surface, anyway) || (t.surface == "même"sv && doc.tokens[k - 1].surface == "quand"sv)))
            down = true;
        if (t.info.subject && t.info.first_person)
            for (size_t j = k + 1; j < doc.tokens.size() && j <= k + 3 && doc.tokens[j].clause == t.clause; ++j)
                down = down || doc.tokens[j].negation_cue;
    }
    if (!down) return false;
    size_t head = i;   // X's last word: the end of the first run of content words after "without"
    for (size_t k = i + 1; k < modal; ++k) {
        if (doc.tokens[k].content()) head = k;
        else if (head != i) break;
    }
    if (head == i) return true;
    const int lex = doc.tokens[head].lex[0];
    for (size_t k = 0; k < doc.tokens.size(); ++k) {
        if (k >= i && k <= head) continue;
        const Token& t = doc.tokens[k];
        if (std::find(t.lex.begin(), t.lex.end(), lex) != t.lex.end()) return false;
    }
    return true;
}

// Token i's negation cue read as none after all: it no longer counts among the stop words it
// joined when read (build_document counts a cue as one, whatever its kind).
void drop_negation_cue(Document& doc, size_t i) {
    Token& cue = doc.tokens[i];
    cue.negation_cue = false;
    if (cue.kind != raw_stop) --doc.stop_words;
}

// Whether the "without" at token i (not opening its clause) belongs to a noun phrase that its
// clause goes on to deny: "plain HTTP without TLS is never acceptable", "requests without a token
// are not accepted", "HTTP sans TLS n'est jamais acceptable". The two negations say that X is
// needed: the "without" denies nothing. (A thing, then "without" and at most four words of what
// is left out, then the other negation, in the clause, with no "and" or relative pronoun
// between: "we ship without tests and never look back" keeps its denial.)
bool denied_with_its_lack(const Document& doc, size_t i) {
    const Token& cue = doc.tokens[i];
    if (i == 0 || !doc.tokens[i - 1].content()) return false;
    int named = 0;
    for (size_t k = i + 1; k < doc.tokens.size() && k <= i + 8 && doc.tokens[k].clause == cue.clause; ++k) {
        const Token& t = doc.tokens[k];
        if (t.info.coordinator || t.surface == "that"sv || t.surface == "which"sv || t.surface == "who"sv ||
            t.surface == "qui"sv || t.surface == "que"sv)
            return false;
        if (t.negation_cue) return named > 0;
        if (t.content() && ++named > 4) return false;
    }
    return false;
}

// Whether token j, in the scope of negation cue i, is a lack that the negation denies again: "I'm
// not comfortable shipping it without a review", "we never deploy without tests", "no request goes
// through without a token", "je ne déploie jamais sans revue", "لا ننشر بدون مراجعة". Not doing
// a thing without X says that X is needed: what follows the lack is not denied, neither by it nor
// by the first negation, which ends there (a correct answer's "not ... without product and legal
// signing off" read the sign-off as denied). Not after a lack or a preference ("without X or
// without Y", "instead of X without Y"): one negation there, said twice.
bool lack_denied_before(const Document& doc, size_t i, size_t j) {
    const Token& cue = doc.tokens[i];
    return doc.tokens[j].info.role == role_absence && cue.info.role != role_absence && !cue.info.comparative_negation;
}

// Whether negation cue i denies a whole quantity, the way "no" denies a noun phrase: a negative
// quantifier ("nothing is lost", "nobody has to wait", "none of the data leaks", "rien n'est
// perdu"), a French "ne" after one ("personne n'attend", "rien ne bloque"), or Arabic لا before
// شيء / أحد ("لا شيء يضيع", "لا أحد ينتظر"). Its scope is the first words it opens, as for "no":
// "nobody can change the shared items" denies the change, not the items; "nothing sensitive in
// the environment" denies what is sensitive, not the environment.
bool quantified_denial(const Document& doc, size_t i) {
    const Token& cue = doc.tokens[i];
    if (cue.info.role == role_negative_quantifier) return true;   // nothing, nobody, none, rien
    const bool after = i > 0 && doc.tokens[i - 1].clause == cue.clause && doc.tokens[i - 1].info.role == role_negative_quantifier;
    if ((cue.surface == "ne"sv || cue.surface == "n"sv) && after) return true;   // personne ne, rien n'
    const bool before = i + 1 < doc.tokens.size() && doc.tokens[i + 1].clause == cue.clause &&
                        doc.tokens[i + 1].info.role == role_negative_quantifier;
    return before && (cue.surface == "\u0644\u0627"sv || cue.surface == "\u0648\u0644\u0627"sv ||
                      cue.surface == "\u0641\u0644\u0627"sv);   // لا, ولا, فلا
}

// Whether the dismissal at token i, after connective of consequence j in its clause, is said of
// what came before the connective: the clause after it has no subject of its own but a personal
// pronoun pointing back ("we don't bisect, so it's pointless", "donc c'est inutile") or none at
// all (Arabic "لذلك لا يهم"), and the dismissal ends its clause, nothing after it but a word of
// degree ("so it doesn't matter much"); or "so" is an intensifier right before it ("bcrypt is so
// unnecessary"). A subject of its own stops it ("so a second round is unnecessary", "so this extra
// round is unnecessary": a demonstrative is no role_anaphor, "so that" is purpose), and so does
// whatever the verdict goes on to be said of: a doing its "it" stands for ("so it is pointless to
// add a pepper", "inutile d'ajouter"), an object ("so it doesn't need a pepper"), a condition ("so
// it doesn't matter if the table leaks"), a place ("so it is not needed on the client"), "لذلك لا
// حاجة لإضافة ملح" (review21 F1: correct answers written without a comma fell 96 -> 18).
bool verdict_points_back(const Document& doc, size_t j, size_t i) {
    if (j + 1 == i) return true;
    const Token& opening = doc.tokens[j + 1];
    const bool anaphor = opening.info.role == role_anaphor;
    const bool bare = opening.negation_cue && !opening.info.determiner_negation && opening.info.role != role_negative_quantifier;
    if (!anaphor && !bare) return false;
    size_t k = i + 1;
    for (; k < doc.tokens.size() && doc.tokens[k].clause == doc.tokens[i].clause; ++k)
        if (doc.tokens[k].content() || doc.tokens[k].info.role == role_infinitive) return false;
    // ("unless" opens a clause of its own: "so it doesn't matter unless the table leaks".)
    return k == doc.tokens.size() || doc.tokens[k].sentence != doc.tokens[i].sentence || !doc.tokens[k].info.conditional;
}

// Whether the English negative quantifier at token i is the complement of a form of "be" or the
// thing an existential "there" says is absent, not a subject: "which is None if the list was
// empty", "it was nothing", "there's nothing the application can do", "there is none left" (or
// "there nothing", its "is" dropped). It denies then only the phrase it heads, as "no" does.
// (French "il n'y a rien", "ce n'est rien" and Arabic "ليس هناك شيء", "لا يوجد أحد" put it after
// their negation, before no verb of its own: quantifier_subject reads them so already.)
bool quantifier_complement(const Document& doc, size_t i) {
    if (i == 0 || doc.tokens[i - 1].clause != doc.tokens[i].clause) return false;
    const Token& before = doc.tokens[i - 1];
    // ("is" and "'s" are no speaker's "be": is_be_form leaves them out.)
    return before.info.role == role_existential || is_be_form(before.surface) || before.surface == "is"sv ||
           before.surface == "s"sv;
}

// Whether the negative quantifier of cue i (quantified_denial) is the subject of a verb, which it
// then denies as "not" does, up to the end of its clause: "nothing is validated on the server",
// "nothing gets logged when ...", "nobody can change the shared objects", "none of the duplicated
// messages are removed", "personne ne relit les changements", "rien n'est validé", لا شيء يضيع. A
// quantifier that heads a phrase of content words with no verb ("nothing sensitive in the
// environment") or follows its verb ("stores nothing but a hash") denies that phrase only, as "no"
// does. English: the quantifier opens its clause and a function word follows it (an auxiliary, a
// modal, "of") or a form of "get" (the passive "gets logged"); French: "personne" / "rien" before
// "ne"; Arabic: لا before شيء / أحد, which a verb follows.
bool quantifier_subject(const Document& doc, size_t i) {
    static constexpr std::string_view gets[] = {"get", "gets", "got", "gotten", "getting"};
    const Token& cue = doc.tokens[i];
    if (cue.info.role != role_negative_quantifier) return true;   // personne ne, rien n', لا شيء
    for (size_t k = i; k-- > 0 && doc.tokens[k].clause == cue.clause;)
        if (doc.tokens[k].content()) return false;
    if (quantifier_complement(doc, i)) return false;
    if (i + 1 >= doc.tokens.size() || doc.tokens[i + 1].clause != cue.clause) return false;
    const Token& next = doc.tokens[i + 1];
    if (next.negation_cue) return true;   // personne ne, rien n'
    if (cue.surface == "rien"sv || cue.surface == "personne"sv) return false;   // rien de sensible
    return !next.content() || one_of(next.surface, gets);
}

// Whether quantifier subject cue i opens a partitive ("none of the duplicated messages are
// removed"): the words after "of" name what the verb is said of, not what is absent.
bool partitive(const Document& doc, size_t i) {
    return i + 1 < doc.tokens.size() && doc.tokens[i + 1].clause == doc.tokens[i].clause &&
           (doc.tokens[i + 1].surface == "of"sv || doc.tokens[i + 1].surface == "des"sv);
}

// Whether the English negative quantifier at cue i is the object of the word just before it, and
// the last word of its phrase: "the pinned version gets none", "a restart loses nothing" deny
// that verb ("gets no fixes"), and so does "it changes nothing in the original". A returned value
// is no object ("returns None": see returned); a quantifier that opens a phrase of content words
// ("changes nothing important") denies that phrase only, as before.
bool denies_verb_before(const Document& doc, size_t i, const std::vector<uint32_t>& marks) {
    const Token& cue = doc.tokens[i];
    if (cue.info.role != role_negative_quantifier || i == 0 || cue.surface == "rien"sv || cue.surface == "personne"sv) return false;
    const Token& verb = doc.tokens[i - 1];
    if (verb.clause != cue.clause || !verb.content() || verb.negation_cue || verb.negated || (marks[i - 1] & mark_return_verb)) return false;
    return i + 1 >= doc.tokens.size() || doc.tokens[i + 1].clause != cue.clause || !doc.tokens[i + 1].content();
}

// The word of addition ("extra") of a denied extra amount of space just after negation cue i, or
// 0: "no extra memory", "without additional space", "doesn't use any extra memory", "sans mémoire
// supplémentaire", "بدون ذاكرة إضافية" (a word of role_addition beside one of role_space_measure,
// within four words of the cue, in its clause). That is a constant amount of extra space, the
// class O(1) ("in place with no extra memory" states "O(1) extra space"), not a denial of the
// point's "extra space". A class or a number between ("not O(1) extra space") denies it still.
size_t constant_space_denial(const Document& doc, size_t i) {
    const Token& cue = doc.tokens[i];
    for (size_t k = i + 1; k < doc.tokens.size() && k <= i + 4 && doc.tokens[k].clause == cue.clause; ++k) {
        const Token& t = doc.tokens[k];
        if (t.complexity >= 0 || t.kind == raw_number || t.negation_cue) return 0;
        if (t.info.role != role_addition) continue;
        const bool measured = doc.tokens[k - 1].info.role == role_space_measure ||
                              (k + 1 < doc.tokens.size() && doc.tokens[k + 1].clause == cue.clause &&
                               doc.tokens[k + 1].info.role == role_space_measure);
        return measured ? k : 0;
    }
    return 0;
}

}  // namespace

Document build_document(const RawText& raw, Lexicon& lexicon, std::vector<Token> storage, Reading reading) {
    Document doc;
    storage.clear();
    doc.tokens.swap(storage);
    doc.text = std::string_view(raw.text ? raw.text : "", raw.text ? static_cast<size_t>(raw.len) : 0);
    doc.tokens.reserve(static_cast<size_t>(std::max(raw.ntokens, 0)));
    // Of each token's surface, from surface_facts: its word_marks (what the passes below look
    // for; `marked` has every mark some token has); and the negation cues (below). In the
    // thread's scratch vectors (their capacity kept from one document to the next).
    if (build_scratch == nullptr) build_scratch = new BuildScratch;
    BuildScratch& scratch = *build_scratch;
    scratch.clear();
    std::vector<uint32_t>& marks = scratch.marks;
    marks.reserve(doc.tokens.capacity());
    int sentence = 0, clause = 0, prev_end = 0;
    // Whether any token is a negation cue, an endorsement or a verb of avoidance (or has a mark):
    // the passes below that act on such tokens only are skipped when there is none (most texts
    // have no return verb, many no negation). Passes only ever clear negation cues: those that
    // act on cues go through the tokens that were cues here (in order), not through every token.
    std::vector<size_t>& cue_tokens = scratch.cue_tokens;
    // The tokens with a mark or a dismissal of their own (in order): the passes that act on
    // such tokens only go through these.
    std::vector<size_t>& marked_tokens = scratch.marked_tokens;
    bool endorsements = false, avoidances = false;
    uint32_t marked = 0;
    bool classes = false;   // any asymptotic class (what each measures is looked for only then)
    std::string* lowered = nullptr;   // doc.lowered, once some word has no record
    for (int32_t i = 0; i < raw.ntokens; ++i) {
        const RawToken& rt = raw.tokens[i];
        if (rt.byte_start < prev_end || rt.byte_start + rt.byte_len > raw.len || rt.byte_len <= 0) continue;
        // Built in place (the tokens are reserved: no move of each token into the vector).
        // The surface's lower-case form and facts: from the glue's handle, else read here.
        const bool first = doc.tokens.empty();
        const WordRecord* record = word_record(rt.word);
        SurfaceFacts read;   // (the facts of a word without a record)
        if (record == nullptr) {
            const std::string_view surface = lowered_copy(doc, lowered, doc.text.substr(static_cast<size_t>(rt.byte_start),
                                                                                         static_cast<size_t>(rt.byte_len)));
            read = surface_facts(surface);
            doc.tokens.push_back(word_token(surface, 0, read));
        } else {
            doc.tokens.push_back(record->token);
        }
        const SurfaceFacts& facts = record != nullptr ? record->facts : read;
        Token& tok = doc.tokens.back();
        tok.byte_start = rt.byte_start;
        tok.byte_len = rt.byte_len;
        tok.char_start = rt.char_start;
        tok.char_len = rt.char_len;
        tok.kind = rt.kind;
        const std::string_view gap = doc.text.substr(static_cast<size_t>(prev_end),
                                                     static_cast<size_t>(rt.byte_start - prev_end));
        if (!first) {
            const Gap g = classify_gap(gap);
            if (g == Gap::sentence) { ++sentence; ++clause; }
            else if (g == Gap::clause) ++clause;
        }
        // "Yet" right after a negation ("not yet visited", "haven't yet run") belongs to it: the
        // negation goes on to the word it denies, with no new clause between.
        const bool negated_yet = tok.surface == "yet"sv && !first && doc.tokens[doc.tokens.size() - 2].info.negation &&
                                 classify_gap(gap) == Gap::none;
        if (tok.info.clause_break && !first && !negated_yet) ++clause;
        tok.sentence = sentence;
        tok.clause = clause;
        if (rt.kind == raw_word || rt.kind == raw_other || rt.kind == raw_number) {
            const char* p = rt.lexemes;
            std::string_view lexeme;
            for (int32_t k = 0; k < rt.nlex && p; ++k) {
                lexeme = std::string_view(p);
                if (!lexeme.empty()) tok.lex.push_back(lexicon.intern(lexeme));
                p += lexeme.size() + 1;
            }
            // An Arabic preposition or conjunction written onto a word of the question ("لمعرف",
            // "بمعرف", "ومعرف") that the stemmer left on: the word without it, as another lexeme.
            if (rt.nlex == 1 && tok.lex.size() == 1 && lexicon.base_size() > 0 && may_carry_arabic_clitic(lexeme)) {
                const int id = arabic_clitic_free(lexicon.str(tok.lex[0]), lexicon, lexicon.base_size());
                if (id >= 0) tok.lex.push_back(id);
            }
        } else if (rt.kind == raw_unknown) {
            tok.lex.push_back(lexicon.intern(tok.surface));
        }
        tok.negation_cue = tok.info.negation ||
                           ((tok.surface == "t"sv) && gap_has_apostrophe(gap)) ||
                           ((tok.surface == "n"sv) &&  // French n'
                            gap_has_apostrophe(doc.text.substr(static_cast<size_t>(rt.byte_start + rt.byte_len), 3)));
        if (tok.negation_cue || tok.filler) tok.lex.clear();
        if (tok.content()) ++doc.content_words;   // (no later pass changes a token's lexemes or kind)
        if (tok.kind == raw_stop || tok.negation_cue) ++doc.stop_words;
        if (tok.kind == raw_number) ++doc.numbers;
        if (tok.filler) ++doc.fillers;
        if (tok.hedge) ++doc.hedges;
        ++doc.words;
        prev_end = rt.byte_start + rt.byte_len;
        classes |= read_complexity(doc, facts);
        marks.push_back(facts.marks);
        if (tok.negation_cue) cue_tokens.push_back(doc.tokens.size() - 1);
        if (facts.marks != 0) marked_tokens.push_back(doc.tokens.size() - 1);   // (a dismissal has a mark)
        marked |= facts.marks;
        endorsements |= tok.info.endorsement;
        avoidances |= tok.info.avoidance;
    }
    join_compounds(doc, marks, marked_tokens);
    if (marked & mark_many) read_unlimited_idiom(doc, marks);
    if (marked & mark_sense) read_two_word_senses(doc, marks);
    if (marked & mark_phrase) read_other_senses(doc, marks, marked_tokens);
    if (marked & mark_worry) read_importance_idioms(doc, marks, marked_tokens);
    // Negations that assert: "no matter what" means regardless, and "don't forget the backups"
    // or "never skip the tests" state the thing. Neither cue negates, nor is "matter" a dismissal.
    std::vector<char>& not_dismissal = scratch.not_dismissal;
    not_dismissal.assign(doc.tokens.size(), 0);
    for (const size_t i : cue_tokens) {
        if (i + 1 >= doc.tokens.size()) continue;
        Token& cue = doc.tokens[i];
        if (!cue.negation_cue) continue;
        const std::string_view next = doc.tokens[i + 1].surface;
        if (next == "matter"sv && i + 2 < doc.tokens.size()) {
            static constexpr std::string_view wh[] = {"what", "how", "which", "when", "where", "who", "whether", "if", "whatever"};
            const std::string_view after = doc.tokens[i + 2].surface;
            if (one_of(after, wh)) {
                cue.negation_cue = false;
                not_dismissal[i + 1] = 1;
            }
            continue;
        }
        // "Without" and "instead of" deny the omission, a verb, after them as "never" does: "without
        // skipping the tests", "instead of ignoring the alert", "sans oublier les sauvegardes", "sans
        // jamais négliger", "دون إهمال اختبارات التكامل" say the tests, the alert, the backups are done.
        // (Only a verb: "instead of skip lists" is a data structure. Only in an answer: a key point
        // "fix the cause instead of skipping the test" rules the skipping out, and is read as doing so.
        // A plain negation reaches the omission two words on, past an auxiliary: "don't ever skip".)
        if (cue.info.comparative_negation || cue.info.role == role_absence) {
            if (reading == Reading::answer && omission_verb_after(doc, i)) cue.negation_cue = false;
            continue;
        }
        for (size_t j = i + 1; j < doc.tokens.size() && j <= i + 2 && doc.tokens[j].clause == cue.clause; ++j) {
            if (doc.tokens[j].info.role == role_omission) {   // forget, neglect, skip, ignore, oublier, تجاهل ...
                cue.negation_cue = false;
                break;
            }
        }
    }
    // A restriction denied in an answer ("don't just monitor average latency", "never only in the
    // browser", "pas seulement", "ليس فقط") asks for more than what it names and denies none of it:
    // neither the cue nor a French "ne" before it negates (see Reading). Arabic puts فقط after what
    // it restricts ("لا أضع رقماً فقط، بل ..."): within three words of the cue, in its clause.
    static constexpr std::string_view loose_restrictions[] = {"just", "simply", "juste", "simplement"};
    static constexpr std::string_view do_forms[] = {"do", "don", "does", "doesn", "did", "didn"};
    static constexpr std::string_view additions[] = {"also", "too", "aussi", "\u00e9galement",
                                                     "\u0623\u064a\u0636\u0627", "\u0628\u0644"};   // أيضا بل
    for (const size_t i : cue_tokens) {
        if (reading != Reading::answer) break;
        Token& cue = doc.tokens[i];
        if (!cue.negation_cue) continue;
        bool restricted = false;
        for (size_t j = i + 1; j < doc.tokens.size() && j <= i + 3 && doc.tokens[j].clause == cue.clause && !restricted; ++j)
            restricted = doc.tokens[j].info.role == role_restriction &&
                         (j == i + 1 || doc.tokens[j].surface == "\u0641\u0642\u0637"sv);   // فقط
        if (!restricted) continue;
        // "Just" and "simply" after a denial mostly deny ("you can't just store passwords in plain
        // text", "never simply restart it", "we do not simply store them"): they restrict only where
        // an addition follows in the sentence ("we do not just store them, we also keep a hashed
        // copy"), and "just" after a plain "don't" / "pas" ("don't just monitor average latency: we
        // track p99"); "only", "merely", "seulement" restrict.
        const std::string_view word = doc.tokens[i + 1].surface;
        const bool plain_just = (word == "just"sv || word == "juste"sv) &&
                                (cue.surface == "pas"sv ||
                                 ((cue.surface == "t"sv || cue.surface == "not"sv) && i > 0 && one_of(doc.tokens[i - 1].surface, do_forms)));
        if (one_of(word, loose_restrictions)) {
            bool addition = false;
            for (size_t j = i + 2; j < doc.tokens.size() && doc.tokens[j].sentence == cue.sentence && !addition; ++j)
                addition = one_of(doc.tokens[j].surface, additions) ||
                           (doc.tokens[j].surface == "well"sv && doc.tokens[j - 1].surface == "as"sv);
            if (!addition && !plain_just) continue;
            // ("Don't just store passwords in plain text; hash them": X is said, and warned against.)
            cue.restriction_warns = !addition;
        }
        drop_negation_cue(doc, i);
        for (size_t k = i; k-- > 0 && k + 4 > i && doc.tokens[k].clause == cue.clause;) {
            Token& ne = doc.tokens[k];
            if (ne.negation_cue && (ne.surface == "ne"sv || ne.surface == "n"sv)) drop_negation_cue(doc, k);
        }
    }
    // "Without X, there is no Y" / "sans X, pas de Y" opening a clause says that X gives Y: the two
    // negations make a condition, and neither denies ("without synchronisation there is no
    // visibility guarantee" states that synchronisation guarantees visibility).
    for (const size_t i : cue_tokens) {
        Token& cue = doc.tokens[i];
        if (!cue.negation_cue || cue.info.role != role_absence) continue;   // without, sans, بدون
        // (Opening its clause, or after a coordinator: "so without synchronisation there is no ...")
        const bool opens = i == 0 || doc.tokens[i - 1].clause != cue.clause || doc.tokens[i - 1].info.coordinator;
        if (!opens) {
            if (denied_with_its_lack(doc, i)) drop_negation_cue(doc, i);
            continue;
        }
        bool named = false;   // the X of "without X"
        bool consequence = false;   // a modal of consequence after it ("the services would call ...")
        bool speaker = false;       // ... said by the speaker ("I would just call it directly": a plan)
        size_t modal = 0;           // that modal
        size_t k = i + 1;
        for (; k < doc.tokens.size() && k <= i + 12 && doc.tokens[k].sentence == cue.sentence; ++k) {
            const Token& other = doc.tokens[k];
            named = named || other.content();
            if (other.surface == "ni"sv || other.surface == "nor"sv) break;   // "sans X ni Y": one list of what is left out
            if (named && !consequence && (other.info.first_person || arabic_future(other.surface) == 2)) speaker = true;
            if (named && !speaker && !consequence && counterfactual_modal(other)) {
                consequence = true;
                modal = k;
            }
            if (!other.negation_cue || !named) continue;
            // (Every cue of that clause: "il n'y a pas de garantie" has two.)
            drop_negation_cue(doc, i);
            const int clause = other.clause;
            for (size_t j = k; j < doc.tokens.size() && doc.tokens[j].clause == clause; ++j)
                if (doc.tokens[j].negation_cue) drop_negation_cue(doc, j);
            break;
        }
        // "Without a message queue the services would call each other directly": what would follow
        // from the lack of X, a reason for X; the lack is not the speaker's choice.
        if (cue.negation_cue && consequence && !consequence_turns_down(doc, i, modal)) drop_negation_cue(doc, i);
    }
    // "Instead" and "rather" deny only what follows "of" / "than" ("X instead of Y", "X rather
    // than Y"); alone they assert ("instead I use a histogram"). The same for "plutôt que".
    for (const size_t i : cue_tokens) {
        Token& cue = doc.tokens[i];
        if (!cue.negation_cue || !cue.info.comparative_negation) continue;
        const std::string_view* next = i + 1 < doc.tokens.size() && doc.tokens[i + 1].clause == cue.clause
                                      ? &doc.tokens[i + 1].surface : nullptr;
        if (next == nullptr || !(*next == "of"sv || *next == "than"sv || *next == "que"sv || *next == "qu"sv))
            drop_negation_cue(doc, i);
    }
    // French "dont" (whose, of which) is not the English "dont": it is followed by an article or
    // a subject ("dont la clé est le numéro").
    for (const size_t i : cue_tokens) {
        if (i + 1 >= doc.tokens.size()) continue;
        Token& cue = doc.tokens[i];
        if (!cue.negation_cue || cue.surface != "dont"sv) continue;
        static constexpr std::string_view french[] = {"le", "la", "les", "l", "un", "une", "des", "il", "elle", "ils", "elles",
                                             "on", "je", "j", "nous", "vous", "ce", "c", "chaque", "tous", "toutes"};
        const std::string_view next = doc.tokens[i + 1].surface;
        if (one_of(next, french))
            cue.negation_cue = false;
    }
    // Arabic "ما" after another word of its clause is mostly the relative "what" ("أكتب ما فهمته": I
    // write what I understood; "كل ما"): it denies opening its clause, after a coordinator ("ما فهمت",
    // "و ما") or after a subject pronoun ("أنا ما فهمت", as spoken) only.
    for (const size_t i : cue_tokens) {
        if (i < 1) continue;
        Token& cue = doc.tokens[i];
        if (!cue.negation_cue || cue.surface != "\u0645\u0627"sv) continue;
        static constexpr std::string_view pronouns[] = {"\u0623\u0646\u0627", "\u0627\u0646\u0627", "\u0646\u062d\u0646",
                                                        "\u0647\u0648", "\u0647\u064a", "\u0647\u0645",
                                                        "\u0623\u0646\u062a", "\u0627\u0646\u062a"};
        const Token& before = doc.tokens[i - 1];
        if (before.clause != cue.clause || before.info.coordinator || one_of(before.surface, pronouns)) continue;
        drop_negation_cue(doc, i);
    }
    // French "ne ... que" restricts ("ne part qu'après réception" = leaves only after): without
    // pas / jamais / plus / rien ... before the "que", the "ne" denies nothing.
    for (const size_t i : cue_tokens) {
        Token& cue = doc.tokens[i];
        if (!cue.negation_cue || !(cue.surface == "ne"sv || cue.surface == "n"sv)) continue;
        for (size_t j = i + 1; j < doc.tokens.size() && j <= i + 4 && doc.tokens[j].clause == cue.clause; ++j) {
            const std::string_view w = doc.tokens[j].surface;
            if (doc.tokens[j].negation_cue || w == "plus"sv || w == "personne"sv || w == "point"sv) break;
            if (w == "que"sv || w == "qu"sv) {
                cue.negation_cue = false;
                break;
            }
        }
    }
    // "No extra memory" names the class O(1) of space (constant_space_denial): the cue denies nothing.
    for (const size_t i : cue_tokens) {
        if (!doc.tokens[i].negation_cue) continue;
        const size_t extra = constant_space_denial(doc, i);
        if (extra == 0) continue;
        drop_negation_cue(doc, i);
        for (size_t k = i; k-- > 0 && k + 4 > i && doc.tokens[k].clause == doc.tokens[i].clause;)   // its "ne"
            if (doc.tokens[k].negation_cue && (doc.tokens[k].surface == "ne"sv || doc.tokens[k].surface == "n"sv)) drop_negation_cue(doc, k);
        doc.tokens[extra].complexity = 1;
        classes = true;
    }
    // Negation scope: from a cue to the end of its clause, at most 8 tokens on, and not past a
    // coordinator that opens a new clause with its own subject ("there is no overlap and I
    // append it"). A negation in a condition ("if it is not static", "when there is no overlap")
    // asserts nothing.
    for (const size_t i : cue_tokens) {
        if (!doc.tokens[i].negation_cue) continue;
        bool conditional = false;
        for (size_t k = i; k-- > 0 && doc.tokens[k].clause == doc.tokens[i].clause && k + 12 > i;)
            if (doc.tokens[k].info.conditional) conditional = true;
        if (conditional) continue;
        // A negation in a purpose clause ("pagination to never return whole lists", "pour ne
        // jamais renvoyer") states what the action avoids: it takes the negative side of words
        // with an opposite, but does not deny the point's words.
        bool purpose = false;
        for (size_t k = i; k-- > 0 && doc.tokens[k].clause == doc.tokens[i].clause && k + 3 > i;) {
            const std::string_view w = doc.tokens[k].surface;
            if ((w == "to"sv && k + 1 == i) || w == "pour"sv || w == "afin"sv || (w == "order"sv && k > 0 && doc.tokens[k - 1].surface == "in"sv) ||
                w == "\u0644\u0643\u064a"sv || w == "\u0643\u064a"sv)
                purpose = true;
            if (w == "that"sv && k > 0 && doc.tokens[k - 1].surface == "so"sv) purpose = true;
        }
        // "find rows without scanning", "instead of scanning": a manner, the action it spares is
        // neither said nor denied (the spared verb only; what follows it keeps the negation).
        {
            const Token& cue = doc.tokens[i];
            size_t next = i + 1;
            if (cue.info.comparative_negation && next < doc.tokens.size()) ++next;   // "instead of"
            if ((cue.surface == "without"sv || cue.surface == "w/o"sv || cue.surface == "w/out"sv || cue.info.comparative_negation) && next < doc.tokens.size() &&
                doc.tokens[next].clause == cue.clause && doc.tokens[next].surface.size() > 5 &&
                doc.tokens[next].surface.compare(doc.tokens[next].surface.size() - 3, 3, "ing") == 0) {
                doc.tokens[next].spared = true;
                doc.tokens[next].avoided = true;
            }
        }
        if (purpose) {
            for (size_t j = i + 1; j < doc.tokens.size() && j <= i + 8 && doc.tokens[j].clause == doc.tokens[i].clause; ++j)
                doc.tokens[j].avoided = true;
            continue;
        }
        // "No" / "aucun" deny a noun phrase, not what follows it: "payments whose reference
        // matches no student go to a queue" denies the student, not the queue.
        // A negative quantifier denies outright what it says is absent ("nothing is duplicated":
        // Token::denies_outright, which a point that removes the thing reads as stated); as the
        // subject of a verb it denies the verb's whole clause as "not" does ("nothing is validated
        // on the server"), else only the phrase it heads, as "no" ("nothing sensitive in the
        // environment"). A partitive subject ("none of the duplicated messages are removed") says
        // the verb is not done to the things it names, not that they are absent.
        const bool quantified = !doc.tokens[i].info.determiner_negation && quantified_denial(doc, i);
        const bool quantified_subject = quantified && quantifier_subject(doc, i);
        const bool determiner = doc.tokens[i].info.determiner_negation || (quantified && !quantified_subject);
        if (quantified && !(quantified_subject && partitive(doc, i))) doc.tokens[i].denies_outright = true;
        if (denies_verb_before(doc, i, marks)) doc.tokens[i - 1].negated = true;
        // A negation in a relative clause ("listeners that are never removed cause memory leaks",
        // "keys that can never match are filtered out") denies the relative clause's verb, not the
        // main clause that follows it: its scope ends after its first content word.
        bool relative = false;
        for (size_t k = i; k-- > 0 && doc.tokens[k].clause == doc.tokens[i].clause && k + 4 > i;) {
            const Token& r = doc.tokens[k];
            if (r.content() || r.info.subject) break;
            if ((r.surface == "that"sv || r.surface == "which"sv || r.surface == "who"sv) && k > 0 &&
                doc.tokens[k - 1].content() && doc.tokens[k - 1].clause == r.clause) {
                relative = true;
                break;
            }
        }
        // A negation joined by a hyphen to the next word ("the experimental no-GIL build",
        // "a not-null column") makes one adjective of them: it denies that word only.
        {
            const Token& cue = doc.tokens[i];
            const size_t end = static_cast<size_t>(cue.byte_start + cue.byte_len);
            if (i + 1 < doc.tokens.size() && end < doc.text.size() && doc.text[end] == '-' &&
                static_cast<size_t>(doc.tokens[i + 1].byte_start) == end + 1) {
                doc.tokens[i + 1].negated = true;
                continue;
            }
        }
        bool seen_content = false;
        for (size_t j = i + 1; j < doc.tokens.size() && j <= i + 8; ++j) {
            if (doc.tokens[j].clause != doc.tokens[i].clause) break;
            if (relative && seen_content) break;
            if (doc.tokens[j].info.coordinator && j + 1 < doc.tokens.size() && doc.tokens[j + 1].info.subject &&
                doc.tokens[j + 1].clause == doc.tokens[j].clause)
                break;
            // Nor past a subject that opens a new clause without a comma ("it iterates not recursion
            // on the right side it stays left assoc", "pas de cache ici il relit la base").
            if (seen_content && opens_clause(doc, j)) break;
            if (lack_denied_before(doc, i, j)) {
                if (doc.tokens[j].negation_cue) drop_negation_cue(doc, j);
                break;
            }
            // (PostgreSQL's french configuration keeps the article "les" as a word: it ends the
            // phrase all the same, "rien ne modifie les objets".)
            if (determiner && seen_content && (!doc.tokens[j].content() || doc.tokens[j].surface == "les"sv)) {
                const bool coordinated = (doc.tokens[j].surface == "or"sv || doc.tokens[j].surface == "and"sv ||
                                          doc.tokens[j].surface == "nor"sv || doc.tokens[j].surface == "ou"sv ||
                                          doc.tokens[j].surface == "et"sv) &&
                                         j + 1 < doc.tokens.size() && doc.tokens[j + 1].content() &&
                                         doc.tokens[j + 1].clause == doc.tokens[j].clause;
                if (!coordinated) break;
            }
            seen_content = seen_content || doc.tokens[j].content();
            doc.tokens[j].negated = true;
        }
    }
    // Returned values: "return -1", "returns None", "renvoie faux": the verb keeps a key of the
    // value (numbers with their sign).
    for (size_t i = 0; (marked & mark_return_verb) && i < doc.tokens.size(); ++i) {
        static constexpr std::string_view values[] = {"none", "null", "nil", "false", "true", "undefined", "nan", "zero",
                                             "faux", "vrai", "nul", "aucun"};
        Token& verb = doc.tokens[i];
        if (!(marks[i] & mark_return_verb)) continue;
        // (" -1" may read as a clause break: the next token counts within the sentence.)
        for (size_t j = i + 1; j < doc.tokens.size() && j <= i + 2 && doc.tokens[j].sentence == verb.sentence &&
                               (j == i + 1 || doc.tokens[j].clause == verb.clause);
             ++j) {
            const Token& v = doc.tokens[j];
            std::string key;
            if (v.kind == raw_number) {
                key = v.surface;
                if (v.byte_start > 0 && doc.text[static_cast<size_t>(v.byte_start - 1)] == '-') key = "-" + key;
            } else if (one_of(v.surface, values)) {
                key = v.surface == "faux"sv ? "false" : v.surface == "vrai"sv ? "true" : v.surface == "nul"sv ? "null" : v.surface;
            } else if (v.kind != raw_stop) {
                break;   // "return the index": no value
            }
            if (!key.empty()) {
                verb.returned = static_cast<int>(std::hash<std::string>()(key) % 1000000000);
                break;
            }
        }
    }
    // What each class measures: the nearest of "time" / "space", "memory"... within three words
    // and no comma, Latin or Arabic ("O(n) time, O(1) space"; "no additional memory, and it's O(n)" is of time), time
    // when none is said. After a notation the words are counted from its closing bracket: those
    // inside it, and its commas, are its own ("O(max(n, m)) extra space", "O(n log n) extra space").
    for (size_t i = 0; classes && i < doc.tokens.size(); ++i) {
        Token& t = doc.tokens[i];
        if (t.complexity < 0) continue;
        size_t after = i + 1;   // the first token after the notation t opens (after t when none)
        size_t after_byte = static_cast<size_t>(t.byte_start);
        if (const std::string_view argument = notation_argument(doc, t); !argument.empty()) {
            after_byte = static_cast<size_t>(argument.data() - doc.text.data()) + argument.size();
            while (after < doc.tokens.size() && static_cast<size_t>(doc.tokens[after].byte_start) < after_byte) ++after;
        }
        for (size_t d = 1; d <= 3; ++d) {
            int found = 0;   // 1 time, 2 space
            for (const size_t k : {after + d - 1, i >= d ? i - d : doc.tokens.size()}) {
                if (k >= doc.tokens.size() || doc.tokens[k].sentence != t.sentence) continue;
                const Token& from = doc.tokens[std::min(i, k)];
                const Token& to = doc.tokens[std::max(i, k)];
                const size_t from_byte = k > i ? after_byte : static_cast<size_t>(from.byte_start);
                const std::string_view between =
                    doc.text.substr(from_byte, static_cast<size_t>(to.byte_start) - from_byte);
                if (between.find(',') != std::string_view::npos || between.find("\xD8\x8C"sv) != std::string_view::npos)   // "\u060c"
                    continue;
                const std::string_view w = doc.tokens[k].surface;
                if (w == "time"sv || w == "runtime"sv || w == "temps"sv) found = found ? found : 1;
                if (w == "space"sv || w == "memory"sv || w == "extra"sv || w == "storage"sv || w == "espace"sv || w == "mémoire"sv)
                    found = found ? found : 2;
            }
            if (found) {
                t.complexity_space = found == 2;
                break;
            }
        }
    }
    // Claims of sameness: "interchangeable", "the same thing / result", "la même chose", "just as
    // isolated as", and a denied difference ("no difference", "they don't differ").
    for (const size_t i : marked_tokens) {
        Token& t = doc.tokens[i];
        if (!(marks[i] & mark_sameness)) continue;   // (every claim below is made by a marked word)
        const std::string_view* next = i + 1 < doc.tokens.size() && doc.tokens[i + 1].clause == t.clause
                                      ? &doc.tokens[i + 1].surface : nullptr;
        if (t.info.sameness) t.sameness = !t.negated;
        // "no difference", "they don't differ" (the cue close by: not any word in a long scope)
        if (t.info.contrast && t.negated && !t.info.comparative)
            for (size_t k = i; k-- > 0 && k + 4 > i;)
                if (doc.tokens[k].negation_cue) t.sameness = true;
        if (next != nullptr && !t.negated) {
            if ((t.surface == "same"sv || t.surface == "même"sv) &&
                (*next == "thing"sv || *next == "things"sv || *next == "result"sv || *next == "results"sv || *next == "chose"sv ||
                 *next == "effect"sv || *next == "behaviour"sv || *next == "behavior"sv || *next == "résultat"sv))
                t.sameness = true;
            if (t.surface == "just"sv && *next == "as"sv) t.sameness = true;
        }
        // "a fork and a clone give exactly the same tree", "locks and latches use the
        // same queue": two things coordinated before "the same" in its clause.
        if (!t.negated && (t.surface == "same"sv || t.surface == "même"sv || t.surface == "mêmes"sv) && next != nullptr) {
            bool coordinated = false;
            int before = 0;   // content words before the coordinator, and between it and "same"
            for (size_t k = i; k-- > 0 && doc.tokens[k].clause == t.clause && k + 12 > i;) {
                const Token& c = doc.tokens[k];
                if (c.info.conditional) break;
                if ((c.surface == "and"sv || c.surface == "et"sv) && before >= 2 && k > 0 &&
                    doc.tokens[k - 1].clause == t.clause && doc.tokens[k - 1].content()) {
                    coordinated = true;
                    break;
                }
                before += c.content();
            }
            if (coordinated) t.sameness = true;
        }
        // "as slow as", "aussi lents que": equal on some measure (not "as many as", "as soon as", nor
        // "as simple as a revert", "aussi facile que": a judgement of how easy something is).
        if (!t.negated && next != nullptr && (t.surface == "as"sv || t.surface == "aussi"sv) && i + 2 < doc.tokens.size() &&
            doc.tokens[i + 2].clause == t.clause && doc.tokens[i + 1].content()) {
            static constexpr std::string_view idioms[] = {"many", "much", "soon", "long", "well", "far", "follows", "such",
                                                          "little", "few", "often", "possible", "needed", "usual",
                                                          "simple", "easy", "hard", "difficult", "straightforward", "good",
                                                          "facile", "difficile", "bien"};
            static constexpr std::string_view limits[] = {"possible", "needed", "necessary", "required", "usual", "ever",
                                                          "before", "always", "can", "could", "we", "you", "i", "it", "they",
                                                          "nécessaire", "avant", "d", "toujours", "on"};
            const std::string_view closing = doc.tokens[i + 2].surface;
            const bool limit = i + 3 < doc.tokens.size() && one_of(doc.tokens[i + 3].surface, limits);   // "as fast as possible"
            if (((t.surface == "as"sv && closing == "as"sv) || (t.surface == "aussi"sv && (closing == "que"sv || closing == "qu"sv))) &&
                !one_of(*next, idioms) && !limit)
                t.sameness = true;
        }
        // "reads and writes are roughly balanced" (not a load balancer)
        if (!t.negated && (t.surface == "balanced"sv || t.surface == "équilibrés"sv || t.surface == "équilibré"sv) &&
            !(i > 0 && doc.tokens[i - 1].surface == "load"sv)) {
            t.sameness = true;
        }
        // "check if we are measuring the same thing" asks, it does not claim.
        for (size_t k = i; t.sameness && k-- > 0 && doc.tokens[k].clause == t.clause && k + 12 > i;)
            if (doc.tokens[k].info.conditional) t.sameness = false;
    }
    // Endorsements: a clause with "fine", "best", "should", "always" ... (not denied) recommends
    // what it says; not the "ok" a speaker opens a sentence with (discourse_opener).
    for (size_t i = 0; endorsements && i < doc.tokens.size(); ++i) {
        const Token& t = doc.tokens[i];
        if (!t.info.endorsement || t.negated || discourse_opener(doc, i)) continue;
        bool denied_clause = false;
        for (size_t j = i; j-- > 0 && doc.tokens[j].clause == t.clause;) denied_clause = denied_clause || doc.tokens[j].negation_cue;
        if (denied_clause) continue;
        for (size_t j = i; j-- > 0 && doc.tokens[j].clause == t.clause;) doc.tokens[j].endorsed = !doc.tokens[j].negated;
        for (size_t j = i; j < doc.tokens.size() && doc.tokens[j].clause == t.clause; ++j)
            doc.tokens[j].endorsed = !doc.tokens[j].negated;
    }
    // Verbs of avoidance: "I avoid blocking calls" takes the side of "no blocking calls" on
    // words with an opposite (only there: "normalisation avoids update anomalies" still names
    // the anomalies).
    for (size_t i = 0; avoidances && i < doc.tokens.size(); ++i) {
        if (!doc.tokens[i].info.avoidance || doc.tokens[i].negated) continue;
        for (size_t j = i + 1; j < doc.tokens.size() && j <= i + 8; ++j) {
            if (doc.tokens[j].clause != doc.tokens[i].clause) break;
            if (doc.tokens[j].info.coordinator && j + 1 < doc.tokens.size() && doc.tokens[j + 1].info.subject) break;
            doc.tokens[j].avoided = true;
        }
    }
    // Excess and pejorative verdicts dismiss their clause like "unnecessary": "automatic
    // reverts are too risky", "throttling would slow us down too much", "coding first
    // just breeds bad habits", "it just hides the problem".
    for (const size_t i : marked_tokens) {
        if (i + 1 >= doc.tokens.size()) break;
        if (!(marks[i] & mark_verdict)) continue;   // (every verdict below opens with one)
        const Token& t = doc.tokens[i];
        const Token& next = doc.tokens[i + 1];
        if (next.clause != t.clause || t.negated) continue;
        static constexpr std::string_view excess[] = {"much", "slow", "risky", "complex", "complicated", "expensive", "costly",
                                             "heavy", "dangerous", "fragile", "brittle", "risqué", "lent", "cher",
                                             "compliqué", "lourd"};
        static constexpr std::string_view pejorative[] = {"creates", "create", "adds", "slows", "hides", "wastes", "complicates",
                                                 "breaks", "hurts", "confuses", "clutters", "delays", "bloats"};
        const bool is_excess = (t.surface == "too"sv || t.surface == "trop"sv) &&
                               one_of(next.surface, excess);
        const bool is_pejorative = t.surface == "just"sv &&
                                   one_of(next.surface, pejorative);
        // "raising it early makes you look bad", "asking for help makes a newcomer look weak":
        // a verdict, in the present ("admitting it made me look bad at first" tells what happened).
        static constexpr std::string_view unflattering[] = {"bad", "incompetent", "weak", "stupid", "dumb", "unprofessional",
                                                   "lazy", "silly", "insecure", "clueless"};
        bool is_unflattering = (t.surface == "look"sv || t.surface == "seem"sv) &&
                               one_of(next.surface, unflattering);
        if (is_unflattering) {
            bool made = false;
            for (size_t j = i; j-- > 0 && doc.tokens[j].clause == t.clause && j + 8 > i;)
                made = made || doc.tokens[j].surface == "makes"sv || doc.tokens[j].surface == "make"sv;
            is_unflattering = made;
        }
        // "caching data locally is risky", "c'est une mauvaise idée", "is bad practice": a verdict
        // after a copula (not in a condition: "if the change is risky, ...").
        static constexpr std::string_view hazards[] = {"risky", "dangerous", "unsafe", "reckless", "risqué", "risquée",
                                                       "dangereux", "dangereuse"};
        bool is_hazard = false;
        if (one_of(t.surface, verdict_copulas)) {
            size_t k = i + 1;   // past an article or an intensifier
            static constexpr std::string_view fillers_between[] = {"a", "an", "really", "very", "quite", "pretty", "une", "un",
                                                                   "très", "vraiment", "be", "plutôt"};
            while (k < i + 3 && k + 1 < doc.tokens.size() && doc.tokens[k].clause == t.clause &&
                   one_of(doc.tokens[k].surface, fillers_between))
                ++k;
            const Token& v = doc.tokens[k];
            const std::string_view* after = k + 1 < doc.tokens.size() && doc.tokens[k + 1].clause == t.clause ? &doc.tokens[k + 1].surface : nullptr;
            is_hazard = v.clause == t.clause && !v.negated &&
                        (one_of(v.surface, hazards) ||
                         ((v.surface == "bad"sv || v.surface == "mauvaise"sv) && after != nullptr &&
                          (*after == "idea"sv || *after == "practice"sv || *after == "idée"sv || *after == "pratique"sv)));
            // Nor on a subject that already says what not to do ("skipping the tests before a deploy
            // is risky", "deploying without a rollback plan is dangerous"): the verdict agrees with the
            // point then, it does not dismiss it.
            // (A word of absence or omission: without, sans, skipping, ignoring, oublier, تجاهل ...)
            for (size_t j = i; is_hazard && j-- > 0 && doc.tokens[j].clause == t.clause && j + 12 > i;) {
                const Token& c = doc.tokens[j];
                if (c.info.conditional || c.negation_cue || c.info.avoidance || c.info.implicit_negative ||
                    c.info.role == role_omission || c.info.role == role_absence)
                    is_hazard = false;
            }
        }
        if (!is_excess && !is_pejorative && !is_unflattering && !is_hazard) continue;
        for (size_t j = i + 1; j-- > 0 && doc.tokens[j].clause == t.clause;) doc.tokens[j].negated = doc.tokens[j].dismissed = true;
        // With an empty subject the verdict is on what follows: "it's risky to deploy at peak",
        // "c'est une mauvaise idée de tout réécrire".
        static constexpr std::string_view empty_subjects[] = {"it", "c", "ce", "ça", "cela"};
        if (is_hazard && i > 0 && one_of(doc.tokens[i - 1].surface, empty_subjects))
            for (size_t j = i + 1; j < doc.tokens.size() && doc.tokens[j].clause == t.clause; ++j)
                doc.tokens[j].negated = doc.tokens[j].dismissed = true;
    }
    if (marked & (mark_noise | mark_worry)) read_verdict_nouns(doc, marks, marked_tokens);
    // Dismissals deny the whole clause, subject included: "time zones don't matter", "no need
    // to distinguish them", "a lock is unnecessary".
    for (const size_t i : marked_tokens) {   // (a dismissal, or a word of dismissal_idiom)
        const Token& t = doc.tokens[i];
        if (not_dismissal[i]) continue;
        const Idiom idiom = marks[i] & mark_idiom ? dismissal_idiom(doc, i) : Idiom::none;
        bool dismissal = t.info.dismissal_word || idiom == Idiom::alone || idiom == Idiom::clause || idiom == Idiom::doing;
        const bool head = t.info.dismissal || idiom == Idiom::denied;
        // (A denied worth or good idea denies its clause as a negation would: see Idiom::clause.)
        const bool dismisses = idiom != Idiom::clause && idiom != Idiom::doing;
        if (head) {
            for (size_t j = i; j-- > 0 && j + 3 > i;)
                if (doc.tokens[j].negation_cue && doc.tokens[j].clause == t.clause) dismissal = true;
            // "No queue is needed", "no cache or limit is needed": the negation opens the subject
            // the verdict is on, a few words before it.
            // (An aside of the speaker's opinion between them counts for nothing: "there is no single
            // point of failure in my opinion worth fixing", "I think", "à mon avis".)
            for (size_t j = i, reach = 7; !dismissal && j-- > 0 && j + reach > i && doc.tokens[j].clause == t.clause;) {
                if (opinion_aside(doc, j)) {
                    ++reach;
                    continue;
                }
                if (doc.tokens[j].negation_cue && doc.tokens[j].info.determiner_negation && opens_subject(doc, j)) dismissal = true;
            }
        }
        if (!dismissal || dismissal_withheld(doc, i)) continue;
        // The dismissing word itself ("need" in "no need to") says nothing of the point's words.
        if (head) doc.tokens[i].spared = true;
        // Back to the clause's start, or to a connective of consequence: "we hash with bcrypt, so a
        // second round is unnecessary" dismisses the round, not the bcrypt the reason names; but
        // "..., so it's pointless" dismisses what came before (verdict_points_back).
        for (size_t j = i; idiom != Idiom::doing && j-- > 0 && doc.tokens[j].clause == t.clause;) {
            if (doc.tokens[j].info.role == role_consequence && !verdict_points_back(doc, j, i)) break;
            doc.tokens[j].negated = true;
            doc.tokens[j].dismissed = doc.tokens[j].dismissed || dismisses;
        }
        if (const size_t topic = idiom != Idiom::doing ? dislocated_topic(doc, i) : no_topic; topic != no_topic)
            for (size_t j = topic; doc.tokens[j].clause != t.clause; ++j) {
                doc.tokens[j].negated = true;
                doc.tokens[j].dismissed = doc.tokens[j].dismissed || dismisses;
            }
        // Forward, through an embedded question ("no need to remember which pages we visited"): a
        // clause word with no punctuation before it.
        int clause = t.clause;
        for (size_t j = i + 1; j < doc.tokens.size(); ++j) {
            if (doc.tokens[j].clause != clause) {
                const Token& prev = doc.tokens[j - 1];
                const std::string_view gap = doc.text.substr(static_cast<size_t>(prev.byte_start + prev.byte_len),
                                                             static_cast<size_t>(doc.tokens[j].byte_start - prev.byte_start - prev.byte_len));
                const bool embedded = doc.tokens[j].info.clause_break && gap.find_first_of(",;:.!?()") == std::string_view::npos &&
                                      doc.tokens[j].sentence == t.sentence &&
                                      (doc.tokens[j].surface == "which"sv || doc.tokens[j].surface == "whether"sv);
                if (!embedded) break;
                clause = doc.tokens[j].clause;
            }
            doc.tokens[j].negated = true;
            doc.tokens[j].dismissed = doc.tokens[j].dismissed || dismisses;
        }
    }
    spare_self_descriptions(doc, cue_tokens);
    if (marked & mark_topic) read_denied_topics(doc, marks, marked_tokens);
    read_question_denials(doc);
    // After the question denials, so a denial asked inside a frame the speaker does not own is spared too.
    spare_framed_denials(doc);
    doc.sentences = doc.tokens.empty() ? 0 : sentence + 1;
    doc.clauses = doc.tokens.empty() ? 0 : clause + 1;
    scratch.release_if_large();
    return doc;
}

}  // namespace utopiahire::core
