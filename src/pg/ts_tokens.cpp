#include "pg/postgres_headers.hpp"

extern "C" {
#include "mb/pg_wchar.h"
#include "tsearch/ts_cache.h"
#include "tsearch/ts_public.h"
#include "utils/fmgroids.h"
#include "common/hashfn.h"
#include "utils/inval.h"
#include "utils/memutils.h"
#include "utils/syscache.h"
}

#include "pg/ts_tokens.hpp"

#include <cstring>

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
struct LexemeEntry {
    char* word;        // nullptr: empty slot; else len bytes in lexeme_context
    uint32 hash;
    Oid cfg;
    int16 type;
    int16 len;
    int32 kind;
    int32 nlex;
    int32 bytes;
    char* lexemes;     // in lexeme_context
};

LexemeEntry* lexeme_slots = nullptr;   // in lexeme_context
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
        lexeme_capacity = 0;
        lexeme_count = 0;
    }
}

void ensure_cache() {
    if (!callbacks_registered) {
        CacheRegisterSyscacheCallback(TSCONFIGMAP, invalidate_lexemes, (Datum) 0);
        CacheRegisterSyscacheCallback(TSCONFIGOID, invalidate_lexemes, (Datum) 0);
        CacheRegisterSyscacheCallback(TSDICTOID, invalidate_lexemes, (Datum) 0);
        callbacks_registered = true;
    }
    if (lexeme_slots != nullptr && lexeme_count > max_cached_words) invalidate_lexemes((Datum) 0, 0, 0);
    if (lexeme_slots == nullptr) {
        lexeme_context = AllocSetContextCreate(CacheMemoryContext, "utopiahire lexeme cache",
                                               ALLOCSET_DEFAULT_SIZES);
        lexeme_capacity = 4096;
        lexeme_count = 0;
        lexeme_slots = static_cast<LexemeEntry*>(
            MemoryContextAllocZero(lexeme_context, sizeof(LexemeEntry) * lexeme_capacity));
    }
}

uint32 word_hash(Oid cfg, int type, const char* word, int len) {
    uint32 h = hash_bytes(reinterpret_cast<const unsigned char*>(word), len);
    return hash_combine(h, hash_combine(static_cast<uint32>(cfg), static_cast<uint32>(type)));
}

// The slot of the word, or the empty slot where it would go.
LexemeEntry* find_slot(uint32 hash, Oid cfg, int type, const char* word, int len) {
    const uint32 mask = lexeme_capacity - 1;
    for (uint32 i = hash & mask;; i = (i + 1) & mask) {
        LexemeEntry* e = &lexeme_slots[i];
        if (e->word == nullptr) return e;
        if (e->hash == hash && e->len == len && e->type == type && e->cfg == cfg && std::memcmp(e->word, word, len) == 0)
            return e;
    }
}

// Doubles the table when it is half full (before an insertion).
void grow_if_needed() {
    if ((lexeme_count + 1) * 2 <= lexeme_capacity) return;
    LexemeEntry* old = lexeme_slots;
    const uint32 old_capacity = lexeme_capacity;
    lexeme_capacity *= 2;
    lexeme_slots = static_cast<LexemeEntry*>(MemoryContextAllocZero(lexeme_context, sizeof(LexemeEntry) * lexeme_capacity));
    const uint32 mask = lexeme_capacity - 1;
    for (uint32 j = 0; j < old_capacity; ++j) {
        if (old[j].word == nullptr) continue;
        uint32 i = old[j].hash & mask;
        while (lexeme_slots[i].word != nullptr) i = (i + 1) & mask;
        lexeme_slots[i] = old[j];
    }
    pfree(old);
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

}  // namespace

uint64 tokens_generation() { return cache_generation; }

void tokenize_text(Oid cfg_id, const char* text, int len, core::RawText* out) {
    out->text = text;
    out->len = len;
    out->tokens = nullptr;
    out->ntokens = 0;
    if (len <= 0) return;
    ensure_cache();
    TSConfigCacheEntry* cfg = lookup_ts_config_cache(cfg_id);
    TSParserCacheEntry* prs = lookup_ts_parser_cache(cfg->prsId);
    const bool default_parser = prs->startOid == F_PRSD_START;

    int capacity = 32, count = 0;
    auto* tokens = static_cast<core::RawToken*>(palloc(sizeof(core::RawToken) * capacity));
    StringInfoData lexbuf;
    initStringInfo(&lexbuf);

    // The parser may scribble on its input: give it a copy.
    char* copy = static_cast<char*>(palloc(len + 1));
    std::memcpy(copy, text, len);
    copy[len] = '\0';
    void* prsdata = DatumGetPointer(FunctionCall2(&prs->prsstart, PointerGetDatum(copy), Int32GetDatum(len)));
    char* lemm = nullptr;
    int lenlemm = 0, type = 0;
    int scanned_bytes = 0, scanned_chars = 0;
    // Pure ASCII (the common case): characters are bytes.
    bool ascii = true;
    for (int i = 0; i < len && ascii; ++i) ascii = !IS_HIGHBIT_SET(text[i]);
    while ((type = DatumGetInt32(FunctionCall3(&prs->prstoken, PointerGetDatum(prsdata),
                                               PointerGetDatum(&lemm), PointerGetDatum(&lenlemm)))) > 0) {
        if (lenlemm <= 0 || type >= cfg->lenmap || cfg->map[type].len == 0) continue;
        if (default_parser && (type == default_blank || type == default_numhword ||
                               type == default_asciihword || type == default_hword))
            continue;   // compound words: their parts follow
        if (lemm < copy || lemm + lenlemm > copy + len) continue;
        const int byte_start = static_cast<int>(lemm - copy);
        if (byte_start < scanned_bytes) continue;   // overlaps the previous token (url parts)
        scanned_chars += ascii ? byte_start - scanned_bytes
                               : pg_mbstrlen_with_len(copy + scanned_bytes, byte_start - scanned_bytes);
        scanned_bytes = byte_start;
        const int char_len = ascii ? lenlemm : pg_mbstrlen_with_len(lemm, lenlemm);

        int kind = core::raw_word, nlex = 0;
        const int lex_offset = lexbuf.len;
        const bool cacheable = lenlemm <= max_cached_word_bytes;
        LexemeEntry* entry = nullptr;
        uint32 hash = 0;
        if (cacheable) {
            if (lexeme_slots == nullptr) ensure_cache();
            hash = word_hash(cfg_id, type, lemm, lenlemm);
            entry = find_slot(hash, cfg_id, type, lemm, lenlemm);
        }
        if (entry != nullptr && entry->word != nullptr) {
            kind = entry->kind;
            nlex = entry->nlex;
            if (entry->bytes > 0) appendBinaryStringInfo(&lexbuf, entry->lexemes, entry->bytes);
        } else {
            const uint64 generation = cache_generation;
            kind = lexize(cfg, type, lemm, lenlemm, &lexbuf, &nlex);
            // The dictionaries may have touched the catalogs; the cache may be gone.
            if (cacheable && generation == cache_generation && lexeme_slots != nullptr) {
                const int bytes = lexbuf.len - lex_offset;
                char* word = static_cast<char*>(MemoryContextAlloc(lexeme_context, lenlemm));
                std::memcpy(word, lemm, lenlemm);
                char* lexemes = bytes > 0 ? static_cast<char*>(MemoryContextAlloc(lexeme_context, bytes)) : nullptr;
                if (bytes > 0) std::memcpy(lexemes, lexbuf.data + lex_offset, bytes);
                grow_if_needed();
                entry = find_slot(hash, cfg_id, type, lemm, lenlemm);
                entry->hash = hash;
                entry->cfg = cfg_id;
                entry->type = static_cast<int16>(type);
                entry->len = static_cast<int16>(lenlemm);
                entry->kind = kind;
                entry->nlex = nlex;
                entry->bytes = bytes;
                entry->lexemes = lexemes;
                entry->word = word;   // last: the slot is in use from here on
                ++lexeme_count;
            }
        }
        if (default_parser && kind == core::raw_word) {
            if (type == default_scientific || type == default_version || type == default_decimal ||
                type == default_signedint || type == default_unsignedint)
                kind = core::raw_number;
            else if (type == default_email || type == default_url || type == default_host ||
                     type == default_urlpath || type == default_file)
                kind = core::raw_other;
        }
        if (count == capacity) {
            capacity *= 2;
            tokens = static_cast<core::RawToken*>(repalloc(tokens, sizeof(core::RawToken) * capacity));
        }
        core::RawToken& t = tokens[count++];
        t.byte_start = byte_start;
        t.byte_len = lenlemm;
        t.char_start = scanned_chars;
        t.char_len = char_len;
        t.kind = kind;
        t.nlex = nlex;
        t.lexemes = reinterpret_cast<const char*>(static_cast<intptr_t>(lex_offset));   // fixed below
        CHECK_FOR_INTERRUPTS();
    }
    FunctionCall1(&prs->prsend, PointerGetDatum(prsdata));
    // Exact-size copies (cached questions keep these), then lexeme pointers: offsets into the
    // lexeme bytes until they stopped moving.
    char* lexemes = static_cast<char*>(palloc(lexbuf.len + 1));
    std::memcpy(lexemes, lexbuf.data, lexbuf.len + 1);
    pfree(lexbuf.data);
    pfree(copy);
    if (count > 0 && count < capacity)
        tokens = static_cast<core::RawToken*>(repalloc(tokens, sizeof(core::RawToken) * count));
    for (int i = 0; i < count; ++i)
        tokens[i].lexemes = lexemes + reinterpret_cast<intptr_t>(tokens[i].lexemes);
    out->tokens = tokens;
    out->ntokens = count;
}

}  // namespace utopiahire::pg
