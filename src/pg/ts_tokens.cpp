#include "pg/postgres_headers.hpp"

extern "C" {
#include "mb/pg_wchar.h"
#include "tsearch/ts_cache.h"
#include "tsearch/ts_public.h"
#include "utils/fmgroids.h"
#include "common/hashfn.h"
#include "utils/inval.h"
#include "utils/memutils.h"
#include "utils/guc.h"
#include "utils/pg_locale.h"
#include "catalog/pg_collation_d.h"
#include "utils/syscache.h"
}

#include "pg/ts_tokens.hpp"

#include "core/string_index.hpp"
#include "pg/guard.hpp"

#include <cstring>
#include <cwctype>
#include <type_traits>

namespace utopiahire::pg {

namespace {

// Token types of PostgreSQL's default parser (wparser_def.c).
constexpr int default_email = 4, default_url = 5, default_host = 6, default_scientific = 7,
              default_version = 8, default_blank = 12, default_numhword = 15, default_asciihword = 16,
              default_hword = 17, default_urlpath = 18, default_file = 19, default_decimal = 20,
              default_signedint = 21, default_unsignedint = 22;

constexpr int max_cached_word_bytes = 255;
constexpr uint32 max_cached_words = 100000;

// The lexemes of one (configuration, token type, word), in an open-addressing table (linear
// probing, power-of-two capacity): a lookup hashes only the word's bytes and allocates nothing.
// An entry is one cache line, with the word's bytes and then its lexemes' in it when they fit
// (most words), else in lexeme_context: every token of every text probes the table, which is
// mostly out of the cache, and a hit then reads one line rather than three (entry, word,
// lexemes).
struct LexemeEntry {
    static constexpr int inline_bytes = 40;
    uint32 hash;
    Oid cfg;
    int16 type;
    int16 len;         // of the word; 0: empty slot
    int16 kind;
    int16 nlex;
    int32 bytes;       // of the lexemes
    uint32 handle;     // core::word_handle of the word (see word_handle_of)
    union {
        char here[inline_bytes];   // when len + bytes fit
        char* elsewhere;           // else: len + bytes in lexeme_context
    } data;

    const char* word() const { return len + bytes <= inline_bytes ? data.here : data.elsewhere; }
    const char* lexemes() const { return word() + len; }
};
static_assert(sizeof(LexemeEntry) == 64, "a lexeme cache entry is one cache line");

LexemeEntry* lexeme_slots = nullptr;   // in lexeme_context, aligned on 64 bytes
void* lexeme_slots_chunk = nullptr;    // the allocation holding them
uint32 lexeme_capacity = 0;
uint32 lexeme_count = 0;
MemoryContext lexeme_context = nullptr;
bool callbacks_registered = false;
uint64 cache_generation = 1;

void invalidate_lexemes(Datum, int, uint32) {
    ++cache_generation;
    if (lexeme_context != nullptr) {
        MemoryContextDelete(lexeme_context);
        lexeme_context = nullptr;
        lexeme_slots = nullptr;
        lexeme_slots_chunk = nullptr;
        lexeme_capacity = 0;
        lexeme_count = 0;
    }
}

// The invalidation callbacks, once per backend: before any cache stamped with cache_generation
// is filled, so that no change can go unnoticed.
void register_callbacks() {
    if (callbacks_registered) return;
    CacheRegisterSyscacheCallback(TSCONFIGMAP, invalidate_lexemes, (Datum) 0);
    CacheRegisterSyscacheCallback(TSCONFIGOID, invalidate_lexemes, (Datum) 0);
    CacheRegisterSyscacheCallback(TSDICTOID, invalidate_lexemes, (Datum) 0);
    CacheRegisterSyscacheCallback(TSTEMPLATEOID, invalidate_lexemes, (Datum) 0);
    callbacks_registered = true;
}

// capacity empty entries in lexeme_context, each on a cache line of its own (*chunk: the
// allocation to free).
LexemeEntry* allocate_slots(uint32 capacity, void** chunk) {
    constexpr size_t line = 64;
    *chunk = MemoryContextAllocZero(lexeme_context, sizeof(LexemeEntry) * capacity + line);
    return reinterpret_cast<LexemeEntry*>(TYPEALIGN(line, *chunk));
}

void ensure_cache() {
    register_callbacks();
    if (lexeme_slots != nullptr && lexeme_count > max_cached_words) invalidate_lexemes((Datum) 0, 0, 0);
    if (lexeme_slots == nullptr) {
        // A context left by an earlier attempt whose allocation failed is reused, not leaked.
        if (lexeme_context == nullptr)
            lexeme_context = AllocSetContextCreate(CacheMemoryContext, "utopiahire lexeme cache",
                                                   ALLOCSET_DEFAULT_SIZES);
        constexpr uint32 initial_capacity = 4096;
        lexeme_slots = allocate_slots(initial_capacity, &lexeme_slots_chunk);
        lexeme_capacity = initial_capacity;
        lexeme_count = 0;
    }
}

// The core's string hash (eight bytes at a time; the table lives in this backend only, so any
// good hash does): every token of every answer is looked up here.
[[gnu::always_inline]] inline uint32 word_hash(Oid cfg, int type, const char* word, int len) {
    const uint64 h = core::string_hash(std::string_view(word, static_cast<size_t>(len)));
    return hash_combine(static_cast<uint32>(h ^ (h >> 32)), hash_combine(static_cast<uint32>(cfg), static_cast<uint32>(type)));
}

// The slot of the word, or the empty slot where it would go.
LexemeEntry* find_slot(uint32 hash, Oid cfg, int type, const char* word, int len) {
    const uint32 mask = lexeme_capacity - 1;
    for (uint32 i = hash & mask;; i = (i + 1) & mask) {
        LexemeEntry* e = &lexeme_slots[i];
        if (e->len == 0) return e;
        if (e->hash == hash && e->len == len && e->type == type && e->cfg == cfg &&
            core::same_bytes(e->word(), word, static_cast<size_t>(len)))
            return e;
    }
}

// Doubles the table when it is half full (before an insertion). The new table is allocated
// before anything changes: if the allocation fails (ereport), the cache is still consistent.
void grow_if_needed() {
    if ((lexeme_count + 1) * 2 <= lexeme_capacity) return;
    LexemeEntry* old = lexeme_slots;
    void* old_chunk = lexeme_slots_chunk;
    const uint32 old_capacity = lexeme_capacity;
    void* grown_chunk = nullptr;
    LexemeEntry* grown = allocate_slots(old_capacity * 2, &grown_chunk);
    lexeme_slots = grown;
    lexeme_slots_chunk = grown_chunk;
    lexeme_capacity = old_capacity * 2;
    const uint32 mask = lexeme_capacity - 1;
    for (uint32 j = 0; j < old_capacity; ++j) {
        if (old[j].len == 0) continue;
        uint32 i = old[j].hash & mask;
        while (lexeme_slots[i].len != 0) i = (i + 1) & mask;
        lexeme_slots[i] = old[j];   // (a word kept in the entry moves with it)
    }
    pfree(old_chunk);
}

// The core's handle on a word's bytes (RawToken::word), asked once per cached word; 0 when the
// core cannot make one (then it reads the token itself: the same facts).
uint32 word_handle_of(const char* word, int len) {
    uint32 handle = 0;
    GuardError ignored;
    if (!run_guarded([&] { handle = core::word_handle(std::string_view(word, static_cast<size_t>(len))); }, &ignored))
        return 0;
    return handle;
}

// Runs the dictionary chain for one token; lexemes go to buf as NUL-terminated strings.
int lexize(TSConfigCacheEntry* cfg, int type, char* word, int len, StringInfo buf, int* nlex) {
    *nlex = 0;
    const ListDictionary* map = cfg->map + type;
    char* current = word;
    int current_len = len;
    for (int i = 0; i < map->len; ++i) {
        TSDictionaryCacheEntry* dict = lookup_ts_dictionary_cache(map->dictIds[i]);
        DictSubState state;
        state.isend = false;
        state.getnext = false;
        state.private_state = nullptr;
        TSLexeme* res = (TSLexeme*) DatumGetPointer(FunctionCall4(
            &dict->lexize, PointerGetDatum(dict->dictData), PointerGetDatum(current),
            Int32GetDatum(current_len), PointerGetDatum(&state)));
        if (res == nullptr) continue;
        if (res->lexeme == nullptr) return core::raw_stop;
        if (res->flags & TSL_FILTER) {
            current = res->lexeme;
            current_len = static_cast<int>(std::strlen(res->lexeme));
            continue;
        }
        for (TSLexeme* p = res; p->lexeme != nullptr; ++p) {
            appendBinaryStringInfo(buf, p->lexeme, static_cast<int>(std::strlen(p->lexeme)) + 1);
            ++*nlex;
        }
        return core::raw_word;
    }
    return core::raw_unknown;
}

// The fast path (configurations using the default parser, wparser_def.c). The parser never
// makes a token across ASCII whitespace except a tag (so the text from the chunk holding the
// first '<' on goes to the parser), and after whitespace it is in its blank state: so the text
// can be split into chunks at whitespace. A plain chunk (see scan_plain) gives exactly its runs
// of letters as asciiword / word tokens and its free-standing runs of ASCII digits as uint
// tokens, which are made here; every run of other chunks goes to the parser (with the
// whitespace after it), started where the parser would leave its blank state (see
// parser_start). Lexemes come from the configuration's dictionaries for the token type either
// way, so the tokens are the parser's (utopiahire_interview.check_tokenizer verifies it).
bool fast_tokenizer = true;
bool check_tokenizer = false;
constexpr int default_asciiword = 1, default_word = 2, default_hword_asciipart = 11, default_uint = default_unsignedint;

constexpr bool ascii_space(unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

constexpr bool is_ascii_letter(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

constexpr bool is_ascii_digit(unsigned char c) { return c >= '0' && c <= '9'; }

// Separators the parser passes over as blanks wherever they stand among ASCII letters and
// digits: none of them starts or continues a token (no state of the parser reachable in a plain
// chunk has an action of its own for them). '_' continues a host name, which a plain chunk
// cannot complete, and a file name after '.', which scan_plain rules out.
constexpr bool is_blank_separator(unsigned char c) {
    switch (c) {
        case '\'': case '"': case ',': case ';': case '(': case ')': case '[': case ']': case '!': case '?':
        case '#': case '$': case '%': case '^': case '*': case '=': case '>': case '`': case '{': case '|':
        case '}': case '\\': case '_':
            return true;
        default:
            return false;
    }
}

// How the default parser classes a character (its p_isalpha, p_isalnum, p_isspecial): ASCII
// characters by themselves; others, in a UTF-8 database, by iswalpha / iswalnum of the code
// point under the database's LC_CTYPE (the parser's wide characters), or all as letters when
// LC_CTYPE is C (its rule for C with a multibyte encoding). A character of no display width
// (a combining mark) joins the word it follows. The parser also joins some spacing vowel signs
// of South and South-East Asian scripts: characters of those blocks are left to it, as are
// other encodings' non-ASCII characters and other scripts' digits.
enum class CharClass { letter, digit, joiner, blank, trailing, other };

// The class of an ASCII character (see CharClasses::of).
constexpr CharClass ascii_class(unsigned char c) {
    if (is_ascii_letter(c)) return CharClass::letter;
    if (is_ascii_digit(c)) return CharClass::digit;
    if (is_blank_separator(c)) return CharClass::blank;
    if (c == '.' || c == ':' || c == '-') return CharClass::trailing;
    return CharClass::other;
}

// ascii_class and ascii_space by byte (one load per character instead of a dozen
// comparisons: the fast path classes every byte of a text twice). Bytes >= 0x80 are not
// spaces; their class entries are unused (see CharClasses::of).
struct AsciiTable {
    CharClass cls[256];
    bool space[256];
};

constexpr AsciiTable make_ascii_table() {
    AsciiTable t{};
    for (int c = 0; c < 256; ++c) {
        t.cls[c] = c < 0x80 ? ascii_class(static_cast<unsigned char>(c)) : CharClass::other;
        t.space[c] = ascii_space(static_cast<unsigned char>(c));
    }
    return t;
}

constexpr AsciiTable ascii_table = make_ascii_table();

bool is_ascii_space(unsigned char c) { return ascii_table.space[c]; }

struct CharClasses {
    bool utf8;      // non-ASCII characters classed here (else: other)
    bool ctype_c;   // then all letters

    // The class of the character at p (len bytes left, len > 0); *bytes its length.
    CharClass of(const char* p, int len, int* bytes) const {
        const unsigned char c = static_cast<unsigned char>(*p);
        *bytes = 1;
        if (c < 0x80) return ascii_table.cls[c];
        if (!utf8) return CharClass::other;
        const int n = pg_utf_mblen(reinterpret_cast<const unsigned char*>(p));
        if (n < 2 || n > len) return CharClass::other;
        *bytes = n;
        if (ctype_c) return CharClass::letter;
        const pg_wchar cp = utf8_to_unicode(reinterpret_cast<const unsigned char*>(p));
        if ((cp >= 0x0900 && cp < 0x1E00) || (cp >= 0xA800 && cp < 0xAB00)) return CharClass::other;
        const wint_t wc = static_cast<wint_t>(cp);
        if (iswalpha(wc)) return CharClass::letter;
        if (pg_dsplen(p) == 0) return CharClass::joiner;
        if (iswalnum(wc)) return CharClass::other;
        return CharClass::blank;   // punctuation, symbols, other spaces
    }
};

// A chunk whose tokens are exactly its runs of letters (asciiword when all ASCII letters, word
// otherwise; a joiner continues a run, elsewhere it is a blank), its runs of ASCII digits (uint)
// and the parts of its compound words of ASCII letters ("read-only": the parser's asciihword,
// which the collector passes over, then each part as hword_asciipart): letters, digits,
// joiners and blank separators, where no run of digits touches a letter or a joiner (a number
// word, a host or a number's exponent) and a '-' between ASCII letters joins a compound of
// ASCII letters only, with '.', ':' and '-' otherwise only after the last letter or digit
// (ending a word or number, they start no host, URL, file name, decimal, version or hyphenated
// word when no letter or digit follows), '_' not after them (a file name), never ".." (a file
// name of its own before whitespace); no other character.
//
// scan_plain tells whether copy[pos, end) is such a chunk and hands on_run(start, len, type)
// each of its runs (type: the parser's token type) in the same pass (each character classed
// once). A chunk is known plain only at its end, so the caller keeps the runs until scan_plain
// returns true.
template <typename OnRun>
bool scan_plain(const CharClasses& classes, const char* copy, int pos, int end, OnRun on_run) {
    bool trailing_seen = false;
    int start = -1;          // of the current run
    bool digits = false;     // the run is of digits
    bool ascii = true;       // the run (of letters) is all ASCII
    bool compound = false;   // the run is a part of a compound word after its first
    for (int i = pos, n = 1; i <= end; i += n) {
        const CharClass c = i < end ? classes.of(copy + i, end - i, &n) : CharClass::blank;
        if (c == CharClass::other) return false;
        if (c == CharClass::trailing && copy[i] == '-' && start >= 0 && !digits && ascii && i + 1 < end &&
            is_ascii_letter(static_cast<unsigned char>(copy[i + 1]))) {
            on_run(start, i - start, default_hword_asciipart);   // a compound's part, before a '-'
            start = -1;
            compound = true;
            continue;
        }
        const bool alnum = c == CharClass::letter || c == CharClass::digit || c == CharClass::joiner;
        if (alnum || (c == CharClass::blank && copy[i] == '_')) {
            if (trailing_seen) return false;   // '.', ':' or '-' before a letter, digit or '_'
        } else if (c == CharClass::trailing) {
            trailing_seen = true;
            if (copy[i] == '.' && i > pos && copy[i - 1] == '.') return false;
        }
        if (alnum && start >= 0 && digits != (c == CharClass::digit)) return false;   // digits next to a letter
        if (c == CharClass::digit || c == CharClass::letter || (c == CharClass::joiner && start >= 0)) {
            if (start < 0) {
                start = i;
                digits = c == CharClass::digit;
                ascii = true;
            }
            ascii = ascii && n == 1;
            // The rest of a run of ASCII letters (or digits) in one go: nothing above changes
            // within it (bytes >= 0x80 are not in ascii_table's letter or digit class).
            const CharClass same = digits ? CharClass::digit : CharClass::letter;
            int next = i + n;
            while (next < end && ascii_table.cls[static_cast<unsigned char>(copy[next])] == same) ++next;
            n = next - i;
            continue;
        }
        if (start >= 0) {
            if (compound && !ascii) return false;   // a compound with other letters: hword
            on_run(start, i - start,
                   compound ? default_hword_asciipart : digits ? default_uint : ascii ? default_asciiword : default_word);
            start = -1;
            compound = false;
        }
    }
    return true;
}

// Where the parser, in its blank state after whitespace, starts its next token in a chunk run
// from begin: it passes over ASCII punctuation other than '<', '-', '+', '&' and '/' (which,
// like letters, digits and other characters, it reads from its base state, where a parse of
// the run alone starts too). At the start of the text the parser is in its base state already.
int parser_start(const char* p, int begin, int end) {
    if (begin == 0) return begin;
    while (begin < end) {
        const unsigned char c = static_cast<unsigned char>(p[begin]);
        if (c >= 0x80 || is_ascii_letter(c) || is_ascii_digit(c) || c == '<' || c == '-' || c == '+' || c == '&' ||
            c == '/')
            break;
        ++begin;
    }
    return begin;
}

// pg_mbstrlen_with_len for UTF-8: the same character lengths (pg_utf_mblen's) and the same stop
// at a NUL, without its call through the encoding table for every character.
int utf8_mbstrlen(const char* s, int limit) {
    int n = 0;
    while (limit > 0 && *s) {
        const unsigned char c = static_cast<unsigned char>(*s);
        const int l = (c & 0x80) == 0 ? 1 : (c & 0xe0) == 0xc0 ? 2 : (c & 0xf0) == 0xe0 ? 3 : (c & 0xf8) == 0xf0 ? 4 : 1;
        limit -= l;
        s += l;
        ++n;
    }
    return n;
}

// No byte of text[0, len) has its high bit set (eight bytes at a time).
bool all_ascii(const char* text, int len) {
    int i = 0;
    for (; i + 8 <= len; i += 8) {
        uint64 w;
        std::memcpy(&w, text + i, 8);
        if (w & UINT64CONST(0x8080808080808080)) return false;
    }
    for (; i < len; ++i)
        if (IS_HIGHBIT_SET(text[i])) return false;
    return true;
}

// Collects tokens (with their lexemes through the per-backend cache) in text order.
class TokenCollector {
public:
    TokenCollector(Oid cfg_id, TSConfigCacheEntry* cfg, bool default_parser, const char* copy, int len)
        : cfg_id_(cfg_id), cfg_(cfg), default_parser_(default_parser), copy_(copy), len_(len) {
        capacity_ = 16 + len / 4;   // about one token every five or six bytes in prose: rarely grown
        tokens_ = static_cast<core::RawToken*>(palloc(sizeof(core::RawToken) * capacity_));
        initStringInfo(&lexbuf_);
        ascii_ = all_ascii(copy, len);
        utf8_ = GetDatabaseEncoding() == PG_UTF8;
    }

    // A token the parser (or the fast path) found at byte_start of the text; lemm is the
    // token's bytes (in a copy the dictionaries may use as scratch).
    void add(int type, char* lemm, int lenlemm, int byte_start) { add(type, lemm, lenlemm, byte_start, false, 0); }

    // The hash of a word's cache entry, with a prefetch of the slot where its lookup starts: the
    // fast path hashes words a few tokens before it adds them (add_hashed), so that the cache
    // misses of the table (mostly out of the CPU caches) overlap instead of coming one by one.
    uint32 prefetch(int type, const char* lemm, int lenlemm) const {
        const uint32 hash = word_hash(cfg_id_, type, lemm, lenlemm);
        if (lexeme_slots != nullptr) __builtin_prefetch(&lexeme_slots[hash & (lexeme_capacity - 1)]);
        return hash;
    }

    void add_hashed(int type, char* lemm, int lenlemm, int byte_start, uint32 hash) {
        add(type, lemm, lenlemm, byte_start, true, hash);
    }

private:
    void add(int type, char* lemm, int lenlemm, int byte_start, bool hashed, uint32 hash) {
        if (lenlemm <= 0 || type >= cfg_->lenmap || cfg_->map[type].len == 0) return;
        if (default_parser_ && (type == default_blank || type == default_numhword ||
                                type == default_asciihword || type == default_hword))
            return;   // compound words: their parts follow
        if (byte_start < 0 || byte_start + lenlemm > len_) return;
        if (byte_start < scanned_bytes_) return;   // overlaps the previous token (url parts)
        scanned_chars_ += ascii_ ? byte_start - scanned_bytes_ : chars(copy_ + scanned_bytes_, byte_start - scanned_bytes_);
        scanned_bytes_ = byte_start;
        const int char_len = ascii_ ? lenlemm : chars(lemm, lenlemm);

        int kind = core::raw_word, nlex = 0;
        uint32 handle = 0;
        const int lex_offset = lexbuf_.len;
        const bool cacheable = lenlemm <= max_cached_word_bytes;
        LexemeEntry* entry = nullptr;
        if (cacheable) {
            if (lexeme_slots == nullptr) ensure_cache();
            if (!hashed) hash = word_hash(cfg_id_, type, lemm, lenlemm);
            entry = find_slot(hash, cfg_id_, type, lemm, lenlemm);
        }
        if (entry != nullptr && entry->len != 0) {
            kind = entry->kind;
            nlex = entry->nlex;
            handle = entry->handle;
            if (entry->bytes > 0) append_lexemes(entry->lexemes(), entry->bytes);
        } else {
            const uint64 generation = cache_generation;
            if (cacheable) handle = word_handle_of(lemm, lenlemm);   // (before the dictionaries see the word)
            kind = lexize(cfg_, type, lemm, lenlemm, &lexbuf_, &nlex);
            // The dictionaries may have touched the catalogs; the cache may be gone.
            const int bytes = lexbuf_.len - lex_offset;
            if (cacheable && generation == cache_generation && lexeme_slots != nullptr && nlex <= PG_INT16_MAX) {
                // The word's bytes, then its lexemes': in the entry when they fit, else allocated
                // (before the table changes: a failed allocation leaves the cache as it was).
                const bool fits = lenlemm + bytes <= LexemeEntry::inline_bytes;
                char* elsewhere = fits ? nullptr : static_cast<char*>(MemoryContextAlloc(lexeme_context, lenlemm + bytes));
                grow_if_needed();
                entry = find_slot(hash, cfg_id_, type, lemm, lenlemm);
                char* data = fits ? entry->data.here : elsewhere;
                std::memcpy(data, lemm, lenlemm);
                if (bytes > 0) std::memcpy(data + lenlemm, lexbuf_.data + lex_offset, bytes);
                if (!fits) entry->data.elsewhere = elsewhere;
                entry->hash = hash;
                entry->cfg = cfg_id_;
                entry->type = static_cast<int16>(type);
                entry->kind = static_cast<int16>(kind);
                entry->nlex = static_cast<int16>(nlex);
                entry->bytes = bytes;
                entry->handle = handle;
                entry->len = static_cast<int16>(lenlemm);   // last: the slot is in use from here on
                ++lexeme_count;
            }
        }
        if (default_parser_ && kind == core::raw_word) {
            if (type == default_scientific || type == default_version || type == default_decimal ||
                type == default_signedint || type == default_unsignedint)
                kind = core::raw_number;
            else if (type == default_email || type == default_url || type == default_host ||
                     type == default_urlpath || type == default_file)
                kind = core::raw_other;
        }
        if (count_ == capacity_) {
            capacity_ *= 2;
            tokens_ = static_cast<core::RawToken*>(repalloc(tokens_, sizeof(core::RawToken) * capacity_));
        }
        core::RawToken& t = tokens_[count_++];
        t.byte_start = byte_start;
        t.byte_len = lenlemm;
        t.char_start = scanned_chars_;
        t.char_len = char_len;
        t.kind = kind;
        t.nlex = nlex;
        t.word = handle;
        t.lexemes = reinterpret_cast<const char*>(static_cast<intptr_t>(lex_offset));   // fixed in finish
    }

public:
    // Exact-size copies (cached questions keep these), then lexeme pointers: offsets into the
    // lexeme bytes until they stopped moving.
    void finish(core::RawText* out) {
        char* lexemes = static_cast<char*>(palloc(lexbuf_.len + 1));
        std::memcpy(lexemes, lexbuf_.data, lexbuf_.len + 1);
        pfree(lexbuf_.data);
        if (count_ > 0 && count_ < capacity_)
            tokens_ = static_cast<core::RawToken*>(repalloc(tokens_, sizeof(core::RawToken) * count_));
        for (int i = 0; i < count_; ++i) tokens_[i].lexemes = lexemes + reinterpret_cast<intptr_t>(tokens_[i].lexemes);
        out->tokens = tokens_;
        out->ntokens = count_;
    }

private:
    // appendBinaryStringInfo, without its call when the bytes fit (a cached word's lexemes).
    void append_lexemes(const char* bytes, int n) {
        if (lexbuf_.len + n < lexbuf_.maxlen) {
            std::memcpy(lexbuf_.data + lexbuf_.len, bytes, n);
            lexbuf_.len += n;
            lexbuf_.data[lexbuf_.len] = '\0';
        } else {
            appendBinaryStringInfo(&lexbuf_, bytes, n);
        }
    }

    int chars(const char* s, int len) const { return utf8_ ? utf8_mbstrlen(s, len) : pg_mbstrlen_with_len(s, len); }

    Oid cfg_id_;
    TSConfigCacheEntry* cfg_;
    bool default_parser_;
    const char* copy_;
    int len_;
    bool ascii_ = true;   // pure ASCII (the common case): characters are bytes
    bool utf8_ = false;   // a UTF-8 database (characters counted inline)
    int scanned_bytes_ = 0, scanned_chars_ = 0;
    core::RawToken* tokens_;
    int count_ = 0, capacity_;
    StringInfoData lexbuf_;
};

// Lives in frames that call the parser, the dictionaries and palloc (all may ereport, which
// skips destructors): it must have none.
static_assert(std::is_trivially_destructible_v<TokenCollector>, "TokenCollector lives in a frame that may longjmp");
static_assert(std::is_trivially_destructible_v<core::RawText>, "RawText lives in a frame that may longjmp");

// Runs the configuration's parser over text[begin, end) (its own copy: the parser may scribble
// on its input) and hands each token to the collector at its offset in the whole text.
void parse_range(TSParserCacheEntry* prs, const char* text, int begin, int end, TokenCollector* collector) {
    const int len = end - begin;
    if (len <= 0) return;
    char* copy = static_cast<char*>(palloc(len + 1));
    std::memcpy(copy, text + begin, len);
    copy[len] = '\0';
    void* prsdata = DatumGetPointer(FunctionCall2(&prs->prsstart, PointerGetDatum(copy), Int32GetDatum(len)));
    char* lemm = nullptr;
    int lenlemm = 0, type = 0;
    while ((type = DatumGetInt32(FunctionCall3(&prs->prstoken, PointerGetDatum(prsdata), PointerGetDatum(&lemm),
                                               PointerGetDatum(&lenlemm)))) > 0) {
        if (lemm >= copy && lenlemm > 0 && lemm + lenlemm <= copy + len)
            collector->add(type, lemm, lenlemm, begin + static_cast<int>(lemm - copy));
        CHECK_FOR_INTERRUPTS();
    }
    FunctionCall1(&prs->prsend, PointerGetDatum(prsdata));
    pfree(copy);
}

// The fast path over the chunks of copy[0, fast_end) (see scan_plain); runs of other chunks go
// to the parser, as does copy[fast_end, len) (fast_end: 0, or a chunk's start).
void split_plain(TSParserCacheEntry* prs, const CharClasses& classes, char* copy, int fast_end, int len,
                 TokenCollector* collector) {
    // Runs of plain chunks wait in a batch, their cache slots prefetched, before they are added,
    // in text order (the batch is emptied when full and before the parser reads a run of chunks).
    struct QueuedRun {
        int start, len, type;
        uint32 hash;
    };
    constexpr int batch_size = 16;
    QueuedRun batch[batch_size];
    int batched = 0;
    auto add_all = [&] {
        for (int i = 0; i < batched; ++i)
            collector->add_hashed(batch[i].type, copy + batch[i].start, batch[i].len, batch[i].start, batch[i].hash);
        batched = 0;
    };
    auto enqueue = [&](int start, int n, int type) {
        if (batched == batch_size) add_all();
        batch[batched++] = QueuedRun{start, n, type, collector->prefetch(type, copy + start, n)};
    };
    int pos = 0;
    int pending = -1;   // start of a run of chunks for the parser, or -1
    while (pos < fast_end) {
        if (is_ascii_space(static_cast<unsigned char>(copy[pos]))) {
            ++pos;
            continue;
        }
        int end = pos;
        while (end < len && !is_ascii_space(static_cast<unsigned char>(copy[end]))) ++end;
        // Up to 32 runs are kept while the chunk is scanned; a chunk with more is scanned again.
        struct Run {
            int start, len, type;
        } runs[32];
        int nruns = 0;
        const bool plain = scan_plain(classes, copy, pos, end, [&](int start, int n, int type) {
            if (nruns >= 0 && nruns < 32) runs[nruns++] = Run{start, n, type};
            else nruns = -1;
        });
        if (!plain) {
            if (pending < 0) pending = pos;
            pos = end;
            continue;
        }
        if (pending >= 0) {
            add_all();
            parse_range(prs, copy, parser_start(copy, pending, pos), pos, collector);   // with its whitespace
            pending = -1;
        }
        if (nruns >= 0) {
            for (int r = 0; r < nruns; ++r) enqueue(runs[r].start, runs[r].len, runs[r].type);
        } else {
            scan_plain(classes, copy, pos, end, enqueue);
        }
        pos = end;
        CHECK_FOR_INTERRUPTS();
    }
    add_all();
    if (pending < 0 && fast_end < len) pending = fast_end;
    if (pending >= 0) parse_range(prs, copy, parser_start(copy, pending, len), len, collector);
}

// Where the chunk holding the text's first '<' starts (len when there is none): a tag may run
// across whitespace, and the parser reads from there on.
int fast_path_end(const char* copy, int len) {
    const char* tag = static_cast<const char*>(std::memchr(copy, '<', len));
    if (tag == nullptr) return len;
    int start = static_cast<int>(tag - copy);
    while (start > 0 && !is_ascii_space(static_cast<unsigned char>(copy[start - 1]))) --start;
    return start;
}

bool same_token(const core::RawToken& x, const core::RawToken& y) {
    if (x.byte_start != y.byte_start || x.byte_len != y.byte_len || x.char_start != y.char_start ||
        x.char_len != y.char_len || x.kind != y.kind || x.nlex != y.nlex)
        return false;
    const char* p = x.lexemes;
    const char* q = y.lexemes;
    for (int k = 0; k < x.nlex; ++k) {
        if (std::strcmp(p, q) != 0) return false;
        p += std::strlen(p) + 1;
        q += std::strlen(q) + 1;
    }
    return true;
}

// The index of the first token where two tokenisations differ, or -1 when they are the same.
int first_difference(const core::RawText& a, const core::RawText& b) {
    const int n = Min(a.ntokens, b.ntokens);
    for (int i = 0; i < n; ++i)
        if (!same_token(a.tokens[i], b.tokens[i])) return i;
    return a.ntokens == b.ntokens ? -1 : n;
}

char* describe_token(const core::RawText& t, int i) {
    if (i >= t.ntokens) return pstrdup("(none)");
    const core::RawToken& x = t.tokens[i];
    return psprintf("\"%s\" at byte %d, kind %d, %d lexemes", pnstrdup(t.text + x.byte_start, x.byte_len), x.byte_start,
                    x.kind, x.nlex);
}

void tokenize(Oid cfg_id, const char* text, int len, bool allow_fast, core::RawText* out) {
    TSConfigCacheEntry* cfg = lookup_ts_config_cache(cfg_id);
    TSParserCacheEntry* prs = lookup_ts_parser_cache(cfg->prsId);
    const bool default_parser = prs->startOid == F_PRSD_START;
    char* copy = static_cast<char*>(palloc(len + 1));
    std::memcpy(copy, text, len);
    copy[len] = '\0';
    TokenCollector collector(cfg_id, cfg, default_parser, copy, len);
    if (allow_fast && default_parser) {
        const CharClasses classes{GetDatabaseEncoding() == PG_UTF8, lc_ctype_is_c(DEFAULT_COLLATION_OID)};
        split_plain(prs, classes, copy, fast_path_end(copy, len), len, &collector);
    } else
        parse_range(prs, copy, 0, len, &collector);
    collector.finish(out);
    pfree(copy);
}

}  // namespace

void define_tokenizer_settings() {
    DefineCustomBoolVariable(
        "utopiahire_interview.fast_tokenizer",
        "Splits plain words in C++ for text-search configurations using the default parser.",
        "Same tokens and lexemes as the parser gives; off hands all text to the parser (slower).",
        &fast_tokenizer, true, PGC_USERSET, 0, nullptr, nullptr, nullptr);
    DefineCustomBoolVariable(
        "utopiahire_interview.check_tokenizer",
        "Tokenises every text both ways and fails if the fast path differs from the parser (for tests).",
        nullptr, &check_tokenizer, false, PGC_USERSET, 0, nullptr, nullptr, nullptr);
}

uint64 tokens_generation() {
    register_callbacks();
    return cache_generation;
}

void tokenize_text(Oid cfg_id, const char* text, int len, core::RawText* out) {
    out->text = text;
    out->len = len;
    out->tokens = nullptr;
    out->ntokens = 0;
    if (len <= 0) return;
    ensure_cache();
    tokenize(cfg_id, text, len, fast_tokenizer, out);
    if (check_tokenizer && fast_tokenizer) {
        core::RawText reference = *out;
        tokenize(cfg_id, text, len, false, &reference);
        const int i = first_difference(*out, reference);
        if (i >= 0)
            ereport(ERROR, (errcode(ERRCODE_INTERNAL_ERROR), errmsg("fast tokenizer differs from the parser"),
                            errdetail("Token %d: fast %s, parser %s.", i, describe_token(*out, i),
                                      describe_token(reference, i))));
    }
}

}  // namespace utopiahire::pg
